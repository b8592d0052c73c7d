"""App-wide capture of keyboard-wedge scanner bursts, whatever widget has focus.

Every printable key press is held back for a moment. If the next key follows within the
scanner gap, it is held too; when Enter ends a fast enough, long enough run, the run is a
scan: it is cleaned, de-duplicated and emitted as `scanned`, and no widget ever sees those
keys. Otherwise (a person typing: the gap timer runs out, or Enter ends a slow run) the
held keys are replayed, in order, to where they were going, so typing feels the same,
just a few tens of milliseconds later.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from kiosk.domain.scan import RepeatFilter, ScannerSettings, clean_scan, is_scanner_burst

log = logging.getLogger(__name__)

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


@dataclass
class _Held:
    receiver: QObject
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    at_ms: float


class ScannerInput(QObject):
    """Install on the QApplication; connect `scanned(str)`."""

    scanned = Signal(str)

    def __init__(self, settings: ScannerSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._held: list[_Held] = []
        self._replaying = False
        self._repeats = RepeatFilter(settings.repeat_window_s)
        self._gap = QTimer(self)
        self._gap.setSingleShot(True)
        self._gap.setInterval(int(settings.max_gap_ms) + 1)
        self._gap.timeout.connect(self._release)

    def accept_code(self, raw: str) -> None:
        """A code from another reader (the camera): cleaned and de-duplicated the same way."""
        code = clean_scan(raw, self.settings)
        if code and self._repeats.accept(code, time.perf_counter()):
            self.scanned.emit(code)

    def forget_last_scan(self) -> None:
        """Let the same card be scanned again at once (e.g. after its screen closed)."""
        self._repeats.forget()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if self._replaying or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        now = time.perf_counter() * 1000
        key = Qt.Key(event.key())
        if key in _ENTER and self._held:
            return self._on_enter(watched, event, now)
        text = event.text()
        # Scanners send control characters too (a Tab suffix, STX/ETX framing): inside a
        # burst they are held like the rest; on their own they are a person's Tab.
        holdable = bool(text) and (text.isprintable() or bool(self._held))
        if not holdable or event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self._release()           # keep order: held keys first, then this one
            return False
        self._held.append(_Held(watched, event.key(), event.modifiers(), text, now))
        self._gap.start()
        return True

    def _on_enter(self, watched: QObject, event: QKeyEvent, now: float) -> bool:
        times = [held.at_ms for held in self._held] + [now]
        if is_scanner_burst(times, self.settings):
            code = clean_scan("".join(held.text for held in self._held), self.settings)
            self._held.clear()
            self._gap.stop()
            if code and self._repeats.accept(code, now / 1000):
                self.scanned.emit(code)
            elif code:
                log.info("same code scanned again within %.0f s: ignored",
                         self.settings.repeat_window_s)
            return True
        self._release()
        return False

    def _release(self) -> None:
        """Not a scan after all: deliver the held keys as if nothing had happened."""
        self._gap.stop()
        held, self._held = self._held, []
        if not held:
            return
        self._replaying = True
        try:
            for item in held:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    replay = QKeyEvent(kind, item.key, item.modifiers, item.text)
                    QApplication.sendEvent(item.receiver, replay)
        finally:
            self._replaying = False
