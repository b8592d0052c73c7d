"""The "How it works" guide: swipe (or tap the arrows) through the producer system.

Reachable from the attract screen and from the card screen. Every figure comes from the
live rules (see explainer_text); switching language re-renders the current page in place.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.domain.rules import RuleBook
from kiosk.ui.explainer_text import explainer_pages
from kiosk.ui.scale import px
from kiosk.ui.screens.base import Screen, page_layout
from kiosk.ui.widgets.basic import button, label
from kiosk.ui.widgets.explainer_page import ExplainerPageView
from kiosk.ui.widgets.language_bar import LanguageChip
from kiosk.ui.widgets.why_disabled import explain_when_disabled

SWIPE_PX = 80
HINT_MS = 3000


class ExplainerScreen(Screen):
    closed = Signal()

    def __init__(self, rules: RuleBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rules = rules
        self._index = 0
        self._press: QPoint | None = None
        layout = page_layout(self)
        self.heading = label("subtitle", wrap=False)
        self.languages = LanguageChip()
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.languages)
        self.page = ExplainerPageView(rules)
        self.dots = label("subtitle", centre=True)
        self.previous_button = button("secondary")
        self.previous_button.clicked.connect(self.show_previous)
        self.next_button = button("primary")
        self.next_button.clicked.connect(self.show_next)
        self.close_button = button("secondary")
        self.close_button.clicked.connect(self.closed)
        # A tap on a greyed-out arrow says why, where the page dots are, for a moment.
        self._dots_back = QTimer(self)
        self._dots_back.setSingleShot(True)
        self._dots_back.setInterval(HINT_MS)
        self._dots_back.timeout.connect(lambda: self.show_page(self._index))
        explain_when_disabled(self.previous_button,
                              lambda: self.tr("This is the first page."), self._hint)
        explain_when_disabled(self.next_button,
                              lambda: self.tr("This is the last page. Tap Close when you "
                                              "are done."), self._hint)
        navigation = QHBoxLayout()
        navigation.setSpacing(px(24))
        navigation.addWidget(self.previous_button)
        navigation.addWidget(self.dots, 1)
        navigation.addWidget(self.next_button)
        layout.addLayout(top)
        layout.addWidget(self.page, 1)
        layout.addLayout(navigation)
        layout.addWidget(self.close_button)
        self.retranslate()

    @property
    def page_count(self) -> int:
        return len(explainer_pages(self._rules))

    @property
    def index(self) -> int:
        return self._index

    def show_page(self, index: int) -> None:
        pages = explainer_pages(self._rules)
        self._index = max(0, min(index, len(pages) - 1))
        self.page.show_page(pages[self._index])
        self._dots_back.stop()
        self.dots.setText(" ".join("●" if i == self._index else "○"
                                   for i in range(len(pages))))
        self.previous_button.setEnabled(self._index > 0)
        self.next_button.setEnabled(self._index < len(pages) - 1)

    def _hint(self, text: str) -> None:
        self.dots.setText(text)
        self._dots_back.start()

    def show_next(self) -> None:
        self.show_page(self._index + 1)

    def show_previous(self) -> None:
        self.show_page(self._index - 1)

    def reset(self) -> None:
        self.show_page(0)

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        self.page.set_portrait(portrait)

    # ---- swiping -------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self._press = event.position().toPoint()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if self._press is None:
            return
        dx = event.position().toPoint().x() - self._press.x()
        self._press = None
        if dx <= -px(SWIPE_PX):
            self.show_next()
        elif dx >= px(SWIPE_PX):
            self.show_previous()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("How it works"))
        self.previous_button.setText(self.tr("Previous"))
        self.next_button.setText(self.tr("Next"))
        self.close_button.setText(self.tr("Close"))
        self.show_page(self._index)
