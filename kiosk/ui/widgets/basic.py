"""The two building blocks every screen, desk and widget is made of: a label and a button
that take their look from a theme role (`theme.set_role`).

They lived in `screens/base.py`, which made every widget import the screens package that
imports the widgets (an import cycle); widgets sit below screens.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from kiosk.ui.theme import set_role


def label(role: str, *, wrap: bool = True, centre: bool = False) -> QLabel:
    widget = QLabel()
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
