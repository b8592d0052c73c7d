"""The two building blocks every screen, desk and widget is made of: a label and a button
that take their look from a theme role (`theme.set_role`).

They lived in `screens/base.py`, which made every widget import the screens package that
imports the widgets (an import cycle); widgets sit below screens.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from kiosk.ui.formatting import current_language
from kiosk.ui.line_breaks import phrased
from kiosk.ui.theme import set_role


class Label(QLabel):
    """A label whose wrapped lines break between words and phrases, not inside them
    (`kiosk.ui.line_breaks`). `text()` gives back exactly what was set."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._given = ""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        self._given = text
        super().setText(phrased(text, current_language()) if self.wordWrap() else text)

    def text(self) -> str:
        return self._given

    def clear(self) -> None:
        self._given = ""
        super().clear()

    def setNum(self, number: float) -> None:  # noqa: N802 (Qt override)
        self.setText(str(number))

    def setWordWrap(self, on: bool) -> None:  # noqa: N802 (Qt override)
        super().setWordWrap(on)
        if self._given:
            self.setText(self._given)


def label(role: str, *, wrap: bool = True, centre: bool = False) -> QLabel:
    widget = Label()
    set_role(widget, role)
    widget.setWordWrap(wrap)
    if centre:
        widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return widget


def button(role: str) -> QPushButton:
    widget = QPushButton()
    set_role(widget, role)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return widget
