"""The second step of a staff action that cannot be taken back (revoking a card, stopping a
website password, changing a producer's points): what will happen, one button that names
it, and Cancel.

The first tap only opens this step, and the button that does the deed sits elsewhere on the
screen than the tap that opened it, so a double tap, a brushed chip or a stray finger never
revokes anything; Cancel (or touching anything else on the screen) leaves all as it was.
Texts come from the screen that asks: it knows the card, the password, the points.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.scale import px
from kiosk.ui.widgets.basic import button, label


class ConfirmStep(QWidget):
    """Hidden until `ask()`; `confirmed` once per question, `cancelled` on Cancel."""

    confirmed = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = label("warning")
        self.confirm_button = button("action")
        self.confirm_button.setObjectName("confirm-destructive")
        self.confirm_button.clicked.connect(self._on_confirm)
        self.cancel_button = button("secondary")
        self.cancel_button.clicked.connect(self._on_cancel)
        keys = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        keys.setSpacing(px(24))
        keys.addWidget(self.cancel_button)
        keys.addStretch(1)
        keys.addWidget(self.confirm_button)
        self.keys = keys
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(px(16))
        column.addWidget(self.question)
        column.addLayout(keys)
        self._asking = False
        self.retranslate()
        self.hide()

    @property
    def asking(self) -> bool:
        return self._asking

    def ask(self, question: str, action: str, ready: bool = True) -> None:
        """Show the consequence and the button that names it (again: new texts). Not
        `ready`: the button shows what it will do but waits (e.g. for a reason); an empty
        question leaves the saying to the screen."""
        self.question.setText(question)
        self.question.setVisible(bool(question))
        self.confirm_button.setText(action)
        self.confirm_button.setEnabled(ready)
        self._asking = True
        self.show()

    def set_portrait(self, portrait: bool) -> None:
        """A tall screen is narrow: the named button gets the whole width, Cancel below it;
        a wide one keeps them on one row (Cancel left, the deed right)."""
        self.keys.setDirection(QBoxLayout.Direction.BottomToTop if portrait
                               else QBoxLayout.Direction.LeftToRight)

    def dismiss(self) -> None:
        """Close without doing anything (the screen moved on or started over)."""
        self._asking = False
        self.hide()

    def _on_confirm(self) -> None:
        if not self._asking or not self.confirm_button.isEnabled():   # a second tap
            return
        self.dismiss()
        self.confirmed.emit()

    def _on_cancel(self) -> None:
        self.dismiss()
        self.cancelled.emit()

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
