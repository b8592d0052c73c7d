"""A white panel over the dimmed current screen; a tap on the backdrop closes it.

The language picker and the notices are overlays: they keep the screen below (and what the
customer typed there) exactly as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.scale import px

BACKDROP = QColor(45, 27, 51, 140)


class Overlay(QWidget):
    def __init__(self, parent: QWidget, margins: tuple[int, int] = (48, 40)) -> None:
        super().__init__(parent)
        self.panel = QWidget(self)
        self.panel.setObjectName("overlayPanel")
        self.panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.panel.setStyleSheet("#overlayPanel { background: white; border-radius: 40px; }")
        self.inside = QVBoxLayout(self.panel)
        side, top = px(margins[0]), px(margins[1])
        self.inside.setContentsMargins(side, top, side, top)
        self.inside.setSpacing(px(24))
        parent.installEventFilter(self)
        self.hide()

    def present(self) -> None:
        self.fit()
        self.show()
        self.raise_()

    def panel_width(self, parent: QWidget) -> int:
        return min(parent.width() - px(96), px(1100))

    def fit(self) -> None:
        """Cover the parent; centre the panel at its width and natural height."""
        parent = self.parentWidget()
        if parent is None:
            return
        self.setGeometry(parent.rect())
        width = self.panel_width(parent)
        self.panel.setFixedWidth(width)
        self.panel.setFixedHeight(max(self.inside.heightForWidth(width),
                                      self.inside.minimumSize().height()))
        self.panel.move((parent.width() - width) // 2,
                        (parent.height() - self.panel.height()) // 2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.fit()
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if not self.panel.geometry().contains(event.position().toPoint()):
            self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKDROP)
        painter.end()
