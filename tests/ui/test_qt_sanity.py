"""Guards against known bugs of the Qt binding itself, so an upgrade cannot bring them back."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication


def test_painter_setters_do_not_leak_references_to_none(qapp: QApplication) -> None:
    """PySide6 6.12.0 decremented None's refcount on every setPen/setBrush: on Python
    3.11 the kiosk aborted ("none_dealloc") after a few thousand paints."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(2000):
            painter.setPen(QPen(Qt.PenStyle.NoPen))
            painter.setBrush(QColor("red"))
        assert sys.getrefcount(None) - before > -100
    finally:
        painter.end()
