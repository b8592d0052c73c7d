"""Registration step 3: check the name and make the card.

"Make my card" is guarded against double taps here (the button goes inactive on the first
tap) and again in the service (the request's UUID is its idempotency key).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kiosk.domain.rules import RuleBook
from kiosk.ui.formatting import fill, yen
from kiosk.ui.i18n import NATIVE_NAMES
from kiosk.ui.scale import px
from kiosk.ui.screens.base import Screen, action_row, page_layout
from kiosk.ui.widgets.basic import button, label
from kiosk.ui.widgets.step_header import StepHeader


class ConfirmScreen(Screen):
    confirmed = Signal()
    back = Signal()

    def __init__(self, rules: RuleBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rules = rules
        self._submitting = False
        layout = page_layout(self)
        self.header = StepHeader(3)
        self.title = label("title")
        self.name_caption = label("field")
        self.name_value = label("secret")
        self.language_caption = label("field")
        self.language_value = label("title")
        self.fee = label("body")
        self.status = label("hint", centre=True)
        self.error = label("error", centre=True)
        self.back_button = button("secondary")
        self.back_button.clicked.connect(self.back)
        self.confirm_button = button("primary")
        self.confirm_button.clicked.connect(self._on_confirm)
        actions = action_row(self.back_button, self.confirm_button)
        layout.addWidget(self.header)
        layout.addWidget(self.title)
        layout.addSpacing(px(24))
        layout.addWidget(self.name_caption)
        layout.addWidget(self.name_value)
        layout.addSpacing(px(16))
        layout.addWidget(self.language_caption)
        layout.addWidget(self.language_value)
        layout.addSpacing(px(16))
        layout.addWidget(self.fee)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(actions)
        self.retranslate()
        self.reset()

    def load(self, name: str, language: str) -> None:
        self.name_value.setText(name)
        self.language_value.setText(NATIVE_NAMES.get(language, language))
        self._set_busy(False)
        self.error.clear()

    def reset(self) -> None:
        self.load("", "ja")

    def show_problem(self, message: str) -> None:
        """The card could not be made; nothing was saved, so the customer may try again."""
        self._set_busy(False)
        self.error.setText(message)

    def _on_confirm(self) -> None:
        if self._submitting:
            return
        self._set_busy(True)
        self.error.clear()
        self.confirmed.emit()

    def _set_busy(self, busy: bool) -> None:
        self._submitting = busy
        self.confirm_button.setEnabled(not busy)
        self.back_button.setEnabled(not busy)
        self.status.setText(self.tr("Making your card…") if busy else "")

    def retranslate(self) -> None:
        self.header.retranslate()
        self.title.setText(self.tr("Is this right?"))
        self.name_caption.setText(self.tr("Producer name"))
        self.language_caption.setText(self.tr("Language"))
        self.fee.setText(fill(self.tr("The card costs %1. Please pay at the till when you "
                                      "order."), yen(self._rules.card_issue_fee_yen)))
        self.back_button.setText(self.tr("Back"))
        self.confirm_button.setText(self.tr("Make my card"))
        if self._submitting:
            self.status.setText(self.tr("Making your card…"))
