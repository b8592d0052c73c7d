"""After a scan: where the producer stands, today's visit, and the way to push.

Shows the rank in its card colour, PV with progress to the next rank, push points and what
one is worth, today's stay once checked in, the latest ledger entries (those not synced
yet, and those the office refused, each with a small coloured tag — never italics, which
Japanese, Chinese, Korean and Thai do not have) and when the kiosk last synced. With no
push points to spend, the push button says why and how to earn some. It closes itself
sooner than other screens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.ledger import EntryKind
from kiosk.domain.stay import StayPlan
from kiosk.ui.design_tokens import Type
from kiosk.ui.formatting import current_language, date_time, fill, number
from kiosk.ui.scale import px
from kiosk.ui.screens.base import Screen, page_layout
from kiosk.ui.screens.stay_text import stay_lines
from kiosk.ui.theme import palette, type_px
from kiosk.ui.widgets.basic import button, label
from kiosk.ui.widgets.history_list import HistoryEntry, HistoryList
from kiosk.ui.widgets.language_bar import LanguageChip
from kiosk.ui.widgets.rank_badge import RankBadge

if TYPE_CHECKING:
    # Types only: importing the service module loads peewee (and the PostgreSQL driver
    # peewee probes for), which would delay the first paint.
    from kiosk.services.producer_view import HistoryItem, ProducerSummary


class BalanceScreen(Screen):
    check_in_requested = Signal()
    push_requested = Signal()
    closed = Signal()

    def __init__(self, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timezone = timezone
        self._summary: ProducerSummary | None = None
        self._stay: StayPlan | None = None
        self._unknown_card = False
        layout = page_layout(self)
        self.languages = LanguageChip()
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.languages)
        self.title = label("title")
        self.badge = RankBadge()
        self.pv_caption = label("field")
        self.pv_value = label("title", wrap=False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(px(28))
        self.to_next = label("body")
        self.points_caption = label("field")
        self.points_value = label("title", wrap=False)
        self.weight = label("body")
        figures = QGridLayout()
        figures.setHorizontalSpacing(48)
        figures.addWidget(self.pv_caption, 0, 0)
        figures.addWidget(self.points_caption, 0, 1)
        figures.addWidget(self.pv_value, 1, 0)
        figures.addWidget(self.points_value, 1, 1)
        figures.addWidget(self.progress, 2, 0)
        figures.addWidget(self.weight, 2, 1, 2, 1)
        figures.addWidget(self.to_next, 3, 0)
        self.notice = label("warning")
        self.stay = label("body")
        self.check_in_button = button("action")
        self.check_in_button.clicked.connect(self.check_in_requested)
        self.push_button = button("action")
        self.push_button.clicked.connect(self.push_requested)
        actions = QHBoxLayout()
        actions.setSpacing(px(24))
        actions.addWidget(self.check_in_button, 1)
        actions.addWidget(self.push_button, 1)
        self.push_hint = label("body")           # why "push" is off, and how to earn points
        self.history_caption = label("subtitle")
        self.history = HistoryList(spacing=px(8), gap=px(24))
        self.synced = label("field")
        self.close_button = button("secondary")
        self.close_button.clicked.connect(self.closed)
        standing = self._standing = QVBoxLayout()
        standing.setSpacing(px(20))
        standing.addWidget(self.title)
        standing.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignLeft)
        standing.addLayout(figures)
        standing.addWidget(self.notice)
        standing.addLayout(actions)
        standing.addWidget(self.push_hint)
        standing.addWidget(self.stay)
        standing.addStretch(1)
        recent = self._recent = QVBoxLayout()
        recent.setSpacing(px(12))
        recent.addWidget(self.history_caption)
        recent.addWidget(self.history, 1)
        recent.addWidget(self.synced)
        self.body = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.body.setSpacing(px(32))
        self.body.addLayout(standing, 3)
        self.body.addLayout(recent, 2)
        layout.addLayout(top)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.close_button)
        self.reset()

    def set_portrait(self, portrait: bool) -> None:
        """Tall: history under the figures. Wide: history beside them, with the notice and
        today's stay at the top of the history column: a wide screen is short, and its
        figures column must keep the actions in reach, while the history column has room."""
        super().set_portrait(portrait)
        self.body.setDirection(QBoxLayout.Direction.TopToBottom if portrait
                               else QBoxLayout.Direction.LeftToRight)
        for widget in (self.notice, self.stay):
            self._standing.removeWidget(widget)
            self._recent.removeWidget(widget)
        if portrait:
            self._standing.insertWidget(3, self.notice)       # under the figures
            self._standing.insertWidget(6, self.stay)         # under the actions and hint
        else:
            self._recent.insertWidget(0, self.notice)
            self._recent.insertWidget(1, self.stay)

    # ---- state ------------------------------------------------------------------------------

    def load(self, summary: ProducerSummary, stay: StayPlan | None,
             card_upgrade: bool = False) -> None:
        """`card_upgrade`: the rank went up since the card was printed (a new colour)."""
        self._summary, self._stay, self._unknown_card = summary, stay, False
        self._card_upgrade = card_upgrade
        self.retranslate()

    def load_unknown_card(self) -> None:
        """A valid card issued elsewhere that this kiosk has not received yet."""
        self._summary, self._stay, self._unknown_card = None, None, True
        self._card_upgrade = False
        self.retranslate()

    def show_stay(self, stay: StayPlan) -> None:
        self._stay = stay
        self.retranslate()

    def reset(self) -> None:
        self._summary, self._stay, self._unknown_card = None, None, False
        self._card_upgrade = False
        self.retranslate()

    @property
    def summary(self) -> ProducerSummary | None:
        return self._summary

    # ---- text -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        summary = self._summary
        shown = summary is not None
        for widget in (self.badge, self.pv_caption, self.pv_value, self.progress, self.to_next,
                       self.points_caption, self.points_value, self.weight,
                       self.check_in_button, self.push_button, self.history_caption,
                       self.history, self.synced):
            widget.setVisible(shown)
        self.stay.setVisible(shown and self._stay is not None)
        self.push_hint.setVisible(shown and summary is not None and summary.push_points == 0)
        self.notice.setVisible(self._unknown_card or (shown and self._card_upgrade))
        self.close_button.setText(self.tr("Close"))
        if self._unknown_card:
            self.notice.setText(self.tr("Your card is valid. Your points and rank will "
                                        "appear here after this kiosk's next sync."))
        else:
            self.notice.setText(self.tr("Your rank went up! Ask a staff member for a new "
                                        "card in your rank's colour."))
        if summary is None:
            self.title.setText(self.tr("Welcome back, producer!") if self._unknown_card
                               else "")
            return
        language = current_language()
        self.title.setText(fill(self.tr("Hello, %1!"), summary.nickname))
        self.badge.show_rank(summary.rank, summary.rank.name_for(language))
        self.pv_caption.setText(self.tr("PV points"))
        self.pv_value.setText(number(summary.pv_earned))
        self.progress.setValue(round(summary.progress_to_next_rank * 1000))
        if summary.next_rank is None:
            self.to_next.setText(self.tr("You have reached the top rank!"))
        else:
            self.to_next.setText(fill(self.tr("%1 PV to %2"), number(summary.pv_to_next_rank),
                                      summary.next_rank.name_for(language)))
        self.points_caption.setText(self.tr("Push points"))
        self.points_value.setText(number(summary.push_points))
        weight = summary.rank.weight
        self.weight.setText(self.tr("Each push point = %n vote(s)", "", weight))
        visited = summary.visited_today or self._stay is not None
        self.check_in_button.setEnabled(not visited)
        self.check_in_button.setText(self.tr("Checked in today") if visited
                                     else self.tr("Check in for today"))
        self.push_button.setText(self.tr("Push a cast member"))
        self.push_button.setEnabled(summary.push_points > 0)
        if visited:
            self.push_hint.setText(self.tr("You have 0 push points. Each visit (once a day) "
                                           "and each day you log in to the website "
                                           "earns more."))
        else:
            self.push_hint.setText(self.tr("You have 0 push points. Check in for today's "
                                           "visit to earn some, then push!"))
        if self._stay is not None:
            self.stay.setText("<br>".join(stay_lines(self._stay)))
        self.history_caption.setText(self.tr("Recent activity"))
        self.history.show_entries(self._history_entries(summary.history, language))
        self.synced.setText(fill(self.tr("Last synced: %1"),
                                 date_time(summary.last_sync_at, self._timezone))
                            if summary.last_sync_at
                            else self.tr("Not synced yet"))

    def _history_entries(self, items: tuple[HistoryItem, ...],
                         language: str) -> list[HistoryEntry]:
        rows = []
        colours = palette()
        not_synced = _tag(self.tr("not synced yet"),        # outside the f-string, so
                          colours.notice_fill, colours.on_notice)    # lupdate sees it
        not_counted = _tag(self.tr("not counted"), colours.warning_fill,
                           colours.on_warning)
        for item in items:
            tag = ("" if item.synced else not_synced) if item.counted else not_counted
            rows.append(HistoryEntry(date_time(item.recorded_at, self._timezone),
                                     self._describe(item, language), tag))
        return rows

    def _describe(self, item: HistoryItem, language: str) -> str:
        if item.kind is EntryKind.REGISTRATION:
            return self.tr("Became a producer")
        points, pv = item.push_delta, item.pv_delta
        if item.kind is EntryKind.VISIT:
            return self.tr("Visit: +%n push point(s)", "", points)
        if item.kind is EntryKind.PURCHASE:
            return self.tr("Purchase: +%n PV", "", pv)
        if item.kind is EntryKind.PUSH:
            name = (item.cast_name_ja if language == "ja" else item.cast_name_en) or "?"
            votes = item.votes
            return fill(self.tr("Pushed %1: %n vote(s)", "", votes), name)
        if item.kind is EntryKind.DAILY_LOGIN:
            return self.tr("Website login: +%n push point(s)", "", points)
        if item.kind is EntryKind.CARD_ISSUE:
            return self.tr("New card issued")
        if item.kind is EntryKind.PASSWORD_RESET:
            return self.tr("New website password")
        return self.tr("Correction")


def _tag(text: str, fill_colour: str, ink: str) -> str:
    """A small coloured tag after a history line: the theme's `tag` look, in rich text."""
    return (f"<span style='background-color:{fill_colour}; color:{ink}; "
            f"font-size:{type_px(Type.CAPTION)}px; font-weight:bold'>"
            f"&nbsp;{text}&nbsp;</span>")
