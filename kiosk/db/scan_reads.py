"""The reads behind every card scan, as fixed SQL.

A scan reads a handful of rows through indexes (the card, its producer and balance, the
last few ledger rows, today's visit, the PV the card was printed with). Through peewee
each of those queries has its text built anew from its expression tree on every call —
about half a millisecond each, most of a scan's lookup — while SQLite answers each in a
few microseconds. These statements are written once; the rows come back as plain tuples.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kiosk.db.kiosk_state import StateKey
from kiosk.db.models import Producer, database_proxy

_PRODUCER_COLUMNS = ('p."id", p."number", p."nickname", p."language", p."office_visit_at", '
                     'b."pv_earned", b."push_points"')

NEWEST_CARD = (
    f'SELECT c."generation", c."revoked_at", {_PRODUCER_COLUMNS} '
    'FROM "card" AS c JOIN "producer" AS p ON p."id" = c."producer_id" '
    'LEFT JOIN "balance_cache" AS b ON b."producer_id" = p."id" '
    'WHERE c."card_id" = ? ORDER BY c."generation" DESC LIMIT 1')

PRODUCER = (
    f'SELECT {_PRODUCER_COLUMNS} FROM "producer" AS p '
    'LEFT JOIN "balance_cache" AS b ON b."producer_id" = p."id" WHERE p."id" = ?')

HISTORY = (
    'SELECT e."kind", e."recorded_at", e."pv_delta", e."push_delta", e."votes", '
    'm."stage_name_ja", m."stage_name_en", e."synced_at", e."rejected_at" '
    'FROM "ledger_entry" AS e LEFT JOIN "cast_member" AS m ON m."cast_id" = e."cast_id" '
    'WHERE e."producer_id" = ? ORDER BY e."id" DESC LIMIT ?')

VISITED_ON = (
    'SELECT EXISTS (SELECT 1 FROM "ledger_entry" WHERE "producer_id" = ? '
    'AND "kind" = \'visit\' AND "business_day" = ?)')

NEWEST_CARD_OF_PRODUCER = (
    'SELECT "generation", "issued_at" FROM "card" WHERE "producer_id" = ? '
    'ORDER BY "generation" DESC LIMIT 1')

PV_UP_TO = (
    'SELECT COALESCE(SUM("pv_delta"), 0) FROM "ledger_entry" '
    'WHERE "producer_id" = ? AND "recorded_at" <= ?')

STATE = 'SELECT "value" FROM "kiosk_state" WHERE "key" = ?'


@dataclass(frozen=True)
class ProducerRow:
    """A producer as a scan shows them: who, and the balance cache's totals."""

    producer_id: int
    number: str                      # digits, check digit included
    nickname: str
    language: str
    office_visit_at: str | None      # the office's latest visit elsewhere, ISO-8601
    pv_earned: int
    push_points: int


@dataclass(frozen=True)
class NewestCard:
    generation: int
    revoked_at: str | None
    producer: ProducerRow


@dataclass(frozen=True)
class HistoryRow:
    kind: str
    recorded_at: str
    pv_delta: int
    push_delta: int
    votes: int
    cast_name_ja: str | None
    cast_name_en: str | None
    synced_at: str | None
    rejected_at: str | None


def _rows(sql: str, *params: object) -> list[tuple[Any, ...]]:
    cursor = database_proxy.execute_sql(sql, params)
    return list(cursor.fetchall())


def _producer(row: tuple[Any, ...]) -> ProducerRow:
    producer_id, number, nickname, language, visit, pv, points = row
    return ProducerRow(int(producer_id), str(number), str(nickname), str(language), visit,
                       int(pv or 0), int(points or 0))


def newest_card(card_id: int) -> NewestCard | None:
    """The newest generation this kiosk knows of card `card_id`, with its producer."""
    rows = _rows(NEWEST_CARD, card_id)
    if not rows:
        return None
    generation, revoked_at, *producer = rows[0]
    return NewestCard(int(generation), revoked_at, _producer(tuple(producer)))


def producer(producer_id: int) -> ProducerRow:
    """The producer and their balance (`Producer.DoesNotExist` as `get_by_id` would)."""
    rows = _rows(PRODUCER, producer_id)
    if not rows:
        raise Producer.DoesNotExist(f"no producer {producer_id}")  # type: ignore[attr-defined]
    return _producer(rows[0])


def history(producer_id: int, length: int) -> list[HistoryRow]:
    """The producer's latest `length` ledger rows, newest first, with cast members' names."""
    return [HistoryRow(*row) for row in _rows(HISTORY, producer_id, length)]


def visited_on(producer_id: int, business_day: str) -> bool:
    """Whether this kiosk's ledger has a visit of the producer on `business_day`."""
    return bool(_rows(VISITED_ON, producer_id, business_day)[0][0])


def newest_card_of(producer_id: int) -> tuple[int, str] | None:
    """(generation, issued_at) of the producer's newest card, if they have one."""
    rows = _rows(NEWEST_CARD_OF_PRODUCER, producer_id)
    return (int(rows[0][0]), str(rows[0][1])) if rows else None


def pv_up_to(producer_id: int, moment: str) -> int:
    """PV the producer earned in rows recorded up to `moment` (ISO-8601 text)."""
    return int(_rows(PV_UP_TO, producer_id, moment)[0][0])


def state(key: StateKey) -> str | None:
    rows = _rows(STATE, key.value)
    return None if not rows else str(rows[0][0])
