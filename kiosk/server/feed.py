"""The change feed kiosks pull: producers, cards, kiosk keys, the cast roster, the rules and
the ranking boards.

Every office write transaction takes the feed counter first and holds it to commit, so
change ids become visible in order; a page reads the counter's committed value (`head`)
first and never returns a row above it. Rows at or below `head` are all committed, rows above
it belong to a writer still running, so a cursor can never jump over a row that commits late
(the trap of PostgreSQL sequences, which hand out numbers in start order, not commit order).
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from pydantic import ValidationError

from kiosk.domain.rules import RuleBook
from kiosk.server.hot_sql import FEED_BALANCES, FEED_CARDS, all_rows
from kiosk.server.models import (
    Counter,
    Kiosk,
    OfficeCast,
    OfficeProducer,
    OfficeSigningKey,
    PublishedRules,
    office_db,
)
from kiosk.server.rankings import month_of, monthly_board, previous_month
from kiosk.sync.protocol import (
    CardState,
    CastRecord,
    Changes,
    KioskKey,
    ProducerBalance,
    RulesRecord,
)

log = logging.getLogger(__name__)
FEED = "changes"


def changes_page(since: int, limit: int, now: datetime, rules: RuleBook) -> Changes:
    timezone, top = rules.timezone, rules.ranking_honoured_top
    head = int(Counter.get(Counter.name == FEED).value)
    rows = all_rows(office_db, FEED_BALANCES, (since, head, limit + 1))
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = rows[-1][-1] if more else max(head, since)
    page = Changes(cursor=cursor, server_time=now, producers=_balances(rows, since, rules),
                   kiosk_keys=_keys(), more=more, cast=_cast(since, cursor),
                   rules=_rules(since, cursor))
    if more:
        return page
    month = month_of(now, timezone)
    return page.model_copy(update={"boards": [monthly_board(month, top),
                                              monthly_board(previous_month(month), top)]})


def _balances(rows: list[tuple[Any, ...]], since: int, rules: RuleBook
              ) -> list[ProducerBalance]:
    """The page's rows (fixed SQL, `hot_sql.FEED_BALANCES`) as balances with their cards."""
    if not rows:
        return []
    cards: dict[str, list[CardState]] = {}
    for number, card_id, generation, revoked_at in all_rows(
            office_db, FEED_CARDS, (since, rows[-1][-1])):
        cards.setdefault(number, []).append(CardState(
            card_id=card_id, generation=generation, revoked=revoked_at is not None))
    as_time = OfficeProducer.last_visit_at.python_value     # SQLite answers text
    balances = []
    for (number, nickname, language, login_id, password_hash, pv, points, overdrawn_at,
         last_visit, _change) in rows:
        last_visit_at = None if last_visit is None else as_time(last_visit)  # type: ignore[no-untyped-call]
        try:
            balances.append(ProducerBalance(
                number=number, nickname=nickname, language=language, login_id=login_id,
                password_hash=password_hash, pv_earned=pv, push_points=points,
                cards=cards.get(number, []), push_blocked=overdrawn_at is not None,
                rank=rules.rank_for(pv).number, last_visit_at=last_visit_at))
        except ValidationError as exc:
            # One unreadable record must not stop every kiosk's pull: left out, and said
            # loudly (`kiosk-server quarantine` sets it aside for good).
            log.error("producer %r left out of the change feed: %s", number,
                      exc.errors()[0].get("msg"))
    return balances


def _keys() -> list[KioskKey]:
    """Every kiosk's key, and the office's own (it signs the card the website shows)."""
    return [*(KioskKey(key_id=k.key_id, public_key=k.public_key,
                       revoked=k.disabled_at is not None)
              for k in Kiosk.select().order_by(Kiosk.number)),
            *(KioskKey(key_id=k.key_id, public_key=k.public_key, revoked=False)
              for k in OfficeSigningKey.select().order_by(OfficeSigningKey.created_at))]


def _cast(since: int, upto: int) -> list[CastRecord]:
    return [CastRecord(cast_id=c.cast_id, stage_name_ja=c.stage_name_ja,
                       stage_name_en=c.stage_name_en, active=bool(c.active),
                       sort_order=c.sort_order, photo=c.photo_sha256)
            for c in OfficeCast.select().where((OfficeCast.change_id > since)
                                               & (OfficeCast.change_id <= upto))
            .order_by(OfficeCast.sort_order, OfficeCast.cast_id)]


def _rules(since: int, upto: int) -> RulesRecord | None:
    newest = (PublishedRules.select().order_by(PublishedRules.version.desc()).first())
    if newest is None or not since < newest.change_id <= upto:
        return None
    return RulesRecord(version=newest.version, text=newest.text)
