"""Registration step 2: check the name, agree to the terms, and make the card, at once.

One screen instead of two: the name and language to check, the terms to read with the
consent box under them, and one button, "Agree and make my card", which stays off until the
box is ticked and says so when tapped. A tall screen stacks them; a wide (short) one puts the
name beside the terms. "Make my card" is guarded against double taps here (the button goes
inactive on the first tap) and again in the service (the request's UUID is its idempotency
key).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from kiosk.domain.rules import RuleBook
from kiosk.ui.formatting import fill, yen
from kiosk.ui.i18n import NATIVE_NAMES
from kiosk.ui.scale import px
from kiosk.ui.screens.base import Screen, action_row, page_layout
from kiosk.ui.widgets.basic import button, label
from kiosk.ui.widgets.step_header import StepHeader
from kiosk.ui.widgets.terms_panel import TermsPanel
from kiosk.ui.widgets.why_disabled import explain_when_disabled


class ConfirmScreen(Screen):
    confirmed = Signal()
    back = Signal()

    def __init__(self, rules: RuleBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rules = rules
        self._submitting = False
        layout = page_layout(self)
        self.header = StepHeader(2)
        self.title = label("title")
        self.name_caption = label("field")
        self.name_value = label("secret")
        self.language_caption = label("field")
        self.language_value = label("subtitle")
        self.fee = label("body")
        self.terms = TermsPanel(rules)
        self.terms.agreed.connect(self._on_agreed)
        self.tick_first = label("error")
        policy = self.tick_first.sizePolicy()
        policy.setRetainSizeWhenHidden(True)         # the buttons never jump when it shows
        self.tick_first.setSizePolicy(policy)
        self.status = label("hint", centre=True)
        self.error = label("error", centre=True)
        self.back_button = button("secondary")
        self.back_button.clicked.connect(self.back)
        self.confirm_button = button("primary")
        self.confirm_button.clicked.connect(self._on_confirm)
        explain_when_disabled(self.confirm_button, self._why_not_yet,
                              lambda _text: self.tick_first.show())
        summary = self._summary = QVBoxLayout()
        summary.setSpacing(px(8))
        summary.addWidget(self.name_caption)
        summary.addWidget(self.name_value)
        summary.addSpacing(px(12))
        summary.addWidget(self.language_caption)
        summary.addWidget(self.language_value)
        summary.addSpacing(px(12))
        summary.addWidget(self.fee)
        summary.addStretch(1)
        self.body = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.body.setSpacing(px(24))
        self.body.addLayout(summary)
        self.body.addWidget(self.terms, 1)
        layout.addWidget(self.header)
        layout.addWidget(self.title)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.tick_first)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addLayout(action_row(self.back_button, self.confirm_button))
        self.retranslate()
        self.reset()

    def set_portrait(self, portrait: bool) -> None:
        """Tall: the name over the terms. Wide: the name beside them (a short screen)."""
        super().set_portrait(portrait)
        self.body.setDirection(QBoxLayout.Direction.TopToBottom if portrait
                               else QBoxLayout.Direction.LeftToRight)
        self.body.setStretch(0, 0 if portrait else 2)
        self.body.setStretch(1, 1 if portrait else 3)

    def load(self, name: str, language: str) -> None:
        self.name_value.setText(name)
        self.language_value.setText(NATIVE_NAMES.get(language, language))
        self._set_busy(False)
        self.error.clear()

    def show_language(self, language: str) -> None:
        """The customer switched language on this screen: the card will be in that one."""
        self.language_value.setText(NATIVE_NAMES.get(language, language))

    def reset(self) -> None:
        self.terms.reset()
        self.tick_first.hide()
        self.load("", "ja")

    @property
    def consented(self) -> bool:
        return self.terms.consented

    def show_problem(self, message: str) -> None:
        """The card could not be made; nothing was saved, so the customer may try again."""
        self._set_busy(False)
        self.error.setText(message)

    def _why_not_yet(self) -> str:
        return "" if self._submitting else self.tick_first.text()

    def _on_agreed(self, agreed: bool) -> None:
        if agreed:
            self.tick_first.hide()
        self._set_busy(self._submitting)

    def _on_confirm(self) -> None:
        if self._submitting or not self.consented:
            return
        self._set_busy(True)
        self.error.clear()
        self.confirmed.emit()

    def _set_busy(self, busy: bool) -> None:
        self._submitting = busy
        self.confirm_button.setEnabled(not busy and self.consented)
        self.back_button.setEnabled(not busy)
        self.terms.agree.setEnabled(not busy)
        self.status.setText(self.tr("Making your card…") if busy else "")

    def retranslate(self) -> None:
        self.header.retranslate()
        self.title.setText(self.tr("Is this right?"))
        self.name_caption.setText(self.tr("Producer name"))
        self.language_caption.setText(self.tr("Language"))
        self.fee.setText(fill(self.tr("The card costs %1. Please pay at the till when you "
                                      "order."), yen(self._rules.card_issue_fee_yen)))
        self.tick_first.setText(self.tr("Tick the box to agree to the terms first."))
        self.back_button.setText(self.tr("Back"))
        self.confirm_button.setText(self.tr("Agree and make my card"))
        if self._submitting:
            self.status.setText(self.tr("Making your card…"))
