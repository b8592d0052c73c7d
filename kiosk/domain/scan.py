"""Scanners: telling a keyboard wedge's bursts from a person typing, cutting a serial
scanner's bytes into codes, and cleaning both the same way.

A USB or serial 2D imager in keyboard mode "types" the QR text and presses Enter, with a
few milliseconds between keys; people leave 80 ms or more. So a run of at least
`min_length` keys whose gaps all stay under `max_gap_ms`, ended by Enter, is a scan. The
scanner's configured prefix/suffix and any control characters are stripped, and the same
text seen again within `repeat_window_s` (a card held under the imager) is ignored.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class ScannerSettings:
    max_gap_ms: float = 40.0         # the slowest scanner key gap still counted as a scan
    min_length: int = 6              # fewer fast keys are a chord; no one types 6 in a row
    prefix: str = ""                 # what the scanner is configured to send first
    suffix: str = ""                 # … and last, before Enter
    repeat_window_s: float = 4.0     # the same code again within this is one scan


def is_scanner_burst(key_times_ms: Sequence[float], settings: ScannerSettings) -> bool:
    """True when these key-press times (ms, in order) came from a scanner, not a hand."""
    if len(key_times_ms) < settings.min_length:
        return False
    gaps = (b - a for a, b in itertools.pairwise(key_times_ms))
    return all(0 <= gap <= settings.max_gap_ms for gap in gaps)


def clean_scan(raw: str, settings: ScannerSettings) -> str:
    """The code as printed: no control characters, prefix/suffix removed, trimmed."""
    text = "".join(ch for ch in raw if unicodedata.category(ch)[0] != "C").strip()
    if settings.prefix and text.startswith(settings.prefix):
        text = text[len(settings.prefix):]
    if settings.suffix and text.endswith(settings.suffix):
        text = text[: -len(settings.suffix)]
    return text.strip()


class RepeatFilter:
    """Drops a code seen again within the repeat window (one card, one scan)."""

    def __init__(self, window_s: float) -> None:
        self._window_s = window_s
        self._last: tuple[str, float] | None = None

    def accept(self, code: str, at_s: float) -> bool:
        if self._last is not None and self._last[0] == code and \
                at_s - self._last[1] < self._window_s:
            return False
        self._last = (code, at_s)
        return True

    def forget(self) -> None:
        self._last = None


# ---- serial (USB-COM / CDC-ACM) scanners --------------------------------------------------

SERIAL_TERMINATORS = b"\r\n\t\x03\x04"   # CR, LF, Tab, ETX, EOT: what scanners end a code with
SERIAL_QUIET_MS = 60.0                   # no terminator configured: a pause ends the code
SERIAL_FLOOD_BYTES = 4096                # longer is one refusal, not many codes


class SerialFrames:
    """Bytes from a serial scanner, as they trickle in, cut into codes.

    A serial scanner sends the code's bytes and, usually, a terminator; no keyboard layout
    stands in between, so what arrives is what was printed. A scanner set to send no
    terminator is heard out by silence: `SERIAL_QUIET_MS` without a byte ends the code.
    Empty frames (CR+LF's second half) are dropped; a runaway stream longer than
    `SERIAL_FLOOD_BYTES` is cut there and yields one code, the rest up to the next
    terminator or pause being thrown away.
    """

    def __init__(self, quiet_ms: float = SERIAL_QUIET_MS,
                 flood_bytes: int = SERIAL_FLOOD_BYTES) -> None:
        self._quiet_ms = quiet_ms
        self._flood_bytes = flood_bytes
        self._pending = bytearray()
        self._flooded = False
        self._last_ms = 0.0

    def feed(self, data: bytes, now_ms: float) -> list[str]:
        """The codes that `data` (read at `now_ms`) completes."""
        codes = self.flush_if_quiet(now_ms)
        for byte in data:
            if byte in SERIAL_TERMINATORS:
                codes += self._finish()
            elif not self._flooded:
                self._pending.append(byte)
                if len(self._pending) >= self._flood_bytes:
                    codes += self._finish()
                    self._flooded = True
        if data:
            self._last_ms = now_ms
        return codes

    def flush_if_quiet(self, now_ms: float) -> list[str]:
        """The code in progress, when the line has been quiet long enough to end it."""
        if (self._pending or self._flooded) and now_ms - self._last_ms >= self._quiet_ms:
            return self._finish()
        return []

    def _finish(self) -> list[str]:
        text = self._pending.decode("utf-8", errors="replace")
        self._pending.clear()
        self._flooded = False
        return [text] if text.strip() else []
