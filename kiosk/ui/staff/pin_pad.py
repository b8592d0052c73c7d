"""The staff PIN pad: set the PIN on first start (typed twice), unlock staff mode, and
change the PIN from staff mode (the current one, then the new one twice).

The PIN is never shown, only dots; the digits live in the pad, not in a text field. The
screen only collects digits and shows outcomes: checking and hashing run in the staff
gate (`StaffGate`), off the UI thread.

Whoever installs a kiosk meets the first-start chooser before anything else, so it offers
every language the kiosk speaks (each named in its own script) and a pad with the kiosk's
large keys: across the screen's width under the text on a tall screen, beside the text on
a wide one. Nothing under the text moves when a message appears: its lines are reserved.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from kiosk.ui.scale import px, touch
from kiosk.ui.staff.base import StaffScreen
from kiosk.ui.staff.number_pad import NumberPad
from kiosk.ui.theme import set_role
from kiosk.ui.widgets.basic import button, label
from kiosk.ui.widgets.language_bar import LanguageGrid

MAX_PIN = 8
# Keys in reference px (`kiosk.ui.scale`): (width, height, gap). Tall: three keys fill the
# 1080 px screen's width inside its margins; wide: the pad, its dots, message and OK fit
# the 1080 px height beside the text.
PORTRAIT_KEYS = (300, 168, 16)
LANDSCAPE_KEYS = (250, 110, 12)
MESSAGE_LINES = 3                  # the longest refusal, in the longest language, wrapped
LANGUAGE_COLUMNS = 4


class PinStep(enum.Enum):
    UNLOCK = "unlock"
    CHOOSE = "choose"          # first start: choose a PIN
    REPEAT = "repeat"          # … and type it again
    CURRENT = "current"        # changing it: the current PIN first


class PinPadScreen(StaffScreen):
    unlock_requested = Signal(str)
    pin_chosen = Signal(str)
    pin_changed = Signal(str, str)     # current, new
    language_chosen = Signal(str)      # first start: the staff's language

    def __init__(self, languages: tuple[str, ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = PinStep.UNLOCK
        self._first = ""
        self._current = ""
        self.changing = False
        self.help = label("body")
        self.language_caption = label("field")
        self.languages = LanguageGrid(languages, LANGUAGE_COLUMNS)
        for code in languages:      # compact: the pad, not the languages, is the main thing
            set_role(self.languages.button(code), "chip")
        self.languages.language_chosen.connect(self.language_chosen)
        self.dots = label("pin-dots", wrap=False, centre=True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pad = NumberPad()
        self.pad.max_length = MAX_PIN
        self.pad.attach(None)
        self.pad.changed.connect(self._on_changed)
        self.ok_button = button("primary")
        self.ok_button.clicked.connect(self._on_ok)
        self.form.addWidget(self.help)
        self.form.addWidget(self.language_caption)
        self.form.addWidget(self.languages)
        self.form.addStretch(1)
        # Above and below the pad: nothing on a tall screen (the pad sits at the bottom, in
        # reach, like the keyboard elsewhere), equal space on a wide one (centred).
        self._above = QSpacerItem(0, 0)
        self._below = QSpacerItem(0, 0)
        entry = QVBoxLayout()
        self._entry = entry
        entry.addSpacerItem(self._above)
        entry.addWidget(self.dots)
        entry.addWidget(self.message, 0, Qt.AlignmentFlag.AlignHCenter)
        # The keys and OK as one block, as wide as the pad, centred.
        self.keys = QWidget()
        self._keys_column = QVBoxLayout(self.keys)
        self._keys_column.setContentsMargins(0, 0, 0, 0)
        self._keys_column.addWidget(self.pad)
        self._keys_column.addWidget(self.ok_button)
        entry.addWidget(self.keys, 0, Qt.AlignmentFlag.AlignHCenter)
        entry.addSpacerItem(self._below)
        self.body.addLayout(entry)
        self.column.addLayout(self.body, 1)
        self.set_portrait(self.portrait)
        self.retranslate()
        self._on_changed()

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        if not hasattr(self, "pad"):
            return                            # the base class lays out before we exist
        width, height, gap = PORTRAIT_KEYS if portrait else LANDSCAPE_KEYS
        self.pad.set_key_size(touch(width), touch(height), px(gap))
        self._entry.setSpacing(px(gap))
        self._keys_column.setSpacing(px(gap))
        self.keys.setFixedWidth(self.pad.width())     # OK: one wide target under the keys
        # As wide as the pad: a long message wraps instead of widening the column (which,
        # on a wide screen, would push the pad sideways when the message appears).
        self.message.setFixedWidth(self.pad.width())
        vertical = QSizePolicy.Policy.Fixed if portrait else QSizePolicy.Policy.Expanding
        for spacer in (self._above, self._below):
            spacer.changeSize(0, 0, QSizePolicy.Policy.Minimum, vertical)
        self.reserve_message_lines()
        layout = self.layout()
        if layout is not None:
            layout.invalidate()

    def reserve_message_lines(self) -> None:
        """The message's lines are kept free even when it is empty, so a refusal appearing
        (or going) never moves the pad under a finger that is about to tap it."""
        self.message.ensurePolished()           # the theme's font size, not the default's
        lines = QFontMetrics(self.message.font()).lineSpacing() * MESSAGE_LINES
        self.message.setFixedHeight(lines)

    def _show_languages(self) -> None:
        """Only the first start offers a language: the staff's own, for the staff screens
        (a customer's language is chosen on the customers' screens)."""
        first_start = not self.changing and self.step in (PinStep.CHOOSE, PinStep.REPEAT)
        self.language_caption.setVisible(first_start)
        self.languages.setVisible(first_start)

    def show_language(self, language: str) -> None:
        self.languages.show_current(language)

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
        """Also where each step shows or hides the language choice (every step change
        retranslates)."""
        self.retranslate_base()
        self._show_languages()
        self.reserve_message_lines()          # a language's script may need taller lines
        self.language_caption.setText(self.tr("Language of the staff screens"))
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
