"""Applying one page of the office's changes to the kiosk store (inside the caller's
transaction, with the cursor).

A page holds up to 1,000 producers; everything about them is read and written in a handful
of set-wise queries (not a few per producer), so a fresh kiosk pulls 100,000 balances in
seconds. A producer's cached balance becomes the office's balance plus this kiosk's own
still-pending deltas, so nothing is counted twice or lost.
"""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from typing import Any, cast

from peewee import fn

from kiosk.db.models import (
    Card,
    CastMember,
    KioskState,
    RankingSnapshot,
    TrustedKey,
    database_proxy,
)
from kiosk.db.office_rules import RULES_KEY
from kiosk.db.store import now_iso
from kiosk.domain.ledger import EntryKind
from kiosk.domain.producer_number import ProducerNumber
from kiosk.domain.rules import RuleBook
from kiosk.sync.protocol import Changes, ProducerBalance


def apply_changes(changes: Changes, rules: RuleBook) -> None:
    _apply_keys(changes)
    if changes.producers:
        _apply_producers(changes.producers, rules)
    for member in changes.cast:
        CastMember.insert(cast_id=member.cast_id, stage_name_ja=member.stage_name_ja,
                          stage_name_en=member.stage_name_en, active=int(member.active),
                          sort_order=member.sort_order).on_conflict(
            conflict_target=[CastMember.cast_id],
            preserve=[CastMember.stage_name_ja, CastMember.stage_name_en,
                      CastMember.active, CastMember.sort_order]).execute()
    if changes.rules is not None:
        # Used from the next start: a running kiosk keeps one rule book all day.
        KioskState.insert(key=RULES_KEY, value=changes.rules.text).on_conflict_replace(
        ).execute()
    stamp = changes.server_time.isoformat()
    for board in changes.boards:
        entries = json.dumps([[e.cast_id, e.votes] for e in board.entries])
        RankingSnapshot.insert(period=board.period, entries=entries, fetched_at=stamp
                               ).on_conflict_replace().execute()


def _apply_keys(changes: Changes) -> None:
    for key in changes.kiosk_keys:
        raw = base64.b64decode(key.public_key)
        revoked = now_iso() if key.revoked else None
        TrustedKey.insert(key_id=key.key_id, public_key=raw, label="office",
                          added_at=now_iso(), revoked_at=revoked).on_conflict(
            conflict_target=[TrustedKey.key_id],
            update={TrustedKey.revoked_at: fn.COALESCE(TrustedKey.revoked_at, revoked)
                    if revoked else None}).execute()


def _where_in(sql: str, values: list[Any], *before: Any) -> list[tuple[Any, ...]]:
    """Run `sql` with its `IN ({})` filled by `values` as parameters (plain SQL: peewee
    spends longer building a 1,000-value IN list than SQLite spends answering it)."""
    if not values:
        return []
    db = cast(Any, database_proxy)
    cursor = db.execute_sql(sql.format(", ".join("?" * len(values))), (*before, *values))
    return list(cursor.fetchall())


def _insert(sql: str, rows: list[tuple[Any, ...]]) -> None:
    """Plain `executemany`: building multi-row INSERTs through peewee cost 20 s per
    100,000 producers in Python alone."""
    if rows:
        cast(Any, database_proxy).cursor().executemany(sql, rows)


def _apply_producers(balances: list[ProducerBalance], rules: RuleBook) -> None:
    ids = _ensure_producers(balances)
    _apply_passwords(balances, ids)
    _apply_blocks(balances, ids)
    _apply_cards(balances, ids)
    pending = {producer_id: (int(pv), int(points)) for producer_id, pv, points in _where_in(
        'SELECT "producer_id", SUM("pv_delta"), SUM("push_delta") FROM "ledger_entry" '
        'WHERE "synced_at" IS NULL AND "producer_id" IN ({}) GROUP BY "producer_id"',
        list(ids.values()))}
    stamp = datetime.now(UTC).isoformat()
    rows = []
    for balance in balances:
        producer_id = ids[balance.number]
        own_pv, own_points = pending.get(producer_id, (0, 0))
        pv = balance.pv_earned + own_pv
        rows.append((producer_id, pv, balance.push_points + own_points,
                     rules.rank_for(pv).number, rules.version, stamp))
    _insert('INSERT OR REPLACE INTO "balance_cache" ("producer_id", "pv_earned", '
            '"push_points", "rank_number", "rule_version", "updated_at") '
            'VALUES (?, ?, ?, ?, ?, ?)', rows)


def _ensure_producers(balances: list[ProducerBalance]) -> dict[str, int]:
    """Number → local id, creating the producers this kiosk has not seen yet."""
    by_number = 'SELECT "number", "id" FROM "producer" WHERE "number" IN ({})'
    ids = {number: producer_id for number, producer_id in _where_in(
        by_number, [b.number for b in balances])}
    stamp = now_iso()
    new = []
    for balance in balances:
        if balance.number in ids:
            continue
        number = ProducerNumber.parse(balance.number)
        new.append((balance.number, number.kiosk, number.serial, balance.nickname,
                    balance.language, balance.login_id, balance.password_hash, stamp, stamp))
    if new:
        _insert('INSERT INTO "producer" ("number", "kiosk_number", "serial", "nickname", '
                '"language", "login_id", "password_hash", "consented_at", "created_at") '
                'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', new)
        ids.update({number: producer_id for number, producer_id in _where_in(
            by_number, [row[0] for row in new])})
    return ids


def _apply_passwords(balances: list[ProducerBalance], ids: dict[str, int]) -> None:
    """A password reset at another kiosk: this kiosk's manual login follows the office's
    hash, except while a reset made here waits to be sent (the office's hash is older; it
    is the newer hash this kiosk's outbox must send, so it must not be overwritten)."""
    waiting = {producer_id for (producer_id,) in _where_in(
        'SELECT DISTINCT "producer_id" FROM "ledger_entry" WHERE "synced_at" IS NULL '
        'AND "kind" = ? AND "producer_id" IN ({})', list(ids.values()),
        EntryKind.PASSWORD_RESET.value)}
    _insert('UPDATE "producer" SET "password_hash" = ? WHERE "id" = ? '
            'AND "password_hash" <> ?',
            [(b.password_hash, ids[b.number], b.password_hash) for b in balances
             if ids[b.number] not in waiting])


def _apply_blocks(balances: list[ProducerBalance], ids: dict[str, int]) -> None:
    """The office's push block: set when it arrives, cleared when staff lifted it."""
    blocked = [ids[b.number] for b in balances if b.push_blocked]
    free = [ids[b.number] for b in balances if not b.push_blocked]
    _where_in('UPDATE "producer" SET "push_blocked_at" = ? '
              'WHERE "push_blocked_at" IS NULL AND "id" IN ({})', blocked, now_iso())
    _where_in('UPDATE "producer" SET "push_blocked_at" = NULL '
              'WHERE "push_blocked_at" IS NOT NULL AND "id" IN ({})', free)


def _apply_cards(balances: list[ProducerBalance], ids: dict[str, int]) -> None:
    known = {(card_id, generation): revoked for card_id, generation, revoked in _where_in(
        'SELECT "card_id", "generation", "revoked_at" FROM "card" WHERE "producer_id" IN ({})',
        list(ids.values()))}
    stamp = now_iso()
    new: list[tuple[Any, ...]] = []
    revoke = []
    for balance in balances:
        for card in balance.cards:
            key = (card.card_id, card.generation)
            if key not in known:
                new.append((card.card_id, card.generation, ids[balance.number], stamp,
                            stamp if card.revoked else None))
                known[key] = None
            elif card.revoked and known[key] is None:
                revoke.append(key)
    # Cards issued elsewhere: no token or key id here (the scanned card carries both).
    _insert('INSERT INTO "card" ("card_id", "generation", "producer_id", "key_id", "token", '
            '"issued_at", "revoked_at") VALUES (?, ?, ?, \'\', \'\', ?, ?)', new)
    for card_id, generation in revoke:
        Card.update(revoked_at=stamp).where((Card.card_id == card_id)
                                            & (Card.generation == generation)).execute()
