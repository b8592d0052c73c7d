"""A cast member's face in a circle, for the push screen, the ranking board and the
celebration after a push: her photo when the roster has one, else her initial on a colour
of her own (never an empty frame or a broken picture).

Pixmaps are cached by photo, name and size: the board and the roster redraw often and
decoding a PNG on every repaint would show in a frame.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen, QPixmap

MONOGRAM_COLOURS = ("#E83E8C", "#8E5BD8", "#2F80C8", "#1E9E8A", "#E0791A", "#C2185B")


@lru_cache(maxsize=128)
def cast_pixmap(photo: str | None, name: str, side: int, ring: str = "#FFFFFF") -> QPixmap:
    """A `side`-pixel round portrait with a white ring (or a monogram when no photo)."""
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    ring_width = max(2.0, side / 28)
    inner = QRectF(ring_width / 2, ring_width / 2, side - ring_width, side - ring_width)
    clip = QPainterPath()
    clip.addEllipse(inner)
    image = QImage(photo) if photo else QImage()
    if not image.isNull():
        painter.save()
        painter.setClipPath(clip)
        crop = min(image.width(), image.height())
        source = QRectF((image.width() - crop) / 2, (image.height() - crop) / 2, crop, crop)
        painter.drawImage(inner, image, source)
        painter.restore()
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(_colour_for(name)))
        painter.drawEllipse(inner)
        font = QFont()
        font.setPixelSize(round(side * 0.42))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, (name.strip() or "?")[0])
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor(ring), ring_width))
    painter.drawEllipse(inner)
    painter.end()
    return pixmap


def _colour_for(name: str) -> str:
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    return MONOGRAM_COLOURS[digest[0] % len(MONOGRAM_COLOURS)]
