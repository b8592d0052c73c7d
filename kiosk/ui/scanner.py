"""App-wide capture of keyboard-wedge scanner bursts, whatever widget has focus.

Every printable key press is held back for a moment. If the next key follows within the
scanner gap, it is held too; when Enter ends a fast enough, long enough run — or the run
simply stops (a scanner set to send no suffix, or a Tab) — the run is a scan: it is
cleaned, de-duplicated and emitted as `scanned`, and no widget ever sees those keys.
Otherwise (a person typing: the gap timer runs out on a short or slow run, or Enter ends a
slow run) the held keys are replayed, in order, to where they were going, so typing feels
the same, just a few tens of milliseconds later.

Real scanners type through the keyboard driver like a person with very fast fingers: a
capital or a `:` on a US layout is a Shift press, then the key; Caps Lock turns the case
around. Bare modifier presses (Shift, AltGr, Caps Lock …) carry no text: they pass to the
widgets untouched and neither end nor start a burst. Auto-repeat (a key held down) is a
person, never a scan. A CR+LF suffix leaves its second half right after the scan: it is
swallowed too.
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
_MODIFIER_KEYS = frozenset({
    Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R,
    Qt.Key.Key_Hyper_L, Qt.Key.Key_Hyper_R, Qt.Key.Key_Mode_switch,
})
SUFFIX_GRACE = 4           # an Enter this many key gaps after a scan still belongs to it
FLOOD_KEYS = 4096          # a burst longer than this is one refusal, however long it goes on


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
        self._flooded = False
        self._scanned_at_ms = -1e9
        self._replaying = False
        self._repeats = RepeatFilter(settings.repeat_window_s)
        self._gap = QTimer(self)
        self._gap.setSingleShot(True)
        self._gap.setInterval(int(settings.max_gap_ms) + 1)
        self._gap.timeout.connect(self._on_gap)

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
        if key in _MODIFIER_KEYS:
            return False              # Shift for a capital: part of whatever is going on
        text = event.text()
        if not self._held and (key in _ENTER or text in ("\r", "\n")) and \
                now - self._scanned_at_ms <= SUFFIX_GRACE * self.settings.max_gap_ms:
            return True               # a suffix after a burst its gap ended, or CR+LF's LF
        if key in _ENTER and self._held:
            return self._on_enter(watched, event, now)
        # Scanners send control characters too (a Tab suffix, STX/ETX framing): inside a
        # burst they are held like the rest; on their own they are a person's Tab.
        holdable = bool(text) and (text.isprintable() or bool(self._held))
        if not holdable or event.isAutoRepeat() or event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self._release()           # keep order: held keys first, then this one
            return False
        if len(self._held) >= FLOOD_KEYS:
            self._flooded = True      # keep swallowing until the flood stops
            self._held[-1].at_ms = now
        else:
            self._held.append(_Held(watched, event.key(), event.modifiers(), text, now))
        self._gap.start()
        return True

    def _is_burst(self, now: float | None = None) -> bool:
        times = [held.at_ms for held in self._held] + ([now] if now is not None else [])
        return self._flooded or is_scanner_burst(times, self.settings)

    def _on_enter(self, watched: QObject, event: QKeyEvent, now: float) -> bool:
        if self._is_burst(now):
            self._take_scan(now)
            return True
        self._release()
        return False

    def _on_gap(self) -> None:
        """The keys stopped: a fast, long run with no Enter is a scan too (no suffix, or a
        Tab); anything else was a person."""
        if self._held and self._is_burst():
            self._take_scan(self._held[-1].at_ms)
        else:
            self._release()

    def _take_scan(self, now: float) -> None:
        raw = "".join(held.text for held in self._held)
        flooded, self._flooded = self._flooded, False
        self._held.clear()
        self._gap.stop()
        self._scanned_at_ms = now
        if flooded:
            log.warning("a burst of more than %d keys: refused as one code", FLOOD_KEYS)
            raw = raw[:FLOOD_KEYS]
        code = clean_scan(raw, self.settings)
        if code and self._repeats.accept(code, now / 1000):
            self.scanned.emit(code)
        elif code:
            log.info("same code scanned again within %.0f s: ignored",
                     self.settings.repeat_window_s)

    def _release(self) -> None:
        """Not a scan after all: deliver the held keys as if nothing had happened."""
        self._gap.stop()
        self._flooded = False
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
