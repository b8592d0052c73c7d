"""The UI's spine on its own: the shell's modes and resets, the task runner's rules, and
every flow and desk built from a shell, services and a task runner — no window.

The rule that matters most for people: a result that comes back after its session ended
(the customer walked away, staff mode closed) is never shown to whoever comes next.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kiosk.domain.rules import RuleBook
from kiosk.services.bundle import KioskServices
from kiosk.services.registration import RegistrationRequest
from kiosk.ui.producer_flow import ProducerFlow
from kiosk.ui.registration_flow import RegistrationFlow
from kiosk.ui.screens.base import Screen
from kiosk.ui.shell import KioskMode, SessionEnd, Shell
from kiosk.ui.staff.gate import StaffGate
from kiosk.ui.staff.home_desk import StaffHomeDesk
from kiosk.ui.staff.print_desk import PrintDesk
from kiosk.ui.staff.producer_desk import ProducerDesk
from kiosk.ui.staff.settings_desk import SettingsDesk
from kiosk.ui.tasks import Scope, TaskKey, TaskRunner
from tests.ui.conftest import tap

# ---- the task runner ----------------------------------------------------------------------


def test_a_result_reaches_its_callback_on_the_ui_thread(qtbot: QtBot, tasks: TaskRunner
                                                        ) -> None:
    got: list[tuple[int, bool]] = []
    ui_thread = threading.current_thread()
    tasks.run(lambda: 6 * 7, lambda n: got.append((n, threading.current_thread() is ui_thread)))
    qtbot.waitUntil(lambda: got == [(42, True)], timeout=3000)


def test_a_result_of_an_ended_session_is_dropped(qtbot: QtBot, shell: Shell,
                                                 tasks: TaskRunner) -> None:
    release = threading.Event()
    got: list[str] = []
    tasks.run(lambda: release.wait(5) and "late", got.append, got.append)
    shell.reset()                                    # the customer walked away
    release.set()
    qtbot.wait(300)
    assert got == []


def test_kiosk_work_outlives_the_session(qtbot: QtBot, shell: Shell, tasks: TaskRunner) -> None:
    release = threading.Event()
    got: list[str] = []
    tasks.run(lambda: release.wait(5) and "printed", got.append, scope=Scope.KIOSK)
    shell.reset()
    release.set()
    qtbot.waitUntil(lambda: got == ["printed"], timeout=3000)


def test_a_double_tap_starts_the_work_once(qtbot: QtBot, tasks: TaskRunner) -> None:
    release = threading.Event()
    done: list[int] = []
    assert tasks.run(lambda: release.wait(5) and 1, done.append, key=TaskKey.REPLACE_CARD)
    assert not tasks.run(lambda: 2, done.append, key=TaskKey.REPLACE_CARD)
    release.set()
    qtbot.waitUntil(lambda: done == [1], timeout=3000)
    assert tasks.run(lambda: 3, done.append, key=TaskKey.REPLACE_CARD)   # free again
    qtbot.waitUntil(lambda: done == [1, 3], timeout=3000)


def test_a_failure_nobody_handles_goes_to_the_one_error_path(qtbot: QtBot,
                                                             tasks: TaskRunner) -> None:
    def broken() -> int:
        raise OSError("disk gone")

    with qtbot.waitSignal(tasks.unhandled, timeout=3000) as caught:
        tasks.run(broken, lambda _: None)
    assert isinstance(caught.args[0], OSError)


# ---- the shell ----------------------------------------------------------------------------


def test_the_mode_follows_the_screen_and_sets_the_idle_time(
        shell: Shell, kiosk_services: KioskServices, tasks: TaskRunner,
        rules: RuleBook) -> None:
    producer = ProducerFlow(shell, kiosk_services, tasks, rules, shell)
    shell.show(producer.balance)
    assert shell.mode is KioskMode.PRODUCER
    assert shell._idle.armed and shell._idle._timer.interval() == 20_000
    shell.show(producer.login)
    assert shell.mode is KioskMode.CUSTOMER
    assert shell._idle._timer.interval() == 60_000
    shell.reset()
    assert shell.mode is KioskMode.ATTRACT and not shell._idle.armed


def test_a_reset_says_why_and_wipes_every_screen(qtbot: QtBot, shell: Shell,
                                                 kiosk_services: KioskServices,
                                                 tasks: TaskRunner, rules: RuleBook) -> None:
    flow = RegistrationFlow(shell, kiosk_services, tasks, rules, shell)
    flow.open_welcome()
    flow.name.name_edit.setText("ミク")
    with qtbot.waitSignal(shell.session_reset) as ended:
        shell.reset(SessionEnd.NEW_SCAN, "th")
    assert ended.args == [SessionEnd.NEW_SCAN]
    assert flow.name.name_edit.text() == ""
    assert shell.language == "th" and shell.current is shell.attract


def test_a_scan_at_the_idle_kiosk_wipes_no_screen_but_still_ends_the_session(
        qtbot: QtBot, shell: Shell, kiosk_services: KioskServices, tasks: TaskRunner,
        rules: RuleBook, monkeypatch: pytest.MonkeyPatch) -> None:
    flow = RegistrationFlow(shell, kiosk_services, tasks, rules, shell)
    shell.reset()                                  # the last customer's session ended
    wiped: list[Screen] = []
    for screen in shell.screens:
        monkeypatch.setattr(screen, "reset", lambda screen=screen: wiped.append(screen))
    session = shell.session
    with qtbot.waitSignal(shell.session_reset) as ended:
        shell.reset(SessionEnd.NEW_SCAN, "th", land=False)      # a card at the idle kiosk
    assert ended.args == [SessionEnd.NEW_SCAN] and shell.session == session + 1
    assert shell.language == "th" and wiped == []
    shell.show(flow.name)                          # this producer's session uses a screen
    shell.reset(SessionEnd.NEW_SCAN, "ja", land=False)
    assert flow.name in wiped and shell.attract in wiped
    assert len(wiped) == len(shell.screens)
    wiped.clear()
    shell.show(flow.name)             # the next session's screen, the one still current
    shell.reset()
    assert len(wiped) == len(shell.screens)
    wiped.clear()
    shell.stack.setCurrentWidget(flow.name)        # shown past the shell (the gallery)
    shell.stack.setCurrentWidget(shell.attract)
    shell.reset()
    assert len(wiped) == len(shell.screens)


# ---- flows and desks on their own ---------------------------------------------------------


def test_the_registration_flow_keeps_a_draft_and_hands_the_card_on(
        qtbot: QtBot, shell: Shell, kiosk_services: KioskServices, tasks: TaskRunner,
        rules: RuleBook) -> None:
    flow = RegistrationFlow(shell, kiosk_services, tasks, rules, shell)
    flow.open_welcome()
    tap(qtbot, flow.welcome.new_button)
    flow.name.accepted.emit("Somchai")
    shell.switch_language("th")
    tap(qtbot, flow.confirm.terms.agree)
    with qtbot.waitSignal(flow.card_issued, timeout=5000) as issued:
        tap(qtbot, flow.confirm.confirm_button)
    assert (flow.draft.nickname, flow.draft.language, flow.draft.consented) == \
        ("Somchai", "th", True)
    card = issued.args[0].issued
    assert (card.nickname, card.language) == ("Somchai", "th")
    assert shell.current is flow.card_ready
    shell.reset()
    assert flow.draft.nickname == ""


def _slow(monkeypatch: pytest.MonkeyPatch, target: object, name: str,
          release: threading.Event) -> None:
    """`target.name` waits for `release` before doing its real work."""
    real: Callable[..., Any] = getattr(target, name)

    def slow(*args: Any, **kwargs: Any) -> Any:
        release.wait(5)
        return real(*args, **kwargs)

    monkeypatch.setattr(target, name, slow)


def _registration(shell: Shell, services: KioskServices, tasks: TaskRunner,
                  rules: RuleBook, monkeypatch: pytest.MonkeyPatch,
                  release: threading.Event) -> Screen:
    flow = RegistrationFlow(shell, services, tasks, rules, shell)
    _slow(monkeypatch, services.issuer, "issue", release)
    flow.open_welcome()
    flow.name.accepted.emit("Ann")
    flow.confirm.terms.agree.setChecked(True)
    flow.confirm.confirmed.emit()
    return flow.card_ready


def _producer(shell: Shell, services: KioskServices, tasks: TaskRunner, rules: RuleBook,
              monkeypatch: pytest.MonkeyPatch, release: threading.Event) -> Screen:
    flow = ProducerFlow(shell, services, tasks, rules, shell)
    card = services.issuer.issue(RegistrationRequest.new("Ann", "en", True)).issued
    _slow(monkeypatch, services.cards, "check_card", release)
    flow.on_scanned(card.token)
    return flow.balance


def _gate(shell: Shell, services: KioskServices, tasks: TaskRunner, rules: RuleBook,
          monkeypatch: pytest.MonkeyPatch, release: threading.Event) -> Screen:
    gate = StaffGate(shell, services, tasks, shell.stack, shell)
    _slow(monkeypatch, services.staff, "has_pin", release)
    gate.open_pin_pad()
    return gate.pin


def _staff_session(shell: Shell) -> None:
    shell.reset()
    shell.mode = KioskMode.STAFF                  # as if the gate had unlocked


def _home(shell: Shell, services: KioskServices, tasks: TaskRunner, rules: RuleBook,
          monkeypatch: pytest.MonkeyPatch, release: threading.Event) -> Screen:
    desk = StaffHomeDesk(shell, services, tasks, rules.timezone, False, shell)
    services.issuer.issue(RegistrationRequest.new("Ann", "en", True))
    _slow(monkeypatch, services.print_queue, "counts", release)
    _staff_session(shell)
    desk.open()
    desk.home.reset()
    return desk.home


def _producer_desk(shell: Shell, services: KioskServices, tasks: TaskRunner,
                   rules: RuleBook, monkeypatch: pytest.MonkeyPatch,
                   release: threading.Event) -> Screen:
    desk = ProducerDesk(shell, services, tasks, rules, shell)
    card = services.issuer.issue(RegistrationRequest.new("Ann", "en", True)).issued
    _slow(monkeypatch, services.cards, "producer_of", release)
    _staff_session(shell)
    desk.on_scanned(card.token)
    return desk.producer


def _settings_desk(shell: Shell, services: KioskServices, tasks: TaskRunner,
                   rules: RuleBook, monkeypatch: pytest.MonkeyPatch,
                   release: threading.Event) -> Screen:
    import kiosk.ui.printing

    desk = SettingsDesk(shell, services, tasks, None, shell)
    _slow(monkeypatch, kiosk.ui.printing, "printer_names", release)
    _staff_session(shell)
    desk.open()
    return desk.settings_screen


def _print_desk(shell: Shell, services: KioskServices, tasks: TaskRunner, rules: RuleBook,
                monkeypatch: pytest.MonkeyPatch, release: threading.Event) -> Screen:
    desk = PrintDesk(shell, services, tasks, rules.timezone, shell)
    services.issuer.issue(RegistrationRequest.new("Ann", "en", True))
    _slow(monkeypatch, services.print_queue, "jobs", release)
    _staff_session(shell)
    desk.open_queue()
    shell.show(shell.attract)
    return desk.queue


@pytest.mark.parametrize("start", [_registration, _producer, _gate, _home, _producer_desk,
                                   _settings_desk, _print_desk],
                         ids=lambda start: start.__name__.strip("_"))
def test_a_late_result_after_the_session_ended_is_dropped(
        qtbot: QtBot, shell: Shell, kiosk_services: KioskServices, tasks: TaskRunner,
        rules: RuleBook, monkeypatch: pytest.MonkeyPatch, start: Callable[..., Screen]) -> None:
    """Each flow starts slow work, the session ends (idle, or staff closed), then the work
    comes back: nothing of it shows on the attract screen the next person sees."""
    release = threading.Event()
    screen = start(shell, kiosk_services, tasks, rules, monkeypatch, release)
    shell.reset()
    before = screen.grab().toImage()
    release.set()
    qtbot.wait(600)
    assert shell.current is shell.attract and shell.mode is KioskMode.ATTRACT
    assert screen.grab().toImage() == before, "the late result changed the screen"
