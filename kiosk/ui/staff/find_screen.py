"""Finding a producer for a staff task: by producer number, by part of the name, or by
scanning the card (a scan in staff mode opens that producer directly).

Matches appear as the staff member types (the search runs off the UI thread).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from kiosk.ui.formatting import current_language
from kiosk.ui.scale import px
from kiosk.ui.staff.base import StaffScreen, clear_layout
from kiosk.ui.staff.entry import EntryPanel
from kiosk.ui.widgets.basic import button, label

if TYPE_CHECKING:
    from kiosk.services.card_reissue import ProducerMatch

SEARCH_DELAY_MS = 250


class FindProducerScreen(StaffScreen):
    search_changed = Signal(str)
    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.help = label("body")
        self.entry = EntryPanel()
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(SEARCH_DELAY_MS)
        self.query = self.entry.text_field()
        self.query.textChanged.connect(lambda _: self._delay.start())
        self._delay.timeout.connect(lambda: self.search_changed.emit(self.query.text()))
        self.results = QVBoxLayout()
        self.results.setSpacing(px(8))
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(self.results)
        inner_layout.addStretch(1)
        self.list_area = QScrollArea()
        self.list_area.setWidgetResizable(True)
        self.list_area.setWidget(inner)
        self.column.addWidget(self.help)
        self.column.addWidget(self.query)
        self.column.addWidget(self.message)
        self.column.addWidget(self.list_area, 1)
        self.column.addWidget(self.entry)
        self.retranslate()

    def reset(self) -> None:
        super().reset()
        self._delay.stop()
        self.query.clear()
        self.show_matches([], searched=False)
        self.entry.point_at(self.query)

    def show_matches(self, matches: list[ProducerMatch], searched: bool = True) -> None:
        clear_layout(self.results)
        language = current_language()
        for match in matches:
            choice = button("tile")
            choice.setObjectName(f"producer-{match.producer_id}")
            choice.setText(f"{match.nickname}\n{match.number} · "
                           f"{match.rank.name_for(language)}")
            choice.clicked.connect(lambda _=False, p=match.producer_id: self.chosen.emit(p))
            self.results.addWidget(choice)
        if searched and not matches and self.query.text().strip():
            self.show_problem(self.tr("No producer matches. Check the number, or try part of the "
                              "name."))
        else:
            self.clear_message()

    def retranslate(self) -> None:
        self.retranslate_base()
        self.title.setText(self.tr("Find a producer"))
        self.help.setText(self.tr("Scan the producer's card, or type the producer number "
                                  "or part of the name."))
