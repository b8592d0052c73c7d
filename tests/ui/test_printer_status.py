"""Printer readiness: what CUPS says about a card-printer queue, as a state staff can act on.

The CUPS tests run a private cupsd (tests/support/cups.py) and put its queue into each state
the way a person or a driver would: `cupsdisable`, `cupsreject`, printer-state-reasons. The
reading of the attributes and the failure path (no CUPS) run without it.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from kiosk.db.store import Store
from kiosk.domain.rules import RuleBook
from kiosk.services.card_issue import CardIssuer
from kiosk.services.print_queue import JobState, PrintFailureState, PrintQueueService
from kiosk.services.registration import RegistrationRequest
from kiosk.ui.print_worker import print_next
from kiosk.ui.printer_status import (
    PrinterState,
    Readiness,
    Supply,
    printer_readiness,
    printer_state,
    readiness_from,
)
from kiosk.ui.problems import staff as messages
from tests.support.cups import CupsServer

# ---- CUPS's attributes → a state (no CUPS needed) ---------------------------------------------

IDLE, STOPPED = 3, 5


def printer(state: int = IDLE, reasons: tuple[str, ...] = ("none",), message: str = "",
            accepting: bool = True, **more: object) -> dict[str, object]:
    return {"printer-state": state, "printer-state-reasons": list(reasons),
            "printer-state-message": message, "printer-is-accepting-jobs": accepting, **more}


@pytest.mark.parametrize(("attributes", "state", "detail"), [
    (printer(), PrinterState.READY, ""),
    (printer(4), PrinterState.READY, ""),
    (printer(reasons=("media-low-warning",)), PrinterState.READY, "media-low-warning"),
    (printer(STOPPED, ("paused",), "Paused"), PrinterState.PAUSED, "Paused"),
    (printer(STOPPED), PrinterState.PAUSED, "paused"),
    (printer(accepting=False, message="full"), PrinterState.NOT_ACCEPTING, "full"),
    (printer(reasons=("media-empty-error",)), PrinterState.OUT_OF_CARDS, "media-empty-error"),
    (printer(reasons=("input-tray-missing",)), PrinterState.OUT_OF_CARDS,
     "input-tray-missing"),
    (printer(STOPPED, ("media-needed-error", "paused"), "Media empty"),
     PrinterState.OUT_OF_CARDS, "media-needed-error; Media empty; queue paused"),
    (printer(reasons=("marker-supply-empty-error",)), PrinterState.RIBBON_OUT,
     "marker-supply-empty-error"),
    (printer(reasons=("cover-open-error", "media-low-report")), PrinterState.COVER_OPEN,
     "cover-open-error"),
    (printer(reasons=("media-jam-error",)), PrinterState.CARD_JAM, "media-jam-error"),
    (printer(reasons=("offline-report",)), PrinterState.OFFLINE, "offline-report"),
    (printer(reasons=("connecting-to-device",)), PrinterState.OFFLINE, "connecting-to-device"),
    (printer(reasons=("timed-out-error",)), PrinterState.OFFLINE, "timed-out-error"),
    (printer(reasons=("other-error",)), PrinterState.OFFLINE, "other-error"),
])
def test_cups_attributes_become_a_state(attributes: dict[str, object], state: PrinterState,
                                        detail: str) -> None:
    readiness = readiness_from(attributes)
    assert (readiness.state, readiness.detail) == (state, detail)


@pytest.mark.parametrize(("attributes", "low"), [
    (printer(reasons=("media-low-report",)), (Supply.CARDS,)),
    (printer(reasons=("marker-supply-low-warning",)), (Supply.RIBBON,)),
    (printer(**{"marker-levels": [8], "marker-names": ["YMCKO ribbon"]}), (Supply.RIBBON,)),
    (printer(**{"marker-levels": [64]}), ()),
    (printer(**{"marker-levels": [-1]}), ()),             # level unknown: no warning
    (printer(reasons=("media-low-report", "toner-low-report")), (Supply.CARDS, Supply.RIBBON)),
])
def test_supplies_running_low_are_a_warning_not_a_refusal(attributes: dict[str, object],
                                                          low: tuple[Supply, ...]) -> None:
    readiness = readiness_from(attributes)
    assert readiness.ready and readiness.low == low


def test_staff_read_the_state_and_the_supplies_on_one_line(qapp: object) -> None:
    readiness = readiness_from(printer(reasons=("media-low-report", "marker-supply-low-report")))
    assert messages.readiness_text(readiness) == "ready · cards running low · ribbon running low"


def test_a_printer_that_is_not_ready_is_the_failure_its_job_records() -> None:
    recorded = {state: Readiness(state, "CUPS words").failure for state in PrinterState}
    # Ready: the card is printed (and the job itself then tells).
    assert recorded.pop(PrinterState.READY) is None
    for state, failure in recorded.items():
        assert failure is not None and failure.printer_not_ready
        assert printer_state(failure) is state                  # and back, for the screen
    assert set(recorded.values()) == {f for f in PrintFailureState if f.printer_not_ready}
    assert printer_state(PrintFailureState.PRINT_ERROR) is None


def test_staff_read_what_to_do_about_the_printer_or_the_print_error_itself(
        qapp: object, store: Store, rules: RuleBook, issuer: CardIssuer) -> None:
    for name in ("Ann", "Bob"):
        issuer.issue(RegistrationRequest.new(name, "en", True))
    queue = PrintQueueService(store, rules)
    paused, broken = sorted(job.job_id for job in queue.jobs())
    for job in (paused, broken):
        queue.start(job, "Cards")
    queue.failed(paused, PrintFailureState.PAUSED, "Paused")
    queue.failed(broken, PrintFailureState.PRINT_ERROR, "job 7 aborted; Printer error 0x0042")
    texts = {job.job_id: messages.job_failure(job) for job in queue.jobs()}
    assert texts == {
        paused: "paused: resume the printer in the printer settings, then retry",
        broken: "the printer did not print it: job 7 aborted; Printer error 0x0042"}


def test_without_cups_nothing_can_print(monkeypatch: pytest.MonkeyPatch,
                                         tmp_path: Path) -> None:
    monkeypatch.setenv("CUPS_SERVER", str(tmp_path / "no-cupsd-here.sock"))
    readiness = printer_readiness("Cards")
    assert readiness.state is PrinterState.NO_PRINT_SERVICE and "not running" in readiness.detail
    assert readiness.failure is PrintFailureState.NO_PRINT_SERVICE


def test_a_printer_that_is_not_ready_fails_the_job_without_printing(
        store: Store, rules: RuleBook, issuer: CardIssuer) -> None:
    def out_of_cards(printer: str) -> Readiness:
        asked.append(printer)
        return Readiness(PrinterState.OUT_OF_CARDS, "media-empty-error")

    asked: list[str] = []
    issuer.issue(RegistrationRequest.new("Ann", "en", True))
    queue = PrintQueueService(store, rules)
    job = print_next(queue, "Cards", readiness=out_of_cards)
    assert job is not None and asked == ["Cards"]
    failed = queue.jobs()[0]
    assert failed.state is JobState.FAILED and failed.attempts == 1
    assert (failed.failure, failed.detail) == (PrintFailureState.OUT_OF_CARDS,
                                               "media-empty-error")


# ---- a real CUPS -----------------------------------------------------------------------------




@pytest.mark.slow
def test_a_fresh_queue_is_ready(cups: CupsServer) -> None:
    cups.add_card_printer("StatusReady")
    assert printer_readiness("StatusReady") == Readiness(PrinterState.READY, "")


@pytest.mark.slow
def test_an_unknown_queue_is_no_such_printer(cups: CupsServer) -> None:
    assert printer_readiness("StatusNowhere").state is PrinterState.NO_SUCH_PRINTER


@pytest.mark.slow
def test_a_paused_queue_is_paused_until_resumed(cups: CupsServer) -> None:
    cups.add_card_printer("StatusPaused")
    cups.pause("StatusPaused", "cleaning the rollers")
    assert printer_readiness("StatusPaused") == Readiness(PrinterState.PAUSED,
                                                          "cleaning the rollers")
    cups.resume("StatusPaused")
    assert printer_readiness("StatusPaused").ready


@pytest.mark.slow
def test_a_rejecting_queue_is_not_accepting(cups: CupsServer) -> None:
    cups.add_card_printer("StatusRejecting")
    cups.reject("StatusRejecting", "card stock being changed")
    assert printer_readiness("StatusRejecting") == Readiness(PrinterState.NOT_ACCEPTING,
                                                             "card stock being changed")
    cups.accept("StatusRejecting")
    assert printer_readiness("StatusRejecting").ready


@pytest.mark.slow
def test_a_printer_reporting_no_cards_is_out_of_cards(cups: CupsServer) -> None:
    cups.add_card_printer("StatusEmpty")
    cups.set_reasons("StatusEmpty", "media-empty-error")
    assert printer_readiness("StatusEmpty") == Readiness(PrinterState.OUT_OF_CARDS,
                                                         "media-empty-error")
    # As CUPS does after a job fails for want of cards: the queue stops too.
    cups.pause("StatusEmpty", "Out of cards")
    assert printer_readiness("StatusEmpty") == Readiness(
        PrinterState.OUT_OF_CARDS, "media-empty-error; Out of cards; queue paused")
    cups.set_reasons("StatusEmpty")
    assert printer_readiness("StatusEmpty").state is PrinterState.PAUSED
    cups.resume("StatusEmpty")
    assert printer_readiness("StatusEmpty").ready


@pytest.mark.slow
def test_a_printer_reporting_offline_is_offline(cups: CupsServer) -> None:
    cups.add_card_printer("StatusOffline")
    cups.set_reasons("StatusOffline", "offline-report")
    assert printer_readiness("StatusOffline") == Readiness(PrinterState.OFFLINE,
                                                           "offline-report")


@pytest.mark.slow
def test_a_paused_queue_fails_the_job_and_a_retry_after_resuming_prints(
        qapp: object, cups: CupsServer, store: Store, rules: RuleBook,
        issuer: CardIssuer) -> None:
    out = cups.add_card_printer("StatusQueue")
    cups.pause("StatusQueue")
    issuer.issue(RegistrationRequest.new("Ann", "en", True))
    queue = PrintQueueService(store, rules)
    job = print_next(queue, "StatusQueue")
    assert job is not None
    failed = queue.jobs()[0]
    assert failed.state is JobState.FAILED
    assert failed.failure is PrintFailureState.PAUSED
    assert "resume the printer" in messages.job_failure(failed)
    assert cups.jobs("all", "StatusQueue") == []        # nothing was sent to the paused queue

    cups.resume("StatusQueue")
    queue.retry(job)
    assert print_next(queue, "StatusQueue") == job
    printed = queue.jobs()[0]
    assert printed.state is JobState.PRINTED and printed.attempts == 2
    deadline = time.monotonic() + 60
    while not cups.jobs("completed", "StatusQueue") or out.stat().st_size == 0:
        assert time.monotonic() < deadline, cups.log()
        time.sleep(0.1)
    assert out.read_bytes().startswith(b"%PDF")
