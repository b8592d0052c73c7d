"""The attract screen: what the kiosk shows while nobody is using it. Any touch starts.

It cycles a welcome in every offered language (each in its own script, not translated),
so a passer-by sees their own language before touching anything, and, below it (beside it
on a wide screen), the pages of the "How it works" guide in the default language, and every
third turn the cast ranking board the office last sent. Its button opens the full guide.
A small line at the top shows staff the sync state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from kiosk.domain.rules import RuleBook
from kiosk.ui.scale import px
from kiosk.ui.screens.base import Screen, page_layout
from kiosk.ui.widgets.basic import button, label
from kiosk.ui.widgets.card_fan import CardFan

if TYPE_CHECKING:
    from kiosk.services.ranking_view import BoardView
    from kiosk.sync.runner import SyncStatus
    from kiosk.ui.widgets.explainer_page import ExplainerPageView
    from kiosk.ui.widgets.ranking_board import RankingBoardPanel
    from kiosk.ui.widgets.sync_indicator import SyncIndicator

WELCOMES = {
    "ja": ("ようこそ、プロデューサー！", "タッチしてはじめる"),
    "en": ("Welcome, producer!", "Touch to start"),
    "zh_CN": ("欢迎，制作人！", "触摸开始"),
    "zh_TW": ("歡迎，製作人！", "觸碰開始"),
    "ko": ("어서 오세요, 프로듀서님!", "화면을 터치하세요"),
    "th": ("ยินดีต้อนรับ โปรดิวเซอร์!", "แตะเพื่อเริ่ม"),
    "es": ("¡Bienvenido, productor!", "Toca para empezar"),
    "fr": ("Bienvenue, producteur !", "Touchez pour commencer"),
}
CYCLE_MS = 3500
BOARD_EVERY = 3          # every third turn of the loop shows the ranking board


class AttractScreen(Screen):
    started = Signal()
    explain_requested = Signal()

    def __init__(self, cafe_name: str, languages: tuple[str, ...], rules: RuleBook,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rules = rules
        self._languages = [code for code in languages if code in WELCOMES] or ["ja"]
        self._index = 0
        self._page = 0
        self._layout = page_layout(self)
        self.cafe = label("hero", centre=True)
        self.cafe.setText(cafe_name)
        self.welcome = label("title", centre=True)
        self.touch = label("hint", centre=True)
        colours = [rank.card_colour for rank in rules.ranks]
        self.fan = CardFan(colours[::2] or colours)
        self.teaser: ExplainerPageView | None = None      # added after the first paint
        self.board: RankingBoardPanel | None = None       # added when a board arrives
        self.sync_line: SyncIndicator | None = None       # added when the kiosk syncs
        self.explain_button = button("secondary")
        self.explain_button.clicked.connect(self.explain_requested)
        # The welcome and the cards on one side, the guide's pages or the board on the
        # other: one above the other on a tall screen, side by side on a wide (short) one.
        hero = QVBoxLayout()
        hero.addStretch(1)
        hero.addWidget(self.cafe)
        hero.addWidget(self.fan, 3)
        hero.addWidget(self.welcome)
        hero.addWidget(self.touch)
        hero.addStretch(1)
        self._side = QVBoxLayout()
        self._side.addStretch(1)
        self._side.addStretch(1)
        self._content = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._content.addLayout(hero, 3)
        self._content.addLayout(self._side, 2)
        self._layout.addLayout(self._content, 1)
        self._layout.addWidget(self.explain_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self._timer = QTimer(self)
        self._timer.setInterval(CYCLE_MS)
        self._timer.timeout.connect(self._next_welcome)
        self._show_welcome()
        self.retranslate()

    def add_teaser(self) -> None:
        """The guide's pages under the welcome; built after the first paint (start-up)."""
        if self.teaser is not None:
            return
        from kiosk.ui.widgets.explainer_page import ExplainerPageView

        self.teaser = ExplainerPageView(self._rules, compact=True)
        self.teaser.setObjectName("teaser")
        self.teaser.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.teaser.setStyleSheet("#teaser { background: white; border-radius: 32px; }")
        self.teaser.body.setContentsMargins(px(32), px(24), px(32), px(24))
        self.teaser.set_portrait(not self.portrait)      # see set_portrait
        self._side.insertWidget(self._side.count() - 1, self.teaser, 2)
        self._show_teaser()

    def show_board(self, board: BoardView | None) -> None:
        """The office's ranking board joins the loop (None: there is none yet)."""
        if board is None:
            return
        if self.board is None:
            from kiosk.ui.widgets.ranking_board import RankingBoardPanel

            self.board = RankingBoardPanel(self._rules.timezone)
            self.board.set_rows(5 if self.height() >= self.width() else 3)
            self.board.hide()
            self._side.insertWidget(self._side.count() - 1, self.board, 2)
        self.board.show_board(board)

    def show_sync_status(self, status: SyncStatus) -> None:
        if self.sync_line is None:
            from kiosk.ui.widgets.sync_indicator import SyncIndicator

            # In the top margin, outside the layout: it must not push anything.
            self.sync_line = SyncIndicator(self._rules.timezone, self)
            self._place_sync_line()
        self.sync_line.show_status(status)
        self.sync_line.raise_()

    def _place_sync_line(self) -> None:
        if self.sync_line is not None:
            height = self.sync_line.sizeHint().height()
            self.sync_line.setGeometry(0, 8, self.width(), height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._place_sync_line()

    def turn_to_board(self) -> None:
        """Jump the loop to the board's turn (staff checking it; screenshots)."""
        if self.board is not None:
            self._page = BOARD_EVERY - 1
            self._show_teaser()

    @property
    def showing_board(self) -> bool:
        return self.board is not None and self._page % BOARD_EVERY == BOARD_EVERY - 1

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt override)
        self._timer.start()
        super().showEvent(event)  # type: ignore[arg-type]

    def hideEvent(self, event: object) -> None:  # noqa: N802 (Qt override)
        self._timer.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton:
            self.started.emit()

    def reset(self) -> None:
        self._index = 0
        self._page = 0
        self._show_welcome()

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        self._content.setDirection(QBoxLayout.Direction.TopToBottom if portrait
                                   else QBoxLayout.Direction.LeftToRight)
        self._content.setSpacing(px(24 if portrait else 48))
        if self.teaser is not None:
            # A wide strip under the welcome on a tall screen; a column beside it on a
            # wide one.
            self.teaser.set_portrait(not portrait)
        if self.board is not None:
            self.board.set_rows(5 if portrait else 3)

    def retranslate(self) -> None:
        self.explain_button.setText(self.tr("How it works"))
        for part in (self.board, self.sync_line):
            if part is not None:
                part.retranslate()
        self._show_teaser()

    def _next_welcome(self) -> None:
        self._index = (self._index + 1) % len(self._languages)
        self._page += 1
        self._show_welcome()
        self._show_teaser()

    def _show_teaser(self) -> None:
        board = self.showing_board
        if self.board is not None:
            self.board.setVisible(board)
        self.fan.setVisible(not board)            # the board takes the cards' place
        if self.teaser is None:
            return
        self.teaser.setVisible(not board)
        if board:
            return
        from kiosk.ui.explainer_text import explainer_pages

        pages = explainer_pages(self._rules)
        turn = self._page - (self._page // BOARD_EVERY if self.board is not None else 0)
        self.teaser.show_page(pages[turn % len(pages)])

    def _show_welcome(self) -> None:
        welcome, touch = WELCOMES[self._languages[self._index]]
        self.welcome.setText(welcome)
        self.touch.setText(touch)
