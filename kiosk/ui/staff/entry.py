"""Typing on staff screens with no keyboard attached: tap a field, get the right keys.

Text fields get the kiosk's on-screen keyboard (Latin first: receipt numbers and reasons
are mostly Latin; the kana page is one key away), number fields get the digit pad.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLineEdit, QStackedWidget, QWidget

from kiosk.ui.staff.number_pad import NumberPad
from kiosk.ui.theme import set_role
from kiosk.ui.widgets.keyboard import OnScreenKeyboard


class EntryPanel(QStackedWidget):
    def __init__(self, with_minus: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keyboard = OnScreenKeyboard()
        self.pad = NumberPad(with_minus)
        self.addWidget(self.keyboard)
        self.addWidget(self.pad)
        self._numeric: set[QLineEdit] = set()
        self.field: QLineEdit | None = None

    def text_field(self) -> QLineEdit:
        return self._field(numeric=False)

    def number_field(self) -> QLineEdit:
        return self._field(numeric=True)

    def _field(self, numeric: bool) -> QLineEdit:
        field = QLineEdit()
        set_role(field, "name")
        field.installEventFilter(self)
        if numeric:
            self._numeric.add(field)
        return field

    def point_at(self, field: QLineEdit) -> None:
        """The keys now type into `field`."""
        self.field = field
        if field in self._numeric:
            self.pad.attach(field)
            self.setCurrentWidget(self.pad)
        else:
            self.keyboard.attach(field)
            self.keyboard.reset("latin")
            self.setCurrentWidget(self.keyboard)
        field.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(watched, QLineEdit):
            self.point_at(watched)
        return False
