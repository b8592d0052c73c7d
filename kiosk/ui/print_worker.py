"""Printing the next queued card: ask the printer whether it can take a card, draw the card,
send it, follow it in CUPS until it is out, record the outcome in the queue. Runs off the UI
thread (the printing pool); no widgets here.

The readiness check comes first because CUPS happily accepts a job into a paused or offline
queue, and nothing would come out. A printer that is not ready fails the job with its state
(`Readiness.failure`, e.g. `OUT_OF_CARDS`) and CUPS's words as the detail; the UI translates
the state. A job is *printed* only when CUPS says it completed; one CUPS stopped, aborted or
held fails with the printer's reasons; one still going after the wait stays "printing" with
its CUPS job id, and `reconcile` later records how it ended (also after a restart).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from kiosk.services.print_queue import (
    CardToPrint,
    PrintFailureState,
    PrintQueueService,
    QueueRefused,
)
from kiosk.ui.printer_status import Readiness, printer_readiness
from kiosk.ui.printing import PrintFailure, PrintProblem, follow_job, print_card

log = logging.getLogger(__name__)

RECONCILE_WAIT_S = 0.5        # a quick look, not a wait: the next look comes later


def print_next(queue: PrintQueueService, printer: str,
               readiness: Callable[[str], Readiness] = printer_readiness) -> int | None:
    """Print the oldest waiting card (with the café's branding as the queue has it now);
    returns its job id (None: nothing was waiting). A printer failure is recorded on the
    job, with its reason, for staff to act on."""
    job_id = queue.next_waiting()
    if job_id is None:
        return None
    try:
        card = queue.start(job_id, printer)
    except QueueRefused as exc:                # replaced meanwhile: cancelled, not printed
        log.info("print job %s not printed: %s", job_id, exc)
        return job_id
    status = readiness(printer)
    if status.failure is not None:
        queue.failed(job_id, status.failure, status.detail)
        return job_id
    try:
        print_card(printer, card_front_png(card), card_back_png(card),
                   title=f"Producer card {card.producer_number}")
    except PrintFailure as exc:
        record_failure(queue, job_id, exc)
    except (QueueRefused, OSError) as exc:
        queue.failed(job_id, PrintFailureState.PRINT_ERROR, str(exc))
    else:
        queue.finished(job_id)
    return job_id


def record_failure(queue: PrintQueueService, job_id: int, failure: PrintFailure) -> None:
    """What a print failure means for the job: still printing (followed later), the
    printer's state when it explains the failure, else the print error's words."""
    if failure.problem is PrintProblem.STILL_PRINTING and failure.job_id is not None:
        queue.still_printing(job_id, failure.job_id, failure.detail)
        return
    by_problem = {PrintProblem.NO_SUCH_PRINTER: PrintFailureState.NO_SUCH_PRINTER,
                  PrintProblem.NO_CARD_SIZE: PrintFailureState.NO_CARD_SIZE,
                  PrintProblem.NO_PRINT_SERVICE: PrintFailureState.NO_PRINT_SERVICE}
    state = by_problem.get(failure.problem)
    if state is None and failure.readiness is not None:
        state = failure.readiness.failure
    queue.failed(job_id, state or PrintFailureState.PRINT_ERROR, failure.detail)


def reconcile(queue: PrintQueueService) -> int:
    """Record how the jobs CUPS had (slow ones, or sent before a restart) ended; returns how
    many ended. Those still going stay printing."""
    ended = 0
    for job_id, printer, cups_job in queue.in_cups():
        try:
            follow_job(printer, cups_job, RECONCILE_WAIT_S)
        except PrintFailure as exc:
            if exc.problem is PrintProblem.STILL_PRINTING:
                continue
            record_failure(queue, job_id, exc)
        else:
            queue.finished(job_id)
        ended += 1
    return ended


def card_back_png(card: CardToPrint) -> bytes:
    """The card's back (printed only where the printer does duplex)."""
    from kiosk.cards.art import render_card_back, to_png

    return to_png(render_card_back(card.face(), card.branding.website))


def card_front_png(card: CardToPrint) -> bytes:
    """The card's front as it is printed (also what "save as PDF" draws)."""
    # Pillow and qrcode load with the first card, not at start-up.
    from kiosk.cards.art import render_card_front, to_png

    return to_png(render_card_front(card.face()))
