"""One producer, for staff: who they are, their points and card, and what staff can do for
them (record a purchase, correct points, replace the card, issue a new website password).

Replacing the card revokes the old one, and a new website password stops the old one: both
take a second, deliberate step (`ConfirmStep`). The tile only opens the question, in place
of the tiles (so it fits a wide, short screen and nothing else can be tapped by mistake).
The card asks why first (lost, damaged, new rank colour); choosing a reason only marks it,
and the button that does it names the card it revokes ("Revoke card 007-… and print a new
one"), beside Cancel. Cancel, Back or another producer drop the question: nothing changes
until that button is tapped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QWidget

from kiosk.services.card_reissue import ReplaceReason
from kiosk.ui.formatting import current_language, fill, number
from kiosk.ui.scale import px
from kiosk.ui.staff.base import StaffScreen
from kiosk.ui.staff.confirm_step import ConfirmStep
from kiosk.ui.widgets.basic import button, label

if TYPE_CHECKING:
    from kiosk.services.card_reissue import ProducerMatch
    from kiosk.services.producer_view import ProducerSummary


PASSWORD = "password"          # the pending action when it is a new website password
CHOOSING = "choosing"          # the card's replacement, while no reason is chosen yet


class StaffProducerScreen(StaffScreen):
    purchase_requested = Signal()
    correction_requested = Signal()
    password_requested = Signal()
    replace_requested = Signal(object)         # the ReplaceReason

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.match: ProducerMatch | None = None
        self.summary: ProducerSummary | None = None
        self.name = label("title")
        self.details = label("body")
        self.upgrade = label("warning")
        self.purchase_tile = button("tile")
        self.purchase_tile.clicked.connect(self.purchase_requested)
        self.correction_tile = button("tile")
        self.correction_tile.clicked.connect(self.correction_requested)
        self.replace_tile = button("tile")
        self.replace_tile.clicked.connect(self._on_replace)
        self.password_tile = button("tile")
        self.password_tile.clicked.connect(self._on_password)
        self.tiles = QWidget()
        tiles = QGridLayout(self.tiles)
        tiles.setContentsMargins(0, 0, 0, 0)
        tiles.setSpacing(px(24))
        for index, tile in enumerate((self.purchase_tile, self.correction_tile,
                                      self.replace_tile, self.password_tile)):
            tiles.addWidget(tile, index // 2, index % 2)
        self.replace_question = label("warning")
        self.reason_buttons = {reason: button("chip") for reason in ReplaceReason}
        reasons = QHBoxLayout()
        for reason, key in self.reason_buttons.items():
            key.setCheckable(True)
            key.clicked.connect(lambda _=False, r=reason: self._on_reason(r))
            reasons.addWidget(key)
        reasons.addStretch(1)
        self.reasons = QWidget()
        self.reasons.setLayout(reasons)
        self.confirm = ConfirmStep()
        self.confirm.confirmed.connect(self._on_confirmed)
        self.confirm.cancelled.connect(self._ask_nothing)
        self._pending: ReplaceReason | str | None = None   # a reason, CHOOSING, PASSWORD
        self.column.addWidget(self.name)
        self.column.addWidget(self.details)
        self.column.addWidget(self.upgrade)
        self.column.addWidget(self.tiles)
        self.column.addWidget(self.replace_question)
        self.column.addWidget(self.reasons)
        self.column.addWidget(self.confirm)
        self.column.addWidget(self.message)
        self.column.addStretch(1)
        self.reset()

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        if hasattr(self, "confirm"):         # the base class calls this before it exists
            self.confirm.set_portrait(portrait)

    def load(self, match: ProducerMatch, summary: ProducerSummary) -> None:
        self.match, self.summary = match, summary
        self._ask_nothing()
        self.retranslate()

    def reset(self) -> None:
        super().reset()
        self.match = self.summary = None
        self._ask_nothing()
        self.retranslate()

    # ---- the two-step actions ------------------------------------------------------------

    def _ask_nothing(self) -> None:
        """Close every question and bring the tiles back (Cancel, a new producer)."""
        self._pending = None
        self.replace_question.hide()
        self.reasons.hide()
        for key in self.reason_buttons.values():
            key.setChecked(False)
        self.confirm.dismiss()
        self.tiles.show()

    def _on_replace(self) -> None:
        """The tile opens the reasons; it revokes nothing."""
        self._ask_nothing()
        self._pending = CHOOSING
        self._ask()

    def _on_reason(self, reason: ReplaceReason) -> None:
        """A reason marks the choice and readies the button; the card is still valid."""
        self._pending = reason
        for other, key in self.reason_buttons.items():
            key.setChecked(other is reason)
        self._ask()

    def _on_password(self) -> None:
        self._ask_nothing()
        self._pending = PASSWORD
        self._ask()

    def _ask(self) -> None:
        """Show the pending question in the current language (again after a switch)."""
        pending = self._pending
        if pending is None:
            return
        self.tiles.hide()
        card = self.match.number if self.match else ""
        if pending == PASSWORD:
            self.confirm.ask(
                self.tr("Issue a new website password? The old password stops working at "
                        "once."),
                self.tr("Stop the old password and issue a new one"))
            return
        choosing = pending == CHOOSING
        self.replace_question.setVisible(choosing)     # once chosen, the step below says it
        self.reasons.show()
        self.confirm.ask(
            "" if choosing else fill(
                self.tr("Card %1 (generation %2) stops working at once, wherever it is. "
                        "A new card goes to the print queue; the points stay with the "
                        "producer."), card,
                str(self.match.card_generation) if self.match else ""),
            fill(self.tr("Revoke card %1 and print a new one"), card), ready=not choosing)

    def _on_confirmed(self) -> None:
        pending = self._pending
        self._ask_nothing()
        if pending == PASSWORD:
            self.password_requested.emit()
        elif isinstance(pending, ReplaceReason):
            self.replace_requested.emit(pending)

    def retranslate(self) -> None:
        self.retranslate_base()
        self.title.setText(self.tr("Producer"))
        match, summary = self.match, self.summary
        self.name.setText(match.nickname if match else "")
        if match is not None and summary is not None:
            rank = summary.rank.name_for(current_language())
            self.details.setText("\n".join((
                fill(self.tr("Producer number: %1"), match.number),
                fill(self.tr("Rank: %1"), rank),
                fill(self.tr("PV: %1 · Push points: %2"), number(summary.pv_earned),
                     number(summary.push_points)),
                fill(self.tr("Card: generation %1"), str(match.card_generation)))))
        else:
            self.details.setText("")
        self.upgrade.setVisible(bool(match and match.card_out_of_date))
        self.upgrade.setText(self.tr("Card upgrade available: the card shows an older rank's "
                                     "colour. Replace it with \"New rank colour\"."))
        self.purchase_tile.setText(self.tr("Record a purchase"))
        self.correction_tile.setText(self.tr("Correct points"))
        self.replace_tile.setText(self.tr("Replace the card"))
        self.password_tile.setText(self.tr("New website password"))
        self.replace_question.setText(self.tr(
            "Why is the card replaced? The old card stops working at once; the points stay "
            "with the producer."))
        texts = {ReplaceReason.LOST: self.tr("Lost"), ReplaceReason.DAMAGED: self.tr("Damaged"),
                 ReplaceReason.RANK_UP: self.tr("New rank colour")}
        for reason, key in self.reason_buttons.items():
            key.setText(texts[reason])
        self.confirm.retranslate()
        self._ask()
