"""Language choice: a grid of languages, each named in its own script (日本語, English, …),
and the compact chip that every customer screen shows to open the picker.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QPushButton, QWidget

from kiosk.ui.i18n import NATIVE_NAMES
from kiosk.ui.scale import px
from kiosk.ui.theme import set_role


class LanguageGrid(QWidget):
    """Big buttons, `columns` to a row; the current language shows as selected."""

    language_chosen = Signal(str)

    def __init__(self, languages: tuple[str, ...], columns: int = 2,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[str, QPushButton] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(px(16))
        for code in languages:
            button = QPushButton(NATIVE_NAMES.get(code, code))
            set_role(button, "language")
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
