"""The kiosk builds each flow and desk the first time somebody uses it: at start-up only
the attract screen exists (and the staff gate, which watches the corner), and what is
built later works as if it had always been there."""

from __future__ import annotations

import gc

from pytestqt.qtbot import QtBot

from kiosk.services.bundle import KioskServices
from kiosk.sync.runner import SyncStatus
from kiosk.ui.accessible_mode import fits
from kiosk.ui.heap import set_heap_aside
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.theme import accessible
from tests.ui.conftest import tap
from tests.ui.staff_steps import enter_staff_mode
from tests.ui.test_card_check_flow import register, scan_to_balance


def test_at_start_only_the_attract_screen_exists(window: KioskWindow) -> None:
    assert window.parts.built_names == ("gate",)
    assert window.shell.screens == (window.attract,)
    assert window.parts.built("registration") is None
    assert window.parts.built("print_desk") is None


def test_a_tap_builds_the_registration_flow_and_opens_its_welcome(
        qtbot: QtBot, window: KioskWindow) -> None:
    tap(qtbot, window.attract)
    registration = window.parts.built("registration")
    assert registration is window.parts.registration
    assert window.current_screen is window.parts.registration.welcome
    assert window.parts.registration.welcome.isVisible()
    assert "producer" not in window.parts.built_names        # nobody scanned a card
    assert set(window.parts.registration.screens) <= set(window.shell.screens)


def test_a_scan_builds_the_producer_flow_and_shows_the_balance(
        qtbot: QtBot, window: KioskWindow, kiosk_services: KioskServices) -> None:
    issued = register(kiosk_services)
    scan_to_balance(qtbot, window, window.attract, issued.token)
    assert window.parts.built_names == ("gate", "producer")
    assert window.parts.producer.balance.title.text() == "ミクさん、こんにちは！"


def test_a_flow_first_built_in_the_accessible_mode_takes_its_look(
        qtbot: QtBot, tall: KioskWindow) -> None:
    """Turned on before the welcome screen existed (from the language panel, on the
    attract screen): the welcome is built in that look, lowered within reach, its own
    toggle agrees, and every customer screen built so far fits."""
    window = tall
    window.accessible.set(True)
    tap(qtbot, window.attract)
    welcome = window.parts.registration.welcome
    assert accessible() and welcome.accessible_box.isChecked()
    qtbot.wait(20)
    assert welcome.layout().contentsMargins().top() > 0  # type: ignore[union-attr]
    for screen in window.shell.customer_screens:
        assert fits(screen, window.stack.size()), type(screen).__name__
    tap(qtbot, welcome.accessible_box)                      # and it turns it off again
    assert not accessible() and not window.accessible.on


def test_staff_desks_are_built_when_staff_open_them(
        qtbot: QtBot, window: KioskWindow) -> None:
    enter_staff_mode(qtbot, window)
    built = window.parts.built_names
    assert "home" in built and "producer_desk" not in built and "settings_desk" not in built
    tap(qtbot, window.parts.home.home.find_tile)
    assert window.current_screen is window.parts.producer_desk.find
    assert "producer_desk" in window.parts.built_names


def test_a_slip_printed_before_any_registration_builds_no_customer_screen(
        window: KioskWindow) -> None:
    """Staff reprinted a slip: the customer's card screen is told only if it exists."""
    window.parts.print_desk.slip_printed.emit("001-0000001-1", True)
    assert window.parts.built("registration") is None


def test_staff_home_built_later_shows_the_last_sync_status(window: KioskWindow) -> None:
    status = SyncStatus(online=False, pending=7, last_error="office unreachable",
                        failures=3)
    window.on_sync_status_changed(status)
    assert window.parts.built("home") is None
    assert window.parts.home._sync_status == status


def test_a_flow_built_later_is_set_aside_from_the_garbage_collector_too(
        qtbot: QtBot, window: KioskWindow) -> None:
    """Start-up's objects are set aside (`gc.freeze`); a flow built at its first use
    joins them once its first screen is up, so full collections do not walk it."""
    set_heap_aside()
    try:
        at_start = gc.get_freeze_count()
        tap(qtbot, window.attract)
        qtbot.waitUntil(lambda: gc.get_freeze_count() > at_start, timeout=5000)
    finally:
        gc.unfreeze()


def test_the_manual_login_is_built_when_a_producer_asks_for_it(
        qtbot: QtBot, window: KioskWindow, kiosk_services: KioskServices) -> None:
    """A scan builds the producer flow without its number-and-password screen (its two
    keyboards were a third of the build); the welcome screen's login button builds it."""
    issued = register(kiosk_services)
    scan_to_balance(qtbot, window, window.attract, issued.token)
    names = {type(screen).__name__ for screen in window.shell.screens}
    assert "BalanceScreen" in names and "ManualLoginScreen" not in names
    window.shell.reset()
    tap(qtbot, window.attract)
    tap(qtbot, window.parts.registration.welcome.login_button)
    login = window.parts.producer.login
    assert window.current_screen is login and login.isVisible()
    assert login in window.shell.customer_screens


def test_a_screen_built_inside_a_flow_in_the_accessible_mode_fits(
        qtbot: QtBot, tall: KioskWindow) -> None:
    """The manual login, built when first asked for, while the mode is on: laid out in
    its larger type like the others before it is shown, and it fits the screen."""
    window = tall
    tap(qtbot, window.attract)
    welcome = window.parts.registration.welcome
    tap(qtbot, welcome.accessible_box)
    assert accessible()
    tap(qtbot, welcome.login_button)
    login = window.parts.producer.login
    assert window.current_screen is login
    for screen in window.shell.customer_screens:
        assert fits(screen, window.stack.size()), type(screen).__name__
