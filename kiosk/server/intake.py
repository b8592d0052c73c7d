"""Taking in one kiosk's batch of events: idempotent, in bulk, in the caller's transaction.

Each event is classified first, from three queries for the whole batch (earlier events with
these UUIDs, these sequence numbers already used, the producers named):
- the same UUID with the same content again is a no-op ("duplicate");
- the same UUID with other content is a "conflict" and changes nothing;
- a new event under a sequence number another event used is "sequence_taken" (a kiosk
  restored from an old backup): nothing changes, and the kiosk renumbers and resends;
- an event that cannot apply (a producer the office has never heard of) is stored as
  "rejected" with its reason and no effect, so its sequence number still counts and the
  kiosk's queue moves on.
Then everything that applies is written with one `executemany` per table, and each producer
touched moves once to the head of the change feed (a password reset too: other kiosks pull
the new hash for their manual login). Pushes that overdraw a producer (the same
card at two offline kiosks) are accepted and flag the producer for staff.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, cast

from kiosk.server.models import Kiosk, office_db
from kiosk.sync.protocol import BatchResult, EventBatch, EventIn, EventResult


@dataclass
class _Taken:
    """What already exists at the office that a new registration must not reuse."""

    producers: set[str]
    logins: set[str]
    cards: set[tuple[int, int]]
    login_of: dict[str, str]             # producer number → its login id
    card_owner: dict[int, str]           # card id → producer number


@dataclass
class _Effects:
    """What the batch changes, gathered before anything is written."""

    events: list[tuple[object, ...]] = field(default_factory=list)
    producers: list[tuple[object, ...]] = field(default_factory=list)
    cards: list[tuple[object, ...]] = field(default_factory=list)
    revoke: list[tuple[object, ...]] = field(default_factory=list)   # older generations
    passwords: list[tuple[object, ...]] = field(default_factory=list)  # in seq order
    deltas: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    votes: dict[str, int] = field(default_factory=lambda: defaultdict(int))


def content_hash(event: EventIn) -> str:
    # An event without a password hash digests as it did before the field existed, so an
    # event sent before an upgrade and again after it is still a duplicate, not a conflict.
    unset = {"password_hash"} if event.password_hash is None else None
    return hashlib.sha256(event.model_dump_json(exclude=unset).encode()).hexdigest()


def accept_batch(kiosk: Kiosk, batch: EventBatch, now: str,
                 next_change_ids: int) -> tuple[BatchResult, dict[str, int], dict[str, int]]:
    """Classify and write the batch. Returns the answer, the change id given to each
    producer touched, and the votes per cast member (for the caller's monthly tally).

    `next_change_ids` is the first free change-feed position; the caller reserves as many
    as producers were touched.
    """
    events = sorted(batch.events, key=lambda e: e.seq)
    known = _earlier_hashes(events)
    taken = _taken_seqs(kiosk.kiosk_id, events)
    existing = _existing(events)
    effects = _Effects()
    results: list[EventResult] = []
    clashed = False
    for event in events:
        if clashed and event.uuid not in known:
            # Later events may depend on the clashing one (a visit after its registration):
            # none is applied until the kiosk has renumbered and sent them again in order.
            results.append(EventResult(uuid=event.uuid, status="sequence_taken",
                                       reason="after a sequence clash"))
            continue
        results.append(_classify(kiosk, event, known, taken, existing, effects, now))
        clashed = clashed or results[-1].status == "sequence_taken"
    _write(effects)
    change_ids = {number: next_change_ids + i for i, number in enumerate(sorted(effects.deltas))}
    _move_producers(effects, change_ids, now)
    return (BatchResult(acked_through=_advance_acked(kiosk.kiosk_id), results=results,
                        highest_seq=_highest_seq(kiosk.kiosk_id)),
            change_ids, dict(effects.votes))


# ---- classification -------------------------------------------------------------------------

def _where_in(sql: str, values: list[Any], *before: Any) -> list[tuple[Any, ...]]:
    """Run `sql` with its `IN ({})` filled by `values` as parameters. Plain SQL: peewee
    spent more time building 500-value IN lists than the database spent answering."""
    if not values:
        return []
    marks = ", ".join([office_db.param] * len(values))
    cursor = office_db.execute_sql(sql.format(marks), (*before, *values))
    return list(cursor.fetchall())


def _earlier_hashes(events: list[EventIn]) -> dict[str, tuple[str, str | None]]:
    return {uuid: (digest, rejected) for uuid, digest, rejected in _where_in(
        "SELECT uuid, content_hash, rejected FROM office_event WHERE uuid IN ({})",
        [e.uuid for e in events])}


def _taken_seqs(kiosk_id: str, events: list[EventIn]) -> set[int]:
    p = office_db.param
    return {seq for (seq,) in _where_in(
        f"SELECT seq FROM office_event WHERE kiosk_id = {p} AND seq IN ({{}})",
        [e.seq for e in events], kiosk_id)}


def _existing(events: list[EventIn]) -> _Taken:
    records = [e.producer for e in events if e.producer is not None]
    card_ids = [r.card_id for r in records] + [e.card.card_id for e in events
                                               if e.card is not None]
    cards = _where_in("SELECT card_id, generation, producer_number FROM office_card "
                      "WHERE card_id IN ({})", card_ids)
    login_of = {n: login for n, login in _where_in(
        "SELECT number, login_id FROM office_producer WHERE number IN ({})",
        list({e.producer_number for e in events}))}
    return _Taken(
        producers=set(login_of), login_of=login_of,
        logins={n for (n,) in _where_in(
            "SELECT login_id FROM office_producer WHERE login_id IN ({})",
            [r.login_id for r in records])},
        cards={(c, g) for c, g, _ in cards}, card_owner={c: n for c, _, n in cards})


def _classify(kiosk: Kiosk, event: EventIn, known: dict[str, tuple[str, str | None]],
              taken: set[int], existing: _Taken, effects: _Effects, now: str) -> EventResult:
    digest = content_hash(event)
    if event.uuid in known:
        earlier_digest, rejected = known[event.uuid]
        if earlier_digest != digest:
            return EventResult(uuid=event.uuid, status="conflict",
                               reason="this UUID was sent before with other content")
        if rejected is not None:
            return EventResult(uuid=event.uuid, status="rejected", reason=rejected)
        return EventResult(uuid=event.uuid, status="duplicate")
    if event.seq in taken:
        return EventResult(uuid=event.uuid, status="sequence_taken",
                           reason=f"sequence {event.seq} was used by another event")
    reason = _why_not_applicable(event, existing)
    known[event.uuid] = (digest, reason)
    taken.add(event.seq)
    effects.events.append((
        event.uuid, kiosk.kiosk_id, event.seq, event.producer_number, event.kind,
        event.pv_delta, event.push_delta, event.votes, event.cast_id, digest, reason,
        event.recorded_at.isoformat(), now))
    if reason is not None:
        return EventResult(uuid=event.uuid, status="rejected", reason=reason)
    if event.kind == "registration" and event.producer_number not in existing.producers:
        record = event.producer
        assert record is not None
        existing.producers.add(record.number)
        existing.login_of[record.number] = record.login_id
        existing.logins.add(record.login_id)
        existing.card_owner[record.card_id] = record.number
        existing.cards.add((record.card_id, record.generation))
        effects.producers.append((record.number, record.nickname, record.language,
                                  record.login_id, record.password_hash, kiosk.kiosk_id))
        effects.cards.append((record.card_id, record.generation, record.number,
                              record.key_id))
    if event.kind == "card_issue" and event.card is not None:
        card = event.card
        existing.cards.add((card.card_id, card.generation))
        existing.card_owner[card.card_id] = event.producer_number
        effects.cards.append((card.card_id, card.generation, event.producer_number,
                              card.key_id))
        effects.revoke.append((now, card.card_id, card.generation))
    if event.kind == "password_reset":
        effects.passwords.append((event.password_hash, event.producer_number))
    delta = effects.deltas[event.producer_number]      # every producer touched moves
    delta[0] += event.pv_delta
    delta[1] += event.push_delta
    if event.cast_id is not None and event.votes:
        effects.votes[event.cast_id] += event.votes
    return EventResult(uuid=event.uuid, status="stored")


def _why_not_applicable(event: EventIn, existing: _Taken) -> str | None:
    if event.kind == "registration":
        record = event.producer
        if record is None or record.number != event.producer_number:
            return "a registration must carry its producer"
        if record.number in existing.producers:
            if existing.login_of.get(record.number) != record.login_id:
                # A kiosk restored from an old backup, registering before it synced.
                return "this producer number belongs to another producer"
            return None                  # the same producer again: no new rows
        if record.login_id in existing.logins:
            return "this login ID belongs to another producer"
        if (record.card_id, record.generation) in existing.cards:
            return "this card belongs to another producer"
        return None
    if event.producer_number not in existing.producers:
        return "unknown producer"
    if event.kind == "card_issue":
        if event.card is None:
            return "a card_issue must carry its card"
        if existing.card_owner.get(event.card.card_id, event.producer_number) != \
                event.producer_number:
            return "this card belongs to another producer"
        if (event.card.card_id, event.card.generation) in existing.cards:
            return "this card generation was issued already"
    if event.kind == "password_reset":
        if event.password_hash is None:
            return "a password_reset must carry the new password hash"
        if event.pv_delta or event.push_delta or event.votes:
            return "a password_reset changes no points"
    if event.kind == "push" and (event.cast_id is None or event.push_delta >= 0):
        return "a push must name a cast member and spend points"
    return None


# ---- writing --------------------------------------------------------------------------------

def _write(effects: _Effects) -> None:
    p = office_db.param
    cursor = cast(Any, office_db).cursor()
    if effects.producers:
        cursor.executemany(
            "INSERT INTO office_producer (number, nickname, language, login_id, "
            f"password_hash, kiosk_id, pv_earned, push_points, change_id) VALUES "
            f"({p}, {p}, {p}, {p}, {p}, {p}, 0, 0, 0)", effects.producers)
    if effects.cards:
        cursor.executemany(
            "INSERT INTO office_card (card_id, generation, producer_number, key_id) "
            f"VALUES ({p}, {p}, {p}, {p})", effects.cards)
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
        cursor.executemany(
            "INSERT INTO office_event (uuid, kiosk_id, seq, producer_number, kind, pv_delta, "
            "push_delta, votes, cast_id, content_hash, rejected, recorded_at, received_at) "
            f"VALUES ({', '.join([p] * 13)})", effects.events)


def _move_producers(effects: _Effects, change_ids: dict[str, int], now: str) -> None:
    """Add the deltas and move each producer to its new feed position; a push balance
    that goes below zero flags the producer (kept flagged until staff clear it)."""
    if not change_ids:
        return
    p = office_db.param
    rows = [(pv, points, points, now, change_ids[number], number)
            for number, (pv, points) in effects.deltas.items()]
    cast(Any, office_db).cursor().executemany(
        f"UPDATE office_producer SET pv_earned = pv_earned + {p}, "
        f"push_points = push_points + {p}, "
        f"overdrawn_at = CASE WHEN overdrawn_at IS NULL AND push_points + {p} < 0 "
        f"THEN {p} ELSE overdrawn_at END, change_id = {p} WHERE number = {p}", rows)


def _highest_seq(kiosk_id: str) -> int:
    cursor = office_db.execute_sql(
        f"SELECT MAX(seq) FROM office_event WHERE kiosk_id = {office_db.param}", (kiosk_id,))
    return int(cursor.fetchone()[0] or 0)


def _advance_acked(kiosk_id: str) -> int:
    """Move the kiosk's gap-free mark past every event now stored after it."""
    acked = int(Kiosk.get_by_id(kiosk_id).acked_through)
    p = office_db.param
    following = office_db.execute_sql(
        f"SELECT seq FROM office_event WHERE kiosk_id = {p} AND seq > {p} ORDER BY seq",
        (kiosk_id, acked)).fetchall()
    for (seq,) in following:
        if seq != acked + 1:
            break                              # a gap: an event has not arrived yet
        acked = seq
    Kiosk.update(acked_through=acked).where(Kiosk.kiosk_id == kiosk_id).execute()
    return acked
