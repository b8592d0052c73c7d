"""Printing the next queued card: draw its face, send it to the card printer, record the
outcome in the queue. Runs off the UI thread (`run_in_background`); no widgets here.
"""

from __future__ import annotations

from kiosk.services.print_queue import PrintQueueService, QueueRefused
from kiosk.ui.printing import PrintFailure, print_card


def print_next(queue: PrintQueueService, printer: str, cafe_name: str) -> int | None:
    """Print the oldest waiting card; returns its job id (None: nothing was waiting).
    A printer failure is recorded on the job, with its reason, for staff to act on."""
    from kiosk.cards.art import CardFace, render_card_front, to_png

    job_id = queue.next_waiting()
    if job_id is None:
        return None
    card = queue.start(job_id, printer)
    try:
        front = to_png(render_card_front(CardFace(card.nickname, card.producer_number,
                                                  card.rank, card.token, cafe_name)))
        print_card(printer, front, title=f"Producer card {card.producer_number}")
    except (PrintFailure, QueueRefused, OSError) as exc:
        queue.finished(job_id, str(exc))
    else:
        queue.finished(job_id)
    return job_id
