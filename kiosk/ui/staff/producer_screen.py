"""One producer, for staff: who they are, their points and card, and what staff can do for
them (record a purchase, correct points, replace the card, issue a new website password).

Replacing the card asks why first (lost, damaged, new rank colour): the tap on the reason
is the confirmation, and the screen says plainly that the old card stops working. A new
website password is confirmed the same way (the old password stops working).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QWidget

from kiosk.services.card_reissue import ReplaceReason
from kiosk.ui.formatting import current_language, fill, number
from kiosk.ui.scale import px
from kiosk.ui.staff.base import StaffScreen
from kiosk.ui.widgets.basic import button, label

if TYPE_CHECKING:
    from kiosk.services.card_reissue import ProducerMatch
    from kiosk.services.producer_view import ProducerSummary


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
        tiles = QGridLayout()
        tiles.setSpacing(px(24))
        for index, tile in enumerate((self.purchase_tile, self.correction_tile,
                                      self.replace_tile, self.password_tile)):
            tiles.addWidget(tile, index // 2, index % 2)
        self.replace_question = label("warning")
        self.reason_buttons = {reason: button("chip") for reason in ReplaceReason}
        reasons = QHBoxLayout()
        for reason, key in self.reason_buttons.items():
            key.clicked.connect(lambda _=False, r=reason: self._on_reason(r))
            reasons.addWidget(key)
        reasons.addStretch(1)
        self.reasons = QWidget()
        self.reasons.setLayout(reasons)
        self.password_question = label("warning")
        self.password_confirm = button("chip")
        self.password_confirm.clicked.connect(self._on_password_confirmed)
        confirm = QHBoxLayout()
        confirm.addWidget(self.password_confirm)
        confirm.addStretch(1)
        self.password_row = QWidget()
        self.password_row.setLayout(confirm)
        self.column.addWidget(self.name)
        self.column.addWidget(self.details)
        self.column.addWidget(self.upgrade)
        self.column.addLayout(tiles)
        self.column.addWidget(self.replace_question)
        self.column.addWidget(self.reasons)
        self.column.addWidget(self.password_question)
        self.column.addWidget(self.password_row)
        self.column.addWidget(self.message)
        self.column.addStretch(1)
        self.reset()

    def load(self, match: ProducerMatch, summary: ProducerSummary) -> None:
        self.match, self.summary = match, summary
        self._ask_reason(False)
        self.retranslate()

    def reset(self) -> None:
        super().reset()
        self.match = self.summary = None
        self._ask_reason(False)
        self.retranslate()

    def _on_replace(self) -> None:
        self._ask_reason(not self.reasons.isVisible())

    def _on_password(self) -> None:
        asking = self.password_row.isVisible()
        self._ask_reason(False)
        self.password_question.setVisible(not asking)
        self.password_row.setVisible(not asking)

    def _on_password_confirmed(self) -> None:
        self._ask_reason(False)
        self.password_requested.emit()

    def _ask_reason(self, ask: bool) -> None:
        """Show the replacement question (and close the password one), or close both."""
        self.replace_question.setVisible(ask)
        self.reasons.setVisible(ask)
        self.password_question.hide()
        self.password_row.hide()

    def _on_reason(self, reason: ReplaceReason) -> None:
        self._ask_reason(False)
        self.replace_requested.emit(reason)

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
            self.details.clear()
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
        self.password_question.setText(self.tr(
            "Issue a new website password? The old password stops working at once."))
        self.password_confirm.setText(self.tr("Issue a new password"))
        texts = {ReplaceReason.LOST: self.tr("Lost"), ReplaceReason.DAMAGED: self.tr("Damaged"),
                 ReplaceReason.RANK_UP: self.tr("New rank colour")}
        for reason, key in self.reason_buttons.items():
            key.setText(texts[reason])
