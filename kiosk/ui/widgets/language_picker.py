"""The language picker: a panel over the current screen, reachable from every customer
screen by its language chip. Choosing a language re-translates everything behind it at once
and keeps what the customer typed. The panel also turns the accessible mode on and off
(larger text, high contrast), so that too is one tap away on every customer screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QWidget

from kiosk.ui.scale import px
from kiosk.ui.widgets.basic import button, label
from kiosk.ui.widgets.language_bar import LanguageGrid
from kiosk.ui.widgets.overlay import Overlay
from kiosk.ui.widgets.touch_check import TouchCheckBox


class LanguagePicker(Overlay):
    language_chosen = Signal(str)

    def __init__(self, languages: tuple[str, ...], parent: QWidget) -> None:
        super().__init__(parent)
        self.title = label("title", centre=True)
        self.grid = LanguageGrid(languages)
        self.grid.language_chosen.connect(self._on_chosen)
        self.accessible_box = TouchCheckBox()
        self.accessible_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button = button("secondary")
        self.close_button.clicked.connect(self.hide)
        self.inside.addWidget(self.title)
        self.inside.addWidget(self.grid)
        self.inside.addWidget(self.accessible_box)
        self.inside.addWidget(self.close_button)
        self.retranslate()

    def open(self, current: str) -> None:
        self.grid.show_current(current)
        self.present()

    def _on_chosen(self, language: str) -> None:
        self.hide()
        self.language_chosen.emit(language)

    def panel_width(self, parent: QWidget) -> int:
        wide = parent.width() > parent.height()
        self.grid.set_columns(4 if wide else 2)
        return min(parent.width() - px(96), px(1500 if wide else 900))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Choose your language"))
        self.accessible_box.setText(self.tr("Larger text and high contrast"))
        self.close_button.setText(self.tr("Close"))
