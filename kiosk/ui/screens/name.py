"""Registration step 1: the producer name, typed on the kiosk's own keyboard.

The name is checked as the customer types; "Next" only lights up for a valid name, and a
problem is explained in the customer's language (not a red border alone).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QLineEdit, QWidget

from kiosk.domain.nickname import MAX_LENGTH, NicknameCheck, NicknameProblem, check_nickname
from kiosk.ui.formatting import fill
from kiosk.ui.screens.base import Screen, action_row, page_layout
from kiosk.ui.theme import set_role
from kiosk.ui.widgets.basic import button, label
from kiosk.ui.widgets.keyboard import OnScreenKeyboard
from kiosk.ui.widgets.step_header import StepHeader


class NameScreen(Screen):
    accepted = Signal(str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = page_layout(self)
        self.header = StepHeader(1)
        self.title = label("title")
        self.help = label("body")
        self.name_edit = QLineEdit()
        set_role(self.name_edit, "name")
        self.name_edit.setMaxLength(MAX_LENGTH + 4)   # room to type past, then be told
        self.name_edit.textChanged.connect(self._on_text_changed)
        self.problem = label("error")
        self.keyboard = OnScreenKeyboard()
        self.keyboard.attach(self.name_edit)
        self.back_button = button("secondary")
        self.back_button.clicked.connect(self.back)
        self.next_button = button("primary")
        self.next_button.clicked.connect(self._on_next)
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        actions = action_row(self.back_button, self.next_button, self.problem)
        layout.addWidget(self.header)
        layout.addWidget(self.title)
        layout.addWidget(self.help)
        layout.addWidget(self.name_edit)
        # The keyboard takes the room a tall screen has (taller keys, up to a cap), rather
        # than leaving a gap above it; what its keys cannot use stays above it.
        layout.addStretch(1)
        layout.addWidget(self.keyboard, 4, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(actions)
        self.retranslate()
        self.reset()

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        layout = self.layout()
        if isinstance(layout, QBoxLayout) and hasattr(self, "keyboard"):
            layout.setStretchFactor(self.keyboard, 4 if portrait else 0)   # wide: no room

    # ---- state ---------------------------------------------------------------------------

    def reset(self) -> None:
        self.name_edit.clear()
        self.keyboard.reset()
        self._refresh()

    def suit_language(self, language: str) -> None:
        """Open the keyboard on kana for Japanese, Latin letters for everyone else."""
        if not self.name_edit.text():
            self.keyboard.reset("kana" if language == "ja" else "latin")

    def _check(self) -> NicknameCheck:
        return check_nickname(self.name_edit.text())

    def _on_text_changed(self, _text: str) -> None:
        self._refresh()

    def _refresh(self) -> None:
        check = self._check()
        self.next_button.setEnabled(check.ok)
        empty = check.problem is NicknameProblem.EMPTY
        self.problem.setText("" if check.ok or empty else self._explain(check))

    def _on_next(self) -> None:
        check = self._check()
        if check.ok:
            self.accepted.emit(check.name)

    # ---- text ----------------------------------------------------------------------------

    def _explain(self, check: NicknameCheck) -> str:
        if check.problem is NicknameProblem.TOO_LONG:
            return self.tr("That name is too long: up to %n character(s), please.", "",
                           MAX_LENGTH)
        if check.problem is NicknameProblem.EMOJI:
            return self.tr("Emoji can't be printed on the card. Please use letters.")
        if check.problem is NicknameProblem.CONTROL:
            return self.tr("The name contains an invisible character. Please retype it.")
        if check.problem is NicknameProblem.UNSUPPORTED:
            return fill(self.tr("\"%1\" can't be used. Please use katakana or Latin letters."),
                        check.offending)
        return self.tr("Please type your name.")

    def retranslate(self) -> None:
        self.header.retranslate()
        self.title.setText(self.tr("What shall we call you?"))
        self.help.setText(self.tr(
            "Your producer name goes on your card. Katakana or Latin letters, "
            "up to %n character(s).", "", MAX_LENGTH))
        self.name_edit.setPlaceholderText(self.tr("Your name"))
        self.back_button.setText(self.tr("Back"))
        self.next_button.setText(self.tr("Next"))
        self._refresh()
