"""A producer's rank as a pill in the rank's card colour (black for the top rank)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.domain.rules import Rank
from kiosk.ui.scale import px


class RankBadge(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumHeight(px(72))

    def show_rank(self, rank: Rank, name: str) -> None:
        ink = "#FFFFFF" if rank.is_dark else "#2D1B33"
        sheet = (f"background: {rank.card_colour}; color: {ink}; border: 3px solid #E7B3C9;"
                 f"border-radius: {px(36)}px; padding: {px(8)}px {px(32)}px; "
                 f"font-size: {px(36)}px; font-weight: bold;")
        # Setting a style sheet re-parses it and re-polishes the badge (~0.5 ms of every
        # scan): only when the colour (or the screen's scale) changed.
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)
        self.setText(name)
