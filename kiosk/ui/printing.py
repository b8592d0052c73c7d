"""Printing a producer card or a credentials slip on a CUPS queue, and knowing it printed.

A card goes on the driver's own card page, whatever its orientation and bleed (`print_media`),
drawn to fit it exactly (`cards.print_pages`), with the back when the driver has a way to
print both sides (standard `Duplex`, Zebra's `DualSidePrinting`, Magicard's `UTDuplex` …)
and explicitly one-sided otherwise (no blank back pass). The job is then followed in CUPS
until the card is out (`completed`). What goes wrong is raised as `PrintFailure`:

- the queue does not exist, or the driver offers no card (or no slip) page;
- the printer is not ready while the job waits (offline, out of cards or ribbon, cover open,
  paused …): after `NOT_READY_GRACE_S` the job is cancelled, so that nothing prints later
  by surprise, and the failure carries the printer's state;
- the job stopped, was aborted, cancelled or held;
- still printing after the wait (`STILL_PRINTING`, with the CUPS job id to follow).

Blocking for as long as the printer takes: call these off the UI thread (the printing pool).
"""

from __future__ import annotations

import enum
import io
import logging
import time
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from kiosk.cards.print_pages import card_pdf, slip_pdf
from kiosk.domain.print_media import (
    CARD_PT,
    MediaSize,
    find_card_media,
    find_paper_saving,
    slip_page,
)
from kiosk.ui.cups_client import (
    CupsUnavailable,
    DriverOffer,
    JobOutcome,
    NoSuchQueue,
    cancel_job,
    default_queue,
    driver_offer,
    job_outcome,
    queue_names,
    submit_pdf,
)
from kiosk.ui.printer_status import PrinterState, Readiness, readiness_from

log = logging.getLogger(__name__)

CARD_WAIT_S = 120.0          # a duplex card on a slow printer takes about a minute
SLIP_WAIT_S = 60.0
NOT_READY_GRACE_S = 4.0      # a printer may report "connecting" for a moment; then it is not
POLL_S = 0.25


class PrintProblem(enum.Enum):
    NO_SUCH_PRINTER = "no_such_printer"
    NO_PRINT_SERVICE = "no_print_service"      # CUPS is not running or not answering
    NO_CARD_SIZE = "no_card_size"              # the driver offers no card page
    NO_SLIP_SIZE = "no_slip_size"              # … no page of the slip's paper
    NOT_READY = "not_ready"                    # the printer cannot print now (`readiness`)
    JOB_FAILED = "job_failed"                  # stopped, aborted, cancelled or held
    STILL_PRINTING = "still_printing"          # not finished within the wait
    BAD_IMAGE = "bad_image"


class PrintFailure(RuntimeError):
    def __init__(self, problem: PrintProblem, detail: str = "", job_id: int | None = None,
                 readiness: Readiness | None = None) -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail
        self.job_id = job_id
        self.readiness = readiness


@dataclass(frozen=True)
class Printed:
    """A job that came out: its CUPS id, the page it went on, and whether both sides did."""

    job_id: int
    media: str
    both_sides: bool


def printer_names() -> list[str]:
    """The print queues of this machine (CUPS), default first."""
    return queue_names()


def resolve_printer(configured: str) -> str:
    """The chosen print queue, else the machine's default ("" when there is none)."""
    return configured or default_queue()


def _offer(queue: str) -> DriverOffer:
    try:
        return driver_offer(queue)
    except NoSuchQueue as exc:
        raise PrintFailure(PrintProblem.NO_SUCH_PRINTER, queue) from exc
    except CupsUnavailable as exc:
        raise PrintFailure(PrintProblem.NO_PRINT_SERVICE, str(exc)) from exc


def print_card(queue: str, front_png: bytes, back_png: bytes | None = None,
               title: str = "Producer card", wait_s: float | None = None) -> Printed:
    """One card (front, and back where the driver can) on `queue`, followed until it is out
    (at most `wait_s`, default `CARD_WAIT_S`)."""
    offer = _offer(queue)
    media = find_card_media(offer.sizes)
    if media is None:
        sizes = ", ".join(size.name for size in offer.sizes[:6]) or "none"
        raise PrintFailure(PrintProblem.NO_CARD_SIZE, f"the driver's page sizes: {sizes}")
    duplex = offer.duplex
    both = back_png is not None and duplex is not None
    options = offer.page_option(media)
    if duplex is not None and (both or duplex.one is not None):
        options[duplex.keyword] = duplex.both if both else str(duplex.one)
    if back_png is not None and duplex is None:
        log.warning("%s has no way to print both sides: front only", queue)
    pdf = card_pdf(front_png, back_png if both else None, media)
    job = _submit(queue, pdf, title, options)
    _follow(queue, job, CARD_WAIT_S if wait_s is None else wait_s)
    return Printed(job, media.name, both)


def print_slip(queue: str, slip_png: bytes, paper: str = "receipt",
               title: str = "Producer login", wait_s: float | None = None) -> Printed:
    """The credentials slip on `queue`'s roll or sheet, inside its printable area."""
    offer = _offer(queue)
    with Image.open(io.BytesIO(slip_png)) as image:
        aspect = image.height / max(1, image.width)
    page = slip_page(paper, offer.sizes, aspect, offer.custom_range if offer.from_ppd else None)
    if page is None:
        raise PrintFailure(PrintProblem.NO_SLIP_SIZE, paper)
    options = {"PageSize": page.media.name} if page.custom else offer.page_option(page.media)
    duplex = offer.duplex
    if duplex is not None and duplex.one is not None:
        options[duplex.keyword] = duplex.one
    saving = find_paper_saving(offer.options) if paper in ("receipt", "label") else None
    if saving is not None and not page.custom:     # a fixed roll page: no blank tail
        options[saving[0]] = saving[1]
    job = _submit(queue, slip_pdf(slip_png, page.media), title, options)
    _follow(queue, job, SLIP_WAIT_S if wait_s is None else wait_s)
    return Printed(job, page.media.name, False)


def save_card_pdf(path: Path, front_png: bytes, back_png: bytes | None = None,
                  title: str = "Producer card") -> None:
    """"Save as PDF": an exact CR80 page per side, whatever printers the machine has."""
    del title                                  # a file's name says what it is
    media = MediaSize("CR80", *CARD_PT)
    path.write_bytes(card_pdf(front_png, back_png, media))


def _submit(queue: str, pdf: bytes, title: str, options: dict[str, str]) -> int:
    try:
        return submit_pdf(queue, pdf, title, options)
    except NoSuchQueue as exc:
        raise PrintFailure(PrintProblem.NO_SUCH_PRINTER, queue) from exc
    except CupsUnavailable as exc:
        raise PrintFailure(PrintProblem.NO_PRINT_SERVICE, str(exc)) from exc


def follow_job(queue: str, job_id: int, wait_s: float, grace_s: float = 0.0) -> None:
    """Look at a job CUPS already has (a slow one, or one sent before a restart): returns
    when it completed, raises PrintFailure otherwise (`STILL_PRINTING` while it goes on and
    its printer is ready; a printer not ready fails it after `grace_s`)."""
    _follow(queue, job_id, wait_s, grace_s)


def _follow(queue: str, job_id: int, wait_s: float,
            grace_s: float = NOT_READY_GRACE_S) -> None:
    """Until the job completed (returns) or cannot complete (raises PrintFailure)."""
    deadline = time.monotonic() + wait_s
    not_ready_since: float | None = None
    while True:
        try:
            outcome = job_outcome(queue, job_id)
        except NoSuchQueue as exc:
            raise PrintFailure(PrintProblem.JOB_FAILED, f"CUPS lost job {job_id}",
                               job_id) from exc
        except CupsUnavailable as exc:
            raise PrintFailure(PrintProblem.NO_PRINT_SERVICE, str(exc), job_id) from exc
        if outcome.printed:
            return
        readiness = readiness_from(outcome.printer) if outcome.printer else None
        if outcome.failed:
            _cancel_quietly(outcome)
            raise PrintFailure(PrintProblem.JOB_FAILED, _words(outcome), job_id,
                               readiness if readiness and not readiness.ready else None)
        now = time.monotonic()
        if readiness is not None and readiness.failure is not None and \
                readiness.state is not PrinterState.NOT_ACCEPTING:
            not_ready_since = not_ready_since or now
            if now - not_ready_since >= grace_s:
                _cancel_quietly(outcome)
                raise PrintFailure(PrintProblem.NOT_READY, readiness.detail, job_id, readiness)
        else:
            not_ready_since = None
        if now >= deadline:
            raise PrintFailure(PrintProblem.STILL_PRINTING, _words(outcome), job_id)
        time.sleep(POLL_S)


def _cancel_quietly(outcome: JobOutcome) -> None:
    """A job that failed must not print later by surprise (a retry sends a new one)."""
    if not outcome.state.ended:
        cancel_job(outcome.job_id)


def _words(outcome: JobOutcome) -> str:
    parts = [f"job {outcome.job_id} {outcome.state.name.lower()}", " ".join(outcome.reasons),
             outcome.message]
    return "; ".join(part for part in parts if part)
