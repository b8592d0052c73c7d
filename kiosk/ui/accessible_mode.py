"""The accessible mode: larger text (× 1.4), high contrast, actions within low reach, and
spoken guidance where the kiosk has a speech engine.

Any customer turns it on from the welcome screen or from the language panel, which every
customer screen opens with its language chip. It lasts for their session: the next person
gets the café's usual look. Turning it on re-installs the theme (type and colours come from
the design tokens), re-translates every screen so text drawn with explicit sizes follows,
and lays the screens out again. On a tall screen each customer screen then moves its
content down, as far as its own height allows, up to a third of the screen, so every action
sits in the lower two thirds, within reach from a wheelchair or for a child. Each screen
shown is announced by its title.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kiosk.ui.design_tokens import ACCESSIBLE_TEXT_FACTOR
from kiosk.ui.screens.base import Screen
from kiosk.ui.speech import Speaker
from kiosk.ui.theme import accessible, install_theme, text_factor

log = logging.getLogger(__name__)
REACH_FRACTION = 3          # nothing to tap in the top third of a tall screen
# Text as large as the screen allows: the first of these at which every customer screen
# still fits (a small or wide screen in a long-worded language may not take × 1.4).
TEXT_FACTORS = (ACCESSIBLE_TEXT_FACTOR, 1.3, 1.2, 1.1)


class AccessibleMode(QObject):
    changed = Signal(bool)

    def __init__(self, language: Callable[[], str], relayout: Callable[[], None],
                 fits: Callable[[], bool], screens: Callable[[], Iterable[Screen]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._screens = screens
        self._language = language
        self._relayout = relayout
        self._fits = fits
        self.speaker = Speaker(self)

    @property
    def on(self) -> bool:
        return accessible()

    def set(self, on: bool) -> None:
        if on == accessible():
            return
        for factor in TEXT_FACTORS if on else (ACCESSIBLE_TEXT_FACTOR,):
            self._restyle(on, factor)
            if not on or self._fits():
                break
        log.info("accessible mode %s", f"on, text × {text_factor():g}" if on else "off")
        if not on:
            self.speaker.stop()
        self.changed.emit(on)

    def fit_again(self) -> None:
        """Screens were built while the mode is on (at their first use, `KioskParts`): lay
        them out like the others, and make the text smaller if one of them does not fit."""
        if not accessible():
            return
        self._relayout()
        for factor in (f for f in TEXT_FACTORS if f < text_factor()):
            if self._fits():
                break
            self._restyle(True, factor)

    def _restyle(self, on: bool, factor: float) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_theme(app, self._language(), accessible=on, text_factor=factor)
            for screen in self._screens():          # this window's, none other's
                screen.retranslate()
        self._relayout()

    def announce(self, screen: QWidget | None) -> None:
        """Say where the customer is now (the screen's title), in the accessible mode."""
        if not accessible() or screen is None:
            return
        title = getattr(screen, "title", None)
        if isinstance(title, QLabel) and title.text():
            self.speaker.say(title.text(), self._language())


def height_needed(screen: QWidget, width: int) -> int:
    """The height `screen` needs at `width` with every text whole: a wrapped label's
    minimum underestimates its height, so ask for the height at this width (what the
    screen would like) as well."""
    needed = screen.minimumSizeHint().height()
    layout = screen.layout()
    if layout is not None and layout.hasHeightForWidth():
        return max(needed, layout.totalHeightForWidth(width))
    return max(needed, screen.sizeHint().height())


def fits(screen: QWidget, size: QSize) -> bool:
    """Whether `screen`, laid out at `size` (the room the window gives its screens),
    fits and shows every wrapped text whole (its layout squeezes a label before it grows
    the window, so the minimum size alone does not tell)."""
    screen.ensurePolished()          # a hidden screen takes the new style sheet's type now
    hint = screen.minimumSizeHint()
    if hint.width() > size.width() or hint.height() > size.height():
        return False
    screen.resize(size)
    layout = screen.layout()
    if layout is not None:
        layout.invalidate()
        layout.activate()
    for text in screen.findChildren(QLabel):
        if text.isVisibleTo(screen) and text.wordWrap() and text.width() > 0 and \
                text.heightForWidth(text.width()) > text.height() + 1:
            return False
    return True


def lower_for_reach(screens: Iterable[Screen], width: int, height: int) -> None:
    """Move each screen's content down by the room it has to spare, at most a third of a
    tall screen, so its actions are within low reach (call after the screens are laid out
    for this size; a screen laid out again starts from its usual margins)."""
    for screen in screens:
        layout = screen.layout()
        if layout is None or not screen.portrait:
            continue
        screen.catch_up()                # measured in the language it will show in
        spare = height - height_needed(screen, width)
        extra = max(0, min(height // REACH_FRACTION, spare))
        if extra:
            margins = layout.contentsMargins()
            margins.setTop(margins.top() + extra)
            layout.setContentsMargins(margins)
            layout.activate()
