"""Finds text a person could not read: clipped, elided, overflowing, or missing glyphs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QRawFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from kiosk.ui.fonts import registered_families

BUTTON_PADDING = 16   # the least horizontal room the theme leaves inside a button


_raw_fonts: dict[str, QRawFont] = {}


def _raw(family: str) -> QRawFont:
    if family not in _raw_fonts:
        _raw_fonts[family] = QRawFont.fromFont(QFont(family))
    return _raw_fonts[family]


def _missing_glyphs(widget: QWidget, text: str) -> str:
    """Characters none of the widget's font families, nor the bundled fonts registered so
    far (Qt falls back to those), can draw: they would be tofu."""
    families = [*(widget.font().families() or [widget.font().family()]),
                *registered_families()]
    return "".join(ch for ch in sorted(set(text)) if ch.strip() and
                   not any(_raw(f).supportsCharacter(ord(ch)) for f in families))


def text_problems(root: QWidget) -> list[str]:
    problems: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() == 0:
            continue
        name = f"{type(widget).__name__}({getattr(widget, 'text', lambda: '')()!r})"
        parent = widget.parentWidget()
        scrolls = parent is not None and isinstance(parent.parentWidget(), QAbstractScrollArea)
        if parent is not None and parent.isVisibleTo(root) and not scrolls and \
                not parent.rect().contains(widget.geometry()):
            problems.append(f"{name} overflows its parent")
        text = ""
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText:
            text = widget.text()
            metrics = widget.fontMetrics()
            room = widget.contentsRect()
            if widget.wordWrap():
                if widget.heightForWidth(widget.width()) > widget.height() + 1:
                    problems.append(f"{name} is cut off at the bottom")
            elif metrics.horizontalAdvance(text) > room.width() + 1:
                problems.append(f"{name} is clipped: needs {metrics.horizontalAdvance(text)} px,"
                                f" has {room.width()}")
        elif isinstance(widget, QCheckBox):
            text = widget.text()
            if widget.sizeHint().width() > widget.width() + 1:
                problems.append(f"{name} is clipped")
        elif isinstance(widget, QAbstractButton):
            text = widget.text()
            metrics = widget.fontMetrics()
            lines = text.split("\n")
            needed = max(metrics.horizontalAdvance(line) for line in lines) + BUTTON_PADDING
            if needed > widget.width():
                problems.append(f"{name} is clipped: needs {needed} px, has {widget.width()}")
            if len(lines) * metrics.lineSpacing() > widget.height():
                problems.append(f"{name} is cut off at the bottom")
        elif isinstance(widget, QLineEdit):
            text = widget.text() or widget.placeholderText()
        missing = _missing_glyphs(widget, text)
        if missing:
            problems.append(f"{name} has no glyph for {missing!r}")
    return problems
