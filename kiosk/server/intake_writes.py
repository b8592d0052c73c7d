"""Writing what a batch changed (inside the caller's transaction): one `executemany` per
table for the new producers, cards, revocations, password hashes and events; then each
producer touched moves to its new feed position with its deltas and latest visit; and the
kiosk's acknowledgement mark moves past every event now stored without a gap.

On PostgreSQL the big writes go set-wise: new events, producers and cards by COPY, and the
producers' new balances as one UPDATE joined to arrays of the deltas. Row by row they were
a statement per row even in psycopg's pipeline mode, about half of a 2,000-event batch's
time at the office.
(SQLite runs `executemany` inside the process, with no round trips to save.)
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, cast

from peewee import PostgresqlDatabase

from kiosk.server.models import Kiosk, office_db

_ACK_PAGE = 1000
EVENT_COLUMNS = ("uuid", "kiosk_id", "seq", "producer_number", "kind", "pv_delta",
                 "push_delta", "votes", "cast_id", "content_hash", "rejected", "recorded_at",
                 "received_at", "business_day", "yen", "receipt", "card_id", "rule_version",
                 "problem")


@dataclass
class Effects:
    """What the batch changes, gathered before anything is written."""

    events: list[tuple[object, ...]] = field(default_factory=list)
    producers: list[tuple[object, ...]] = field(default_factory=list)
    cards: list[tuple[object, ...]] = field(default_factory=list)
    revoke: list[tuple[object, ...]] = field(default_factory=list)   # older generations
    passwords: list[tuple[object, ...]] = field(default_factory=list)  # in seq order
    visits: dict[str, str] = field(default_factory=dict)     # number → latest visit (UTC)
    deltas: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    votes: dict[str, int] = field(default_factory=lambda: defaultdict(int))


def write(effects: Effects) -> None:
    p = office_db.param
    cursor = cast(Any, office_db).cursor()
    if effects.producers:
        _insert(cursor, "office_producer", _PRODUCER_COLUMNS,
                [(*row, 0, 0, 0, 0) for row in effects.producers])
    if effects.cards:
        _insert(cursor, "office_card", _CARD_COLUMNS, effects.cards)
    if effects.revoke:
        cursor.executemany(
            f"UPDATE office_card SET revoked_at = {p} WHERE card_id = {p} "
            f"AND generation < {p} AND revoked_at IS NULL", effects.revoke)
    if effects.passwords:
        # After the inserts (a registration and its reset may share a batch); executed in
        # sequence order, so of two resets in one batch the later one wins.
        cursor.executemany(
            f"UPDATE office_producer SET password_hash = {p} WHERE number = {p}",
            effects.passwords)
    if effects.events:
        _insert(cursor, "office_event", EVENT_COLUMNS, effects.events)


_PRODUCER_COLUMNS = ("number", "nickname", "language", "login_id", "password_hash",
                     "kiosk_id", "pv_earned", "push_points", "change_id", "ranking_visible")
_CARD_COLUMNS = ("card_id", "generation", "producer_number", "key_id")


def _insert(cursor: Any, table: str, columns: tuple[str, ...],
            rows: list[tuple[object, ...]]) -> None:
    """Every row in one COPY stream on PostgreSQL, `executemany` on SQLite."""
    names = ", ".join(columns)
    if _postgresql():
        with cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
    else:
        marks = ", ".join([office_db.param] * len(columns))
        cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)


def _postgresql() -> bool:
    return isinstance(office_db.obj, PostgresqlDatabase)


def move_producers(effects: Effects, change_ids: dict[str, int], now: str) -> None:
    """Add the deltas, note the latest visit, and move each producer to its new feed
    position, in one statement per producer (one in all on PostgreSQL); a push balance that
    goes below zero flags the producer (kept flagged until staff clear it). The visit rides
    along: as an update of its own it rewrote a third of the batch's producer rows twice."""
    if not change_ids:
        return
    numbers = list(effects.deltas)
    visits = [effects.visits.get(number) for number in numbers]
    if _postgresql():
        office_db.execute_sql(
            "UPDATE office_producer AS o SET pv_earned = o.pv_earned + d.pv, "
            "push_points = o.push_points + d.push, "
            "overdrawn_at = CASE WHEN o.overdrawn_at IS NULL AND o.push_points + d.push < 0 "
            "THEN %s ELSE o.overdrawn_at END, change_id = d.change_id, "
            f"last_visit_at = {_LATER_VISIT.format(old='o.last_visit_at', new='d.visit')} "
            "FROM unnest(%s::text[], %s::bigint[], %s::bigint[], %s::bigint[], %s::text[]) "
            "AS d(number, pv, push, change_id, visit) WHERE o.number = d.number",
            (now, numbers, [effects.deltas[n][0] for n in numbers],
             [effects.deltas[n][1] for n in numbers], [change_ids[n] for n in numbers],
             visits))
        return
    p = office_db.param
    rows = [(pv, points, points, now, change_ids[number], visit, visit, visit, number)
            for (number, (pv, points)), visit in zip(effects.deltas.items(), visits,
                                                     strict=True)]
    cast(Any, office_db).cursor().executemany(
        f"UPDATE office_producer SET pv_earned = pv_earned + {p}, "
        f"push_points = push_points + {p}, "
        f"overdrawn_at = CASE WHEN overdrawn_at IS NULL AND push_points + {p} < 0 "
        f"THEN {p} ELSE overdrawn_at END, change_id = {p}, "
        f"last_visit_at = {_LATER_VISIT.format(old='last_visit_at', new=p)} "
        f"WHERE number = {p}", rows)


# The later of the stored visit and the batch's (none: the stored one stays). Times are
# UTC text of one width, so text order is time order.
_LATER_VISIT = ("CASE WHEN {new} IS NOT NULL AND ({old} IS NULL OR {old} < {new}) "
                "THEN {new} ELSE {old} END")


def highest_seq(kiosk_id: str) -> int:
    cursor = office_db.execute_sql(
        f"SELECT MAX(seq) FROM office_event WHERE kiosk_id = {office_db.param}", (kiosk_id,))
    return int(cursor.fetchone()[0] or 0)


def highest_serial(kiosk_number: int) -> int:
    """The highest serial in this kiosk's range of producer numbers the office holds. (The
    bounds are 11-digit strings: digit strings of one length sort the same in every
    collation, and kiosk 999's range has no "next prefix" to stop at.)"""
    p = office_db.param
    low, high = f"{kiosk_number:03d}00000000", f"{kiosk_number:03d}99999999"
    cursor = office_db.execute_sql(
        f"SELECT MAX(number) FROM office_producer WHERE number >= {p} AND number <= {p}",
        (low, high))
    newest = cursor.fetchone()[0]
    return int(newest[3:10]) if newest and newest[3:10].isdigit() else 0


def advance_acked(kiosk_id: str) -> int:
    """Move the kiosk's gap-free mark past every event now stored after it."""
    acked = int(Kiosk.get_by_id(kiosk_id).acked_through)
    start = acked
    p = office_db.param
    while True:       # a page at a time: behind a gap, one row is read, not the history
        following = office_db.execute_sql(
            f"SELECT seq FROM office_event WHERE kiosk_id = {p} AND seq > {p} "
            f"ORDER BY seq LIMIT {_ACK_PAGE}", (kiosk_id, acked)).fetchall()
        for (seq,) in following:
            if seq != acked + 1:
                following = []                 # a gap: an event has not arrived yet
                break
            acked = seq
        if len(following) < _ACK_PAGE:
            break
    if acked != start:
        Kiosk.update(acked_through=acked).where(Kiosk.kiosk_id == kiosk_id).execute()
    return acked
