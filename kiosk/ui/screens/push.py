"""Pushing a cast member: pick from the roster, choose how many push points, confirm.

Each member's tile shows her face (her photo, or her initial where the roster has none).
The roster is searchable with the kiosk's keyboard (stage names in Japanese or Latin).
The amount stepper stops at what may be spent now (balance, per-push limit, offline cap),
and the preview says what it is worth: "3 push points → 6 votes".
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from kiosk.services.pushes import CastEntry
from kiosk.ui.formatting import current_language, fill, number
from kiosk.ui.scale import px
from kiosk.ui.screens.base import Screen, action_row, page_layout
from kiosk.ui.theme import set_role
from kiosk.ui.widgets.basic import button, label
from kiosk.ui.widgets.cast_photo import cast_pixmap
from kiosk.ui.widgets.keyboard import OnScreenKeyboard
from kiosk.ui.widgets.language_bar import LanguageChip

COLUMNS = 2


class PushScreen(Screen):
    confirmed = Signal(str, int)        # cast id, push points
    back = Signal()
    search_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._roster: list[CastEntry] = []
        self._allowance = 0
        self._weight = 1
        self._amount = 1
        self._points = 0
        self._selected: str | None = None
        self._busy = False
        layout = page_layout(self)
        self.languages = LanguageChip()
        top = QHBoxLayout()
        self.title = label("title")
        top.addWidget(self.title, 1)
        top.addWidget(self.languages, 0, Qt.AlignmentFlag.AlignTop)
        self.balance = label("body")
        self.search = QLineEdit()
        set_role(self.search, "name")
        self.search.textChanged.connect(self.search_changed)
        self.search_button = button("chip")
        self.search_button.setCheckable(True)
        self.search_button.toggled.connect(self._on_search_toggled)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.search_button)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.attach(self.search)
        self.keyboard.hide()
        self.grid_box = QWidget()
        self.grid = QGridLayout(self.grid_box)
        self.grid.setSpacing(px(16))
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.roster_area = QScrollArea()
        self.roster_area.setWidget(self.grid_box)
        self.roster_area.setWidgetResizable(True)
        self.roster_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = label("body", centre=True)
        self.minus = button("language")
        self.minus.setText("−")
        self.minus.clicked.connect(lambda: self._step(-1))
        self.plus = button("language")
        self.plus.setText("+")
        self.plus.clicked.connect(lambda: self._step(1))
        self.amount = label("title", centre=True)
        stepper = QHBoxLayout()
        stepper.addWidget(self.minus)
        stepper.addWidget(self.amount, 1)
        stepper.addWidget(self.plus)
        self.preview = label("hint", centre=True)
        self.message = label("error", centre=True)
        self.back_button = button("secondary")
        self.back_button.clicked.connect(self.back)
        self.push_button = button("primary")
        self.push_button.clicked.connect(self._on_push)
        layout.addLayout(top)
        layout.addWidget(self.balance)
        layout.addLayout(search_row)
        layout.addWidget(self.keyboard)
        layout.addWidget(self.roster_area, 1)
        layout.addWidget(self.empty)
        layout.addLayout(stepper)
        layout.addWidget(self.preview)
        layout.addWidget(self.message)
        layout.addLayout(action_row(self.back_button, self.push_button))
        self.reset()

    # ---- state ------------------------------------------------------------------------------

    def load(self, roster: list[CastEntry], allowance: int, weight: int, points: int) -> None:
        self._allowance, self._weight, self._points = allowance, weight, points
        self._amount = 1 if allowance else 0
        self._busy = False
        self.show_roster(roster)
        self.message.clear()
        self.retranslate()

    def show_roster(self, roster: list[CastEntry]) -> None:
        self._roster = roster
        for old in self.group.buttons():
            self.group.removeButton(old)
            old.deleteLater()
        language = current_language()
        for index, entry in enumerate(roster):
            name = entry.stage_name_ja if language == "ja" else entry.stage_name_en
            tile = QPushButton()
            set_role(tile, "tile")
            tile.setCheckable(True)
            tile.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            tile.setProperty("cast_id", entry.cast_id)
            tile.setText(f"{name}\n{self._votes_text(entry.votes_this_month)}")
            # Her face (the roster's photo, else her initial), round as on the board.
            tile.setIcon(QIcon(cast_pixmap(entry.photo, entry.stage_name_en, px(96),
                                           "#F3C1D6")))
            tile.setIconSize(QSize(px(96), px(96)))
            tile.setChecked(entry.cast_id == self._selected)
            tile.clicked.connect(lambda _=False, c=entry.cast_id: self._select(c))
            self.group.addButton(tile)
            self.grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
        self.empty.setVisible(not roster)
        self._refresh()

    def show_problem(self, message: str) -> None:
        self._busy = False
        self.message.setText(message)
        self._refresh()

    def reset(self) -> None:
        self._selected = None
        self._allowance = self._amount = self._points = 0
        self.search.clear()
        self.search_button.setChecked(False)
        self.show_roster([])
        self.message.clear()
        self.retranslate()

    def tile(self, cast_id: str) -> QPushButton:
        for tile in self.group.buttons():
            if tile.property("cast_id") == cast_id:
                return tile  # type: ignore[return-value]
        raise KeyError(cast_id)

    def _select(self, cast_id: str) -> None:
        self._selected = cast_id
        self._refresh()

    def _step(self, delta: int) -> None:
        self._amount = max(1, min(self._allowance, self._amount + delta))
        self._refresh()

    def _on_search_toggled(self, on: bool) -> None:
        self.keyboard.setVisible(on)
        if on:
            self.keyboard.reset("kana" if current_language() == "ja" else "latin")

    def _on_push(self) -> None:
        if self._busy or self._selected is None or self._amount < 1:
            return
        self._busy = True
        self._refresh()
        self.confirmed.emit(self._selected, self._amount)

    # ---- text -------------------------------------------------------------------------------

    def _votes_text(self, votes: int) -> str:
        return self.tr("%n vote(s) this month", "", votes)

    def _refresh(self) -> None:
        self.amount.setText(number(self._amount))
        self.minus.setEnabled(self._amount > 1)
        self.plus.setEnabled(self._amount < self._allowance)
        amount, votes = self._amount, self._amount * self._weight
        points_text = self.tr("%n push point(s)", "", amount)
        votes_text = self.tr("%n vote(s)", "", votes)
        self.preview.setText(f"{points_text} → {votes_text}")
        self.push_button.setEnabled(not self._busy and self._selected is not None
                                    and self._amount >= 1)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Push a cast member"))
        self.balance.setText(fill(self.tr("You have %1 push points. Today you can spend up "
                                          "to %2."), number(self._points),
                                  number(self._allowance)))
        self.search.setPlaceholderText(self.tr("Search by name"))
        self.search_button.setText(self.tr("Keyboard"))
        self.empty.setText(self.tr("No cast member matches."))
        self.back_button.setText(self.tr("Back"))
        self.push_button.setText(self.tr("Push!"))
        self.show_roster(self._roster)
