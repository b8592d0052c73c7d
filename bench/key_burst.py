"""A keyboard-wedge scanner's burst, typed into the kiosk as a scanner types it.

A scanner reads a card and types its 131 characters through the keyboard driver a few
milliseconds apart (Shift pressed for each capital, Enter last), so the kiosk's event loop
handles some 400 key events before the burst is complete. A benchmark that only emitted
"scanned" after the kiosk idled measured a kiosk woken straight into the lookup by nothing
a café ever sends; this one posts the key events to the focused widget at the scanner's
pace, through the event loop and the kiosk's application-wide filters, and notes when the
burst's last key (Enter) was sent: the "burst received" moment the scan figures start from.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

# 250 characters a second: USB HID scanners type at one character every 1-10 ms; the
# kiosk's scanner detection accepts gaps up to 40 ms.
KEY_GAP_MS = 4

_SHIFTED_ASCII = set(':!"#$%&()*+<>?@^_{|}~')


def _key_for(char: str) -> Qt.Key:
    if char == "\r":
        return Qt.Key.Key_Return
    if char.isascii() and char.isalnum():
        return Qt.Key(ord(char.upper()))
    return Qt.Key(ord(char)) if char == ":" else Qt.Key.Key_unknown


def _events_for(char: str) -> list[QKeyEvent]:
    key = _key_for(char)
    shifted = char.isupper() or char in _SHIFTED_ASCII
    modifiers = Qt.KeyboardModifier.ShiftModifier if shifted \
        else Qt.KeyboardModifier.NoModifier
    events = [QKeyEvent(QEvent.Type.KeyPress, key, modifiers, char),
              QKeyEvent(QEvent.Type.KeyRelease, key, modifiers, char)]
    if shifted:
        shift_down = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift,
                               Qt.KeyboardModifier.ShiftModifier)
        shift_up = QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_Shift,
                             Qt.KeyboardModifier.NoModifier)
        events = [shift_down, *events, shift_up]
    return events


class KeyBurst(QObject):
    """Types `text` + Enter into whatever has focus, one character per `gap_ms`; after the
    event loop has run it, `enter_sent_at` is the `perf_counter()` time of Enter's press."""

    def __init__(self, text: str, gap_ms: int = KEY_GAP_MS) -> None:
        super().__init__()
        self._chars = list(text + "\r")
        self.enter_sent_at = 0.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(gap_ms)
        self._timer.timeout.connect(self._type_next)

    def start(self) -> None:
        self._type_next()
        self._timer.start()

    def _type_next(self) -> None:
        if not self._chars:
            self._timer.stop()
            return
        char = self._chars.pop(0)
        target = QApplication.focusWidget() or QApplication.activeWindow()
        if target is None:
            raise RuntimeError("no widget to type the scan into")
        if char == "\r":
            self.enter_sent_at = time.perf_counter()
            self._timer.stop()
        for event in _events_for(char):
            QCoreApplication.postEvent(target, event)
