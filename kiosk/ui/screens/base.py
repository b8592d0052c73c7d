"""What every kiosk screen shares: translation hook, reset hook, orientation hook.

A screen shows customer data only between `load…()` and `reset()`; the idle timeout calls
`reset()` on every screen, so nothing of one customer is left for the next to see.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.scale import px
from kiosk.ui.theme import set_role

log = logging.getLogger(__name__)


class Screen(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        set_role(self, "screen")
        self.portrait = True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
