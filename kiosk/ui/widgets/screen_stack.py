"""The window's stack of screens, whose minimum size is the screen now showing.

Qt's stacked widget asks for the largest minimum of all its pages, shown or not, so one
crowded page somewhere (a staff form, a screen in the accessible mode's larger type) would
hold the whole window larger than the display, and push the customer's screen past its
edges. Here only the current screen counts; a switch re-asks the window for room.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStackedWidget, QWidget


class ScreenStack(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        current = self.currentWidget()
        return current.minimumSizeHint() if current is not None else QSize(0, 0)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        current = self.currentWidget()
        return current.sizeHint() if current is not None else QSize(0, 0)
