"""A fan of producer cards in the rank colours, drawn by the app (crisp at any size)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui.scale import px

CARD_RATIO = 85.6 / 54.0


class CardFan(QWidget):
    def __init__(self, colours: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colours = colours
        self.setMinimumSize(px(320), px(220))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        count = len(self._colours)
        card_w = min(self.width() * 0.5, self.height() * 0.62 * CARD_RATIO)
        card_h = card_w / CARD_RATIO
        centre_x, base_y = self.width() / 2, self.height() * 0.5 + card_h * 0.35
        spread = float(px(64))
        for i, colour in enumerate(self._colours):
            angle = -spread / 2 + spread * i / max(1, count - 1)
            painter.save()
            painter.translate(centre_x, base_y + card_h * 0.6)
            painter.rotate(angle)
            rect = QRectF(-card_w / 2, -card_h * 1.6, card_w, card_h)
            painter.setPen(QPen(QColor("#E7B3C9"), 3))
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(rect, card_h * 0.08, card_h * 0.08)
            band = QRectF(rect.left(), rect.top(), rect.width(), card_h * 0.18)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#E83E8C"))
            painter.drawRoundedRect(band, card_h * 0.08, card_h * 0.08)
            painter.setBrush(QColor("white"))
            qr = card_h * 0.5
            painter.drawRect(QRectF(rect.right() - qr - card_h * 0.1,
                                    rect.bottom() - qr - card_h * 0.1, qr, qr))
            painter.restore()
        painter.end()
