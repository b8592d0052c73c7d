"""A list that shows as many whole rows as the screen has room for, newest first.

A log or a history is a nice-to-see, never a reason for a screen to be taller than the
display: in a `QVBoxLayout` every row would add to the screen's minimum height, and on a
short landscape panel (1366 × 768) a full-screen window then grows past the display's edge.
Here the list asks for no height of its own; it lays its rows out top-down in whatever
height the screen gives it and hides the rows that would not fit whole (never half a row).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class FittingRows(QWidget):
    def __init__(self, spacing: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spacing = spacing
        self._rows: list[QWidget] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def set_rows(self, rows: Sequence[QWidget]) -> None:
        """Replace the rows (the old ones are deleted), first row at the top."""
        for row in self._rows:
            row.hide()
            row.deleteLater()
        self._rows = []
        self.use_rows(rows)

    def use_rows(self, rows: Sequence[QWidget]) -> None:
        """Show these rows, first at the top; rows shown before and not among them are
        hidden, not deleted (a list that refills often keeps its rows for the next time)."""
        kept = {id(row) for row in rows}
        for row in self._rows:
            if id(row) not in kept:
                row.hide()
        self._rows = list(rows)
        for row in self._rows:
            if row.parent() is not self:
                row.setParent(self)
        self._place()
        self.updateGeometry()

    def rows(self) -> list[QWidget]:
        return list(self._rows)

    def shown_rows(self) -> list[QWidget]:
        """The rows that fit whole and are on screen now."""
        return [row for row in self._rows if not row.isHidden()]

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(0, 0)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        width = max(self.width(), 1)
        heights = [self._row_height(row, width) for row in self._rows]
        total = sum(heights) + self._spacing * max(len(heights) - 1, 0)
        return QSize(max((row.sizeHint().width() for row in self._rows), default=0), total)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        width, room, top = self.width(), self.height(), 0
        fits = True
        for row in self._rows:
            height = self._row_height(row, width)
            fits = fits and top + height <= room
            if fits:
                row.setGeometry(0, top, width, height)
                row.show()
                top += height + self._spacing
            else:
                row.hide()              # and every row after it: the list never has gaps

    @staticmethod
    def _row_height(row: QWidget, width: int) -> int:
        if row.hasHeightForWidth():
            return row.heightForWidth(width)
        layout = row.layout()
        if layout is not None and layout.hasHeightForWidth():
            return layout.totalHeightForWidth(width)
        return row.sizeHint().height()
