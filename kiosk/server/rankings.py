"""The cast ranking: votes per calendar month in Tokyo time by the office's clock, and the
year as the sum of its months.

Ties are broken deterministically: whoever reached the tally first (the first vote of the
month; for the year, of the earliest month with votes), then by cast id.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from peewee import fn

from kiosk.server.models import CastMonth, tuples
from kiosk.sync.protocol import RankingBoard, RankingEntry


def month_of(moment: datetime, timezone: str) -> str:
    return moment.astimezone(ZoneInfo(timezone)).strftime("%Y-%m")


def previous_month(month: str) -> str:
    year, number = (int(part) for part in month.split("-"))
    return f"{year - 1}-12" if number == 1 else f"{year}-{number - 1:02d}"


def add_votes(votes: dict[str, int], month: str, now: str) -> None:
    """Count the votes of one batch in `month` (the caller's transaction)."""
    for cast_id, count in sorted(votes.items()):
        CastMonth.insert(cast_id=cast_id, month=month, votes=count,
                         first_reached=now).on_conflict(
            conflict_target=[CastMonth.cast_id, CastMonth.month],
            update={CastMonth.votes: CastMonth.votes + count}).execute()


def monthly_board(month: str, top: int) -> RankingBoard:
    rows = tuples(CastMonth.select(CastMonth.cast_id, CastMonth.votes)
                  .where(CastMonth.month == month)
                  .order_by(CastMonth.votes.desc(), CastMonth.first_reached, CastMonth.cast_id)
                  .limit(top))
    return _board(month, rows)


def yearly_board(year: str, top: int) -> RankingBoard:
    total = fn.SUM(CastMonth.votes)
    rows = tuples(CastMonth.select(CastMonth.cast_id, total)
                  .where(CastMonth.month.startswith(f"{year}-"))
                  .group_by(CastMonth.cast_id)
                  .order_by(total.desc(), fn.MIN(CastMonth.first_reached), CastMonth.cast_id)
                  .limit(top))
    return _board(year, rows)


def _board(period: str, rows: list[tuple[Any, ...]]) -> RankingBoard:
    return RankingBoard(period=period, entries=[
        RankingEntry(position=i + 1, cast_id=cast_id, votes=int(votes))
        for i, (cast_id, votes) in enumerate(rows)])
