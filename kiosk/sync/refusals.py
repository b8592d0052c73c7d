"""What the kiosk does with the office's refusals (inside the caller's transaction).

A refused event counts for nothing, at the office and here: the ledger row stays (the
ledger is append-only) but is marked refused with the office's code and words, its points
and votes are taken back from the cached balance and the month's tally (so the producer
sees the corrected figure at once, before the next pull brings the office's), and staff
find it in the staff log.

Two refusals are repaired here rather than only reported. A kiosk restored from an old
backup may register a new person under a number the office already gave someone else
("number_taken"); that person's later events are refused too (their card is not the
number's owner's). Nothing is merged. The person gets the next free number of this kiosk's
range (above every serial known here or at the office), their refused events are queued
again as new events under the new number, ahead of everything still waiting, and their
card (which carries the number on its face) joins the print queue unless it waits there
already; the staff log says so. Likewise, when another kiosk drew the same random website
login ID first ("login_taken"), the person gets a new login ID and their events go again;
staff give them a new password slip (it shows the login ID).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import UTC, datetime

from peewee import fn

from kiosk.db.ledger import copy_entry, take_back
from kiosk.db.models import Card, LedgerEntry, PrintJob, Producer
from kiosk.db.office_state import office_serial
from kiosk.db.print_jobs import JobState, enqueue_card
from kiosk.db.staff_log import StaffLogAction, log_action
from kiosk.domain.credentials import generate_login_id
from kiosk.domain.producer_number import ProducerNumber
from kiosk.domain.rules import RuleBook
from kiosk.sync.protocol import EventResult

# Registrations refused for a clash the kiosk repairs (a new number, a new login ID), and the
# refusals of that producer's later events that the repair makes good.
REPAIRABLE = ("number_taken", "login_taken")
IDENTITY_PROBLEMS = ("number_taken", "login_taken", "not_this_producer", "unknown_producer")
log = logging.getLogger(__name__)


def record_refusals(refused: Iterable[EventResult], rules: RuleBook,
                    now: datetime) -> list[tuple[int, str]]:
    """Mark each refused row, take back its effect and log it. Returns the producers whose
    registration was refused for something this kiosk can repair (`REPAIRABLE`), with the
    refusal's code."""
    verdicts = {result.uuid: result for result in refused}
    if not verdicts:
        return []
    stamp = now.astimezone(UTC).isoformat(timespec="microseconds")
    displaced = []
    rows = (LedgerEntry.select(LedgerEntry, Producer.id, Producer.number).join(Producer)
            .where(LedgerEntry.uuid.in_(list(verdicts)) & LedgerEntry.rejected_at.is_null()))
    for row in rows:
        verdict = verdicts[row.uuid]
        LedgerEntry.update(rejected_at=stamp, rejected_problem=verdict.problem,
                           rejected_reason=verdict.reason).where(
            LedgerEntry.id == row.id).execute()
        take_back(row, rules, stamp)
        log_action(StaffLogAction.OFFICE_REFUSED, row.producer.number, now, kind=row.kind,
                   problem=verdict.problem, reason=verdict.reason)
        if row.kind == "registration" and verdict.problem in REPAIRABLE:
            displaced.append((int(row.producer.id), str(verdict.problem)))
    return displaced


def repair(producer_id: int, problem: str, rules: RuleBook, now: datetime) -> None:
    """A registration refused for a clash this kiosk can resolve: a new number, or a new
    website login ID; the producer's refused events go again either way."""
    if problem == "number_taken":
        number = give_new_number(producer_id, rules, now)
        log.warning("the office gave this kiosk's producer number to someone else "
                    "(restored from an older backup?): the producer is now %s and their "
                    "events are sent again", number)
    elif problem == "login_taken":
        login_id = give_new_login(producer_id, rules, now)
        log.warning("the office holds this login ID for another producer: producer %d is now "
                    "%s and their events are sent again", producer_id, login_id)


def give_new_login(producer_id: int, rules: RuleBook, now: datetime) -> str:
    """Another kiosk drew the same random login ID first (about once in 10¹¹ draws): this
    producer gets a new one. The password stays; staff give the producer a new slip."""
    producer = Producer.get_by_id(producer_id)
    login_id = generate_login_id()
    while Producer.select().where(Producer.login_id == login_id).exists():
        login_id = generate_login_id()
    Producer.update(login_id=login_id).where(Producer.id == producer_id).execute()
    stamp = now.astimezone(UTC).isoformat(timespec="microseconds")
    copied = _queue_again(producer_id, rules, stamp)
    log_action(StaffLogAction.LOGIN_RENEWED, producer.number, now, old=producer.login_id,
               new=login_id, events_sent_again=copied)
    return login_id


def give_new_number(producer_id: int, rules: RuleBook, now: datetime,
                    taken_above: int = 0) -> str:
    """Renumber a producer whose number the office gave someone else, queue their refused
    events again under the new number, and their card for printing. Returns the number."""
    producer = Producer.get_by_id(producer_id)
    old = ProducerNumber.parse(producer.number)
    local = (Producer.select(fn.MAX(Producer.serial))
             .where(Producer.kiosk_number == producer.kiosk_number).scalar())
    serial = max(int(local or 0), office_serial(), taken_above) + 1
    new = ProducerNumber(producer.kiosk_number, serial)
    Producer.update(number=new.digits, serial=serial).where(Producer.id == producer_id).execute()
    stamp = now.astimezone(UTC).isoformat(timespec="microseconds")
    copied = _queue_again(producer_id, rules, stamp)
    newest = (Card.select(fn.MAX(Card.generation)).where(Card.producer == producer_id)
              .scalar())
    waiting = PrintJob.select().where(
        (PrintJob.producer == producer_id) & (PrintJob.card_generation == newest)
        & PrintJob.state.in_([JobState.WAITING.value, JobState.FAILED.value])).exists()
    if newest is not None and not waiting:       # a waiting job prints the new number
        enqueue_card(producer, int(newest), now)
    log_action(StaffLogAction.PRODUCER_RENUMBERED, new.digits, now, old=str(old), new=str(new),
               events_sent_again=copied)
    return new.digits


def _queue_again(producer_id: int, rules: RuleBook, stamp: str) -> int:
    """Copies of the producer's events refused for their number, placed (in their order)
    before every event still waiting, so the registration goes before what depends on it."""
    refused = list(LedgerEntry.select().where(
        (LedgerEntry.producer == producer_id)
        & LedgerEntry.rejected_problem.in_(IDENTITY_PROBLEMS)
        & LedgerEntry.replayed_at.is_null()).order_by(LedgerEntry.seq))
    if not refused:
        return 0
    kiosk_uuid = refused[0].kiosk_uuid
    waiting = LedgerEntry.select(fn.MIN(LedgerEntry.seq)).where(
        LedgerEntry.synced_at.is_null()).scalar()
    if waiting is None:
        first = int(LedgerEntry.select(fn.MAX(LedgerEntry.seq)).where(
            LedgerEntry.kiosk_uuid == kiosk_uuid).scalar() or 0) + 1
    else:
        first = int(waiting)
        # Make room: every waiting row moves up by as many as are copied (two passes keep
        # the unique (kiosk, seq) index satisfied at every row; `0 - seq`, because in
        # peewee `-field` means "order descending").
        LedgerEntry.update(seq=0 - LedgerEntry.seq).where(
            LedgerEntry.synced_at.is_null()).execute()
        LedgerEntry.update(seq=(0 - LedgerEntry.seq) + len(refused)).where(
            LedgerEntry.seq < 0).execute()
    for offset, row in enumerate(refused):
        copy_entry(row, first + offset, rules, stamp)
    LedgerEntry.update(replayed_at=stamp).where(
        LedgerEntry.id.in_([row.id for row in refused])).execute()
    return len(refused)
