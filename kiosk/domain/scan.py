"""Keyboard-wedge scanners: telling their bursts from a person typing, and cleaning them.

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
