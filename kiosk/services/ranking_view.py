"""The office's ranking board as the kiosk last received it, for the attract screen.

The office is the authority on the ranking (its clock, every kiosk's votes); the kiosk only
shows the copy that came down with the last pull, stamped with when the office sent it.
This month's board if there is one, else the newest the kiosk has (e.g. just after the
month turned, before the next pull).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from kiosk.db.ledger import cast_month
from kiosk.db.models import CastMember, RankingSnapshot
from kiosk.db.store import Store, store_errors
from kiosk.domain.rules import RuleBook
from kiosk.services.cast_photos import resolve_photo


@dataclass(frozen=True)
class BoardLine:
    position: int
    cast_id: str
    stage_name_ja: str
    stage_name_en: str
    votes: int
    photo: str | None = None     # an absolute path to an existing file, or None


@dataclass(frozen=True)
class BoardView:
    period: str                  # YYYY-MM
    fetched_at: datetime         # the office's clock when it sent the board
    lines: tuple[BoardLine, ...]


class RankingService:
    def __init__(self, store: Store, rules: RuleBook,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._store = store
        self._rules = rules
        self._clock = clock

    def board(self, top: int = 5) -> BoardView | None:
        month = cast_month(self._clock(), self._rules)
        with store_errors():
            row = (RankingSnapshot.get_or_none(RankingSnapshot.period == month)
                   or RankingSnapshot.select().order_by(RankingSnapshot.period.desc()).first())
            if row is None:
                return None
            entries = [(str(cast_id), int(votes))
                       for cast_id, votes in json.loads(row.entries)][:top]
            names = {m.cast_id: m for m in CastMember.select().where(
                CastMember.cast_id.in_([cast_id for cast_id, _ in entries]))}
        if not entries:
            return None
        data_dir = self._store.path.parent
        lines = tuple(
            BoardLine(position, cast_id,
                      names[cast_id].stage_name_ja if cast_id in names else cast_id,
                      names[cast_id].stage_name_en if cast_id in names else cast_id, votes,
                      resolve_photo(data_dir, names[cast_id].photo) if cast_id in names
                      else None)
            for position, (cast_id, votes) in enumerate(entries, start=1))
        return BoardView(row.period, datetime.fromisoformat(row.fetched_at), lines)
