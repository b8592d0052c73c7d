"""A digit pad for staff entries (PIN, yen, point corrections) that needs no keyboard.

Keys never take focus; they edit the attached QLineEdit, or, for a PIN, a private string
that is never shown (`digits`), so a PIN does not sit in a visible widget.

A screen that gives the pad a place of its own sizes its keys with `set_key_size`: the pad
then takes exactly that size and its keys fill it. (A fixed size on the keys themselves does
not hold: the theme's `min-width`/`min-height` for buttons replace a key's minimum size
whenever the style sheet is applied, and the keys shrank to the theme's minimum.)
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from kiosk.ui.scale import px, touch
from kiosk.ui.widgets.basic import button

KEY_SIZE = 120


class NumberPad(QWidget):
    """Emits `changed` after every key."""

    changed = Signal()

    def __init__(self, with_minus: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target: QLineEdit | None = None
        self.digits = ""
        self.max_length = 12
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(px(12))
        self._grid = grid
        self.keys: dict[str, QPushButton] = {}
        for index, digit in enumerate("123456789"):
            grid.addWidget(self._key(digit, lambda _=False, d=digit: self._type(d)),
                           index // 3, index % 3)
        self.minus_key = self._key("−", self._toggle_minus)
        self.minus_key.setVisible(with_minus)
        grid.addWidget(self.minus_key, 3, 0)
        grid.addWidget(self._key("0", lambda: self._type("0")), 3, 1)
        self.delete_key = self._key("←", self._delete)
        self.delete_key.setAutoRepeat(True)
        grid.addWidget(self.delete_key, 3, 2)

    def _key(self, text: str, action: object) -> QPushButton:
        key = button("key")
        key.setText(text)
        key.setFixedSize(touch(KEY_SIZE * 3 // 2), touch(KEY_SIZE))
        key.clicked.connect(action)
        self.keys[text] = key
        return key

    def set_key_size(self, width: int, height: int, spacing: int) -> None:
        """Keys of `width` × `height` px (already scaled) with `spacing` between them: the
        pad takes exactly the size they need, and the keys expand to fill it."""
        self._grid.setSpacing(spacing)
        for key in self.keys.values():
            key.setMinimumSize(0, 0)
            key.setMaximumSize(16_777_215, 16_777_215)      # QWIDGETSIZE_MAX
            key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFixedSize(3 * width + 2 * spacing, 4 * height + 3 * spacing)

    def attach(self, target: QLineEdit | None) -> None:
        """Type into `target`; None types into the hidden `digits` (a PIN)."""
        self._target = target

    def clear(self) -> None:
        self.digits = ""
        if self._target is not None:
            self._target.clear()
        self.changed.emit()

    def text(self) -> str:
        return self.digits if self._target is None else self._target.text()

    def _set(self, text: str) -> None:
        if self._target is None:
            self.digits = text
        else:
            self._target.setText(text)
        self.changed.emit()

    def _type(self, digit: str) -> None:
        text = self.text()
        if len(text.lstrip("-")) < self.max_length:
            self._set(text + digit)

    def _delete(self) -> None:
        self._set(self.text()[:-1])

    def _toggle_minus(self) -> None:
        text = self.text()
        self._set(text[1:] if text.startswith("-") else "-" + text)
