"""A row of language buttons, each named in its own script (日本語, English, …).

Shown on every customer screen so a tourist can switch at any step without losing input.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from kiosk.ui.i18n import NATIVE_NAMES
from kiosk.ui.theme import set_role


class LanguageBar(QWidget):
    language_chosen = Signal(str)

    def __init__(self, languages: tuple[str, ...], role: str = "chip",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addStretch(1)
        for code in languages:
            button = QPushButton(NATIVE_NAMES.get(code, code))
            set_role(button, role)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            self._group.addButton(button)
            self._buttons[code] = button
            layout.addWidget(button, 0 if role == "chip" else 1)
        if role != "chip":
            layout.addStretch(1)

    def show_current(self, language: str) -> None:
        if language in self._buttons:
            self._buttons[language].setChecked(True)

    def button(self, language: str) -> QPushButton:
        return self._buttons[language]
