"""Run something once a widget has painted for the first time.

The app builds the registration screens only after the attract screen is on the glass, and
the start-up benchmark (`--exit-after-paint`) stops its clock at that same moment.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._callback: Callable[[], None] | None = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            QTimer.singleShot(0, callback)    # after this paint has reached the screen
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    widget.installEventFilter(_FirstPaint(callback, widget))
