"""A staff form typed on the kiosk's own keys, for one producer: the purchase and the
correction screens. It knows who the form is for, keeps the form busy while the service
works (a second tap does nothing), and clears itself for the next entry once saved.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from kiosk.ui.staff.base import StaffScreen
from kiosk.ui.staff.entry import EntryPanel
from kiosk.ui.widgets.basic import label


class EntryFormScreen(StaffScreen):
    def __init__(self, with_minus: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy = False
        self.who = label("subtitle")
        self.entry = EntryPanel(with_minus)
        self.inputs: tuple[QLineEdit, ...] = ()      # the subclass's fields, first first

    def load(self, who: str) -> None:
        self.reset()
        self.who.setText(who)

    def reset(self) -> None:
        super().reset()
        self.who.clear()
        self._start_over()

    def show_outcome(self, text: str) -> None:
        """Saved: say so and clear the form for the next entry."""
        self._start_over()
        super().show_outcome(text)

    def show_problem(self, text: str) -> None:
        self._busy = False
        super().show_problem(text)
        self._refresh()

    def _start_over(self) -> None:
        self._busy = False
        for field in self.inputs:
            field.clear()
        if self.inputs:
            self.entry.point_at(self.inputs[0])
        self._refresh()

    def _refresh(self) -> None:
        """Enable the save button when the entry is complete (subclasses)."""
