"""The cast ranking board on the attract loop: this month's top five, as the office sent it.

Each place shows the cast member's face (her roster photo, else her initial: `cast_photo`),
her name and her votes; the first three places wear gold, silver and bronze. The stamp says
when the office sent the board, because a kiosk that has been offline shows an old board
and customers should see that rather than be misled. Faces are sized to the room the loop
gives the board, so five places fit a tall screen and a wide one alike.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.services.ranking_view import BoardLine, BoardView
from kiosk.ui.formatting import current_language, date_time, fill, number
from kiosk.ui.scale import px
from kiosk.ui.widgets.basic import label
from kiosk.ui.widgets.cast_photo import cast_pixmap

MEDALS = {1: "#E0A800", 2: "#9EA7B3", 3: "#C27C4A"}     # gold, silver, bronze
OTHER_PLACE = "#E7B3C9"


class RankingBoardPanel(QWidget):
    def __init__(self, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timezone = timezone
        self._board: BoardView | None = None
        self._face = px(80)
        self.setObjectName("board")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#board { background: white; border-radius: 32px; }")
        # Takes the room the loop gives it (the guide teaser's), never asks for more: the
        # loop must not move anything when the board's turn comes.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(px(40), px(24), px(40), px(24))
        layout.setSpacing(px(12))
        self.title = label("board-title", centre=True)   # two lines where the month is long
        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(px(20))
        self.rows.setVerticalSpacing(px(10))
        self.rows.setColumnStretch(2, 1)
        self.stamp = label("status", wrap=False, centre=True)
        layout.addWidget(self.title)
        layout.addStretch(1)
        layout.addLayout(self.rows)
        layout.addStretch(1)
        layout.addWidget(self.stamp)
        self._lines: list[tuple[QLabel, QLabel, QLabel, QLabel]] = []
        self._rows_shown = 5

    def set_rows(self, rows: int) -> None:
        """How many places to show (five unless the loop's room is very short)."""
        self._rows_shown = rows
        if self._board is not None:
            self.show_board(self._board)

    @property
    def board(self) -> BoardView | None:
        return self._board

    def names(self) -> list[str]:
        """The names on show, first place first."""
        return [cells[2].text() for cells in self._lines if not cells[2].isHidden()]

    @property
    def face_size(self) -> int:
        return self._face

    def show_board(self, board: BoardView) -> None:
        self._board = board
        while len(self._lines) < len(board.lines):
            row = len(self._lines)
            cells = (QLabel(), QLabel(), label("board-name", wrap=False),
                     label("board-votes", wrap=False))
            cells[3].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, cell in enumerate(cells):
                self.rows.addWidget(cell, row, column)
            self._lines.append(cells)
        for index, cells in enumerate(self._lines):
            for cell in cells:
                cell.setVisible(index < min(len(board.lines), self._rows_shown))
        self._draw_faces()
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        """Faces as large as the height allows (between 48 and 112 reference px)."""
        super().resizeEvent(event)
        rows = max(1, self._rows_shown)
        inner = self.width() - px(80)
        title = self.title.heightForWidth(inner) if inner > 0 else self.title.sizeHint().height()
        fixed = title + self.stamp.sizeHint().height() + px(48 + 36)
        room = (self.height() - fixed) / rows - self.rows.verticalSpacing()
        face = int(max(px(48), min(px(112), room)))
        if face != self._face:
            self._face = face
            self._draw_faces()

    def _draw_faces(self) -> None:
        board = self._board
        if board is None:
            return
        for line, (place, face, _, _) in zip(board.lines, self._lines, strict=False):
            place.setPixmap(_place_badge(line.position, round(self._face * 0.62)))
            face.setPixmap(cast_pixmap(line.photo, _name(line, "en"), self._face, "#F3C1D6"))

    def retranslate(self) -> None:
        board = self._board
        if board is None:
            return
        year, month = (int(part) for part in board.period.split("-"))
        # The month as each language names it (a pattern the translators choose).
        pattern = self.tr("MMMM yyyy")
        month_text = QLocale().toString(QDate(year, month, 1), pattern)
        self.title.setText(fill(self.tr("Cast ranking · %1"), month_text))
        language = current_language()
        for line, (_, _, name, votes) in zip(board.lines, self._lines, strict=False):
            name.setText(_name(line, language))
            count = line.votes
            votes.setText(self.tr("%n vote(s)", "", count))
        self.stamp.setText(fill(self.tr("As of %1"),
                                date_time(board.fetched_at, self._timezone)))


def _name(line: BoardLine, language: str) -> str:
    return line.stage_name_ja if language == "ja" else line.stage_name_en


def _place_badge(position: int, side: int) -> QPixmap:
    """The place as a round badge: gold, silver, bronze, then the café's soft pink."""
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(MEDALS.get(position, OTHER_PLACE)))
    painter.drawEllipse(QRectF(0, 0, side, side))
    font = QFont()
    font.setPixelSize(max(8, round(side * 0.5)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white" if position in MEDALS else "#8E1446"))
    painter.drawText(QRectF(0, 0, side, side), Qt.AlignmentFlag.AlignCenter, number(position))
    painter.end()
    return pixmap
