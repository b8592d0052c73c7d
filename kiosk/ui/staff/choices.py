"""Touch-sized setting controls: a − value + stepper and a row of chips to pick from."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QPushButton, QWidget

from kiosk.ui.scale import px
from kiosk.ui.widgets.basic import button, label


class Stepper(QWidget):
    """A number between `low` and `high`, in steps; shown with its unit."""

    changed = Signal(int)

    def __init__(self, low: int, high: int, step: int, unit: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.low, self.high, self.step, self.unit = low, high, step, unit
        self._value = low
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.minus = button("chip")
        self.minus.setText("−")
        self.minus.setAutoRepeat(True)
        self.minus.clicked.connect(lambda: self.set_value(self._value - self.step))
        self.plus = button("chip")
        self.plus.setText("+")
        self.plus.setAutoRepeat(True)
        self.plus.clicked.connect(lambda: self.set_value(self._value + self.step))
        self.shown = label("body", wrap=False, centre=True)
        self.shown.setMinimumWidth(px(160))
        row.addWidget(self.minus)
        row.addWidget(self.shown)
        row.addWidget(self.plus)
        row.addStretch(1)
        self.set_value(low)

    def value(self) -> int:
        return self._value

    def set_value(self, value: int) -> None:
        self._value = max(self.low, min(self.high, value))
        self.shown.setText(f"{self._value} {self.unit}".strip())
        self.minus.setEnabled(self._value > self.low)
        self.plus.setEnabled(self._value < self.high)
        self.changed.emit(self._value)


class Chips(QWidget):
    """Options as checkable chips, in rows of up to `per_row`: one choice, or several.

    A narrow screen gets fewer chips per row (a chip is never squeezed below its text)."""

    changed = Signal()

    def __init__(self, multiple: bool = False, per_row: int = 4,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._multiple = multiple
        self._per_row = per_row
        self._columns = per_row
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(px(8))
        self._group = QButtonGroup(self)
        self._group.setExclusive(not multiple)
        self.buttons: dict[str, QPushButton] = {}

    def set_options(self, options: Sequence[tuple[str, str]]) -> None:
        """(value, text) pairs; the current choice is kept where it still exists."""
        chosen = self.chosen()
        for key in self.buttons.values():
            self._group.removeButton(key)
            key.deleteLater()
        self.buttons = {}
        for index, (value, text) in enumerate(options):
            key = button("chip")
            key.setCheckable(True)
            key.setText(text)
            key.clicked.connect(self.changed)
            self._group.addButton(key)
            self._grid.addWidget(key, index // self._columns, index % self._columns)
            self.buttons[value] = key
        self.choose(chosen)
        self._reflow(self.width())

    def _columns_for(self, width: int) -> int:
        if not self.buttons or width <= 0:
            return self._per_row
        for key in self.buttons.values():
            key.ensurePolished()             # a new chip's size needs the theme's font
        widest = max(key.sizeHint().width() for key in self.buttons.values())
        spacing = self._grid.horizontalSpacing()
        return max(1, min(self._per_row, (width + spacing) // (widest + spacing)))

    def _reflow(self, width: int) -> None:
        columns = self._columns_for(width)
        if columns == self._columns:
            return
        self._columns = columns
        for index, key in enumerate(self.buttons.values()):
            self._grid.removeWidget(key)
            self._grid.addWidget(key, index // columns, index % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        self._reflow(event.size().width())
        super().resizeEvent(event)

    def choose(self, values: Sequence[str]) -> None:
        self._group.setExclusive(False)          # else the last checked chip cannot clear
        for value, key in self.buttons.items():
            key.setChecked(value in values)
        self._group.setExclusive(not self._multiple)

    def chosen(self) -> list[str]:
        return [value for value, key in self.buttons.items() if key.isChecked()]
