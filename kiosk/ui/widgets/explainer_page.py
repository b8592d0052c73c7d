"""One page of the guide: its picture beside (wide screens) or above (tall screens) its text.

Used full-size by the explainer screen and as a teaser on the attract screen. The rank
ladder page adds a table of every rank with its card colour, PV threshold and weight.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.domain.rules import RuleBook
from kiosk.ui.explainer_text import ExplainerPage, rank_name
from kiosk.ui.formatting import fill, number
from kiosk.ui.scale import px
from kiosk.ui.theme import set_role
from kiosk.ui.widgets.basic import Label
from kiosk.ui.widgets.explainer_art import ExplainerArt

MAX_PARAGRAPHS = 4


class ExplainerPageView(QWidget):
    def __init__(self, rules: RuleBook, compact: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rules = rules
        self.art = ExplainerArt("producer", rules)
        self.title = Label()
        set_role(self.title, "subtitle" if compact else "title")
        self.title.setWordWrap(True)
        self.paragraphs: list[QLabel] = []
        text = QVBoxLayout()
        text.setSpacing(px(16))
        text.addWidget(self.title)
        for _ in range(MAX_PARAGRAPHS):
            paragraph = Label()
            set_role(paragraph, "body")
            paragraph.setWordWrap(True)
            paragraph.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            self.paragraphs.append(paragraph)
            text.addWidget(paragraph)
        self.ladder = QLabel()
        self.ladder.setTextFormat(Qt.TextFormat.RichText)
        self.ladder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.ladder, "body")
        self.ladder.hide()
        text.addStretch(1)
        self.text_box = QWidget()
        self.text_box.setLayout(text)
        # Wrapped labels report their minimum height at their narrowest width; a sane
        # minimum width keeps that height (and so the window) within the screen.
        self.text_box.setMinimumWidth(px(460 if compact else 720))
        if compact:
            self.art.setMinimumSize(px(160), px(160))
        self.body = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(px(32))
        self.body.addWidget(self.art, 2)
        self.body.addWidget(self.ladder, 3)    # on the ladder page, in the picture's place
        self.body.addWidget(self.text_box, 5)
        self._compact = compact

    def set_portrait(self, portrait: bool) -> None:
        self.body.setDirection(QBoxLayout.Direction.TopToBottom if portrait
                               else QBoxLayout.Direction.LeftToRight)
        self.updateGeometry()        # the parent layout caches our size in the old direction

    def show_page(self, page: ExplainerPage) -> None:
        self.art.kind = page.kind
        self.art.update()
        self.title.setText(page.title)
        shown = page.paragraphs[:2] if self._compact else page.paragraphs
        for label, text in zip(self.paragraphs, (*shown, *[""] * MAX_PARAGRAPHS), strict=False):
            label.setText(text)
            label.setVisible(bool(text))
        ladder = page.kind == "ladder" and not self._compact
        self.ladder.setVisible(ladder)
        self.art.setVisible(not ladder)     # the table, in the card colours, is the picture
        if ladder:
            self.ladder.setText(self._ladder_table())

    def _ladder_table(self) -> str:
        head = (QCoreApplication.translate("Explainer", "Rank"),
                QCoreApplication.translate("Explainer", "PV from"),
                QCoreApplication.translate("Explainer", "Votes per push point"))
        rows = [f"<tr><th></th><th align='left'>{head[0]}</th>"
                f"<th align='right'>{head[1]}</th><th align='right'>{head[2]}</th></tr>"]
        for index, rank in enumerate(self._rules.ranks):
            rows.append(
                f"<tr><td bgcolor='{rank.card_colour}' width='{px(36)}' "
                f"style='border:1px solid #E7B3C9'>&nbsp;</td>"
                f"<td>{rank_name(self._rules, index)}</td>"
                f"<td align='right'>{number(rank.pv_from)}</td>"
                f"<td align='right'>{fill('×%1', number(rank.weight))}</td></tr>")
        return (f"<table cellspacing='2' cellpadding='4' style='font-size:{px(24)}px'>"
                + "".join(rows) + "</table>")
