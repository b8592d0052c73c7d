"""The attract screen's two cycling lines ("Welcome, producer!" / "Touch to start"), each
drawn in its own language's font.

Painted rather than two labels because the loop changes language every few seconds: the
widget's height is fixed for the screen (both lines' tallest script), so nothing around it
moves, and a line too wide for the room shrinks instead of wrapping onto a second line.
Each language gets its own script font (`fonts.font_for`): Chinese in Chinese glyph forms,
never drawn with the Japanese font the rest of the screen uses.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui.design_tokens import Type
from kiosk.ui.fonts import font_for
from kiosk.ui.theme import palette, type_px

LINE_GAP = 0.35                # of the first line's size, between the lines


class WelcomeLines(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = "ja"
        self._welcome = ""
        self._touch = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.refit()

    def show_lines(self, language: str, welcome: str, touch: str) -> None:
        self._language, self._welcome, self._touch = language, welcome, touch
        self.update()

    def text(self) -> str:
        """The welcome line (tests and the accessibility name read it)."""
        return self._welcome

    def touch_text(self) -> str:
        return self._touch

    @property
    def language(self) -> str:
        return self._language

    def refit(self) -> None:
        """Fixed height for this screen's type scale (two lines in the tallest script:
        Thai, with its marks above and below)."""
        first = QFontMetricsF(self.line_font("th", type_px(Type.TITLE))).height()
        second = QFontMetricsF(self.line_font("th", type_px(Type.HEADLINE))).height()
        self.setFixedHeight(round(first + second + LINE_GAP * type_px(Type.TITLE)))

    @staticmethod
    def line_font(language: str, size: int) -> QFont:
        font = font_for(language, size)
        font.setBold(True)
        return font

    def fitted_font(self, language: str, text: str, size: int) -> QFont:
        """`language`'s font at `size` px, smaller where `text` would not fit the width."""
        font = self.line_font(language, size)
        while QFontMetricsF(font).horizontalAdvance(text) > self.width() and size > 12:
            size = round(size * 0.94)
            font = self.line_font(language, size)
        return font

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        title, headline = type_px(Type.TITLE), type_px(Type.HEADLINE)
        first_height = QFontMetricsF(self.line_font("th", title)).height()
        colours = (QColor(palette().ink), QColor(palette().brand))
        rows = ((self._welcome, title, QRectF(0, 0, self.width(), first_height)),
                (self._touch, headline,
                 QRectF(0, first_height + LINE_GAP * title, self.width(),
                        self.height() - first_height - LINE_GAP * title)))
        for (text, size, rect), colour in zip(rows, colours, strict=True):
            painter.setFont(self.fitted_font(self._language, text, size))
            painter.setPen(colour)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
