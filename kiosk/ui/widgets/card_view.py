"""Shows a rendered card image, scaled to fit with its aspect kept and rounded corners."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.cards.art import CARD_MM
from kiosk.ui.scale import px


class CardView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(px(428), px(270))

    def set_png(self, png: bytes) -> None:
        image = QImage()
        if not image.loadFromData(png, "PNG"):
            raise ValueError("card image is not a PNG")
        self._image = image
        self.update()

    def clear(self) -> None:
        self._image = QImage()
        self.update()

    @property
    def has_image(self) -> bool:
        return not self._image.isNull()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(px(856), px(540))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        if self._image.isNull():
            return
        ratio = CARD_MM[0] / CARD_MM[1]
        width = min(self.width(), self.height() * ratio)
        height = width / ratio
        rect = QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        path = QPainterPath()
        radius = height * 0.06
        path.addRoundedRect(rect, radius, radius)
        painter.setClipPath(path)
        painter.drawImage(rect, self._image)
        painter.setClipping(False)
        painter.setPen(QPen(QColor("#E7B3C9"), 3))
        painter.drawPath(path)
        painter.end()
