"""What every kiosk screen shares: translation hook, reset hook, orientation hook.

A screen shows customer data only between `load…()` and `reset()`; the end of a session
calls `reset()` on every screen, so nothing of one customer is left for the next to see
(unless no screen but the attract one was shown since the last wipe: a flow shows what
it loads, so then there is nothing to wipe).
"""

from __future__ import annotations

import functools
import logging

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.scale import px
from kiosk.ui.theme import set_role

log = logging.getLogger(__name__)


class Screen(QWidget):
    """A language switch re-translates the screen on show, and a hidden screen catches up
    when it is next shown: a scanned tourist's card switches the whole kiosk, and nobody
    reads a hidden screen's text until then. Every subclass's `retranslate` is wrapped to
    note that the text is current (`__init_subclass__`), so a screen filled while hidden
    (`load()` re-translates) is not translated again at its show.
    """

    # Screens that must be laid out in the new language before they show (a list rebuilt
    # by `retranslate`) set this: they retranslate at the switch, hidden or not.
    retranslate_when_hidden = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        set_role(self, "screen")
        self.portrait = True
        self._text_stale = False

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("retranslate")
        if own is not None:
            @functools.wraps(own)
            def retranslate(self: Screen) -> None:
                self._text_stale = False
                own(self)

            cls.retranslate = retranslate  # type: ignore[method-assign]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            if self.isVisible() or self.retranslate_when_hidden:
                self.retranslate()
            else:
                self._text_stale = True
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        self.catch_up()
        super().showEvent(event)

    def catch_up(self) -> None:
        """Re-translate now if the language changed while the screen was hidden (before
        measuring a hidden screen, whose size depends on its text)."""
        if self._text_stale:
            self.retranslate()

    def retranslate(self) -> None:
        """Set every visible string again through `self.tr` (called on language change)."""

    def reset(self) -> None:
        """Forget everything about the current customer."""

    def show_problem(self, text: str) -> None:
        """Say what went wrong, and what to do (screens with a message line override it)."""
        log.warning("no place on %s for the message: %s", type(self).__name__, text)

    def show_outcome(self, text: str) -> None:
        """Say that something worked (screens with a message line override it)."""
        log.info("no place on %s for the message: %s", type(self).__name__, text)

    def set_portrait(self, portrait: bool) -> None:
        """Re-arrange for a tall (1080×1920) or wide (1920×1080) screen.

        Wide screens are short: margins and gaps shrink so the keyboard still fits.
        """
        self.portrait = portrait
        layout = self.layout()
        if layout is not None:
            margins = (64, 48, 64, 48) if portrait else (96, 24, 96, 24)
            layout.setContentsMargins(*(px(m) for m in margins))
            layout.setSpacing(px(24 if portrait else 12))


def page_layout(screen: QWidget, portrait: bool = True) -> QVBoxLayout:
    layout = QVBoxLayout(screen)
    margin = px(64 if portrait else 48)
    layout.setContentsMargins(margin, px(48), margin, px(48))
    layout.setSpacing(px(24))
    return layout


def action_row(back: QWidget, forward: QWidget, middle: QWidget | None = None) -> QHBoxLayout:
    """Back on the left, the way forward on the right (where thumbs expect them)."""
    row = QHBoxLayout()
    row.setSpacing(px(24))
    row.addWidget(back)
    if middle is None:
        row.addStretch(1)
    else:
        row.addWidget(middle, 1)
    row.addWidget(forward)
    return row
