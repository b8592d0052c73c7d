"""The kiosk's own on-screen keyboard: a katakana 50-sound grid and a Latin layout.

No physical keyboard is needed (nor any OS input method): keys type straight into the
attached QLineEdit at its cursor. The kana page is the gojūon table read left to right
(ア カ サ … columns, a-i-u-e-o rows) with modifier keys that act on the character before
the cursor: ゛ (dakuten), ゜ (handakuten) and 小 (small kana), as on a phone keypad. Keys
never take focus, so the text field keeps its cursor while the customer taps.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.kana import apply_to_last
from kiosk.ui.scale import px, touch
from kiosk.ui.theme import MIN_TOUCH, set_role

# Columns of the gojūon table; "" leaves a gap where the table has no sound.
KANA_COLUMNS = (
    "アイウエオ", "カキクケコ", "サシスセソ", "タチツテト", "ナニヌネノ",
    "ハヒフヘホ", "マミムメモ", "ヤ\0ユ\0ヨ", "ラリルレロ", "ワ\0ヲ\0ン",
)
KANA_MODIFIERS = (("゛", "dakuten"), ("゜", "handakuten"), ("小", "small"))
KEY_MAX_HEIGHT = 136
MAX_WIDTH = 1400
KANA_SYMBOLS = ("ー", "・")
LATIN_ROWS = ("1234567890", "qwertyuiop", "asdfghjkl'", "zxcvbnm-.")

_MODES = ("kana", "latin")


class OnScreenKeyboard(QWidget):
    """Emits `typed` after every change so screens can validate as the customer types."""

    typed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target: QLineEdit | None = None
        self._shift = False
        self._latin_keys: list[QPushButton] = []
        self._pages = QStackedWidget()
        self._pages.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        # Only the stack itself: a bare "background" would reach every key and erase its
        # fill (and a pressed Shift's white ⇧ with it).
        self._pages.setStyleSheet("QStackedWidget { background: transparent; }")
        self._pages.addWidget(self._build_kana_page())
        self._pages.addWidget(self._build_latin_page())
        self._mode_button = self._key("", self._toggle_mode, role="modkey")
        self._space_button = self._key("", lambda: self._insert(" "), role="modkey")
        self._delete_button = self._key("", self._backspace, role="modkey")
        self._delete_button.setAutoRepeat(True)
        bottom = QHBoxLayout()
        bottom.setSpacing(px(8))
        bottom.addWidget(self._mode_button, 2)
        bottom.addWidget(self._space_button, 5)
        bottom.addWidget(self._delete_button, 2)
        self.setMaximumWidth(px(MAX_WIDTH))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(px(8))
        layout.addWidget(self._pages, 1)
        layout.addLayout(bottom)
        self.retranslate()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """As wide as allowed, keys about 120 px tall: comfortable for thumbs, not a wall."""
        return QSize(px(MAX_WIDTH), px(6 * 120 + 5 * 8))

    # ---- public --------------------------------------------------------------------------

    def attach(self, target: QLineEdit) -> None:
        self._target = target

    @property
    def mode(self) -> str:
        return _MODES[self._pages.currentIndex()]

    def set_mode(self, mode: str) -> None:
        self._pages.setCurrentIndex(_MODES.index(mode))
        # Given a tall screen's room, the keys grow to their cap and no further: the
        # keyboard stops there instead of spreading its rows apart.
        rows = (len(KANA_COLUMNS[0]) if mode == "kana" else len(LATIN_ROWS)) + 1
        self.setMaximumHeight(rows * px(KEY_MAX_HEIGHT) + (rows - 1) * px(8))
        self.retranslate()

    def button(self, label: str) -> QPushButton:
        """The visible key showing `label` (for tests and accessibility tools)."""
        for key in self.findChildren(QPushButton):
            if key.text() == label and key.isVisibleTo(self):
                return key
        raise KeyError(label)

    def reset(self, mode: str = "kana") -> None:
        self._shift = False
        self._refresh_latin()
        self.set_mode(mode)

    # ---- building ------------------------------------------------------------------------

    def _key(self, label: str, action: object, role: str = "key") -> QPushButton:
        key = QPushButton(label)
        set_role(key, role)
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.setMinimumSize(touch(MIN_TOUCH), touch(76))
        key.setMaximumHeight(px(KEY_MAX_HEIGHT))
        key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        key.clicked.connect(action)
        return key

    def _build_kana_page(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(px(8))
        for column, sounds in enumerate(KANA_COLUMNS):
            for row, kana in enumerate(sounds):
                if kana != "\0":
                    grid.addWidget(self._key(kana, lambda _=False, k=kana: self._insert(k)),
                                   row, column)
        extra = len(KANA_COLUMNS)
        for row, (label, edit) in enumerate(KANA_MODIFIERS):
            modifier = self._key(label, lambda _=False, e=edit: self._modify(e), role="modkey")
            if edit != "small":
                modifier.setStyleSheet(f"font-size: {px(56)}px;")   # the marks are tiny glyphs
            grid.addWidget(modifier, row, extra)
        for offset, symbol in enumerate(KANA_SYMBOLS):
            grid.addWidget(self._key(symbol, lambda _=False, s=symbol: self._insert(s)),
                           len(KANA_MODIFIERS) + offset, extra)
        return page

    def _build_latin_page(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(px(8))
        for row, keys in enumerate(LATIN_ROWS):
            for column, char in enumerate(keys):
                key = self._key(char, lambda _=False, c=char: self._insert_latin(c))
                if char.isalpha():
                    self._latin_keys.append(key)
                grid.addWidget(key, row, column)
        self._shift_button = self._key("⇧", self._toggle_shift, role="modkey")
        self._shift_button.setCheckable(True)
        grid.addWidget(self._shift_button, len(LATIN_ROWS) - 1, len(LATIN_ROWS[-1]))
        return page

    # ---- typing --------------------------------------------------------------------------

    def _insert(self, text: str) -> None:
        if self._target is None:
            return
        self._target.insert(text)
        self.typed.emit()

    def _insert_latin(self, char: str) -> None:
        self._insert(char.upper() if self._shift else char)
        if self._shift:             # one capital, like a phone keyboard
            self._toggle_shift()

    def _modify(self, edit: str) -> None:
        if self._target is None:
            return
        cursor = self._target.cursorPosition()
        text = self._target.text()
        changed = apply_to_last(text[:cursor], edit)
        if changed != text[:cursor]:
            self._target.setText(changed + text[cursor:])
            self._target.setCursorPosition(cursor)
            self.typed.emit()

    def _backspace(self) -> None:
        if self._target is not None:
            self._target.backspace()
            self.typed.emit()

    def _toggle_mode(self) -> None:
        self.set_mode("latin" if self.mode == "kana" else "kana")

    def _toggle_shift(self) -> None:
        self._shift = not self._shift
        self._refresh_latin()

    def _refresh_latin(self) -> None:
        self._shift_button.setChecked(self._shift)
        for key in self._latin_keys:
            key.setText(key.text().upper() if self._shift else key.text().lower())

    # ---- translation ---------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        # The kana page, named in the customer's language (a Thai tourist reads "คานะ").
        self._mode_button.setText("ABC" if self.mode == "kana" else self.tr("Kana"))
        self._space_button.setText(self.tr("Space"))
        self._delete_button.setText(self.tr("Delete"))
