"""The card print queue: every issued card waits here until the card printer has it.

States: waiting → printing → printed, or → failed (with a `PrintFailureState` staff can act
on, e.g. out of cards, and the printer's own words as its detail), from which staff retry;
waiting jobs can be cancelled; a printed card can be printed again (a new job). `ACTIONS`
says which `QueueAction` each state allows: the queue screen offers those, and the use cases
refuse the others. A job left "printing" by a crash or a power cut before CUPS had it goes
back to waiting at the next start (`recover`), so no card is silently lost; one CUPS already
had is followed to its end in CUPS (`in_cups`), so it is not printed twice.

Only this kiosk's cards can be printed: the token of a card issued elsewhere never comes down
by sync (reissue it here instead). A job's card is drawn with the café's branding as it is
when the job is printed (`CurrentBranding`, the same the issuer draws the screen's card with).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, cast

from peewee import fn

from kiosk.cards.branding import CardBranding
from kiosk.db.models import BalanceCache, Card, PrintJob, Producer
from kiosk.db.print_jobs import REPLACED, enqueue_card
from kiosk.db.print_jobs import JobState as JobState  # the UI's word for a job's state
from kiosk.db.print_jobs import PrintFailureState as PrintFailureState  # and a failure's
from kiosk.db.store import Store, store_errors
from kiosk.domain.producer_number import ProducerNumber
from kiosk.domain.rules import Rank, RuleBook
from kiosk.services.branding import CurrentBranding
from kiosk.services.staff import StaffLogAction, log_action

if TYPE_CHECKING:
    from kiosk.cards.art import CardFace

INTERRUPTED = "interrupted; printing again"


class QueueRefused(ValueError):
    """The job is not in a state that allows this (e.g. cancelling a printed card)."""


class QueueAction(enum.StrEnum):
    """What staff can do with a job in the queue."""

    RETRY = "retry"
    CANCEL = "cancel"
    REPRINT = "reprint"


ACTIONS: Mapping[JobState, tuple[QueueAction, ...]] = {
    JobState.FAILED: (QueueAction.RETRY, QueueAction.CANCEL),
    JobState.WAITING: (QueueAction.CANCEL,),
    JobState.PRINTED: (QueueAction.REPRINT,),
    JobState.CANCELLED: (QueueAction.REPRINT,),
}


def _allowing(action: QueueAction) -> tuple[JobState, ...]:
    return tuple(state for state, actions in ACTIONS.items() if action in actions)


@dataclass(frozen=True)
class QueuedCard:
    job_id: int
    state: JobState
    failure: PrintFailureState | None     # why it failed (only a failed job has one)
    detail: str                           # the words behind it, or a note on the state
    attempts: int
    producer_number: str
    nickname: str
    generation: int
    updated_at: datetime

    @property
    def actions(self) -> tuple[QueueAction, ...]:
        """What staff may do with this job now (its row's buttons)."""
        return ACTIONS.get(self.state, ())


@dataclass(frozen=True)
class CardToPrint:
    """What the printer adapter draws: the card of one job, and the branding to draw it with."""

    job_id: int
    nickname: str
    producer_number: str
    rank: Rank
    token: str
    generation: int
    branding: CardBranding

    def face(self) -> CardFace:
        return self.branding.face(self.nickname, self.producer_number, self.rank, self.token)


class PrintQueueService:
    def __init__(self, store: Store, rules: RuleBook,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 branding: CurrentBranding | None = None) -> None:
        """`branding`: the kiosk's (`KioskServices.branding`); without it, cards are drawn
        with `CardBranding()`'s defaults (enough to `recover` jobs at start)."""
        self._store = store
        self._rules = rules
        self._clock = clock
        self._branding = branding or CurrentBranding()

    def jobs(self, states: tuple[JobState, ...] = tuple(JobState),
             limit: int = 100) -> list[QueuedCard]:
        return self._queued(PrintJob.state.in_([s.value for s in states]), limit)

    def job(self, job_id: int) -> QueuedCard:
        found = self._queued(PrintJob.id == job_id, 1)
        if not found:
            raise QueueRefused(f"no print job {job_id}")
        return found[0]

    def _queued(self, where: Any, limit: int) -> list[QueuedCard]:
        with store_errors():
            rows = list(PrintJob.select(PrintJob, Producer).join(Producer).where(where)
                        .order_by(PrintJob.id.desc()).limit(limit))
        return [QueuedCard(row.id, JobState(row.state),
                           PrintFailureState(row.failure) if row.failure else None,
                           row.detail or "", row.attempts,
                           str(ProducerNumber.parse(row.producer.number)),
                           row.producer.nickname, row.card_generation,
                           datetime.fromisoformat(row.updated_at)) for row in rows]

    def counts(self) -> dict[JobState, int]:
        """How many jobs are in each state (the staff home tile shows waiting and failed)."""
        with store_errors():
            rows = cast(Iterable[tuple[str, int]], PrintJob.select(
                PrintJob.state, fn.COUNT(PrintJob.id)).group_by(PrintJob.state).tuples())
            found = {JobState(state): int(count) for state, count in rows}
        return {state: found.get(state, 0) for state in JobState}

    def card_for(self, job_id: int) -> CardToPrint:
        """What a job's card looks like, without touching its state ("save as PDF")."""
        with store_errors():
            return self._card_to_print(self._job(job_id, *JobState))

    def next_waiting(self) -> int | None:
        with store_errors():
            job = (PrintJob.select(PrintJob.id).where(PrintJob.state == JobState.WAITING.value)
                   .order_by(PrintJob.id).first())
        return int(job.id) if job else None

    def start(self, job_id: int, printer: str) -> CardToPrint:
        """Mark the job printing and hand over what to draw. A card replaced meanwhile is
        never printed: its job is cancelled (and `QueueRefused` says so), so it cannot hold
        up the cards behind it."""
        with store_errors(), self._store.atomic():
            job = self._job(job_id, JobState.WAITING, JobState.FAILED)
            card = self._card_to_print(job)
            replaced = self._revoked(job)
            if replaced:
                self._move(job, JobState.CANCELLED, detail=REPLACED)
            else:
                self._move(job, JobState.PRINTING, attempts=job.attempts + 1, printer=printer)
        if replaced:
            raise QueueRefused(REPLACED)
        return card

    def finished(self, job_id: int) -> None:
        """The card came out: its CUPS job completed."""
        with store_errors(), self._store.atomic():
            job = self._job(job_id, JobState.PRINTING)
            self._move(job, JobState.PRINTED, cups_job=None)
            log_action(StaffLogAction.CARD_PRINTED, job.producer.number, self._clock(),
                       job=job_id, generation=job.card_generation, printer=job.printer)

    def still_printing(self, job_id: int, cups_job: int, detail: str) -> None:
        """CUPS has the card and has not finished it yet (a slow printer, a long queue): the
        job stays printing, with the CUPS job to follow (`in_cups`) until it ends."""
        with store_errors(), self._store.atomic():
            job = self._job(job_id, JobState.PRINTING)
            self._move(job, JobState.PRINTING, detail=detail, cups_job=cups_job)

    def in_cups(self) -> list[tuple[int, str, int]]:
        """Jobs handed to CUPS and not known to have ended: (job id, queue, CUPS job id)."""
        with store_errors():
            rows = PrintJob.select(PrintJob.id, PrintJob.printer, PrintJob.cups_job).where(
                (PrintJob.state == JobState.PRINTING.value) & PrintJob.cups_job.is_null(False))
            return [(int(row.id), str(row.printer or ""), int(row.cups_job or 0)) for row in rows]

    def failed(self, job_id: int, failure: PrintFailureState, detail: str = "") -> None:
        """The card did not print, for a reason staff can act on (then retry)."""
        with store_errors(), self._store.atomic():
            job = self._job(job_id, JobState.PRINTING)
            self._move(job, JobState.FAILED, failure, detail, cups_job=None)
            log_action(StaffLogAction.CARD_PRINT_FAILED, job.producer.number, self._clock(),
                       job=job_id, generation=job.card_generation, printer=job.printer,
                       failure=failure, detail=detail)

    def retry(self, job_id: int) -> None:
        with store_errors(), self._store.atomic():
            self._move(self._job(job_id, *_allowing(QueueAction.RETRY)), JobState.WAITING)

    def cancel(self, job_id: int) -> None:
        with store_errors(), self._store.atomic():
            job = self._job(job_id, *_allowing(QueueAction.CANCEL))
            self._move(job, JobState.CANCELLED)
            log_action(StaffLogAction.PRINT_CANCELLED, job.producer.number, self._clock(),
                       job=job_id)

    def reprint(self, job_id: int) -> int:
        """A printed (or cancelled) card again: a new job for the same card."""
        with store_errors(), self._store.atomic():
            job = self._job(job_id, *_allowing(QueueAction.REPRINT))
            if self._revoked(job):
                raise QueueRefused(REPLACED)
            new_id = enqueue_card(job.producer, job.card_generation, self._clock())
            log_action(StaffLogAction.CARD_REPRINT, job.producer.number, self._clock(),
                       job=new_id)
        return new_id

    def recover(self) -> int:
        """At start-up: jobs caught printing by a crash before CUPS had them wait again
        (returns how many). Jobs CUPS already had keep printing: `in_cups` lists them, and
        the print desk asks CUPS how they ended instead of printing the card twice."""
        with store_errors(), self._store.atomic():
            return int(PrintJob.update(state=JobState.WAITING.value, failure=None,
                                       detail=INTERRUPTED)
                       .where((PrintJob.state == JobState.PRINTING.value)
                              & PrintJob.cups_job.is_null()).execute())

    # ---- helpers ------------------------------------------------------------------------------

    @staticmethod
    def _revoked(job: PrintJob) -> bool:
        card = Card.get((Card.producer == job.producer)
                        & (Card.generation == job.card_generation))
        return card.revoked_at is not None

    def _card_to_print(self, job: PrintJob) -> CardToPrint:
        card = Card.get((Card.producer == job.producer)
                        & (Card.generation == job.card_generation))
        if not card.token:
            raise QueueRefused("this card was issued at another kiosk; reissue it here")
        balance = BalanceCache.get_or_none(BalanceCache.producer == job.producer)
        producer = job.producer
        return CardToPrint(int(job.id), producer.nickname,
                           str(ProducerNumber.parse(producer.number)),
                           self._rules.rank_for(balance.pv_earned if balance else 0),
                           card.token, card.generation, self._branding.current())

    @staticmethod
    def _job(job_id: int, *allowed: JobState) -> PrintJob:
        job = PrintJob.get_or_none(PrintJob.id == job_id)
        if job is None:
            raise QueueRefused(f"no print job {job_id}")
        if JobState(job.state) not in allowed:
            raise QueueRefused(f"job {job_id} is {job.state}")
        return job

    def _move(self, job: PrintJob, state: JobState, failure: PrintFailureState | None = None,
              detail: str = "", **changes: object) -> None:
        job.state = state.value
        job.updated_at = self._clock().astimezone(UTC).isoformat(timespec="seconds")
        job.failure = failure.value if failure is not None else None
        job.detail = detail or None
        for name, value in changes.items():
            setattr(job, name, value)
        job.save()
