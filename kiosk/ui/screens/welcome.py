"""First step of a session: pick a language, then "Become a producer"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QWidget

from kiosk.ui.scale import px
from kiosk.ui.screens.base import Screen, page_layout
from kiosk.ui.widgets.basic import button, label
from kiosk.ui.widgets.language_bar import LanguageGrid
from kiosk.ui.widgets.touch_check import TouchCheckBox


class WelcomeScreen(Screen):
    language_chosen = Signal(str)
    new_producer = Signal()
    manual_login = Signal()
    cancelled = Signal()

    def __init__(self, languages: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = page_layout(self)
        self.title = label("title", centre=True)
        self.subtitle = label("subtitle", centre=True)
        self.languages = LanguageGrid(languages)
        self.languages.language_chosen.connect(self.language_chosen)
        self.new_button = button("primary")
        self.new_button.clicked.connect(self.new_producer)
        self.explain = label("body", centre=True)
        self.back_button = button("secondary")
        self.back_button.clicked.connect(self.cancelled)
        self.login_button = button("secondary")
        self.login_button.clicked.connect(self.manual_login)
        self.accessible_box = TouchCheckBox()          # the accessible mode, on or off
        self.accessible_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(px(24))
        layout.addWidget(self.languages)
        layout.addWidget(self.accessible_box)
        layout.addStretch(1)
        layout.addWidget(self.explain)
        layout.addWidget(self.new_button)
        layout.addStretch(1)
        # Tall: one under the other; wide (short): side by side, Back on the left.
        self._others = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._others.setSpacing(px(24))
        self._others.addWidget(self.back_button)
        self._others.addWidget(self.login_button)
        layout.addLayout(self._others)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to the café!"))
        self.subtitle.setText(self.tr("Choose your language"))
        self.explain.setText(self.tr(
            "First visit? Become a producer: get your own producer card and "
            "vote for your favourite cast member."))
        self.new_button.setText(self.tr("Become a producer"))
        self.accessible_box.setText(self.tr("Larger text and high contrast"))
        self.back_button.setText(self.tr("Back"))
        self.login_button.setText(self.tr("Have a card that won't scan? Log in with your "
                                          "number"))

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        self.languages.set_columns(2 if portrait else 4)
        self._others.setDirection(QBoxLayout.Direction.BottomToTop if portrait
                                  else QBoxLayout.Direction.LeftToRight)

    def show_language(self, language: str) -> None:
        self.languages.show_current(language)
