"""The strip at the top of each registration step: step counter and language buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.ui.formatting import fill, number
from kiosk.ui.widgets.basic import label
from kiosk.ui.widgets.language_bar import LanguageChip

STEP_COUNT = 2             # the name; then check, agree and make the card


class StepHeader(QWidget):
    def __init__(self, step: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.counter = label("subtitle", wrap=False)
        self.languages = LanguageChip()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.counter)
        layout.addStretch(1)
        layout.addWidget(self.languages)
        self.retranslate()

    def retranslate(self) -> None:
        self.counter.setText(fill(self.tr("Step %1 of %2"), number(self.step),
                                  number(STEP_COUNT)) if self.step else "")
