"""Language choice: a grid of languages, each named in its own script (日本語, English, …),
and the compact chip that every customer screen shows to open the picker.

The grid serves the picker (big buttons) and the attract screen (chips, each drawn in its
own language's font, so 简体中文 is set in Chinese glyph forms, not the Japanese ones the
rest of a Japanese screen uses).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QPushButton, QWidget

from kiosk.ui.fonts import font_for
from kiosk.ui.i18n import NATIVE_NAMES
from kiosk.ui.scale import px
from kiosk.ui.theme import set_role


class LanguageGrid(QWidget):
    """Big buttons, `columns` to a row; the current language shows as selected."""

    language_chosen = Signal(str)

    def __init__(self, languages: tuple[str, ...], columns: int = 2,
                 parent: QWidget | None = None, role: str = "language") -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[str, QPushButton] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(px(16))
        for code in languages:
            button = QPushButton(NATIVE_NAMES.get(code, code))
            set_role(button, role)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            self._group.addButton(button)
            self._buttons[code] = button
        self.set_columns(columns)

    def set_columns(self, columns: int) -> None:
        for button in self._buttons.values():
            self._grid.removeWidget(button)
        for index, button in enumerate(self._buttons.values()):
            self._grid.addWidget(button, index // columns, index % columns)
        self._grid.invalidate()
        self.updateGeometry()        # the parent layout caches our old (wider) size

    def show_current(self, language: str) -> None:
        if language in self._buttons:
            self._buttons[language].setChecked(True)

    def use_native_fonts(self, pixel_size: int) -> None:
        """Each button in its own language's font, bold, `pixel_size` px (an explicit font
        replaces the style sheet's size, so the caller passes the role's)."""
        for code, button in self._buttons.items():
            font = font_for(code, pixel_size)
            font.setBold(True)
            button.setFont(font)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self._buttons)

    def button(self, language: str) -> QPushButton:
        return self._buttons[language]


class LanguageChip(QPushButton):
    """Shows the current language; a tap asks for the picker."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "chip")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def show_current(self, language: str) -> None:
        self.setText(f"{NATIVE_NAMES.get(language, language)}  ▼")
