"""The attract screen: what the kiosk shows while nobody is using it.

The café's name (and logo) over a fan of real producer cards; a welcome that cycles through
every offered language, each in its own script and font; the languages themselves, each
named in its own script — tapping one starts in it, and a tap anywhere else starts in the
language the welcome is showing. Beside the welcome (under it on a tall screen) a page of
the "How it works" guide in that same language, and every third turn the cast ranking
board the office last sent, with the cast's faces. A dot in a corner tells staff the sync
state, with no words a customer would have to read (the details are on staff home).

Nothing moves while the loop turns: every part has a fixed height or takes a fixed share
of the screen, whatever language or page it shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetricsF, QMouseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QBoxLayout, QSizePolicy, QStackedLayout, QVBoxLayout, QWidget

from kiosk.domain.rules import RuleBook
from kiosk.ui.attract_text import WELCOMES, pages_in, translate_in
from kiosk.ui.design_tokens import Type
from kiosk.ui.fonts import font_for
from kiosk.ui.scale import px
from kiosk.ui.screens.base import Screen, page_layout
from kiosk.ui.theme import type_px
from kiosk.ui.widgets.basic import button
from kiosk.ui.widgets.cafe_mark import CafeMark
from kiosk.ui.widgets.card_fan import CardFan
from kiosk.ui.widgets.language_bar import LanguageGrid
from kiosk.ui.widgets.welcome_lines import WelcomeLines

if TYPE_CHECKING:
    from kiosk.services.ranking_view import BoardView
    from kiosk.sync.runner import SyncStatus
    from kiosk.ui.explainer_text import ExplainerPage
    from kiosk.ui.widgets.explainer_page import ExplainerPageView
    from kiosk.ui.widgets.ranking_board import RankingBoardPanel
    from kiosk.ui.widgets.sync_indicator import SyncDot

CYCLE_MS = 3500
BOARD_EVERY = 3          # every third turn of the loop shows the ranking board
GUIDE = "How it works"   # the guide button's source text (see retranslate)


class AttractScreen(Screen):
    started = Signal(str)              # the language to start in
    explain_requested = Signal(str)    # the language to open the guide in

    def __init__(self, cafe_name: str, languages: tuple[str, ...], rules: RuleBook,
                 parent: QWidget | None = None, logo: bytes | None = None) -> None:
        super().__init__(parent)
        self._rules = rules
        self._languages = [code for code in languages if code in WELCOMES] or ["ja"]
        self._index = 0
        self._page = 0
        self._pages: dict[str, list[ExplainerPage]] = {}
        self._layout = page_layout(self)
        self.mark = CafeMark(cafe_name, logo)
        self.fan = CardFan()
        self.welcome = WelcomeLines()
        self.languages = LanguageGrid(tuple(self._languages), columns=4, role="chip")
        self.languages.language_chosen.connect(self.started)
        self.teaser: ExplainerPageView | None = None      # added after the first paint
        self.board: RankingBoardPanel | None = None       # added when a board arrives
        self.sync_line: SyncDot | None = None             # added when the kiosk syncs
        self.explain_button = button("secondary")
        self.explain_button.clicked.connect(
            lambda: self.explain_requested.emit(self.language_shown))
        # The guide's page and the board take turns in one place of a fixed size.
        self.stage = QWidget()
        self.stage.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._stage = QStackedLayout(self.stage)
        hero = QVBoxLayout()
        hero.setSpacing(px(16))
        hero.addWidget(self.mark)
        hero.addWidget(self.fan, 1)
        hero.addWidget(self.welcome)
        hero.addSpacing(px(8))
        hero.addWidget(self.languages)
        side = QVBoxLayout()
        side.setSpacing(px(16))
        side.addWidget(self.stage, 1)
        side.addWidget(self.explain_button, 0, Qt.AlignmentFlag.AlignHCenter)
        # One above the other on a tall screen, side by side on a wide (short) one.
        self._content = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._content.addLayout(hero, 5)
        self._content.addLayout(side, 4)
        self._layout.addLayout(self._content, 1)
        self._timer = QTimer(self)
        self._timer.setInterval(CYCLE_MS)
        self._timer.timeout.connect(self._next_welcome)
        self._refit_fonts()
        self._show_welcome()

    # ---- parts that arrive later --------------------------------------------------------------

    def add_teaser(self) -> None:
        """The guide's pages; built after the first paint (start-up)."""
        if self.teaser is not None:
            return
        from kiosk.ui.widgets.explainer_page import ExplainerPageView

        self.teaser = ExplainerPageView(self._rules, compact=True)
        self.teaser.setObjectName("teaser")
        self.teaser.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.teaser.setStyleSheet("#teaser { background: white; border-radius: 32px; }")
        self.teaser.body.setContentsMargins(px(32), px(24), px(32), px(24))
        self.teaser.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        # The page's text in the middle of the room kept for the longest page, not at its top.
        self.teaser.body.setAlignment(self.teaser.text_box, Qt.AlignmentFlag.AlignVCenter)
        self.teaser.set_portrait(not self.portrait)      # see set_portrait
        self._stage.addWidget(self.teaser)
        self._show_teaser()

    def set_cards(self, pngs: list[bytes]) -> None:
        """The sample cards, rendered off the UI thread (`card_fan.sample_card_pngs`)."""
        self.fan.set_cards(pngs)

    def set_brand(self, cafe_name: str, logo: bytes | None) -> None:
        """Staff changed the café's name or logo in Settings."""
        self.mark.set_brand(cafe_name, logo)

    def show_board(self, board: BoardView | None) -> None:
        """The office's ranking board joins the loop (None: there is none yet)."""
        if board is None:
            return
        if self.board is None:
            from kiosk.ui.widgets.ranking_board import RankingBoardPanel

            self.board = RankingBoardPanel(self._rules.timezone)
            self._stage.addWidget(self.board)
        self.board.show_board(board)
        self._show_teaser()

    def show_sync_status(self, status: SyncStatus) -> None:
        if self.sync_line is None:
            from kiosk.ui.widgets.sync_indicator import SyncDot

            # In the corner, outside the layout: it must not push anything.
            self.sync_line = SyncDot(self)
            self._place_sync_dot()
        self.sync_line.show_status(status)
        self.sync_line.raise_()

    def _place_sync_dot(self) -> None:
        if self.sync_line is not None:
            side = self.sync_line.width()
            self.sync_line.move(self.width() - side - px(12), px(12))

    # ---- the loop -----------------------------------------------------------------------------

    @property
    def language_shown(self) -> str:
        """The language the welcome (and the guide's page) is showing now."""
        return self._languages[self._index]

    def turn_to_board(self) -> None:
        """Jump the loop to the board's turn (staff checking it; screenshots)."""
        if self.board is not None:
            self._page = BOARD_EVERY - 1
            self._show_teaser()

    @property
    def showing_board(self) -> bool:
        return self.board is not None and self._page % BOARD_EVERY == BOARD_EVERY - 1

    def _next_welcome(self) -> None:
        self._index = (self._index + 1) % len(self._languages)
        self._page += 1
        self._show_welcome()

    def _show_welcome(self) -> None:
        language = self.language_shown
        welcome, touch = WELCOMES[language]
        self.welcome.show_lines(language, welcome, touch)
        self.languages.show_current(language)
        self._show_guide_button()
        self._show_teaser()

    def _show_guide_button(self) -> None:
        language = self.language_shown
        font = font_for(language, type_px(Type.LEAD))
        font.setBold(True)
        self.explain_button.setFont(font)
        self.explain_button.setText(translate_in(language, "AttractScreen", GUIDE))

    def _show_teaser(self) -> None:
        if self.showing_board and self.board is not None:
            self._stage.setCurrentWidget(self.board)
            return
        if self.teaser is None:
            return
        self._stage.setCurrentWidget(self.teaser)
        language = self.language_shown
        pages = self._pages_in(language)
        turn = self._page - (self._page // BOARD_EVERY if self.board is not None else 0)
        self.teaser.show_page(pages[turn % len(pages)])
        # Each line in its page's language's font (set again every turn: a new style sheet,
        # after the screen turned, would put the kiosk's font back).
        title = font_for(language, type_px(Type.LEAD))
        self.teaser.title.setFont(title)
        for paragraph in self.teaser.paragraphs:
            paragraph.setFont(font_for(language, type_px(Type.BODY)))

    def _pages_in(self, language: str) -> list[ExplainerPage]:
        if language not in self._pages:
            from kiosk.ui.explainer_text import explainer_pages

            self._pages[language] = pages_in(self._rules, language) \
                or explainer_pages(self._rules)
        return self._pages[language]

    # ---- Qt -----------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event: object) -> None:  # noqa: N802 (Qt override)
        self._timer.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._place_sync_dot()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        """A tap anywhere but a language starts in the language on show."""
        if event.button() == Qt.MouseButton.LeftButton:
            self.started.emit(self.language_shown)

    # ---- screen hooks -------------------------------------------------------------------------

    def reset(self) -> None:
        self._index = 0
        self._page = 0
        self._show_welcome()

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        self._content.setDirection(QBoxLayout.Direction.TopToBottom if portrait
                                   else QBoxLayout.Direction.LeftToRight)
        self._content.setSpacing(px(32 if portrait else 56))
        if self.teaser is not None:
            # Picture beside the text in a wide strip on a tall screen; above it in the
            # column beside the welcome on a wide one.
            self.teaser.set_portrait(not portrait)
        self._refit_fonts()

    def _refit_fonts(self) -> None:
        """Sizes that depend on the screen's scale (it may change when the screen does)."""
        self.mark.refit()
        self.welcome.refit()
        self.languages.use_native_fonts(type_px(Type.BODY))
        # The guide button keeps one width whatever language it shows.
        widest = 0.0
        for language in self._languages:
            font = font_for(language, type_px(Type.LEAD))
            font.setBold(True)
            text = translate_in(language, "AttractScreen", GUIDE)
            widest = max(widest, QFontMetricsF(font).horizontalAdvance(text))
        self.explain_button.setFixedWidth(round(widest) + px(2 * 40 + 48))

    def retranslate(self) -> None:
        """The loop's words follow the language on show, not the kiosk's; only the board
        speaks the kiosk's language (it is the office's, stamped in the kiosk's time)."""
        self._pages.clear()
        if self.board is not None:
            self.board.retranslate()
        self._show_welcome()


def _guide_text_for_lupdate() -> str:
    """Keeps the guide button's text in the catalogue: lupdate finds literal `translate`
    calls, and `translate_in` reads the catalogues with the same context and text."""
    return QCoreApplication.translate("AttractScreen", "How it works")
