"""The café's name (and logo, when Settings name one) as the attract screen's masthead.

With a logo: the logo, then the name under it. Without: the name alone, set as a wordmark —
wide letter spacing in the brand colour, between two hairlines that end in small stars —
so a café that has not configured anything still looks finished. The height is fixed
for the screen size (the attract loop never moves it); a long name shrinks to fit.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui.fonts import font_for
from kiosk.ui.scale import px
from kiosk.ui.theme import palette

NAME_PX = 84                   # reference size of the name (the theme's DISPLAY step)
LOGO_PX = 150                  # reference height of the logo's box
LETTER_SPACING = 118           # percent: a wordmark, not a sentence


class CafeMark(QWidget):
    def __init__(self, name: str, logo: bytes | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.set_brand(name, logo)

    def set_brand(self, name: str, logo: bytes | None) -> None:
        """A logo that cannot be read is left out (Settings refuse one when saved; if the
        file broke since, the name alone still greets customers)."""
        self._name = name.strip()
        self._logo = QImage()
        if logo:
            self._logo.loadFromData(logo)
        self.refit()
        self.update()

    @property
    def name(self) -> str:
        return self._name

    @property
    def has_logo(self) -> bool:
        return not self._logo.isNull()

    def natural_height(self) -> int:
        name = round(px(NAME_PX) * 1.5) if self._name else 0
        return name + (px(LOGO_PX) + px(12) if self.has_logo else 0)

    def refit(self) -> None:
        """The screen's scale changed (a new screen size): new fixed height."""
        self.setFixedHeight(self.natural_height())

    def _name_font(self, size: float) -> QFont:
        font = font_for("ja", max(1, round(size)))
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, LETTER_SPACING)
        return font

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        top = 0.0
        if self.has_logo:
            box = QRectF(0, 0, self.width(), px(LOGO_PX))
            logo = self._logo.size().scaled(box.size().toSize(),
                                            Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(box.center().x() - logo.width() / 2,
                            box.center().y() - logo.height() / 2, logo.width(), logo.height())
            painter.drawImage(target, self._logo)
            top = box.height() + px(12)
        if self._name:
            self._paint_name(painter, QRectF(0, top, self.width(), self.height() - top))
        painter.end()

    def _paint_name(self, painter: QPainter, area: QRectF) -> None:
        size = float(px(NAME_PX if not self.has_logo else NAME_PX * 0.6))
        ornament = area.height() * 0.22          # room for the hairlines' stars each side
        room = area.width() - 2 * (ornament + px(24))
        font = self._name_font(size)
        while QFontMetricsF(font).horizontalAdvance(self._name) > room and size > px(24):
            size *= 0.92
            font = self._name_font(size)
        metrics = QFontMetricsF(font)
        width = metrics.horizontalAdvance(self._name)
        baseline = area.center().y() + (metrics.ascent() - metrics.descent()) / 2
        left = area.center().x() - width / 2
        path = QPainterPath()
        path.addText(QPointF(left, baseline), font, self._name)
        brand = QColor(palette().brand)
        gradient = QLinearGradient(left, 0, left + width, 0)
        gradient.setColorAt(0.0, brand.lighter(118))
        gradient.setColorAt(1.0, brand.darker(118))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(gradient)
        painter.drawPath(path)
        # Hairlines either side of the name, each ending in a small four-point star.
        middle = area.center().y()
        gap, reach = px(28), min(ornament * 1.6, (area.width() - width) / 2 - px(28))
        if reach <= px(24):
            return
        pen = QPen(QColor(palette().divider), max(2, px(3)))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        for side in (-1, 1):
            start = area.center().x() + side * (width / 2 + gap)
            end = start + side * (reach - gap)
            painter.setPen(pen)
            painter.drawLine(QPointF(start, middle), QPointF(end, middle))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(brand)
            painter.drawPath(_sparkle(QPointF(end + side * px(14), middle), px(14)))


def _sparkle(centre: QPointF, radius: float) -> QPainterPath:
    """A four-point star (the idol "kira")."""
    path = QPainterPath()
    for i in range(8):
        r = radius if i % 2 == 0 else radius * 0.32
        angle = i * math.pi / 4
        point = QPointF(centre.x() + r * math.sin(angle), centre.y() - r * math.cos(angle))
        if i == 0:
            path.moveTo(point)
        else:
            path.lineTo(point)
    path.closeSubpath()
    return path
