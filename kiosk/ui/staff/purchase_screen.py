"""Recording a purchase from the till's receipt: receipt number and amount in yen → PV.

The PV the amount earns is shown while staff type (by the live rules), so a typo like an
extra zero is visible before it is saved. The service refuses a receipt already used and
names the earlier entry; the screen shows that answer as it is.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.domain.rules import RuleBook
from kiosk.ui.formatting import fill, number, yen
from kiosk.ui.staff.entry_form import EntryFormScreen
from kiosk.ui.widgets.basic import button, label


class PurchaseScreen(EntryFormScreen):
    submitted = Signal(str, int)           # receipt, yen

    def __init__(self, rules: RuleBook, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self._rules = rules
        self.receipt_caption = label("field")
        self.receipt = self.entry.text_field()
        self.yen_caption = label("field")
        self.amount = self.entry.number_field()
        self.preview = label("body")
        self.inputs = (self.receipt, self.amount)
        for field in self.inputs:
            field.textChanged.connect(self._refresh)
        self.record_button = button("primary")
        self.record_button.clicked.connect(self._on_record)
        fields = QGridLayout()
        fields.setHorizontalSpacing(24)
        fields.addWidget(self.receipt_caption, 0, 0)
        fields.addWidget(self.receipt, 1, 0)
        fields.addWidget(self.yen_caption, 0, 1)
        fields.addWidget(self.amount, 1, 1)
        self.form.addWidget(self.who)
        self.form.addLayout(fields)
        self.form.addWidget(self.preview)
        self.form.addWidget(self.message)
        self.form.addStretch(1)
        self.body.addWidget(self.entry, 1)
        self.column.addLayout(self.body, 1)
        self.column.addWidget(self.record_button)
        self.retranslate()

    def amount_yen(self) -> int | None:
        text = self.amount.text().strip()
        return int(text) if text.isascii() and text.isdigit() and len(text) <= 9 else None

    def _refresh(self) -> None:
        amount = self.amount_yen()
        self.preview.setText(fill(self.tr("%1 earns %2 PV"), yen(amount),
                                  number(self._rules.pv_for_yen(amount)))
                             if amount else "")
        self.record_button.setEnabled(not self._busy and amount is not None
                                      and bool(self.receipt.text().strip()))

    def _on_record(self) -> None:
        amount = self.amount_yen()
        if self._busy or amount is None:
            return
        self._busy = True
        self._refresh()
        self.submitted.emit(self.receipt.text(), amount)

    def retranslate(self) -> None:
        self.retranslate_base()
        self.title.setText(self.tr("Record a purchase"))
        self.receipt_caption.setText(self.tr("Receipt number"))
        self.yen_caption.setText(self.tr("Amount (yen)"))
        self.record_button.setText(self.tr("Record"))
        self._refresh()
