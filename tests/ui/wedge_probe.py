"""A full-screen text field with the kiosk's scanner filter, on whatever display Qt is given.

Run by `test_real_scanner_input.py` under Xvfb: it prints `ready`, then `scan <code>` for
each scan and `field <text>` whenever the focused field's text changes, so a test that
types with xdotool sees exactly what the kiosk would.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from kiosk.domain.scan import ScannerSettings
from kiosk.ui.scanner import ScannerInput


def main() -> int:
    app = QApplication(sys.argv[:1])
    field = QLineEdit()
    scanner = ScannerInput(ScannerSettings())            # the kiosk's defaults
    app.installEventFilter(scanner)
    scanner.scanned.connect(lambda code: print(f"scan {code}", flush=True))
    field.textChanged.connect(lambda text: print(f"field {text}", flush=True))
    field.returnPressed.connect(lambda: print("enter", flush=True))
    field.showFullScreen()
    field.activateWindow()
    field.setFocus()
    QTimer.singleShot(300, lambda: print("ready", flush=True))
    QTimer.singleShot(int(sys.argv[1]) * 1000 if len(sys.argv) > 1 else 60_000, app.quit)
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
