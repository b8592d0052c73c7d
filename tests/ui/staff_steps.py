"""Steps a staff member takes, shared by the staff-mode tests."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from kiosk.ui.kiosk_parts import KioskParts
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.shell import Shell
from tests.ui.conftest import tap

STAFF_PIN = "2580"


def hold_corner(qtbot: QtBot, window: KioskWindow, hold_ms: int = 300) -> None:
    """A finger held still in the top-left corner (the hidden way into staff mode)."""
    window.parts.gate.gesture.set_hold_ms(hold_ms)
    target = window.stack.currentWidget()
    qtbot.mousePress(target, Qt.MouseButton.LeftButton, pos=QPoint(12, 12))
    qtbot.wait(hold_ms + 150)
    qtbot.mouseRelease(window.stack.currentWidget(), Qt.MouseButton.LeftButton,
                       pos=QPoint(12, 12))


def type_pin(qtbot: QtBot, window: KioskWindow, pin: str) -> None:
    pad = window.parts.gate.pin.pad
    for digit in pin:
        tap(qtbot, pad.keys[digit])
    tap(qtbot, window.parts.gate.pin.ok_button)


def enter_staff_mode(qtbot: QtBot, window: KioskWindow, pin: str = STAFF_PIN) -> None:
    """Corner hold, then the PIN (chosen twice on first start); ends on staff home."""
    hold_corner(qtbot, window)
    qtbot.waitUntil(lambda: window.current_screen is window.parts.gate.pin, timeout=5000)
    if window.parts.gate.pin.step.value == "choose":
        type_pin(qtbot, window, pin)
    type_pin(qtbot, window, pin)
    qtbot.waitUntil(lambda: window.current_screen is window.parts.home.home, timeout=5000)


def wait_for_screen(qtbot: QtBot, shell: Shell, screen: object) -> None:
    qtbot.waitUntil(lambda: shell.current is screen, timeout=5000)


def unlock(qtbot: QtBot, parts: KioskParts, pin: str = STAFF_PIN) -> None:
    """Staff mode without the window: the gate asks for the PIN, staff type it (it must
    have been set); ends on staff home."""
    parts.gate.open_pin_pad()
    pin_screen = parts.gate.pin
    qtbot.waitUntil(lambda: pin_screen.isVisible() and pin_screen.step.value == "unlock",
                    timeout=5000)
    for digit in pin:
        tap(qtbot, pin_screen.pad.keys[digit])
    tap(qtbot, pin_screen.ok_button)
    qtbot.waitUntil(lambda: parts.home.home.isVisible(), timeout=5000)
