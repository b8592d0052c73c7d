"""Card print jobs as rows of the store: what issuing a card (at registration, at a reissue,
or when the sync gave a producer a new number) writes in its own transaction, and the words
for a job's state and for why it failed.

The queue's use cases (print, retry, cancel, reprint) are `kiosk.services.print_queue`.
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime

from kiosk.db.models import PrintJob, Producer

__all__ = ["REPLACED", "JobState", "PrintFailureState", "enqueue_card"]


class JobState(enum.Enum):
    WAITING = "waiting"
    PRINTING = "printing"
    PRINTED = "printed"
    FAILED = "failed"
    CANCELLED = "cancelled"


class PrintFailureState(enum.StrEnum):
    """Why a failed job did not print (`print_job.failure`; `detail` keeps the words behind
    it): the card printer was not ready when asked, or the print itself failed."""

    NO_SUCH_PRINTER = "no_such_printer"
    PAUSED = "paused"
    NOT_ACCEPTING = "not_accepting"
    OUT_OF_CARDS = "out_of_cards"
    RIBBON_OUT = "ribbon_out"
    COVER_OPEN = "cover_open"
    CARD_JAM = "card_jam"
    OFFLINE = "offline"
    NO_CARD_SIZE = "no_card_size"         # the queue's driver offers no card page
    NO_PRINT_SERVICE = "no_print_service"  # CUPS not running
    PRINT_ERROR = "print_error"           # the printer took the card and failed it

    @property
    def printer_not_ready(self) -> bool:
        """The printer cannot take cards: the cards behind this one would fail alike."""
        return self is not PrintFailureState.PRINT_ERROR


REPLACED = "a newer card replaced this one; print that instead"


def enqueue_card(producer: Producer, generation: int, moment: datetime) -> int:
    """Queue a card (inside the caller's transaction: issuing and queueing are one). The
    producer's older cards that still wait (or failed) will never print: cancelled."""
    stamp = moment.astimezone(UTC).isoformat(timespec="seconds")
    PrintJob.update(state=JobState.CANCELLED.value, failure=None, detail=REPLACED,
                    updated_at=stamp).where(
        (PrintJob.producer == producer) & (PrintJob.card_generation < generation)
        & PrintJob.state.in_([JobState.WAITING.value, JobState.FAILED.value])).execute()
    job = PrintJob.create(producer=producer, card_generation=generation,
                          state=JobState.WAITING.value, created_at=stamp, updated_at=stamp)
    return int(job.id)
