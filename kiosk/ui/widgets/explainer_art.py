"""The pictures of the "How it works" guide, drawn by the app so they stay crisp at any size.

One widget, one `kind` per page: a star (you are a producer), a card with its login slip,
the rank ladder in the rules' card colours, a heart (push points), a podium (the monthly
ranking) and a clock (the stay). Colours and proportions come from the live rules.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.domain.rules import RuleBook
from kiosk.ui.scale import px

PINK = QColor("#E83E8C")
PINK_SOFT = QColor("#FFD1E3")
INK = QColor("#2D1B33")
OUTLINE = QColor("#E7B3C9")


class ExplainerArt(QWidget):
    def __init__(self, kind: str, rules: RuleBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._rules = rules
        self.setMinimumSize(px(240), px(200))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) * 0.9
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        getattr(self, f"_draw_{self.kind}")(painter, box)
        painter.end()

    # ---- one picture per page ------------------------------------------------------------

    def _draw_producer(self, p: QPainter, box: QRectF) -> None:
        _star(p, box.center(), box.width() * 0.42, PINK)
        for dx, dy, r in ((-0.38, -0.36, 0.07), (0.4, -0.3, 0.05), (0.36, 0.38, 0.06)):
            _star(p, QPointF(box.center().x() + dx * box.width(),
                             box.center().y() + dy * box.height()), box.width() * r, PINK_SOFT)

    def _draw_card(self, p: QPainter, box: QRectF) -> None:
        card = QRectF(box.left(), box.top() + box.height() * 0.12, box.width() * 0.86,
                      box.width() * 0.86 / 1.585)
        _card(p, card, QColor(self._rules.ranks[2].card_colour))
        slip = QRectF(box.left() + box.width() * 0.5, card.bottom() - box.height() * 0.08,
                      box.width() * 0.46, box.height() * 0.36)
        p.setPen(QPen(OUTLINE, 3))
        p.setBrush(QColor("white"))
        p.drawRoundedRect(slip, 8, 8)
        p.setPen(QPen(INK, max(2.0, box.width() * 0.012)))
        for i in range(4):
            y = slip.top() + slip.height() * (0.22 + i * 0.19)
            p.drawLine(QPointF(slip.left() + slip.width() * 0.12, y),
                       QPointF(slip.right() - slip.width() * (0.12 + 0.2 * (i % 2)), y))

    def _draw_ladder(self, p: QPainter, box: QRectF) -> None:
        ranks = self._rules.ranks
        gap = box.width() * 0.02
        width = (box.width() - gap * (len(ranks) - 1)) / len(ranks)
        for i, rank in enumerate(ranks):
            height = box.height() * (0.16 + 0.84 * (i + 1) / len(ranks))
            bar = QRectF(box.left() + i * (width + gap), box.bottom() - height, width, height)
            p.setPen(QPen(OUTLINE, 2))
            p.setBrush(QColor(rank.card_colour))
            p.drawRoundedRect(bar, 6, 6)
        _star(p, QPointF(box.right() - width / 2, box.top() + width * 0.2), width * 0.6, PINK)

    def _draw_push(self, p: QPainter, box: QRectF) -> None:
        c, r = box.center(), box.width() * 0.32
        heart = QPainterPath()
        heart.moveTo(c.x(), c.y() + r * 1.1)
        heart.cubicTo(c.x() - r * 1.9, c.y() - r * 0.1, c.x() - r * 0.9, c.y() - r * 1.5,
                      c.x(), c.y() - r * 0.55)
        heart.cubicTo(c.x() + r * 0.9, c.y() - r * 1.5, c.x() + r * 1.9, c.y() - r * 0.1,
                      c.x(), c.y() + r * 1.1)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(PINK)
        p.drawPath(heart)
        for k in range(3):
            y = box.top() + box.height() * (0.12 + 0.1 * k)
            x = box.left() + box.width() * (0.1 + 0.08 * k)
            p.setBrush(PINK_SOFT)
            p.drawEllipse(QPointF(x, y), box.width() * 0.035, box.width() * 0.035)

    def _draw_ranking(self, p: QPainter, box: QRectF) -> None:
        step_w = box.width() / 3.3
        heights = (0.42, 0.6, 0.3)       # 2nd, 1st, 3rd
        colours = ("#C9CED6", "#E6C35C", "#D9A26B")
        for i, (h, colour) in enumerate(zip(heights, colours, strict=True)):
            step = QRectF(box.left() + i * step_w * 1.1, box.bottom() - box.height() * h,
                          step_w, box.height() * h)
            p.setPen(QPen(OUTLINE, 3))
            p.setBrush(QColor(colour))
            p.drawRoundedRect(step, 8, 8)
        top = QPointF(box.left() + step_w * 1.6, box.bottom() - box.height() * 0.76)
        _star(p, top, box.width() * 0.13, PINK)

    def _draw_stay(self, p: QPainter, box: QRectF) -> None:
        stay = self._rules.stay
        face = box.adjusted(box.width() * 0.08, box.width() * 0.08, -box.width() * 0.08,
                            -box.width() * 0.08)
        p.setPen(QPen(OUTLINE, 4))
        p.setBrush(QColor("white"))
        p.drawEllipse(face)
        first = 360.0 * min(stay.first_hour_minutes, 60) / 60
        extension = 360.0 * min(stay.extension_minutes, 60) / 60
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(PINK_SOFT))
        inner = face.adjusted(8, 8, -8, -8)
        p.drawPie(inner, 90 * 16, -int(first * 16))
        if first < 360:
            p.setBrush(QBrush(QColor("#FFE9A8")))
            p.drawPie(inner, int((90 - first) * 16), -int(extension * 16))
        hands = QPen(INK, max(3.0, face.width() * 0.025))
        hands.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(hands)
        c = face.center()
        p.drawLine(c, QPointF(c.x(), face.top() + face.height() * 0.18))
        p.drawLine(c, QPointF(c.x() + face.width() * 0.25, c.y()))
        for hour in range(12):
            angle = math.radians(hour * 30)
            outer = face.width() / 2 - 10
            p.drawPoint(QPointF(c.x() + math.sin(angle) * outer, c.y() - math.cos(angle) * outer))


def _star(p: QPainter, centre: QPointF, radius: float, colour: QColor) -> None:
    path = QPainterPath()
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.45
        angle = math.radians(-90 + i * 36)
        point = QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle))
        if i == 0:
            path.moveTo(point)
        else:
            path.lineTo(point)
    path.closeSubpath()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawPath(path)


def _card(p: QPainter, rect: QRectF, colour: QColor) -> None:
    p.setPen(QPen(OUTLINE, 3))
    p.setBrush(colour)
    p.drawRoundedRect(rect, rect.height() * 0.08, rect.height() * 0.08)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(PINK)
    p.drawRoundedRect(QRectF(rect.left(), rect.top(), rect.width(), rect.height() * 0.18),
                      rect.height() * 0.08, rect.height() * 0.08)
    p.setBrush(QColor("white"))
    qr = rect.height() * 0.5
    p.drawRect(QRectF(rect.right() - qr - rect.height() * 0.1,
                      rect.bottom() - qr - rect.height() * 0.1, qr, qr))
    p.setBrush(INK)
    cell = qr / 7
    for i in range(7):
        for j in range(7):
            if (i * 3 + j * 5) % 4 == 0 or (i in (0, 6) and j in (0, 6)):
                p.drawRect(QRectF(rect.right() - qr - rect.height() * 0.1 + i * cell,
                                  rect.bottom() - qr - rect.height() * 0.1 + j * cell,
                                  cell, cell))
