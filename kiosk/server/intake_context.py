"""What the office holds that a batch's events are judged against, read once per batch with
a few set-wise queries, and kept current as the batch's events are accepted one by one:

- the producers named (login, balances, cards, quarantine), so an event for a number the
  office gave someone else, or for a set-aside record, changes nothing;
- login IDs and cards new registrations must not reuse;
- visits counted on the business days named, at any kiosk (one a day across the chain);
- receipts already credited, at any kiosk (one credit per receipt across the chain);
- the cast roster pushes must name, and the cards already overdrawn (no more pushes until
  staff look; one push never overdraws by more than a kiosk may spend offline).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from peewee import PostgresqlDatabase

from kiosk.domain.rules import RuleBook
from kiosk.server.event_checks import Refusal, vote_weight
from kiosk.server.models import office_db
from kiosk.sync.protocol import EventIn


def where_in(sql: str, values: list[Any], *before: Any) -> list[tuple[Any, ...]]:
    """Run `sql` with its `IN ({})` filled by `values`. Plain SQL: peewee spent more time
    building 2,000-value IN lists than the database spent answering. On PostgreSQL the list
    goes as one array parameter (`= ANY(%s)`): parsing and planning 2,000 placeholders took
    longer than the index lookups themselves (40 ms a batch for one query)."""
    if not values:
        return []
    if isinstance(office_db.obj, PostgresqlDatabase):
        cursor = office_db.execute_sql(sql.replace("IN ({})", "= ANY(%s)"),
                                       (*before, list(values)))
    else:
        marks = ", ".join([office_db.param] * len(values))
        cursor = office_db.execute_sql(sql.format(marks), (*before, *values))
    return list(cursor.fetchall())


@dataclass
class ProducerState:
    login_id: str
    pv: int
    push: int
    quarantined: bool
    cards: set[int] = field(default_factory=set)
    overdrawn: bool = False          # flagged after offline pushes at two kiosks
    deleted: bool = False            # the producer had the account deleted (APPI)


@dataclass(frozen=True)
class Credit:
    """An earlier event that used up something once-only (a day's visit, a receipt)."""

    kiosk: int
    producer_number: str
    received_at: str


class BatchContext:
    def __init__(self, events: list[EventIn]) -> None:
        numbers = list({e.producer_number for e in events})
        self.producers: dict[str, ProducerState] = {
            number: ProducerState(login, int(pv), int(push), quarantined is not None,
                                  overdrawn=overdrawn is not None, deleted=deleted is not None)
            for number, login, pv, push, quarantined, overdrawn, deleted in where_in(
                "SELECT number, login_id, pv_earned, push_points, quarantined_at, "
                "overdrawn_at, deleted_at FROM office_producer WHERE number IN ({})", numbers)}
        # The roster every push is checked against (small: the café's cast, past and
        # present). An office with no roster yet takes any cast id (a demo, a first day).
        self.roster: set[str] = set()
        if any(e.kind == "push" for e in events):
            self.roster = {c for (c,) in office_db.execute_sql(
                "SELECT cast_id FROM office_cast").fetchall()}
        card_ids = list({e.card_id for e in events}
                        | {e.producer.card_id for e in events if e.producer is not None})
        self.card_owner: dict[int, str] = {}
        self.generations: set[tuple[int, int]] = set()
        for card_id, generation, owner in where_in(
                "SELECT card_id, generation, producer_number FROM office_card "
                "WHERE card_id IN ({})", card_ids):
            self.card_owner[int(card_id)] = owner
            self.generations.add((int(card_id), int(generation)))
            if owner in self.producers:
                self.producers[owner].cards.add(int(card_id))
        logins = [e.producer.login_id for e in events if e.producer is not None]
        self.logins: set[str] = {login for (login,) in where_in(
            "SELECT login_id FROM office_producer WHERE login_id IN ({})", logins)}
        visits = [e for e in events if e.kind == "visit"]
        days = sorted({e.business_day for e in visits})
        self.visits: dict[tuple[Any, Any], Credit] = self._credits(
            "SELECT e.producer_number, e.business_day, k.number, e.producer_number, "
            "e.received_at FROM office_event e LEFT JOIN kiosk k ON k.kiosk_id = e.kiosk_id "
            "WHERE e.kind = 'visit' AND e.rejected IS NULL AND e.business_day IN ("
            + ", ".join([office_db.param] * len(days)) + ") AND e.producer_number IN ({})",
            [e.producer_number for e in visits], *days)
        self.receipts: dict[Any, Credit] = {key[0]: credit for key, credit in self._credits(
            "SELECT e.receipt, e.receipt, k.number, e.producer_number, e.received_at "
            "FROM office_event e LEFT JOIN kiosk k ON k.kiosk_id = e.kiosk_id "
            "WHERE e.kind = 'purchase' AND e.rejected IS NULL AND e.receipt IN ({})",
            [e.receipt for e in events if e.receipt is not None]).items()}

    @staticmethod
    def _credits(sql: str, keys: list[Any], *before: Any) -> dict[tuple[Any, Any], Credit]:
        return {(first, second): Credit(int(kiosk or 0), number, received)
                for first, second, kiosk, number, received in where_in(
                    sql, list(set(keys)), *before)}

    # ---- judging ----------------------------------------------------------------------------

    def refuse(self, event: EventIn, rules: RuleBook) -> Refusal | None:
        """Why `event` cannot apply to what the office holds now, or None."""
        if event.kind == "registration":
            return self._refuse_registration(event)
        producer = self.producers.get(event.producer_number)
        if producer is None:
            return Refusal("unknown_producer", f"no producer {event.producer_number} at the "
                                               "office")
        if producer.deleted:
            # APPI: the producer had the account deleted; nothing more is credited to it.
            return Refusal("quarantined", f"producer {event.producer_number} deleted their "
                                          "account")
        if producer.quarantined:
            return Refusal("quarantined", f"producer {event.producer_number} is set aside at "
                                          "the office")
        if event.card_id not in producer.cards:
            return Refusal("not_this_producer", f"card {event.card_id} is not producer "
                                                f"{event.producer_number}'s card at the office")
        return self._refuse_by_kind(event, producer, rules)

    def _refuse_registration(self, event: EventIn) -> Refusal | None:
        record = event.producer
        assert record is not None
        known = self.producers.get(record.number)
        if known is not None:
            if known.login_id != record.login_id or record.card_id not in known.cards:
                # A kiosk restored from an old backup, registering before it synced.
                return Refusal("number_taken", f"producer number {record.number} belongs to "
                                               "another producer at the office")
            return None                  # the same producer again: no new rows
        if record.login_id in self.logins:
            return Refusal("login_taken", "this login ID belongs to another producer")
        if record.card_id in self.card_owner:
            return Refusal("card_taken", "this card belongs to another producer")
        return None

    def _refuse_by_kind(self, event: EventIn, producer: ProducerState,
                        rules: RuleBook) -> Refusal | None:
        if event.kind == "visit":
            earlier = self.visits.get((event.producer_number, event.business_day))
            if earlier is not None:
                return Refusal("visited_today", f"a visit on {event.business_day} is counted "
                                                f"already (kiosk {earlier.kiosk:03d})")
        if event.kind == "purchase":
            earlier = self.receipts.get(event.receipt)
            if earlier is not None:
                return Refusal("receipt_used", f"receipt {event.receipt} earned PV already "
                                               f"(kiosk {earlier.kiosk:03d}, producer "
                                               f"{earlier.producer_number}, "
                                               f"{earlier.received_at[:16]} UTC)")
        if event.kind == "correction" and (
                (event.pv_delta < 0 and producer.pv + event.pv_delta < 0)
                or (event.push_delta < 0 and producer.push + event.push_delta < 0)):
            return Refusal("below_zero", "the correction would take the producer below zero "
                                         f"at the office (PV {producer.pv}, push points "
                                         f"{producer.push})")
        if event.kind == "push":
            return self._refuse_push(event, producer, rules)
        if event.kind == "card_issue":
            assert event.card is not None
            if (event.card.card_id, event.card.generation) in self.generations:
                return Refusal("card_generation", "this card generation was issued already")
        return None

    def _refuse_push(self, event: EventIn, producer: ProducerState,
                     rules: RuleBook) -> Refusal | None:
        if self.roster and event.cast_id not in self.roster:
            return Refusal("unknown_cast", f"no cast member {event.cast_id!r} in the "
                                           "office's roster")
        if producer.overdrawn or producer.push < 0:
            return Refusal("overdrawn", "the card is overdrawn already: staff must look "
                                        "before it pushes again")
        # Offline, each kiosk lets a card spend at most the offline cap before it has
        # synced: a push overdrawing by more than that was not made by an honest kiosk.
        if producer.push + event.push_delta < -rules.offline_push_cap_per_card:
            return Refusal("overdrawn", f"the push would overdraw the card by more than "
                                        f"{rules.offline_push_cap_per_card} points")
        return None

    def office_votes(self, event: EventIn, rules: RuleBook) -> int:
        """A push's votes at the office: as the kiosk priced them, but never at a higher
        rank weight than the producer's PV at the office gives (a purchase that was
        refused cannot lift a push's weight)."""
        producer = self.producers[event.producer_number]
        weight = min(vote_weight(event), rules.rank_for(producer.pv).weight)
        return -event.push_delta * weight

    # ---- accepting ---------------------------------------------------------------------------

    def accept(self, event: EventIn, kiosk: int, now: str) -> None:
        """Record an accepted event's effect, for the events after it in the batch."""
        if event.kind == "registration" and event.producer_number not in self.producers:
            record = event.producer
            assert record is not None
            self.producers[record.number] = ProducerState(record.login_id, 0, 0, False,
                                                          {record.card_id})
            self.logins.add(record.login_id)
            self.card_owner[record.card_id] = record.number
            self.generations.add((record.card_id, record.generation))
        producer = self.producers[event.producer_number]
        producer.pv += event.pv_delta
        producer.push += event.push_delta
        credit = Credit(kiosk, event.producer_number, now)
        if event.kind == "visit":
            self.visits[(event.producer_number, event.business_day)] = credit
        if event.kind == "purchase":
            self.receipts[event.receipt] = credit
        if event.kind == "card_issue" and event.card is not None:
            self.generations.add((event.card.card_id, event.card.generation))
