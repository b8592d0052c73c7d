"""The rankings as the manager runs them: this month live, the year, the top producers of
each cast member (with their numbers: the console is for staff), closing a month — its
board frozen as announced at the award evening — and the boards as CSV."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass

from kiosk.server import rankings
from kiosk.server.models import OfficeCast
from kiosk.server.models_console import ClosedMonth
from kiosk.server.office.base import now_iso
from kiosk.server.office.web_ledger import WebLedger
from kiosk.sync.protocol import RankingBoard, RankingEntry


class MonthNotOver(ValueError):
    """A month is closed once it has ended (Tokyo time), and only once."""


@dataclass(frozen=True)
class Closed:
    month: str
    board: RankingBoard
    closed_at: str
    closed_by: str


class RankingDesk(WebLedger):

    def ranking(self, period: str) -> RankingBoard:
        """A month's board (YYYY-MM) or the year's table (YYYY), as kiosks, the website
        and the console show it."""
        top = self.rules.ranking_honoured_top
        with self.reading():
            if len(period) == 4:
                return rankings.yearly_board(period, top)
            return rankings.monthly_board(period, top)

    def closed_month(self, month: str) -> Closed | None:
        with self.reading():
            row = ClosedMonth.get_or_none(ClosedMonth.month == month)
        if row is None:
            return None
        entries = [RankingEntry(position=p, cast_id=c, votes=v) for p, c, v in
                   json.loads(row.board)]
        return Closed(row.month, RankingBoard(period=row.month, entries=entries),
                      row.closed_at, row.closed_by)

    def close_month(self, month: str, by: str) -> Closed:
        """Freeze `month`'s board as it stands now (it must be over); the caller audits."""
        if month >= self.month_of_now():
            raise MonthNotOver(month)
        board = self.ranking(month)
        with self.db.connection_context(), self.db.atomic():
            if ClosedMonth.get_or_none(ClosedMonth.month == month) is not None:
                raise MonthNotOver(month)
            ClosedMonth.create(month=month, closed_by=by, closed_at=now_iso(),
                               board=json.dumps([[e.position, e.cast_id, e.votes]
                                                 for e in board.entries]))
        closed = self.closed_month(month)
        assert closed is not None
        return closed

    def board_csv(self, period: str) -> str:
        board = self.ranking(period)
        with self.reading():
            names = {c.cast_id: (c.stage_name_ja, c.stage_name_en)
                     for c in OfficeCast.select()}
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["period", "position", "cast_id", "stage_name_ja", "stage_name_en",
                         "votes"])
        for entry in board.entries:
            ja, en = names.get(entry.cast_id, ("", ""))
            writer.writerow([board.period, entry.position, entry.cast_id, ja, en,
                             entry.votes])
        return out.getvalue()
