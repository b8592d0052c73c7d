"""The outbox: the next batch of unsynced ledger rows as wire events.

Read with two plain SQL queries (the rows with their producers, then the producer records
and first cards that registrations carry), served by the partial index on unsynced rows, so
fetching a batch costs the same whether the ledger holds a thousand rows or ten million.
Every event is validated against the wire format here: a row the office would refuse whole
(and with it the batch) is set aside with its sequence number and reason, and the engine
records it as refused, so the queue never stalls on it.

Every event names the producer's card (one id through every reissue), so the office can
tell the producer it belongs to from another who was given the same number.

A password reset carries the producer's hash as it is when sent (the ledger keeps no copy of
a secret): two resets before a sync both carry the newest, and the office applies them in
sequence order, so the last one wins.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from pydantic import ValidationError

from kiosk.db.models import database_proxy
from kiosk.domain.ledger import EntryKind
from kiosk.sync.protocol import (
    CardRecord,
    EventBatch,
    EventIn,
    EventKind,
    EventResult,
    ProducerRecord,
)

log = logging.getLogger(__name__)

_PENDING = (
    'SELECT l."uuid", l."seq", p."number", p."id", l."kind", l."pv_delta", l."push_delta", '
    'l."votes", l."cast_id", l."yen", l."receipt", l."rule_version", l."business_day", '
    'l."recorded_at", c."card_id", c."generation", c."key_id", p."password_hash", '
    '(SELECT MIN(o."card_id") FROM "card" AS o WHERE o."producer_id" = l."producer_id") '
    'FROM "ledger_entry" AS l JOIN "producer" AS p ON p."id" = l."producer_id" '
    'LEFT JOIN "card" AS c ON c."producer_id" = l."producer_id" '
    'AND c."generation" = l."card_generation" '
    'WHERE l."synced_at" IS NULL AND l."seq" > ? ORDER BY l."seq" LIMIT ?')
_RECORDS = (
    'SELECT p."id", p."number", p."nickname", p."language", p."login_id", p."password_hash", '
    'c."card_id", c."generation", c."key_id" FROM "producer" AS p '
    'JOIN "card" AS c ON c."producer_id" = p."id" WHERE p."id" IN ({}) '
    'ORDER BY c."generation" DESC')


def _query(sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    db = cast(Any, database_proxy)
    return list(db.execute_sql(sql, params).fetchall())


@dataclass(frozen=True)
class Pending:
    """The next batch to send, and the rows this kiosk cannot send at all (a row the wire
    format refuses: e.g. a receipt longer than the office takes); the engine records those
    as refused, so one such row never stalls the queue."""

    batch: EventBatch | None
    unsendable: list[EventResult]


def pending_batch(limit: int) -> EventBatch | None:
    """The oldest `limit` unsynced events in sequence order, or None when all are synced."""
    return pending_events(limit).batch


def pending_events(limit: int, after_seq: int = 0) -> Pending:
    """The oldest `limit` unsynced events after sequence number `after_seq` (the engine
    reads the next batch while the office takes in the one before it)."""
    rows = _query(_PENDING, (after_seq, limit))
    if not rows:
        return Pending(None, [])
    registered = tuple({row[3] for row in rows if row[4] == EntryKind.REGISTRATION.value})
    records: dict[int, Any] = {}
    if registered:
        marks = ", ".join("?" * len(registered))
        for (producer_id, number, nickname, language, login_id, password_hash, card_id,
             generation, key_id) in _query(_RECORDS.format(marks), registered):
            records[producer_id] = {                     # the lowest generation comes last
                "number": number, "nickname": nickname, "language": language,
                "login_id": login_id, "password_hash": password_hash, "card_id": card_id,
                "generation": generation, "key_id": key_id}
    events: list[EventIn] = []
    unsendable: list[EventResult] = []
    for row in rows:
        try:
            events.append(_event(row, records))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(part) for part in first.get("loc", ()))
            log.error("ledger row %s (seq %d) cannot be sent: %s: %s", row[0], row[1], where,
                      first.get("msg"))
            unsendable.append(EventResult(
                uuid=row[0], status="rejected", problem="malformed",
                reason=f"this kiosk cannot send it ({where}: {first.get('msg')})"))
    return Pending(EventBatch(events=events) if events else None, unsendable)


def _event(row: tuple[Any, ...], records: dict[int, Any]) -> EventIn:
    (uuid, seq, number, producer_id, kind, pv, push, votes, cast_id, yen, receipt,
     rule_version, business_day, recorded_at, card_id, generation, key_id, password_hash,
     own_card) = row
    return EventIn(
        uuid=uuid, seq=seq, producer_number=number, card_id=own_card,
        kind=cast(EventKind, kind), pv_delta=pv, push_delta=push, votes=votes,
        cast_id=cast_id, yen=yen, receipt=receipt, rule_version=rule_version,
        business_day=business_day, recorded_at=datetime.fromisoformat(recorded_at),
        producer=ProducerRecord.model_validate(records[producer_id])
        if kind == EntryKind.REGISTRATION.value and producer_id in records else None,
        card=CardRecord(card_id=card_id, generation=generation, key_id=key_id)
        if kind == EntryKind.CARD_ISSUE.value else None,
        password_hash=password_hash if kind == EntryKind.PASSWORD_RESET.value else None)
