"""The hidden way into staff mode: a finger held still in the top-left corner.

A customer tapping around never holds one spot in a corner for seconds, while staff learn
the gesture in a minute. It watches the whole application's input (whatever screen is
showing) and only measures: the press still reaches the screen below, so nothing on the
customer screens changes behaviour.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

from kiosk.ui.scale import px

CORNER_PX = 140
HOLD_MS = 2500
SLOP_PX = 40          # a finger wobbles; more than this is a swipe, not a hold


class CornerHold(QObject):
    held = Signal()

    def __init__(self, window: QWidget, hold_ms: int = HOLD_MS) -> None:
        super().__init__(window)
        self._window = window
        self._start = QPoint()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(hold_ms)
        self._timer.timeout.connect(self.held)

    def set_hold_ms(self, hold_ms: int) -> None:
        self._timer.setInterval(hold_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if not isinstance(event, QMouseEvent):    # touches arrive synthesised as mouse too
            return False
        where = self._window.mapFromGlobal(event.globalPosition().toPoint())
        if kind == QEvent.Type.MouseButtonPress:
            if 0 <= where.x() < px(CORNER_PX) and 0 <= where.y() < px(CORNER_PX):
                self._start = where
                self._timer.start()
            else:
                self._timer.stop()
        elif kind == QEvent.Type.MouseMove and self._timer.isActive():
            if (where - self._start).manhattanLength() > px(SLOP_PX):
                self._timer.stop()
        elif kind == QEvent.Type.MouseButtonRelease:
            self._timer.stop()
        return False
