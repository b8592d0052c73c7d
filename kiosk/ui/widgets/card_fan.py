"""A fan of real producer cards on the attract screen: what a passer-by will get.

The cards are the real card art (`kiosk.cards.art`) in the café's branding, for a few sample
producers of rising rank — white, sky blue, gold and the black top card in front — drawn on
a worker thread after the first paint (`sample_card_pngs`; Pillow must not hold up the
window), then fanned out by this widget. The fan is scaled to fit whatever room the layout
gives it, in either orientation: a card is never cut off at an edge.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui.scale import px

if TYPE_CHECKING:
    from kiosk.cards.branding import CardBranding
    from kiosk.domain.rules import Rank

CARD_RATIO = 85.6 / 54.0
SAMPLE_WIDTH_PX = 520            # each card's render: sharp at the largest fan we draw
# (nickname, producer number) of the sample producers, lowest rank first.
SAMPLES = (("サクラ", "001-0000421-7"), ("Alex", "001-0001208-3"),
           ("ミライ", "001-0000087-5"), ("Chloé", "001-0000013-9"))
SAMPLE_TOKEN = "SAMPLE"          # not a credential: a scanner that reads it finds no card
FAN_DEGREES = (-15.0, -5.0, 5.0, 15.0)


def sample_ranks(ranks: list[Rank]) -> list[Rank]:
    """Four ranks from the bottom of the ladder to its top, evenly spread."""
    if len(ranks) <= len(SAMPLES):
        return list(ranks)
    last = len(ranks) - 1
    return [ranks[round(i * last / (len(SAMPLES) - 1))] for i in range(len(SAMPLES))]


def sample_card_pngs(branding: CardBranding, ranks: list[Rank]) -> list[bytes]:
    """The sample cards' fronts as PNG bytes (worker thread: no Qt here)."""
    from PIL import Image

    from kiosk.cards.art import CARD_PX, render_card_front, to_png

    height = round(SAMPLE_WIDTH_PX * CARD_PX[1] / CARD_PX[0])
    cards = []
    for (nickname, number), rank in zip(SAMPLES, sample_ranks(ranks), strict=False):
        face = branding.face(nickname, number, rank, SAMPLE_TOKEN)
        image = render_card_front(face).resize((SAMPLE_WIDTH_PX, height),
                                               Image.Resampling.LANCZOS)
        cards.append(to_png(image, dpi=96))
    return cards


class CardFan(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cards: list[bytes] = []            # PNGs, back to front
        self._drawn: tuple[int, list[QPixmap]] = (0, [])   # at the width last painted
        self.setMinimumSize(px(240), px(150))
        # Takes the room the layout gives it and never asks for more: its height must not
        # depend on anything that changes while the attract loop runs.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def set_cards(self, pngs: list[bytes]) -> None:
        """The rendered cards, back to front (any that do not decode are left out)."""
        self._cards = [data for data in pngs if not QImage.fromData(data).isNull()]
        self._drawn = (0, [])
        self.update()

    def _pixmaps(self, width: int) -> list[QPixmap]:
        """The cards at the width they are painted: the fan keeps its PNGs and only the
        pixmaps its size needs (four full-size ones held 2.7 MB all day), and painting
        turns them without scaling them down each frame."""
        if self._drawn[0] != width:
            self._drawn = (width, [
                QPixmap.fromImage(QImage.fromData(data).scaledToWidth(
                    width, Qt.TransformationMode.SmoothTransformation))
                for data in self._cards])
        return self._drawn[1]

    @property
    def card_count(self) -> int:
        return len(self._cards)

    def card_rects(self) -> list[QRectF]:
        """Where each card's corners land on this widget (tests check none is cut off)."""
        scale, transforms = self._layout()
        card = QRectF(-0.5, -1.0 / CARD_RATIO, 1.0, 1.0 / CARD_RATIO)
        return [transform.mapRect(card) for transform in transforms] if scale else []

    def _layout(self) -> tuple[float, list[QTransform]]:
        """Each card's transform from a unit card (width 1, its bottom centre at the
        fan's pivot) to this widget, scaled so the whole fan fits with a margin."""
        count = len(self._cards)
        if not count or self.width() < 2 or self.height() < 2:
            return 0.0, []
        angles = FAN_DEGREES if count == len(FAN_DEGREES) else \
            tuple(-15 + 30 * i / max(1, count - 1) for i in range(count))
        pivot_drop = 1.6               # the pivot sits well below the cards: a gentle fan
        card = QRectF(-0.5, -1.0 / CARD_RATIO - pivot_drop, 1.0, 1.0 / CARD_RATIO)
        units = [QTransform().rotate(angle) for angle in angles]
        bounds = QRectF()
        for unit in units:
            bounds = bounds.united(unit.mapRect(card))
        margin = px(16)
        scale = min((self.width() - 2 * margin) / bounds.width(),
                    (self.height() - 2 * margin) / bounds.height())
        offset = QPointF(self.width() / 2 - bounds.center().x() * scale,
                         self.height() / 2 - bounds.center().y() * scale)
        transforms = []
        for angle in angles:
            transform = QTransform()
            transform.translate(offset.x(), offset.y())
            transform.scale(scale, scale)
            transform.rotate(angle)
            transform.translate(0, -pivot_drop)
            transforms.append(transform)
        return scale, transforms

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        scale, transforms = self._layout()
        if not scale:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        card = QRectF(-0.5, -1.0 / CARD_RATIO, 1.0, 1.0 / CARD_RATIO)
        corner = 0.045
        outline = QPainterPath()
        outline.addRoundedRect(card, corner, corner)
        pixmaps = self._pixmaps(max(1, math.ceil(scale * self.devicePixelRatioF())))
        for pixmap, transform in zip(pixmaps, transforms, strict=True):
            painter.save()
            painter.setTransform(transform)
            # A soft shadow: a few offset translucent layers (no blur effect needed).
            painter.setPen(Qt.PenStyle.NoPen)
            for step in range(3):
                shift = 0.006 + step * 0.006
                painter.setBrush(QColor(90, 20, 60, 22))
                painter.drawRoundedRect(card.translated(shift * 0.6, shift), corner, corner)
            painter.setClipPath(outline)
            painter.drawPixmap(card, pixmap, QRectF(pixmap.rect()))
            painter.setClipping(False)
            edge = QPen(QColor(255, 255, 255, 220), 2)
            edge.setCosmetic(True)          # 2 screen pixels, whatever the card's scale
            painter.setPen(edge)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(outline)
            painter.restore()
        painter.end()
