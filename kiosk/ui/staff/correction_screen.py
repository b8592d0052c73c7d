"""Correcting a producer's points: a new ledger entry with a reason, never an edit.

PV and push point changes may be negative (a purchase recorded on the wrong producer); the
reason is required and is kept in the staff log beside the entry. A correction cannot be
taken back (only corrected again), so Save asks once more, naming the producer and the
amounts, in place of the keys; Cancel or changing a field drops that question.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.ui.formatting import fill, number
from kiosk.ui.staff.confirm_step import ConfirmStep
from kiosk.ui.staff.entry_form import EntryFormScreen
from kiosk.ui.widgets.basic import button, label


class CorrectionScreen(EntryFormScreen):
    submitted = Signal(int, int, str)       # PV change, push point change, reason

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(with_minus=True, parent=parent)
        self.help = label("body")
        self.pv_caption = label("field")
        self.pv = self.entry.number_field()
        self.push_caption = label("field")
        self.push = self.entry.number_field()
        self.reason_caption = label("field")
        self.reason = self.entry.text_field()
        self.reason.setMaxLength(200)
        self.inputs = (self.pv, self.push, self.reason)
        self.save_button = button("primary")
        self.save_button.clicked.connect(self._on_save)
        self.confirm = ConfirmStep()
        self.confirm.confirmed.connect(self._on_confirmed)
        self.confirm.cancelled.connect(self._refresh)
        for field in self.inputs:
            field.textChanged.connect(self.confirm.dismiss)
            field.textChanged.connect(self._refresh)
        fields = QGridLayout()
        fields.setHorizontalSpacing(24)
        fields.addWidget(self.pv_caption, 0, 0)
        fields.addWidget(self.pv, 1, 0)
        fields.addWidget(self.push_caption, 0, 1)
        fields.addWidget(self.push, 1, 1)
        fields.addWidget(self.reason_caption, 2, 0, 1, 2)
        fields.addWidget(self.reason, 3, 0, 1, 2)
        self.form.addWidget(self.who)
        self.form.addWidget(self.help)
        self.form.addLayout(fields)
        self.form.addWidget(self.message)
        self.form.addStretch(1)
        self.body.addWidget(self.entry, 1)
        self.column.addLayout(self.body, 1)
        self.column.addWidget(self.confirm)
        self.column.addWidget(self.save_button)
        self.retranslate()

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        if hasattr(self, "confirm"):         # the base class calls this before it exists
            self.confirm.set_portrait(portrait)

    @staticmethod
    def _value(text: str) -> int | None:
        text = text.strip()
        if text in ("", "-"):
            return 0
        digits = text.removeprefix("-")
        if not digits.isascii() or not digits.isdigit() or len(digits) > 7:
            return None
        return int(text)

    def _refresh(self) -> None:
        pv, push = self._value(self.pv.text()), self._value(self.push.text())
        asking = self.confirm.asking
        self.save_button.setVisible(not asking)
        self.entry.setVisible(not asking)     # the keys wait (and make room) while it asks
        self.save_button.setEnabled(not self._busy and pv is not None and push is not None
                                    and (pv, push) != (0, 0)
                                    and bool(self.reason.text().strip()))

    def reset(self) -> None:
        self.confirm.dismiss()
        super().reset()

    def _on_save(self) -> None:
        """Save asks first: the amounts and who they are for, with Cancel."""
        if self._busy or None in (self._value(self.pv.text()), self._value(self.push.text())):
            return
        self.entry.hide()                     # first: the question takes the keys' room
        self.save_button.hide()
        self._ask()
        self._refresh()

    def _ask(self) -> None:
        pv, push = self._value(self.pv.text()), self._value(self.push.text())
        if pv is None or push is None:
            return
        self.confirm.ask(
            fill(self.tr("%1: change PV by %2 and push points by %3? The entry stays in the "
                         "producer's history; only another correction can undo it."),
                 self.who.text(), signed(pv), signed(push)),
            self.tr("Save this correction"))

    def _on_confirmed(self) -> None:
        pv, push = self._value(self.pv.text()), self._value(self.push.text())
        if self._busy or pv is None or push is None:
            return
        self._busy = True
        self._refresh()
        self.submitted.emit(pv, push, self.reason.text())

    def retranslate(self) -> None:
        self.retranslate_base()
        self.title.setText(self.tr("Correct points"))
        self.help.setText(self.tr("A correction is added as a new entry; nothing earlier is "
                                  "changed. Use − for points to take away."))
        self.pv_caption.setText(self.tr("PV change"))
        self.push_caption.setText(self.tr("Push point change"))
        self.reason_caption.setText(self.tr("Reason (required)"))
        self.save_button.setText(self.tr("Save correction"))
        self.confirm.retranslate()
        if self.confirm.asking:
            self._ask()


def signed(value: int) -> str:
    """+5, −3, 0: the direction of a change at a glance (QLocale writes the digits)."""
    return f"+{number(value)}" if value > 0 else number(value)
