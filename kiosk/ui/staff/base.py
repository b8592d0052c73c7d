"""What every staff screen shares: a title with a way back, and a line for the outcome.

Staff screens are denser than customer screens (staff use them every day and know them),
but keep the kiosk's touch sizes: every target is at least 64 px.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLayout, QVBoxLayout, QWidget

from kiosk.ui.scale import px
from kiosk.ui.screens.base import Screen
from kiosk.ui.theme import set_role
from kiosk.ui.widgets.basic import button, label


class StaffScreen(Screen):
    """A staff screen: `back` leaves it; `say()` / `warn()` show the last outcome."""

    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = QVBoxLayout(self)
        self.title = label("title")
        self.back_button = button("secondary")
        self.back_button.clicked.connect(self.back)
        self.staff_badge = label("staff-badge", wrap=False)
        top = QHBoxLayout()
        top.setSpacing(px(24))
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.staff_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        self.column.addLayout(top)
        self.message = label("body")
        # Forms with a keyboard: stacked on a tall screen, side by side on a wide one.
        self.form = QVBoxLayout()
        self.body = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.body.setSpacing(px(24))
        self.body.addLayout(self.form, 1)
        self.set_portrait(True)

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        self.body.setDirection(QBoxLayout.Direction.TopToBottom if portrait
                               else QBoxLayout.Direction.LeftToRight)

    def show_outcome(self, text: str) -> None:
        """A good outcome ("recorded", "printed")."""
        set_role(self.message, "success")
        self.message.setText(text)

    def show_problem(self, text: str) -> None:
        """A refusal or a problem, with what to do about it."""
        set_role(self.message, "error")
        self.message.setText(text)

    def clear_message(self) -> None:
        self.message.clear()

    def reset(self) -> None:
        self.clear_message()

    def retranslate_base(self) -> None:
        self.back_button.setText(self.tr("Back"))
        self.staff_badge.setText(self.tr("Staff mode"))


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget of a list that is being filled again (unparented at
    once, so nothing finds the old rows before Qt deletes them)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
