"""The staff PIN pad: set the PIN on first start (typed twice), unlock staff mode, and
change the PIN from staff mode (the current one, then the new one twice).

The PIN is never shown, only dots; the digits live in the pad, not in a text field. The
screen only collects digits and shows outcomes: checking and hashing run in the staff
gate (`StaffGate`), off the UI thread.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.ui.staff.base import StaffScreen
from kiosk.ui.staff.number_pad import NumberPad
from kiosk.ui.widgets.basic import button, label

MAX_PIN = 8


class PinStep(enum.Enum):
    UNLOCK = "unlock"
    CHOOSE = "choose"          # first start: choose a PIN
    REPEAT = "repeat"          # … and type it again
    CURRENT = "current"        # changing it: the current PIN first


class PinPadScreen(StaffScreen):
    unlock_requested = Signal(str)
    pin_chosen = Signal(str)
    pin_changed = Signal(str, str)     # current, new

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = PinStep.UNLOCK
        self._first = ""
        self._current = ""
        self.changing = False
        self.help = label("body")
        self.dots = label("pin-dots", wrap=False, centre=True)
        self.pad = NumberPad()
        self.pad.max_length = MAX_PIN
        self.pad.attach(None)
        self.pad.changed.connect(self._on_changed)
        self.ok_button = button("primary")
        self.ok_button.clicked.connect(self._on_ok)
        self.column.addWidget(self.help)
        self.column.addStretch(1)
        self.column.addWidget(self.dots)
        self.column.addWidget(self.message)
        pad_row = QHBoxLayout()
        pad_row.addStretch(1)
        pad_row.addWidget(self.pad)
        pad_row.addStretch(1)
        self.column.addLayout(pad_row)
        self.column.addWidget(self.ok_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.column.addStretch(1)
        self.retranslate()
        self._on_changed()

    def start(self, pin_is_set: bool) -> None:
        self.reset()
        self.step = PinStep.UNLOCK if pin_is_set else PinStep.CHOOSE
        self.retranslate()

    def start_change(self) -> None:
        self.reset()
        self.changing = True
        self.step = PinStep.CURRENT
        self.retranslate()

    def reset(self) -> None:
        super().reset()
        self.changing = False
        self._first = self._current = ""
        self.pad.clear()
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy and len(self.pad.digits) >= 4)
        self.pad.setEnabled(not busy)

    def show_problem(self, text: str, wrong_current: bool = False) -> None:
        """The PIN was wrong (or too simple): say why and start the entry again."""
        self.pad.clear()
        if self.step is PinStep.REPEAT:
            self.step = PinStep.CHOOSE
            self._first = ""
            self.retranslate()
        if self.changing and wrong_current:
            self.step = PinStep.CURRENT
            self._current = ""
            self.retranslate()
        self.set_busy(False)
        super().show_problem(text)

    def _on_changed(self) -> None:
        self.dots.setText("●" * len(self.pad.digits) + "○" * max(0, 4 - len(self.pad.digits)))
        self.ok_button.setEnabled(len(self.pad.digits) >= 4)

    def _on_ok(self) -> None:
        pin = self.pad.digits
        if self.step is PinStep.UNLOCK:
            self.set_busy(True)
            self.unlock_requested.emit(pin)
        elif self.step is PinStep.CURRENT:
            self._current = pin
            self.step = PinStep.CHOOSE
            self.pad.clear()
            self.clear_message()
            self.retranslate()
        elif self.step is PinStep.CHOOSE:
            self._first = pin
            self.step = PinStep.REPEAT
            self.pad.clear()
            self.clear_message()
            self.retranslate()
        elif pin != self._first:
            self.show_problem(self.tr("The two PINs were different. Please choose the PIN again."))
        elif self.changing:
            self.set_busy(True)
            self.pin_changed.emit(self._current, pin)
        else:
            self.set_busy(True)
            self.pin_chosen.emit(pin)

    def retranslate(self) -> None:
        self.retranslate_base()
        self.back_button.setText(self.tr("Cancel"))
        if self.changing:
            self.title.setText(self.tr("Change the staff PIN"))
            self.help.setText(
                self.tr("Enter the current staff PIN.") if self.step is PinStep.CURRENT
                else self.tr("Choose the new PIN: 4 to 8 digits, not one digit repeated and "
                             "not a run like 1234.") if self.step is PinStep.CHOOSE
                else self.tr("Type the same PIN again to make sure."))
        elif self.step is PinStep.UNLOCK:
            self.title.setText(self.tr("Staff PIN"))
            self.help.setText(self.tr("Enter the staff PIN to open staff mode."))
        elif self.step is PinStep.CHOOSE:
            self.title.setText(self.tr("Choose a staff PIN"))
            self.help.setText(self.tr(
                "No staff PIN is set yet. Choose 4 to 8 digits that customers cannot "
                "guess: not one digit repeated and not a run like 1234."))
        else:
            self.title.setText(self.tr("Choose a staff PIN"))
            self.help.setText(self.tr("Type the same PIN again to make sure."))
        self.ok_button.setText(self.tr("OK"))
