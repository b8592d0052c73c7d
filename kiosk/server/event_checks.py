"""What one event may be, judged from the event alone, the rules it names and the kiosk that
sent it (no database): the office decides what an event is worth, not the kiosk.

- Each kind carries exactly the fields it needs (a purchase its yen and receipt, a push its
  cast member, a registration its producer record…) and no others.
- Points are what the rules of the event's version give: a purchase earns the rules' PV for
  its yen (at most the rules' largest receipt), a visit the rules' visit points, a
  registration and a card reissue nothing; a push spends at most the rules' maximum and
  its votes are its points times a weight of the rank ladder; a correction stays within
  `MAX_CORRECTION`; daily logins are the office's alone.
- The business day is the one the rules give for the time recorded (no visit twice a day by
  shifting the day).
- A registration's number is in the sending kiosk's own range with a valid check digit, and
  its card is signed with that kiosk's key.

What depends on the office's records (who owns a number or a card, today's visits, used
receipts, balances) is judged in `intake_context.py`.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.ledger import MAX_CORRECTION
from kiosk.domain.producer_number import ProducerNumber, ProducerNumberError
from kiosk.domain.rules import RuleBook
from kiosk.sync.protocol import EventIn, EventProblem

# The optional fields each kind must carry (and every other kind must leave out).
_CARRIES: dict[str, frozenset[str]] = {
    "registration": frozenset({"producer"}),
    "purchase": frozenset({"yen", "receipt"}),
    "visit": frozenset(),
    "push": frozenset({"cast_id"}),
    "correction": frozenset(),
    "card_issue": frozenset({"card"}),
    "password_reset": frozenset({"password_hash"}),
}
_OPTIONAL = ("producer", "yen", "receipt", "cast_id", "card", "password_hash")


@dataclass(frozen=True)
class Refusal:
    """Why an event is stored without effect: a code kiosks can act on, and words for staff."""

    problem: EventProblem
    reason: str


@dataclass(frozen=True)
class Sender:
    """The kiosk that sent the batch, as far as the checks need it."""

    number: int
    key_id: str


def refuse_alone(event: EventIn, sender: Sender, rules: RuleBook) -> Refusal | None:
    """The first reason `event` cannot apply whatever the office holds, or None."""
    if event.kind == "daily_login":
        return Refusal("office_only", "daily logins are credited by the office, not by kiosks")
    shape = _refuse_shape(event)
    if shape is not None:
        return shape
    day = rules.business_day(event.recorded_at).isoformat()
    if event.business_day != day:
        return Refusal("wrong_day", f"business day {event.business_day} does not match the "
                                    f"time recorded ({day} by rules version {rules.version})")
    number = _refuse_number(event)
    if number is not None:
        return number
    if event.kind == "registration":
        return _refuse_registration(event, sender)
    if event.kind == "card_issue":
        assert event.card is not None
        if event.card.card_id != event.card_id:
            return Refusal("malformed", "a card_issue reissues the producer's own card")
        if event.card.key_id != sender.key_id:
            return Refusal("not_this_kiosk", "the new card is not signed with this kiosk's "
                                             "enrolled key")
    return _refuse_amounts(event, rules)


def _refuse_shape(event: EventIn) -> Refusal | None:
    wanted = _CARRIES[event.kind]
    for name in _OPTIONAL:
        present = getattr(event, name) is not None
        if present and name not in wanted:
            return Refusal("malformed", f"a {event.kind} must not carry {name}")
        if not present and name in wanted:
            return Refusal("malformed", f"a {event.kind} must carry {name}")
    return None


def _refuse_number(event: EventIn) -> Refusal | None:
    """Numbers travel as stored: 11 digits, the check digit last (read strictly, once per
    event: a kiosk's batch of 5,000 has as many)."""
    try:
        ProducerNumber.from_stored(event.producer_number)
    except ProducerNumberError as exc:
        return Refusal("bad_number", f"producer number {event.producer_number}: {exc}")
    return None


def _refuse_registration(event: EventIn, sender: Sender) -> Refusal | None:
    record = event.producer
    assert record is not None
    if record.number != event.producer_number:
        return Refusal("malformed", "a registration must carry its own producer")
    kiosk = ProducerNumber.from_stored(record.number).kiosk
    if kiosk != sender.number:
        return Refusal("not_this_kiosk", f"producer number {record.number} is in kiosk "
                                         f"{kiosk:03d}'s range, not this kiosk's "
                                         f"({sender.number:03d})")
    if record.key_id != sender.key_id:
        return Refusal("not_this_kiosk", "the card is not signed with this kiosk's enrolled "
                                         "key")
    if record.card_id != event.card_id or record.generation != 1:
        return Refusal("malformed", "a registration issues the first generation of the "
                                    "producer's card")
    if event.pv_delta or event.push_delta or event.votes:
        return Refusal("wrong_amount", "a registration earns no points")
    return None


def _refuse_amounts(event: EventIn, rules: RuleBook) -> Refusal | None:
    pv, push, votes = event.pv_delta, event.push_delta, event.votes
    if event.kind != "push" and votes:
        return Refusal("wrong_amount", f"a {event.kind} carries no votes")
    if event.kind in ("card_issue", "password_reset"):
        if pv or push:
            return Refusal("wrong_amount", f"a {event.kind} moves no points")
    elif event.kind == "visit":
        wanted = rules.push_points_per_visit
        if pv or push != wanted:
            return Refusal("wrong_amount", f"a visit earns {wanted} push point(s) and no PV "
                                           f"by rules version {rules.version}")
    elif event.kind == "purchase":
        return _refuse_purchase(event, rules)
    elif event.kind == "push":
        return _refuse_push(event, rules)
    elif event.kind == "correction":
        if pv == 0 and push == 0:
            return Refusal("wrong_amount", "a correction must change something")
        if max(abs(pv), abs(push)) > MAX_CORRECTION:
            return Refusal("wrong_amount", f"a correction moves at most {MAX_CORRECTION} "
                                           "points")
    return None


def _refuse_purchase(event: EventIn, rules: RuleBook) -> Refusal | None:
    assert event.yen is not None
    if event.yen < 1:
        return Refusal("wrong_amount", "a purchase is worth more than 0 yen")
    if event.yen > rules.max_yen_per_receipt:
        return Refusal("wrong_amount", f"one receipt is worth at most "
                                       f"{rules.max_yen_per_receipt} yen by rules version "
                                       f"{rules.version}, not {event.yen}")
    wanted = rules.pv_for_yen(event.yen)
    if event.pv_delta != wanted or event.push_delta:
        return Refusal("wrong_amount", f"{event.yen} yen earn {wanted} PV by rules version "
                                       f"{rules.version}, not {event.pv_delta}")
    return None


def _refuse_push(event: EventIn, rules: RuleBook) -> Refusal | None:
    points = -event.push_delta
    if event.pv_delta or points < 1:
        return Refusal("wrong_amount", "a push spends push points and earns no PV")
    if points > rules.max_points_per_push:
        return Refusal("wrong_amount", f"a push spends at most {rules.max_points_per_push} "
                                       f"points by rules version {rules.version}")
    if event.votes % points or event.votes // points not in rules.rank_weights:
        return Refusal("wrong_amount", f"{points} push point(s) give {points} × a rank "
                                       f"weight in votes, not {event.votes}")
    return None


def vote_weight(event: EventIn) -> int:
    """The rank weight a push was priced at by the kiosk."""
    return event.votes // -event.push_delta
