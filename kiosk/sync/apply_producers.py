"""Applying a page's producers to the kiosk store (inside the caller's transaction).

A page holds up to 1,000 producers; everything about them is read and written in a handful
of set-wise queries (not a few per producer), so a fresh kiosk pulls 100,000 balances in
seconds. A producer's cached balance becomes the office's balance plus this kiosk's own
still-pending deltas, so nothing is counted twice or lost.

Nothing the office sends may stop the pull. Before anything is written, each record is
screened: a number that is not canonical, a login ID or card this kiosk knows under another
producer, is left out and reported (`PullProblem`). A number this kiosk gave a person the
office does not know (a kiosk restored from an old backup, registering before it synced) is
not merged with the office's person: the local person gets a new number first
(`refusals.give_new_number`). Should the store still refuse the set-wise writes, each
producer is applied alone in a savepoint, and only the ones that fail are left out.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any, cast

from peewee import IntegrityError

from kiosk.db.models import Card, KioskIdentity, database_proxy
from kiosk.db.store import now_iso
from kiosk.domain.ledger import EntryKind
from kiosk.domain.producer_number import ProducerNumber, ProducerNumberError
from kiosk.domain.rules import RuleBook
from kiosk.sync.feed_reader import problem
from kiosk.sync.protocol import ProducerBalance, PullProblem
from kiosk.sync.refusals import give_new_number

log = logging.getLogger(__name__)


def where_in(sql: str, values: list[Any], *before: Any) -> list[tuple[Any, ...]]:
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


def apply_producers(balances: list[ProducerBalance], rules: RuleBook,
                    now: datetime) -> list[PullProblem]:
    good, numbers, problems = _screen(balances, rules, now)
    try:
        with database_proxy.atomic():                # a savepoint
            _write(good, numbers, rules)
    except IntegrityError as exc:
        log.warning("a page of producers did not apply as a whole (%s): one by one", exc)
        for balance in good:
            try:
                with database_proxy.atomic():
                    _write([balance], numbers, rules)
            except IntegrityError as one:
                problems.append(problem("producer", balance.number, f"not applied: {one}"))
    for skipped in problems:
        log.error("pull: left out %s %r: %s", skipped.kind, skipped.key, skipped.reason)
    return problems


# ---- screening ---------------------------------------------------------------------------------

Numbers = dict[str, ProducerNumber]      # each readable record's number, parsed once


def _screen(balances: list[ProducerBalance], rules: RuleBook, now: datetime
            ) -> tuple[list[ProducerBalance], Numbers, list[PullProblem]]:
    problems: list[PullProblem] = []
    readable: dict[str, ProducerBalance] = {}
    numbers: Numbers = {}
    for balance in balances:
        parsed, reason = _read_number(balance.number)
        if reason is None and balance.number in readable:
            reason = "sent twice on one page"
        if parsed is None or reason is not None:
            problems.append(problem("producer", balance.number, reason or "unreadable"))
        else:
            readable[balance.number] = balance
            numbers[balance.number] = parsed
    _make_room(readable, numbers, rules, now, problems)
    clashes = _clashes(readable)
    for number, reason in clashes.items():
        problems.append(problem("producer", number, reason))
    return [b for n, b in readable.items() if n not in clashes], numbers, problems


def _read_number(number: str) -> tuple[ProducerNumber | None, str | None]:
    """The parsed number, or why it is not one as stored."""
    try:
        return ProducerNumber.from_stored(number), None
    except ProducerNumberError as exc:
        return None, f"not a producer number: {exc}"


def _make_room(readable: dict[str, ProducerBalance], numbers: Numbers, rules: RuleBook,
               now: datetime, problems: list[PullProblem]) -> None:
    """A number known here under another person: if this kiosk gave it, its person gets a
    new number (the office's record is the number's owner); otherwise left out."""
    identity = KioskIdentity.get_or_none()
    own_kiosk = identity.kiosk_number if identity is not None else None
    taken_above = max([numbers[n].serial for n in readable if numbers[n].kiosk == own_kiosk],
                      default=0)
    for number, producer_id, login_id, kiosk_number in where_in(
            'SELECT "number", "id", "login_id", "kiosk_number" FROM "producer" '
            'WHERE "number" IN ({})', list(readable)):
        if login_id == readable[number].login_id:
            continue
        if kiosk_number != own_kiosk:
            problems.append(problem("producer", number, "this number belongs to another "
                                                        "producer on this kiosk"))
            del readable[number]
            continue
        moved = give_new_number(producer_id, rules, now, taken_above)
        log.warning("producer %s registered here is not the office's %s: renumbered %s",
                    number, number, moved)


def _clashes(readable: dict[str, ProducerBalance]) -> dict[str, str]:
    """Records whose login ID or card this kiosk knows under another number."""
    clashes: dict[str, str] = {}
    logins = {b.login_id: n for n, b in readable.items()}
    for login_id, number in where_in('SELECT "login_id", "number" FROM "producer" '
                                     'WHERE "login_id" IN ({})', list(logins)):
        if number != logins[login_id]:
            clashes[logins[login_id]] = f"its login ID belongs to producer {number} here"
    cards = {card.card_id: n for n, b in readable.items() for card in b.cards}
    for card_id, number in where_in(
            'SELECT c."card_id", p."number" FROM "card" AS c JOIN "producer" AS p '
            'ON p."id" = c."producer_id" WHERE c."card_id" IN ({})', list(cards)):
        if number != cards[card_id]:
            clashes[cards[card_id]] = f"its card {card_id} belongs to producer {number} here"
    return clashes


# ---- writing -----------------------------------------------------------------------------------

def _write(balances: list[ProducerBalance], numbers: Numbers, rules: RuleBook) -> None:
    if not balances:
        return
    ids, created = _ensure_producers(balances, numbers)
    known = [b for b in balances if b.number not in created]   # the new ones are up to date
    _apply_passwords(known, ids)
    _apply_office_facts(known, ids)
    _apply_cards(balances, ids)
    pending = {producer_id: (int(pv), int(points)) for producer_id, pv, points in where_in(
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


def _ensure_producers(balances: list[ProducerBalance], numbers: Numbers
                      ) -> tuple[dict[str, int], set[str]]:
    """Number → local id, creating the producers this kiosk has not seen yet (with the
    office's password hash, push block and last visit, so nothing needs updating after),
    and the numbers created."""
    by_number = 'SELECT "number", "id" FROM "producer" WHERE "number" IN ({})'
    ids = {number: producer_id for number, producer_id in where_in(
        by_number, [b.number for b in balances])}
    stamp = now_iso()
    new = []
    for balance in balances:
        if balance.number in ids:
            continue
        number = numbers[balance.number]
        new.append((balance.number, number.kiosk, number.serial, balance.nickname,
                    balance.language, balance.login_id, balance.password_hash, stamp, stamp,
                    stamp if balance.push_blocked else None, _visit_text(balance)))
    if new:
        _insert('INSERT INTO "producer" ("number", "kiosk_number", "serial", "nickname", '
                '"language", "login_id", "password_hash", "consented_at", "created_at", '
                '"push_blocked_at", "office_visit_at") '
                'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', new)
        ids.update({number: producer_id for number, producer_id in where_in(
            by_number, [row[0] for row in new])})
    return ids, {row[0] for row in new}


def _visit_text(balance: ProducerBalance) -> str | None:
    """The producer's latest counted visit at any kiosk, as the store keeps times."""
    if balance.last_visit_at is None:
        return None
    return balance.last_visit_at.astimezone(UTC).isoformat(timespec="microseconds")


def _apply_passwords(balances: list[ProducerBalance], ids: dict[str, int]) -> None:
    """A password reset at another kiosk: this kiosk's manual login follows the office's
    hash, except while a reset made here waits to be sent (the office's hash is older; it
    is the newer hash this kiosk's outbox must send, so it must not be overwritten)."""
    waiting = {producer_id for (producer_id,) in where_in(
        'SELECT DISTINCT "producer_id" FROM "ledger_entry" WHERE "synced_at" IS NULL '
        'AND "kind" = ? AND "producer_id" IN ({})', list(ids.values()),
        EntryKind.PASSWORD_RESET.value)}
    _insert('UPDATE "producer" SET "password_hash" = ? WHERE "id" = ? '
            'AND "password_hash" <> ?',
            [(b.password_hash, ids[b.number], b.password_hash) for b in balances
             if ids[b.number] not in waiting])


def _apply_office_facts(balances: list[ProducerBalance], ids: dict[str, int]) -> None:
    """The office's push block (set when it arrives, cleared when staff lifted it) and the
    time of the producer's latest counted visit at any kiosk."""
    blocked = [ids[b.number] for b in balances if b.push_blocked]
    free = [ids[b.number] for b in balances if not b.push_blocked]
    where_in('UPDATE "producer" SET "push_blocked_at" = ? '
             'WHERE "push_blocked_at" IS NULL AND "id" IN ({})', blocked, now_iso())
    where_in('UPDATE "producer" SET "push_blocked_at" = NULL '
             'WHERE "push_blocked_at" IS NOT NULL AND "id" IN ({})', free)
    _insert('UPDATE "producer" SET "office_visit_at" = ? WHERE "id" = ?',
            [(_visit_text(b), ids[b.number]) for b in balances if b.last_visit_at is not None])


def _apply_cards(balances: list[ProducerBalance], ids: dict[str, int]) -> None:
    known = {(card_id, generation): revoked for card_id, generation, revoked in where_in(
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
