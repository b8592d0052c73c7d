"""The cast ranking board on the attract loop: this month's top five, as the office sent it.

The stamp says when the office sent it, because a kiosk that has been offline shows an old
board and customers should see that rather than be misled.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.services.ranking_view import BoardView
from kiosk.ui.formatting import current_language, date_time, fill, number
from kiosk.ui.scale import px
from kiosk.ui.widgets.basic import label


class RankingBoardPanel(QWidget):
    def __init__(self, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timezone = timezone
        self._board: BoardView | None = None
        self.setObjectName("board")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#board { background: white; border-radius: 32px; }")
        # Takes the room the loop gives it (the guide teaser's), never asks for more: a
        # wide screen has no height to spare.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(px(40), px(24), px(40), px(24))
        self.title = label("board-title", wrap=False, centre=True)
        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(24)
        self.rows.setColumnStretch(1, 1)
        self.stamp = label("status", wrap=False, centre=True)
        layout.addWidget(self.title)
        layout.addLayout(self.rows)
        layout.addStretch(1)
        layout.addWidget(self.stamp)
        self._lines: list[tuple[QLabel, QLabel, QLabel]] = []
        self._rows_shown = 5

    def set_rows(self, rows: int) -> None:
        """How many places fit: five on a tall screen, three on a wide one."""
        self._rows_shown = rows
        if self._board is not None:
            self.show_board(self._board)

    @property
    def board(self) -> BoardView | None:
        return self._board

    def show_board(self, board: BoardView) -> None:
        self._board = board
        while len(self._lines) < len(board.lines):
            row = len(self._lines)
            cells = (label("board-place", wrap=False), label("board-name", wrap=False),
                     label("board-votes", wrap=False))
            cells[2].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, cell in enumerate(cells):
                self.rows.addWidget(cell, row, column)
            self._lines.append(cells)
        for index, cells in enumerate(self._lines):
            for cell in cells:
                cell.setVisible(index < min(len(board.lines), self._rows_shown))
        self.retranslate()

    def retranslate(self) -> None:
        board = self._board
        if board is None:
            return
        year, month = (int(part) for part in board.period.split("-"))
        # The month as each language names it (a pattern the translators choose).
        pattern = self.tr("MMMM yyyy")
        month_text = QLocale().toString(QDate(year, month, 1), pattern)
        self.title.setText(fill(self.tr("Cast ranking · %1"), month_text))
        japanese = current_language() == "ja"
        for line, (place, name, votes) in zip(board.lines, self._lines, strict=False):
            place.setText(number(line.position))
            name.setText(line.stage_name_ja if japanese else line.stage_name_en)
            count = line.votes
            votes.setText(self.tr("%n vote(s)", "", count))
        self.stamp.setText(fill(self.tr("As of %1 (from the office)"),
                                date_time(board.fetched_at, self._timezone)))
