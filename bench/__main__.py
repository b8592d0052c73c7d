"""`make bench`: run every benchmark, print the figures, write bench/results/report.md."""

from __future__ import annotations

import os
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench import (
    language_switch,
    print_throughput,
    registration,
    scale,
    startup,
    sync_throughput,
)


def main() -> int:
    sections = [
        f"# Producer Kiosk benchmarks — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}, Qt platform {os.environ['QT_QPA_PLATFORM']}.",
    ]
    for name, module in (("startup", startup), ("registration", registration),
                         ("language switch", language_switch), ("scale", scale),
                         ("sync throughput", sync_throughput),
                         ("print throughput", print_throughput)):
        print(f"running {name} …", file=sys.stderr, flush=True)
        sections.append(module.report(module.run()))  # type: ignore[attr-defined]
    text = "\n\n".join(sections) + "\n"
    print(text)
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "report.md").write_text(text, encoding="utf-8")
    _shut_down_qt()
    return 0


def _shut_down_qt() -> None:
    """Destroy Qt's objects while Python still runs; left to interpreter finalisation,
    PySide6 can crash ("none_dealloc") collecting widgets after their application."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        for widget in QApplication.topLevelWidgets():
            widget.deleteLater()
        app.processEvents()
        app.shutdown()


if __name__ == "__main__":
    sys.exit(main())
