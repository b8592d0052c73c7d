"""Benchmark hook: report when the attract screen is first painted, then quit.

Used by `bench/startup.py` (with `--exit-after-paint`) to compare the kiosk's start-up with a
bare PySide6 window started the same way.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _FirstPaint(QObject):
    def __init__(self, started: float, parent: QObject) -> None:
        super().__init__(parent)
        self._started = started
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            elapsed = time.perf_counter() - self._started
            print(f"first-paint-in-process {elapsed:.4f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def report_first_paint(screen: QWidget, started: float) -> None:
    screen.installEventFilter(_FirstPaint(started, screen))
