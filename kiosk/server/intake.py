"""Taking in one kiosk's batch of events: idempotent, in bulk, in the caller's transaction.

Each event is classified first, from a few queries for the whole batch:
- the same UUID with the same content again is a no-op ("duplicate");
- the same UUID with other content is a "conflict" and changes nothing;
- a new event under a sequence number another event used is "sequence_taken" (a kiosk
  restored from an old backup): nothing changes, and the kiosk renumbers and resends;
- an event naming a rules version the office has not published yet is "deferred": not
  stored, judged when the kiosk sends it again (with every event after it);
- an event the office does not accept (`event_checks.py` judges it alone, `intake_context`
  against the office's records, and here its time: wrong amounts, another kiosk's numbers,
  a second visit on a business day, a receipt credited before, a number the office gave
  someone else, a time in the future or long before the kiosk's other events…) is stored
  as "rejected" with its reason and no effect, so its sequence number still counts and the
  kiosk's queue never stalls.
Then everything that applies is written with one `executemany` per table
(`intake_writes`), and each producer touched moves once to the head of the change feed:
after an accepted event to carry the new balance, after a refused one so the kiosk that
sent it learns the office's figure (a password reset moves too: other kiosks pull the new
hash for their manual login). Pushes that overdraw a producer (the same card at two
offline kiosks) are accepted and flag the producer for staff.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from peewee import PostgresqlDatabase

from kiosk.server.event_checks import Refusal, Sender, refuse_alone
from kiosk.server.intake_context import BatchContext, where_in
from kiosk.server.intake_writes import (
    Effects,
    advance_acked,
    highest_seq,
    highest_serial,
    move_producers,
    write,
)
from kiosk.server.models import Kiosk, office_db
from kiosk.server.rulebooks import RuleBooks
from kiosk.sync.protocol import BatchResult, EventBatch, EventIn, EventResult, EventStatus


@dataclass(frozen=True)
class EventWindow:
    """When a kiosk's events may have been recorded: at most `ahead` past the office's clock
    (a kiosk clock that runs further ahead is broken, and future visits would be minted in
    advance), and at most `back` before the kiosk's enrolment or its latest accepted event
    (no backdated visits; a kiosk offline for weeks is fine: its events come in order)."""

    ahead: timedelta = timedelta(days=1)
    back: timedelta = timedelta(days=14)


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


# An event without a password hash digests as it did before the field existed, and the
# card it names is left out (it was added later and follows from the producer), so an
# event sent before an upgrade and again after it is still a duplicate, not a conflict.
_LEFT_OUT = {"card_id"}
_LEFT_OUT_WITHOUT_PASSWORD = {"card_id", "password_hash"}
_to_json = EventIn.__pydantic_serializer__.to_json


def content_hash(event: EventIn) -> str:
    unset = _LEFT_OUT if event.password_hash is not None else _LEFT_OUT_WITHOUT_PASSWORD
    return hashlib.sha256(_to_json(event, exclude=unset)).hexdigest()


def accept_batch(kiosk: Kiosk, batch: EventBatch, now: str, next_change_ids: int,
                 rulebooks: RuleBooks, window: EventWindow = EventWindow()
                 ) -> tuple[BatchResult, dict[str, int], dict[str, int]]:
    """Classify and write the batch. Returns the answer, the change id given to each
    producer touched, and the votes per cast member (for the caller's monthly tally).

    `next_change_ids` is the first free change-feed position; the caller reserves as many
    as producers were touched.
    """
    if isinstance(office_db.obj, PostgresqlDatabase):
        # The lookups below probe at most 5,000 keys each, in tables of up to millions of
        # rows whose working set the office keeps in memory. At PostgreSQL's default cost of
        # a random page (4, for spinning disks) the planner read whole tables instead: 14 ms
        # for the UUIDs among 90,000 events against 2 ms by the index, growing with the table.
        office_db.execute_sql("SET LOCAL random_page_cost = 1.1")
    events = sorted(batch.events, key=lambda e: e.seq)
    intake = _Intake(kiosk, events, now, rulebooks, window)
    results: list[EventResult] = []
    held: EventStatus | None = None    # the status every later new event gets, if any
    for event in events:
        if held is not None and event.uuid not in intake.known:
            # Later events may depend on this one (a visit after its registration): none is
            # applied until the kiosk sends them again, in order.
            results.append(EventResult.of(event.uuid, held, f"after an event answered {held}"))
            continue
        results.append(intake.classify(event))
        if results[-1].status in ("sequence_taken", "deferred"):
            held = results[-1].status
    effects = intake.effects
    write(effects)
    intake.remember_latest()
    change_ids = {number: next_change_ids + i for i, number in enumerate(sorted(effects.deltas))}
    move_producers(effects, change_ids, now)
    return (BatchResult(acked_through=advance_acked(kiosk.kiosk_id), results=results,
                        highest_seq=highest_seq(kiosk.kiosk_id),
                        highest_serial=highest_serial(kiosk.number)),
            change_ids, dict(effects.votes))


def _taken_seqs(kiosk_id: str, seqs: list[int]) -> set[int]:
    """The sequence numbers among `seqs` this kiosk's events hold at the office (perhaps
    with others between them). A batch's numbers are nearly always one run, read as one
    range of the index instead of 2,000 lookups."""
    if not seqs:
        return set()
    p = office_db.param
    low, high = min(seqs), max(seqs)
    if high - low < 2 * len(seqs):
        return {seq for (seq,) in office_db.execute_sql(
            f"SELECT seq FROM office_event WHERE kiosk_id = {p} AND seq >= {p} "
            f"AND seq <= {p}", (kiosk_id, low, high)).fetchall()}
    return {seq for (seq,) in where_in(
        f"SELECT seq FROM office_event WHERE kiosk_id = {p} AND seq IN ({{}})", seqs,
        kiosk_id)}


# ---- classification -------------------------------------------------------------------------

class _Intake:
    def __init__(self, kiosk: Kiosk, events: list[EventIn], now: str,
                 rulebooks: RuleBooks, window: EventWindow) -> None:
        self.kiosk = kiosk
        self.sender = Sender(int(kiosk.number), str(kiosk.key_id))
        self.now = now
        self.rulebooks = rulebooks
        self.known: dict[str, tuple[str, str | None, str | None]] = {
            uuid: (digest, rejected, problem) for uuid, digest, rejected, problem in where_in(
                "SELECT uuid, content_hash, rejected, problem FROM office_event "
                "WHERE uuid IN ({})", [e.uuid for e in events])}
        self.taken = _taken_seqs(kiosk.kiosk_id, [e.seq for e in events])
        self.context = BatchContext(events)
        self.effects = Effects()
        self.latest = _moment(kiosk.latest_recorded_at) if kiosk.latest_recorded_at else None
        self.earliest = max(_moment(kiosk.enrolled_at), self.latest or _moment(
            kiosk.enrolled_at)) - window.back
        self.newest_allowed = _moment(now) + window.ahead
        self.window = window

    def _refuse_time(self, event: EventIn) -> Refusal | None:
        """No events from the future (a kiosk clock a day fast is broken) and none long
        before this kiosk's enrolment or its other events (no backdated visits)."""
        moment = event.recorded_at
        if moment > self.newest_allowed:
            return Refusal("bad_time", f"recorded at {moment.isoformat()}, later than the "
                                       "office's clock allows")
        if moment < self.earliest:
            return Refusal("bad_time", f"recorded at {moment.isoformat()}, more than "
                                       f"{self.window.back.days} days before this kiosk's "
                                       "enrolment or its earlier events")
        return None

    def remember_latest(self) -> None:
        """The kiosk's clock on its latest accepted event, for the next batch's check."""
        if self.latest is not None and (self.kiosk.latest_recorded_at is None
                                        or self.latest > _moment(self.kiosk.latest_recorded_at)):
            Kiosk.update(latest_recorded_at=self.latest.isoformat()).where(
                Kiosk.kiosk_id == self.kiosk.kiosk_id).execute()

    def classify(self, event: EventIn) -> EventResult:
        digest = content_hash(event)
        if event.uuid in self.known:
            earlier_digest, rejected, problem = self.known[event.uuid]
            if earlier_digest != digest:
                return EventResult.of(event.uuid, "conflict",
                                      "this UUID was sent before with other content")
            if rejected is not None:
                return EventResult.of(event.uuid, "rejected", rejected, problem)
            return EventResult.of(event.uuid, "duplicate")
        if event.seq in self.taken:
            return EventResult.of(event.uuid, "sequence_taken",
                                  f"sequence {event.seq} was used by another event")
        rules = self.rulebooks.get(event.rule_version)
        if rules is None:
            # Not the kiosk's fault, and not final: the kiosk runs rules the office has not
            # published yet (a kiosk upgraded first). Nothing is stored; it sends again.
            return EventResult.of(event.uuid, "deferred",
                                  f"rules version {event.rule_version} is not published at "
                                  "the office yet")
        refusal = (refuse_alone(event, self.sender, rules) or self._refuse_time(event)
                   or self.context.refuse(event, rules))
        votes = event.votes
        if refusal is None and event.kind == "push":
            votes = self.context.office_votes(event, rules)
        self.known[event.uuid] = (digest, refusal.reason if refusal else None,
                                  refusal.problem if refusal else None)
        self.taken.add(event.seq)
        self._store(event, digest, votes, refusal)
        if event.producer_number in self.context.producers:
            self.effects.deltas[event.producer_number]       # every producer touched moves
        if refusal is not None:
            return EventResult.of(event.uuid, "rejected", refusal.reason, refusal.problem)
        self._apply(event, votes)
        return EventResult.of(event.uuid, "stored", None if votes == event.votes else
                              f"counted as {votes} votes at the producer's rank at the office")

    def _store(self, event: EventIn, digest: str, votes: int,
               refusal: Refusal | None) -> None:
        self.effects.events.append((
            event.uuid, self.kiosk.kiosk_id, event.seq, event.producer_number, event.kind,
            event.pv_delta, event.push_delta, votes, event.cast_id, digest,
            refusal.reason if refusal else None, event.recorded_at.isoformat(), self.now,
            event.business_day, event.yen, event.receipt, event.card_id, event.rule_version,
            refusal.problem if refusal else None))

    def _apply(self, event: EventIn, votes: int) -> None:
        effects = self.effects
        number = event.producer_number
        if event.kind == "registration" and number not in self.context.producers:
            record = event.producer
            assert record is not None
            effects.producers.append((record.number, record.nickname, record.language,
                                      record.login_id, record.password_hash,
                                      self.kiosk.kiosk_id))
            effects.cards.append((record.card_id, record.generation, record.number,
                                  record.key_id))
        if event.kind == "card_issue" and event.card is not None:
            card = event.card
            effects.cards.append((card.card_id, card.generation, number, card.key_id))
            effects.revoke.append((self.now, card.card_id, card.generation))
        if event.kind == "password_reset":
            effects.passwords.append((event.password_hash, number))
        if event.kind == "visit":
            moment = event.recorded_at.astimezone(UTC).isoformat(timespec="microseconds")
            effects.visits[number] = max(moment, effects.visits.get(number, ""))
        self.context.accept(event, self.sender.number, self.now)
        recorded = event.recorded_at.astimezone(UTC)
        self.latest = recorded if self.latest is None else max(self.latest, recorded)
        delta = effects.deltas[number]
        delta[0] += event.pv_delta
        delta[1] += event.push_delta
        if event.cast_id is not None and votes:
            effects.votes[event.cast_id] += votes
