"""Baseline for the start-up benchmark: the smallest PySide6 window, started the same way."""

from __future__ import annotations

import sys
import time

STARTED = time.perf_counter()

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402


class _Painted(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint-in-process {time.perf_counter() - STARTED:.4f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    label = QLabel("Hello")
    label.resize(1080, 1920)
    watcher = _Painted(label)
    label.installEventFilter(watcher)
    label.show()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
