"""Card print jobs as rows of the store: what issuing a card (at registration, at a reissue,
or when the sync gave a producer a new number) writes in its own transaction.

The queue's use cases (print, retry, cancel, reprint) are `kiosk.services.print_queue`.
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime

from kiosk.db.models import PrintJob, Producer

__all__ = ["REPLACED", "JobState", "enqueue_card"]


class JobState(enum.Enum):
    WAITING = "waiting"
    PRINTING = "printing"
    PRINTED = "printed"
    FAILED = "failed"
    CANCELLED = "cancelled"


REPLACED = "a newer card replaced this one; print that instead"


def enqueue_card(producer: Producer, generation: int, moment: datetime) -> int:
    """Queue a card (inside the caller's transaction: issuing and queueing are one). The
    producer's older cards that still wait (or failed) will never print: cancelled."""
    stamp = moment.astimezone(UTC).isoformat(timespec="seconds")
    PrintJob.update(state=JobState.CANCELLED.value, reason=REPLACED, updated_at=stamp).where(
        (PrintJob.producer == producer) & (PrintJob.card_generation < generation)
        & PrintJob.state.in_([JobState.WAITING.value, JobState.FAILED.value])).execute()
    job = PrintJob.create(producer=producer, card_generation=generation,
                          state=JobState.WAITING.value, created_at=stamp, updated_at=stamp)
    return int(job.id)
