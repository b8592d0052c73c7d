"""Staff at the card print queue, printing through a real (private) CUPS: a paused printer
fails the jobs with a reason staff can act on, retry prints, reprint queues again."""

from __future__ import annotations

import dataclasses
import time

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.services.bundle import KioskServices
from kiosk.services.print_queue import JobState
from kiosk.services.registration import RegistrationRequest
from kiosk.ui.kiosk_parts import KioskParts
from kiosk.ui.shell import Shell
from tests.support.cups import CupsServer
from tests.ui.conftest import tap
from tests.ui.staff_steps import STAFF_PIN, unlock

pytestmark = pytest.mark.slow


def row_button(qtbot: QtBot, screen: object, job_id: int, action: str) -> QWidget:
    """A job row's button, once the refreshed list shows it."""
    from kiosk.ui.staff.queue_screen import PrintQueueScreen

    assert isinstance(screen, PrintQueueScreen)
    qtbot.waitUntil(lambda: action in screen.row_buttons(job_id)
                    and screen.row_buttons(job_id)[action].isVisible(), timeout=10_000)
    return screen.row_buttons(job_id)[action]


def states(services: KioskServices) -> list[JobState]:
    return [job.state for job in services.print_queue.jobs()]


def test_print_fail_retry_reprint_and_save_as_pdf(
        qtbot: QtBot, shell: Shell, parts: KioskParts, kiosk_services: KioskServices,
        cups: CupsServer) -> None:
    queue_name = "staff-cards"
    out = cups.add_card_printer(queue_name)
    for name in ("ミク", "Lin"):
        kiosk_services.issuer.issue(RegistrationRequest.new(name, "ja", True))
    kiosk_services.staff.set_first_pin(STAFF_PIN)
    shell.apply_settings(dataclasses.replace(shell.settings, card_printer=queue_name))
    cups.pause(queue_name, "cover open")
    unlock(qtbot, parts)
    tap(qtbot, parts.home.home.queue_tile)
    screen = parts.print_desk.queue
    qtbot.waitUntil(lambda: shell.current is screen and len(screen.jobs) == 2,
                    timeout=10_000)
    assert "一時停止" in screen.printer_line.text()          # paused, said before printing

    tap(qtbot, screen.print_all_button)
    # The first card fails with the printer's state; the other stays waiting (not failed
    # the same way): staff are told what to do.
    qtbot.waitUntil(lambda: states(kiosk_services) == [JobState.WAITING, JobState.FAILED],
                    timeout=20_000)
    qtbot.waitUntil(lambda: JobState.FAILED in [job.state for job in screen.jobs],
                    timeout=10_000)
    assert screen.message.property("role") == "error"
    assert "一時停止" in screen.message.text()
    failed = next(job for job in screen.jobs if job.state is JobState.FAILED)
    row_button(qtbot, screen, failed.job_id, "retry")
    buttons = screen.row_buttons(failed.job_id)
    assert set(buttons) == {"retry", "cancel", "pdf"}
    assert "一時停止" in screen.state_text(failed)

    cups.resume(queue_name)
    printed_before = cups.printed(queue_name)
    tap(qtbot, buttons["retry"])
    qtbot.waitUntil(lambda: states(kiosk_services) == [JobState.WAITING] * 2, timeout=10_000)
    qtbot.waitUntil(lambda: screen.print_all_button.isEnabled()
                    and "2" in screen.print_all_button.text(), timeout=10_000)
    tap(qtbot, screen.print_all_button)
    qtbot.waitUntil(lambda: states(kiosk_services) == [JobState.PRINTED] * 2, timeout=30_000)
    deadline = time.monotonic() + 60
    while cups.printed(queue_name) < printed_before + 2:
        assert time.monotonic() < deadline, cups.log()
        time.sleep(0.1)
    assert out.stat().st_size > 0
    qtbot.waitUntil(lambda: [j.state for j in screen.jobs] == [JobState.PRINTED] * 2,
                    timeout=10_000)

    printed = screen.jobs[0]
    qtbot.waitUntil(lambda: not parts.print_desk.printing, timeout=10_000)
    tap(qtbot, row_button(qtbot, screen, printed.job_id, "reprint"))
    qtbot.waitUntil(lambda: len(kiosk_services.print_queue.jobs()) == 3, timeout=10_000)
    again = kiosk_services.print_queue.jobs()[0]
    assert again.state is JobState.WAITING and again.generation == printed.generation

    tap(qtbot, row_button(qtbot, screen, again.job_id, "cancel"))   # printed after all
    qtbot.waitUntil(lambda: JobState.CANCELLED in states(kiosk_services), timeout=10_000)

    tap(qtbot, row_button(qtbot, screen, printed.job_id, "pdf"))
    folder = shell.settings.data_dir / "cards"
    qtbot.waitUntil(lambda: any(folder.glob("*.pdf")), timeout=20_000)
    saved = next(folder.glob("*.pdf"))
    qtbot.waitUntil(lambda: str(saved) in screen.message.text(), timeout=10_000)
    assert saved.read_bytes().startswith(b"%PDF")
    actions = [a.action for a in kiosk_services.staff.recent_actions()]
    assert {"card_print_failed", "card_printed", "card_reprint", "print_cancelled"} <= \
        set(actions)


def test_auto_print_prints_the_new_card_and_its_slip_at_once(
        qtbot: QtBot, shell: Shell, parts: KioskParts, kiosk_services: KioskServices,
        cups: CupsServer) -> None:
    queue_name = "auto-cards"
    cups.add_card_printer(queue_name)
    shell.apply_settings(dataclasses.replace(shell.settings, card_printer=queue_name,
                                             auto_print=True))
    before = cups.printed(queue_name)
    result = kiosk_services.issuer.issue(RegistrationRequest.new("ミク", "ja", True))
    parts.registration.card_issued.emit(result)       # what the flow says on issue
    qtbot.waitUntil(lambda: states(kiosk_services) == [JobState.PRINTED], timeout=30_000)
    deadline = time.monotonic() + 60
    while cups.printed(queue_name) < before + 2:          # the card and the slip
        assert time.monotonic() < deadline, cups.log()
        time.sleep(0.1)


def test_a_customers_slip_that_did_not_print_is_on_staff_home_at_once(
        qtbot: QtBot, shell: Shell, parts: KioskParts, kiosk_services: KioskServices,
        cups: CupsServer) -> None:
    device = cups.add_shaped_printer("slip-offline", "receipt_80")
    device.set("offline")
    shell.apply_settings(dataclasses.replace(shell.settings, slip_printer="slip-offline",
                                             slip_paper="receipt"))
    result = kiosk_services.issuer.issue(RegistrationRequest.new("ミク", "ja", True))
    card_ready = parts.registration.card_ready
    card_ready.load(result.issued, result.card_png)
    parts.registration.card_issued.emit(result)
    qtbot.waitUntil(lambda: "印刷できませんでした" in card_ready.warning.text(),
                    timeout=60_000)
    number = result.issued.producer_number
    qtbot.waitUntil(lambda: any(a.action == "slip_not_printed" and a.producer_number == number
                                for a in kiosk_services.staff.recent_actions()),
                    timeout=10_000)
    kiosk_services.staff.set_first_pin(STAFF_PIN)
    unlock(qtbot, parts)
    log = parts.home.home.log_lines
    qtbot.waitUntil(lambda: any(number in row.text() for row in log.shown_rows()),
                    timeout=10_000)
    device.set("online")


def test_a_test_print_waits_for_the_card_and_says_how_many_sides(
        qtbot: QtBot, shell: Shell, parts: KioskParts, kiosk_services: KioskServices,
        cups: CupsServer) -> None:
    two_sided = cups.add_shaped_printer("staff-test-zebra", "zebra_zc300")
    one_sided = cups.add_shaped_printer("staff-test-zenius", "evolis_zenius")
    kiosk_services.staff.set_first_pin(STAFF_PIN)
    unlock(qtbot, parts)
    screen = parts.print_desk.queue
    for queue, device, said in (("staff-test-zebra", two_sided, "両面印刷しました"),
                                ("staff-test-zenius", one_sided, "表面だけ")):
        shell.apply_settings(dataclasses.replace(shell.settings, card_printer=queue))
        parts.print_desk.open_queue()
        qtbot.waitUntil(lambda: shell.current is screen, timeout=10_000)
        tap(qtbot, screen.test_print_button)
        qtbot.waitUntil(lambda s=said: s in screen.message.text(), timeout=30_000)
        assert len(device.received()) == 1
    assert kiosk_services.print_queue.jobs() == []         # no producer's card involved


def test_staff_home_says_when_the_card_printer_needs_them(
        qtbot: QtBot, shell: Shell, parts: KioskParts, kiosk_services: KioskServices,
        cups: CupsServer) -> None:
    cups.add_shaped_printer("staff-home-magicard", "magicard")
    cups.set_reasons("staff-home-magicard", "marker-supply-low-report")
    kiosk_services.staff.set_first_pin(STAFF_PIN)
    shell.apply_settings(dataclasses.replace(shell.settings, card_printer="staff-home-magicard"))
    unlock(qtbot, parts)
    line = parts.home.home.printer_line
    qtbot.waitUntil(line.isVisible, timeout=10_000)
    assert "リボン残りわずか" in line.text()
    cups.set_reasons("staff-home-magicard", "media-empty-error")
    parts.home.refresh()
    qtbot.waitUntil(lambda: "カード切れ" in line.text(), timeout=10_000)


def test_settings_refuse_an_office_printer_as_the_card_printer(
        qtbot: QtBot, shell: Shell, parts: KioskParts, kiosk_services: KioskServices,
        cups: CupsServer) -> None:
    from kiosk.settings import SettingsError
    from kiosk.ui.staff.settings_desk import refuse_a_printer_without_cards

    cups.add_shaped_printer("settings-office", "office_a4")
    cups.add_shaped_printer("settings-fargo", "fargo_dtc")
    with pytest.raises(SettingsError) as caught:
        refuse_a_printer_without_cards("settings-office")
    assert caught.value.key == "card_printer"
    refuse_a_printer_without_cards("settings-fargo")       # a card printer: fine
