"""Getting into staff mode and out of it, as staff and as a customer would try."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCloseEvent
from pytestqt.qtbot import QtBot

from kiosk.services.bundle import KioskServices
from kiosk.services.registration import RegistrationRequest
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.shell import KioskMode
from tests.ui.conftest import tap
from tests.ui.staff_steps import STAFF_PIN, enter_staff_mode, hold_corner, type_pin
from tests.ui.test_card_check_flow import scan


def test_first_start_the_pin_is_chosen_twice_then_staff_home_opens(
        qtbot: QtBot, window: KioskWindow, kiosk_services: KioskServices) -> None:
    assert not kiosk_services.staff.has_pin()
    hold_corner(qtbot, window, hold_ms=2500)           # the real hold time
    qtbot.waitUntil(lambda: window.current_screen is window.parts.gate.pin, timeout=5000)
    pin = window.parts.gate.pin
    assert pin.title.text() == "スタッフPINを決める"
    type_pin(qtbot, window, "1234")                      # a run: refused after the repeat
    type_pin(qtbot, window, "1234")
    qtbot.waitUntil(lambda: "1234" in pin.message.text() or pin.message.text() != "",
                    timeout=5000)
    assert not kiosk_services.staff.has_pin()
    type_pin(qtbot, window, STAFF_PIN)
    type_pin(qtbot, window, "2581")                      # a slip of the finger
    assert "違" in pin.message.text()
    type_pin(qtbot, window, STAFF_PIN)
    type_pin(qtbot, window, STAFF_PIN)
    qtbot.waitUntil(lambda: window.current_screen is window.parts.home.home, timeout=5000)
    assert kiosk_services.staff.has_pin()
    assert window.shell.mode is KioskMode.STAFF
    actions = [a.action for a in kiosk_services.staff.recent_actions()]
    assert actions[0] == "pin_set"


def test_a_short_tap_in_the_corner_or_a_hold_elsewhere_does_nothing(
        qtbot: QtBot, window: KioskWindow) -> None:
    window.parts.gate.gesture.set_hold_ms(400)
    qtbot.mouseClick(window.attract, Qt.MouseButton.LeftButton, pos=QPoint(12, 12))
    qtbot.wait(600)
    assert window.current_screen is not window.parts.gate.pin
    window.shell.reset()
    qtbot.mousePress(window.attract, Qt.MouseButton.LeftButton, pos=QPoint(540, 960))
    qtbot.wait(600)
    qtbot.mouseRelease(window.stack.currentWidget(), Qt.MouseButton.LeftButton,
                       pos=QPoint(540, 960))
    assert window.current_screen is not window.parts.gate.pin


def test_wrong_pins_are_refused_then_locked_out(
        qtbot: QtBot, window: KioskWindow, kiosk_services: KioskServices) -> None:
    kiosk_services.staff.set_first_pin(STAFF_PIN)
    hold_corner(qtbot, window)
    qtbot.waitUntil(lambda: window.current_screen is window.parts.gate.pin, timeout=5000)
    pin = window.parts.gate.pin
    assert pin.title.text() == "スタッフPIN"
    for _ in range(2):                                   # two wrong PINs are free
        type_pin(qtbot, window, "9999")
        qtbot.waitUntil(lambda: pin.ok_button.isEnabled() or pin.message.text() != "",
                        timeout=5000)
        qtbot.waitUntil(lambda: pin.pad.isEnabled(), timeout=5000)
        assert pin.message.text() == "PINが違います。もう一度入力してください。"
        pin.clear_message()
    type_pin(qtbot, window, "9999")                      # the third: locked
    qtbot.waitUntil(lambda: "後に" in pin.message.text(), timeout=5000)
    locked = pin.message.text()
    type_pin(qtbot, window, STAFF_PIN)                   # even the right PIN, while locked
    qtbot.waitUntil(lambda: pin.pad.isEnabled(), timeout=5000)
    assert window.current_screen is pin and window.shell.mode is not KioskMode.STAFF
    assert "後に" in pin.message.text(), locked
    tap(qtbot, pin.back_button)
    assert window.current_screen is window.attract


def test_right_pin_opens_staff_home_and_close_returns_to_the_customers(
        qtbot: QtBot, window: KioskWindow, kiosk_services: KioskServices) -> None:
    kiosk_services.staff.set_first_pin(STAFF_PIN)
    enter_staff_mode(qtbot, window)
    home = window.parts.home.home
    assert home.title.text() == "スタッフモード"
    qtbot.waitUntil(lambda: bool(home.log_lines.rows()), timeout=5000)
    tap(qtbot, home.close_button)
    assert window.current_screen is window.attract
    assert window.shell.mode is not KioskMode.STAFF


def test_staff_mode_closes_itself_when_left_alone(
        qtbot: QtBot, window: KioskWindow, kiosk_services: KioskServices) -> None:
    kiosk_services.staff.set_first_pin(STAFF_PIN)
    enter_staff_mode(qtbot, window)
    assert window.idle.armed
    window.idle.set_timeout_ms(200)
    qtbot.waitUntil(lambda: window.current_screen is window.attract, timeout=3000)
    assert window.shell.mode is not KioskMode.STAFF


def test_a_customer_cannot_leave_kiosk_mode(qtbot: QtBot, window: KioskWindow) -> None:
    window._allow_exit = False
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    event = QCloseEvent()
    window.closeEvent(event)                             # the window manager's close
    assert not event.isAccepted()
    assert not window.close()
    assert window.isVisible()


def test_staff_can_quit_the_kiosk_with_a_second_tap(
        qtbot: QtBot, window: KioskWindow, kiosk_services: KioskServices) -> None:
    window._allow_exit = False
    kiosk_services.staff.set_first_pin(STAFF_PIN)
    enter_staff_mode(qtbot, window)
    home = window.parts.home.home
    tap(qtbot, home.leave_button)
    assert window.isVisible()                            # one tap only asks
    assert home.leave_button.text() == "もう一度タップで端末を終了"
    tap(qtbot, home.leave_button)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert kiosk_services.staff.recent_actions()[0].action == "kiosk_quit"


def test_staff_change_the_pin_from_staff_mode(
        qtbot: QtBot, window: KioskWindow, kiosk_services: KioskServices) -> None:
    kiosk_services.staff.set_first_pin(STAFF_PIN)
    enter_staff_mode(qtbot, window)
    tap(qtbot, window.parts.home.home.change_pin_button)
    pin = window.parts.gate.pin
    assert window.current_screen is pin and pin.title.text() == "スタッフPINを変更"
    type_pin(qtbot, window, "1111")                      # not the current PIN
    type_pin(qtbot, window, "4826")
    type_pin(qtbot, window, "4826")
    qtbot.waitUntil(lambda: pin.message.text() != "", timeout=5000)
    assert pin.message.text() == "PINが違います。もう一度入力してください。"
    assert pin.step.value == "current"                   # starts again from the current PIN
    type_pin(qtbot, window, STAFF_PIN)
    type_pin(qtbot, window, "4826")
    type_pin(qtbot, window, "4826")
    qtbot.waitUntil(lambda: window.current_screen is window.parts.home.home, timeout=5000)
    assert window.parts.home.home.message.text() == "スタッフPINを変更しました。"
    tap(qtbot, window.parts.home.home.close_button)
    enter_staff_mode(qtbot, window, pin="4826")          # the new PIN opens staff mode
    assert kiosk_services.staff.recent_actions()[0].action == "staff_mode_opened"


def test_without_a_pin_the_kiosk_asks_for_one_before_customers_use_it(
        qtbot: QtBot, window: KioskWindow, kiosk_services: KioskServices) -> None:
    window.parts.gate.require_pin()                            # what the app does at start
    pin = window.parts.gate.pin
    qtbot.waitUntil(lambda: window.current_screen is pin, timeout=5000)
    assert pin.step.value == "choose" and not pin.back_button.isVisible()
    window.shell.reset()                                # the idle timeout: still the PIN
    assert window.current_screen is pin
    type_pin(qtbot, window, STAFF_PIN)
    type_pin(qtbot, window, STAFF_PIN)
    qtbot.waitUntil(lambda: window.current_screen is window.parts.home.home, timeout=5000)
    tap(qtbot, window.parts.home.home.close_button)
    assert window.current_screen is window.attract       # now customers may come


def test_a_late_staff_result_never_reopens_a_staff_screen(
        qtbot: QtBot, window: KioskWindow, kiosk_services: KioskServices,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    import kiosk.ui.printing

    def slow_printers() -> list[str]:
        time.sleep(1.0)
        return []

    monkeypatch.setattr(kiosk.ui.printing, "printer_names", slow_printers)
    kiosk_services.staff.set_first_pin(STAFF_PIN)
    enter_staff_mode(qtbot, window)
    tap(qtbot, window.parts.home.home.settings_tile)           # slow: still loading …
    tap(qtbot, window.parts.home.home.close_button)            # … when staff leave
    hold_corner(qtbot, window)                            # a customer finds the corner
    qtbot.waitUntil(lambda: window.current_screen is window.parts.gate.pin, timeout=5000)
    qtbot.wait(1500)                                      # the settings result comes back
    assert window.current_screen is window.parts.gate.pin
    assert window.shell.mode is not KioskMode.STAFF


def test_a_card_scanned_in_staff_mode_opens_that_producer_for_staff(
        qtbot: QtBot, window: KioskWindow, kiosk_services: KioskServices) -> None:
    issued = kiosk_services.issuer.issue(RegistrationRequest.new("ミク", "ja", True)).issued
    kiosk_services.staff.set_first_pin(STAFF_PIN)
    enter_staff_mode(qtbot, window)
    scan(qtbot, window.parts.home.home, issued.token)
    desk = window.parts.producer_desk
    qtbot.waitUntil(lambda: window.current_screen is desk.producer, timeout=5000)
    assert window.shell.mode is KioskMode.STAFF
    assert desk.producer_id is not None


def test_before_a_pin_is_chosen_a_card_scan_opens_nothing(
        qtbot: QtBot, window: KioskWindow, kiosk_services: KioskServices) -> None:
    issued = kiosk_services.issuer.issue(RegistrationRequest.new("ミク", "ja", True)).issued
    window.parts.gate.require_pin()
    pin = window.parts.gate.pin
    qtbot.waitUntil(lambda: window.current_screen is pin, timeout=5000)
    scan(qtbot, pin, issued.token)
    qtbot.wait(500)
    assert window.current_screen is pin and window.shell.mode is KioskMode.FIRST_PIN
