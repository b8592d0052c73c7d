"""Printing a card through real CUPS: a private cupsd with a CR80 card-printer queue that
prints into a file; the page size is checked to the tenth of a millimetre and zxing-cpp
reads the QR from the printed page, rasterised at 300 dpi, as exactly the token."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from PIL import Image

from kiosk.db.store import Store
from kiosk.domain.rules import RuleBook
from kiosk.services.card_issue import CardIssuer
from kiosk.services.registration import RegistrationRequest
from kiosk.ui.printing import PrintFailure, PrintProblem, print_card, printer_names, save_card_pdf
from tests.conftest import BRANDING
from tests.support.cups import CupsServer
from tests.support.outside import missing_program
from tests.support.qr import qr_texts

pytestmark = pytest.mark.slow
POINTS_PER_MM = 72 / 25.4




def page_sizes_mm(pdf: Path) -> list[tuple[float, float]]:
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(pdf)], capture_output=True,
                          text=True, check=True).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)
    return [(round(float(w) / POINTS_PER_MM, 1), round(float(h) / POINTS_PER_MM, 1))
            for w, h in sizes]


def wait_for_output(cups: CupsServer, out: Path, jobs_before: int) -> None:
    deadline = time.monotonic() + 60
    while len(cups.jobs()) <= jobs_before or out.stat().st_size == 0:
        assert time.monotonic() < deadline, cups.log()
        time.sleep(0.1)


def printed_qr_texts(pdf: Path, page: int, tmp_path: Path) -> list[str]:
    stem = tmp_path / f"page{page}"
    subprocess.run(["pdftoppm", "-r", "300", "-png", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(stem)], check=True)
    with Image.open(f"{stem}.png") as image:
        return qr_texts(image)


def test_a_card_printed_through_cups_is_cr80_and_its_qr_scans(
        qapp: object, cups: CupsServer, issuer: CardIssuer, tmp_path: Path) -> None:
    out = cups.add_card_printer("CardPrinter")
    assert "CardPrinter" in printer_names()
    card = issuer.issue(RegistrationRequest.new("ミク", "ja", True))
    before = len(cups.jobs())
    print_card("CardPrinter", card.card_png, card.card_png, title="card 1")
    wait_for_output(cups, out, before)
    assert page_sizes_mm(out) == [(85.6, 54.0), (85.6, 54.0)]      # front and back
    assert printed_qr_texts(out, 1, tmp_path) == [card.issued.token]


def test_an_unknown_printer_is_a_clear_failure(qapp: object, cups: CupsServer,
                                               issuer: CardIssuer) -> None:
    card = issuer.issue(RegistrationRequest.new("Ann", "en", True))
    with pytest.raises(PrintFailure) as caught:
        print_card("NoSuchPrinter", card.card_png)
    assert caught.value.problem is PrintProblem.NO_SUCH_PRINTER


def test_save_as_pdf_needs_no_printer(qapp: object, issuer: CardIssuer,
                                      tmp_path: Path) -> None:
    if not shutil.which("pdfinfo"):
        missing_program("poppler-utils (pdfinfo)")
    card = issuer.issue(RegistrationRequest.new("Ann", "en", True))
    pdf = tmp_path / "card.pdf"
    save_card_pdf(pdf, card.card_png)
    width, height = page_sizes_mm(pdf)[0]
    # Qt writes page sizes in whole points: 243 × 153 pt is 85.7 × 54.0 mm.
    assert abs(width - 85.6) <= 0.15 and abs(height - 54.0) <= 0.1


def test_the_queue_prints_through_cups_and_keeps_failures_for_staff(
        qapp: object, cups: CupsServer, store: Store, rules: RuleBook, issuer: CardIssuer,
        tmp_path: Path) -> None:
    from kiosk.services.print_queue import JobState, PrintFailureState, PrintQueueService
    from kiosk.ui.print_worker import print_next

    out = cups.add_card_printer("QueuePrinter")
    card = issuer.issue(RegistrationRequest.new("Ann", "en", True))
    queue = PrintQueueService(store, rules)
    job = print_next(queue, "Unplugged")       # a printer that is not there
    assert job is not None
    failed = queue.jobs()[0]
    assert (failed.state, failed.failure) == (JobState.FAILED, PrintFailureState.NO_SUCH_PRINTER)
    queue.retry(job)
    before = len(cups.jobs())
    assert print_next(queue, "QueuePrinter") == job
    wait_for_output(cups, out, before)
    assert queue.jobs()[0].state is JobState.PRINTED
    assert page_sizes_mm(out) == [(85.6, 54.0), (85.6, 54.0)]    # a duplex printer: + back
    assert printed_qr_texts(out, 1, tmp_path) == [card.issued.token]
    assert print_next(queue, "QueuePrinter") is None   # nothing left


@pytest.mark.parametrize(("paper", "width_mm"), [("receipt", 80.0), ("a4", 210.0)])
def test_the_credentials_slip_prints_on_its_paper(
        qapp: object, cups: CupsServer, issuer: CardIssuer, paper: str,
        width_mm: float) -> None:
    """The slip the kiosk prints beside a new card goes to a receipt roll (80 mm wide, as
    long as the slip) or an A4 sheet."""
    from kiosk.cards.art import render_slip, to_png
    from kiosk.services.card_issue import credentials_slip
    from kiosk.ui.printing import print_slip

    out = cups.add_card_printer(f"SlipPrinter-{paper}")
    card = issuer.issue(RegistrationRequest.new("Ann", "en", True))
    before = len(cups.jobs())
    slip = to_png(render_slip(credentials_slip(card.issued, BRANDING)))
    print_slip(f"SlipPrinter-{paper}", slip, paper)
    wait_for_output(cups, out, before)
    (width, height), = page_sizes_mm(out)
    assert abs(width - width_mm) <= 0.2          # the driver's 80 mm roll, or A4
    assert abs(height - 297.0) <= 0.2
