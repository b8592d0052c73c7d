"""Card and slip printers as cafés have them, through a real (private) CUPS: queues with
drivers shaped like Evolis, Zebra, Magicard and HID Fargo ones, an office A4 printer and
receipt printers, on a device backend that goes offline, runs out of cards or ribbon, is
slow, fails mid-job — and what the kiosk records and tells staff in each case.

What came out is read back from the device: exact page size and count (pdfinfo), and the QR
decoded by zxing-cpp from the rasterised front. Nothing may be marked printed that did not
print.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from kiosk.db.store import Store
from kiosk.domain.rules import RuleBook
from kiosk.services.card_issue import CardIssuer
from kiosk.services.print_queue import (
    JobState,
    PrintFailureState,
    PrintQueueService,
    QueuedCard,
)
from kiosk.services.registration import RegistrationRequest
from kiosk.ui import printing
from kiosk.ui.print_worker import card_back_png, card_front_png, print_next, reconcile
from kiosk.ui.printer_status import PrinterState, card_printer_readiness, printer_readiness
from kiosk.ui.printing import PrintFailure, PrintProblem, print_card, print_slip
from kiosk.ui.problems import staff as messages
from tests.support.cups import CupsServer, Device
from tests.support.outside import missing_program
from tests.support.printer_shapes import SHAPES
from tests.support.qr import qr_texts

pytestmark = pytest.mark.slow
CARD_SHAPES = ["evolis_primacy", "evolis_zenius", "zebra_zc300", "magicard", "fargo_dtc"]
_names = iter(range(10_000))


@pytest.fixture(autouse=True)
def _poppler() -> None:
    if shutil.which("pdfinfo") is None or shutil.which("pdftoppm") is None:
        missing_program("poppler-utils (pdfinfo, pdftoppm)")


def queue_name(shape: str) -> str:
    return f"{shape}_{next(_names)}"


def rgb_pixels(image: Image.Image) -> list[tuple[int, int, int]]:
    data = image.convert("RGB").tobytes()
    return [(data[i], data[i + 1], data[i + 2]) for i in range(0, len(data), 3)]


def pages(pdf: Path) -> list[tuple[float, float]]:
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(pdf)], capture_output=True,
                          text=True, check=True).stdout
    return [(float(w), float(h)) for w, h in
            re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)]


def raster(pdf: Path, page: int, tmp_path: Path, dpi: int = 300) -> Image.Image:
    stem = tmp_path / f"{pdf.stem}-p{page}"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(stem)], check=True)
    return Image.open(f"{stem}.png")


def waiting_card(issuer: CardIssuer, store: Store, rules: RuleBook,
                 name: str = "ミク") -> tuple[PrintQueueService, str]:
    card = issuer.issue(RegistrationRequest.new(name, "ja", True))
    return PrintQueueService(store, rules), card.issued.token


# ---- the driver shapes ----------------------------------------------------------------------

@pytest.mark.parametrize("shape", CARD_SHAPES)
def test_each_card_driver_gets_its_own_card_page_both_sides_where_it_can(
        qapp: object, cups: CupsServer, issuer: CardIssuer, store: Store, rules: RuleBook,
        tmp_path: Path, shape: str) -> None:
    name = queue_name(shape)
    device = cups.add_shaped_printer(name, shape)
    queue, token = waiting_card(issuer, store, rules)
    job = print_next(queue, name)
    assert job is not None
    done = queue.job(job)
    assert done.state is JobState.PRINTED, (done.failure, done.detail)
    [received] = device.received()
    card = SHAPES[shape].card
    assert card is not None
    expected = (card.width, card.height)
    assert pages(received) == [expected] * (2 if SHAPES[shape].both_sides else 1)
    front = raster(received, 1, tmp_path)
    assert qr_texts(front) == [token]


def test_an_office_printer_as_card_printer_is_refused_once_not_card_by_card(
        qapp: object, cups: CupsServer, issuer: CardIssuer, store: Store,
        rules: RuleBook) -> None:
    name = queue_name("office_a4")
    device = cups.add_shaped_printer(name, "office_a4")
    for nickname in ("Ann", "Bob", "Cy"):
        issuer.issue(RegistrationRequest.new(nickname, "en", True))
    queue = PrintQueueService(store, rules)
    assert card_printer_readiness(name).state is PrinterState.NO_CARD_SIZE
    job = print_next(queue, name, readiness=printer_readiness)
    assert job is not None
    failed = queue.job(job)
    assert (failed.state, failed.failure) == (JobState.FAILED, PrintFailureState.NO_CARD_SIZE)
    assert PrintFailureState.NO_CARD_SIZE.printer_not_ready     # the batch stops here
    assert "offers no card size" in messages.job_failure(failed)
    assert device.received() == []
    assert [j.state for j in queue.jobs()].count(JobState.WAITING) == 2


# ---- devices as they behave -----------------------------------------------------------------

def print_one_on(cups: CupsServer, shape: str, device_state: str, issuer: CardIssuer,
                 store: Store, rules: RuleBook
                 ) -> tuple[str, Device, PrintQueueService, int, QueuedCard]:
    """A new card printed on a fresh queue of `shape` whose device is in `device_state`:
    the queue's name, its device, the print queue, the job and how it ended."""
    name = queue_name(shape)
    device = cups.add_shaped_printer(name, shape)
    queue, _token = waiting_card(issuer, store, rules)
    device.set(device_state)
    job = print_next(queue, name)
    assert job is not None
    return name, device, queue, job, queue.job(job)


def test_a_switched_off_printer_fails_the_card_as_offline_and_prints_nothing_later(
        qapp: object, cups: CupsServer, issuer: CardIssuer, store: Store,
        rules: RuleBook) -> None:
    name, device, queue, job, failed = print_one_on(cups, "zebra_zc300", "offline", issuer,
                                                    store, rules)
    assert (failed.state, failed.failure) == (JobState.FAILED, PrintFailureState.OFFLINE)
    assert "offline" in messages.job_failure(failed)
    assert cups.jobs("not-completed", name) == []        # cancelled: nothing prints later
    device.set("online")
    assert device.received() == []
    queue.retry(job)
    assert print_next(queue, name) == job
    assert queue.job(job).state is JobState.PRINTED
    assert len(device.received()) == 1


@pytest.mark.parametrize(("device_state", "failure"), [
    ("empty", PrintFailureState.OUT_OF_CARDS),
    ("ribbon", PrintFailureState.RIBBON_OUT),
])
def test_a_printer_that_runs_out_mid_batch_says_what_ran_out(
        qapp: object, cups: CupsServer, issuer: CardIssuer, store: Store, rules: RuleBook,
        device_state: str, failure: PrintFailureState) -> None:
    name, device, _queue, _job, failed = print_one_on(cups, "magicard", device_state, issuer,
                                                      store, rules)
    assert (failed.state, failed.failure) == (JobState.FAILED, failure)
    assert printer_readiness(name).failure is failure      # the printer line agrees
    assert device.received() == []


def test_a_device_failing_mid_job_is_not_printed(
        qapp: object, cups: CupsServer, issuer: CardIssuer, store: Store,
        rules: RuleBook) -> None:
    _name, _device, queue, _job, failed = print_one_on(cups, "fargo_dtc", "fail", issuer,
                                                       store, rules)
    assert failed.state is JobState.FAILED
    assert failed.failure is not PrintFailureState.PRINT_ERROR or failed.detail
    assert queue.counts()[JobState.PRINTED] == 0


def test_a_slow_printer_prints_and_a_very_slow_one_is_followed_until_it_is_done(
        qapp: object, cups: CupsServer, issuer: CardIssuer, store: Store, rules: RuleBook,
        monkeypatch: pytest.MonkeyPatch) -> None:
    name = queue_name("evolis_primacy")
    device = cups.add_shaped_printer(name, "evolis_primacy", seconds=3)
    queue, _token = waiting_card(issuer, store, rules)
    monkeypatch.setattr(printing, "CARD_WAIT_S", 0.5)       # the kiosk stops waiting…
    job = print_next(queue, name)
    assert job is not None
    going = queue.job(job)
    assert going.state is JobState.PRINTING                # …but does not say "printed"
    assert queue.in_cups() and device.received() == []
    assert queue.recover() == 0                            # a restart would not reprint it
    deadline_polls = 0
    while queue.job(job).state is JobState.PRINTING and deadline_polls < 60:
        reconcile(queue)
        deadline_polls += 1
    assert queue.job(job).state is JobState.PRINTED
    assert len(device.received()) == 1


# ---- slips ------------------------------------------------------------------------------------

def slip_png(issuer: CardIssuer) -> bytes:
    from kiosk.cards.art import render_slip, to_png
    from kiosk.services.card_issue import credentials_slip
    from tests.conftest import BRANDING

    issued = issuer.issue(RegistrationRequest.new("Alexandra", "en", True)).issued
    return to_png(render_slip(credentials_slip(issued, BRANDING)))


def test_a_slip_on_an_80mm_roll_is_cut_to_its_length_and_printed_black(
        qapp: object, cups: CupsServer, issuer: CardIssuer, tmp_path: Path) -> None:
    name = queue_name("receipt_80")
    device = cups.add_shaped_printer(name, "receipt_80")
    png = slip_png(issuer)
    done = print_slip(name, png, "receipt")
    [received] = device.received()
    [(width, height)] = pages(received)
    assert width == pytest.approx(226.77, abs=0.01)
    with Image.open(io.BytesIO(png)) as slip:
        expected = (226.77 - 2 * 9.92) * slip.height / slip.width
    assert height == pytest.approx(expected, abs=2)         # no blank tail
    assert done.media.startswith("Custom.")
    page = raster(received, 1, tmp_path, dpi=203).convert("RGB")
    inked = [pixel for pixel in rgb_pixels(page) if sum(pixel) < 600]
    assert inked and min(sum(pixel) for pixel in inked) < 60    # real black
    assert all(max(p) - min(p) < 24 for p in inked)             # and no colour
    grey = page.convert("L")
    left = min(x for x in range(grey.width)
               if min(grey.crop((x, 0, x + 1, grey.height)).tobytes()) < 100)
    assert left >= 9.92 / 72 * 203 - 2                          # inside the printable area


def test_a_slip_on_a_fixed_length_roll_takes_the_shortest_that_holds_it(
        qapp: object, cups: CupsServer, issuer: CardIssuer) -> None:
    name = queue_name("receipt_58")
    device = cups.add_shaped_printer(name, "receipt_58")
    png = slip_png(issuer)
    done = print_slip(name, png, "receipt")
    assert not done.media.startswith("Custom.")             # this driver has no custom size
    [received] = device.received()
    [(width, height)] = pages(received)
    with Image.open(io.BytesIO(png)) as slip:
        needed = (164.41 - 14) * slip.height / slip.width
    lengths = sorted(page.height for page in SHAPES["receipt_58"].pages)
    shortest = next(length for length in lengths if length >= needed - 1)
    assert width == pytest.approx(164.41, abs=0.01)
    assert height == pytest.approx(shortest, abs=0.01)


def test_a_slip_on_a_driver_that_trims_blank_paper_asks_it_to(
        qapp: object, cups: CupsServer, issuer: CardIssuer) -> None:
    name = queue_name("epson_tm_80")
    device = cups.add_shaped_printer(name, "epson_tm_80")
    done = print_slip(name, slip_png(issuer), "receipt")
    assert done.media == "RP80x297"                          # the shortest page that holds it
    [received] = device.received()
    options = received.with_suffix(".options").read_text()
    assert "TmtPaperReduction=Both" in options.split()     # no 20 cm blank tail


def test_a_slip_on_an_a4_printer_with_margins_prints(qapp: object, cups: CupsServer,
                                                     issuer: CardIssuer,
                                                     tmp_path: Path) -> None:
    name = queue_name("office_a4")
    device = cups.add_shaped_printer(name, "office_a4")
    print_slip(name, slip_png(issuer), "a4")
    [received] = device.received()
    assert pages(received) == [(595.28, 841.89)]
    page = raster(received, 1, tmp_path, dpi=100).convert("L")
    top = min(y for y in range(page.height) if min(page.crop((0, y, page.width, y + 1))
                                                    .tobytes()) < 100)
    assert top >= 12 / 72 * 100 - 1


def test_a_slip_that_cannot_print_says_so(qapp: object, cups: CupsServer,
                                          issuer: CardIssuer) -> None:
    name = queue_name("receipt_80")
    device = cups.add_shaped_printer(name, "receipt_80")
    device.set("offline")
    with pytest.raises(PrintFailure) as caught:
        print_slip(name, slip_png(issuer), "receipt")
    assert caught.value.problem is PrintProblem.NOT_READY
    assert caught.value.readiness is not None
    assert caught.value.readiness.state is PrinterState.OFFLINE
    assert "offline" in messages.print_failure(caught.value)
    device.set("online")


def test_a_card_on_a_one_sided_printer_prints_its_front_and_says_so(
        qapp: object, cups: CupsServer, issuer: CardIssuer, store: Store,
        rules: RuleBook) -> None:
    name = queue_name("evolis_zenius")
    cups.add_shaped_printer(name, "evolis_zenius")
    queue, _token = waiting_card(issuer, store, rules)
    job = queue.next_waiting()
    assert job is not None
    card = queue.card_for(job)
    done = print_card(name, card_front_png(card), card_back_png(card))
    assert not done.both_sides and done.media == "Card"
