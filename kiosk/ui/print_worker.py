"""Printing the next queued card: ask the printer whether it can take a card, draw the card's
face, send it to the card printer, record the outcome in the queue. Runs off the UI thread
(`run_in_background`); no widgets here.

The readiness check comes first because CUPS happily accepts a job into a paused queue, and
the card would then "print" without anything coming out. A printer that is not ready fails
the job with `Readiness.failure` (e.g. `PAUSED`) and CUPS's words as its detail; the UI
translates the state. Staff fix the printer and retry the job. When the state cannot be
found out (`UNKNOWN`: no `lpstat`, CUPS not answering) the card is printed anyway: the print
itself then succeeds or fails (`PRINT_ERROR`, its message as the detail), as before the
check existed.
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
from kiosk.ui.printer_status import PrinterState, Readiness, printer_readiness
from kiosk.ui.printing import PrintFailure, PrintProblem, print_card

log = logging.getLogger(__name__)


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
    if status.state is PrinterState.UNKNOWN:
        log.warning("printing job %s without knowing the state of %r: %s", job_id, printer,
                    status.detail)
    elif status.failure is not None:
        queue.failed(job_id, status.failure, status.detail)
        return job_id
    try:
        print_card(printer, card_front_png(card), card_back_png(card),
                   title=f"Producer card {card.producer_number}")
    except PrintFailure as exc:
        if exc.problem is PrintProblem.NO_SUCH_PRINTER:   # as if CUPS had said so first
            queue.failed(job_id, PrintFailureState.NO_SUCH_PRINTER, exc.detail)
        else:
            queue.failed(job_id, PrintFailureState.PRINT_ERROR, str(exc))
    except (QueueRefused, OSError) as exc:
        queue.failed(job_id, PrintFailureState.PRINT_ERROR, str(exc))
    else:
        queue.finished(job_id)
    return job_id


def card_back_png(card: CardToPrint) -> bytes:
    """The card's back (printed only where the printer does duplex)."""
    from kiosk.cards.art import render_card_back, to_png

    return to_png(render_card_back(card.face(), card.branding.website))


def card_front_png(card: CardToPrint) -> bytes:
    """The card's front as it is printed (also what "save as PDF" draws)."""
    # Pillow and qrcode load with the first card, not at start-up.
    from kiosk.cards.art import render_card_front, to_png

    return to_png(render_card_front(card.face()))
