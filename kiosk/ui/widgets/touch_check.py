"""A checkbox whose whole row is the touch target, and whose words wrap.

Qt's checkbox draws its text on one line, so a long consent in French or Spanish made the
terms screen wider than the kiosk. Here the style still draws the box (with its ✓), and a
wrapping label beside it carries the words; taps anywhere on the row toggle it.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QStyle, QStyleOptionButton, QWidget

from kiosk.ui.scale import px
from kiosk.ui.widgets.basic import label


class TouchCheckBox(QCheckBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = label("check-text")
        self.words.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._left = self._box_width() + px(20)
        row = QHBoxLayout(self)
        row.setContentsMargins(self._left, 0, 0, 0)
        row.addWidget(self.words)

    def _box_width(self) -> int:
        option = QStyleOptionButton()
        option.initFrom(self)
        return self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, option, self)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        self.words.setText(text)
        self.updateGeometry()

    def text(self) -> str:
        return self.words.text()

    def _with_box(self, words: QSize) -> QSize:
        return QSize(self._left + words.width(), max(words.height(), px(56) + px(8)))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self._with_box(self.words.sizeHint())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self._with_box(self.words.minimumSizeHint())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return max(self.words.heightForWidth(width - self._left), px(56) + px(8))

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 (Qt override)
        return self.rect().contains(pos)
