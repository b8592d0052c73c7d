"""The strip at the top of each registration step: step counter and language buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.ui.screens.base import label
from kiosk.ui.widgets.language_bar import LanguageBar

STEP_COUNT = 3


class StepHeader(QWidget):
    def __init__(self, step: int, languages: tuple[str, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.counter = label("subtitle", wrap=False)
        self.languages = LanguageBar(languages)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.counter)
        layout.addStretch(1)
        layout.addWidget(self.languages)
        self.retranslate()

    def retranslate(self) -> None:
        self.counter.setText(self.tr("Step %1 of %2").replace("%1", str(self.step))
                             .replace("%2", str(STEP_COUNT)))
