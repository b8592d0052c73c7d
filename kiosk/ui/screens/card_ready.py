"""The end of registration: the new card, and the website login shown this once.

The password exists in memory only while this screen shows it; `reset()` (Done, or the idle
timeout) drops it with the card image.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.domain.credentials import PASSWORD_GROUP, group_for_reading
from kiosk.services.registration import IssuedCard
from kiosk.ui.formatting import current_language, fill
from kiosk.ui.scale import px
from kiosk.ui.screens.base import Screen, page_layout
from kiosk.ui.widgets.basic import button, label
from kiosk.ui.widgets.card_view import CardView
from kiosk.ui.widgets.language_bar import LanguageChip


class CardReadyScreen(Screen):
    done = Signal()
    explain_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._issued: IssuedCard | None = None
        self._slip: bool | None = None       # the slip came out / did not / not known yet
        layout = page_layout(self)
        self.title = label("title", centre=True)
        self.card = CardView()
        self.number_caption = label("field")
        self.number_value = label("title", wrap=False)
        self.rank_caption = label("field")
        self.rank_value = label("title")
        self.login_caption = label("field")
        self.login_value = label("secret")         # wraps between groups only (em spaces)
        self.password_caption = label("field")
        self.password_value = label("secret")
        self.warning = label("warning")
        self.done_button = button("primary")
        self.done_button.clicked.connect(self.done)
        self.explain_button = button("secondary")
        self.explain_button.clicked.connect(self.explain_requested)
        self.languages = LanguageChip()
        details = self._details = QGridLayout()
        details.setVerticalSpacing(4)
        details.setHorizontalSpacing(px(32))
        self._arrange_details(portrait=True)
        self.details = QWidget()
        column = QVBoxLayout(self.details)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(details)
        column.addWidget(self.warning)
        column.addStretch(1)
        self.body = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.body.setSpacing(px(32))
        self.body.addWidget(self.card, 3)
        self.body.addWidget(self.details, 4)
        footer = QHBoxLayout()
        footer.setSpacing(px(24))
        footer.addStretch(1)
        footer.addWidget(self.explain_button)
        footer.addWidget(self.done_button)
        footer.addStretch(1)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.languages)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addLayout(self.body, 1)
        layout.addLayout(footer)
        self.retranslate()

    def show_slip_outcome(self, producer_number: str, printed: bool) -> None:
        """Whether this customer's slip came out (a late answer for an earlier customer is
        ignored)."""
        if self._issued is not None and self._issued.producer_number == producer_number:
            self._slip = printed
            self.retranslate()

    def load(self, issued: IssuedCard, card_png: bytes) -> None:
        self._issued = issued
        self._slip = None
        self.card.set_png(card_png)
        self.number_value.setText(issued.producer_number)
        self.login_value.setText(group_for_reading(issued.login_id))
        self.password_value.setText(group_for_reading(issued.password, PASSWORD_GROUP))
        self.retranslate()

    def reset(self) -> None:
        self._issued = None
        self._slip = None
        self.card.clear()
        for value in (self.number_value, self.rank_value, self.login_value,
                      self.password_value):
            value.setText("")      # not clear(): Label keeps its text in setText
        self.retranslate()

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        self.body.setDirection(QBoxLayout.Direction.TopToBottom if portrait
                               else QBoxLayout.Direction.LeftToRight)
        self.body.setStretch(0, 3 if portrait else 5)
        if hasattr(self, "_details"):        # the base class calls this before it exists
            self._arrange_details(portrait)

    def _arrange_details(self, portrait: bool) -> None:
        """Tall: one under the other. Wide (short): the number beside the rank, so the
        login and the password keep their full width and the column its height."""
        pairs = ((self.number_caption, self.number_value), (self.rank_caption, self.rank_value),
                 (self.login_caption, self.login_value),
                 (self.password_caption, self.password_value))
        for caption, value in pairs:
            self._details.removeWidget(caption)
            self._details.removeWidget(value)
        for value in (self.rank_value, self.login_value, self.password_value):
            # Wide: one line each, so the screen's minimum width is honest (Qt cannot
            # foresee how a label wraps in a column beside the card); tall: wrap between
            # words and credential groups.
            value.setWordWrap(portrait)
        for index, (caption, value) in enumerate(pairs):
            if portrait:
                row, column, span = index * 2, 0, 2
            else:
                row, column, span = (0, index, 1) if index < 2 else ((index - 1) * 2, 0, 2)
            self._details.addWidget(caption, row, column, 1, span)
            self._details.addWidget(value, row + 1, column, 1, span)

    def retranslate(self) -> None:
        issued = self._issued
        self.title.setText(fill(self.tr("Welcome, %1! Your card is ready."), issued.nickname)
                           if issued else "")
        if issued is not None:
            self.rank_value.setText(issued.rank.name_for(current_language()))
        self.number_caption.setText(self.tr("Producer number"))
        self.rank_caption.setText(self.tr("Rank"))
        self.login_caption.setText(self.tr("Website login ID"))
        self.password_caption.setText(self.tr("Initial password"))
        if self._slip is None:                       # not known yet: promise nothing
            self.warning.setText(self.tr(
                "Write your login ID and password down now: they will not be shown again."))
        elif self._slip:
            self.warning.setText(self.tr(
                "Write your login ID and password down now: they will not be shown again. "
                "They are also printed on the slip the staff will hand you with your card."))
        else:
            self.warning.setText(self.tr(
                "Write your login ID and password down now: they will not be shown again, "
                "and the slip with them could not be printed."))
        self.done_button.setText(self.tr("Done"))
        self.explain_button.setText(self.tr("How it works"))
