"""Printer readiness: what CUPS says about a card-printer queue, as a state staff can act on.

The CUPS tests run a private cupsd (tests/support/cups.py) and put its queue into each state
the way a person or a driver would: `cupsdisable`, `cupsreject`, printer-state-reasons. The
parsing and the failure paths (no lpstat, no answer) run without CUPS.
"""

from __future__ import annotations

import os
import stat
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
    parse_lpstat,
    printer_readiness,
    printer_state,
)
from kiosk.ui.problems import staff as messages
from tests.support.cups import CupsServer

# ---- lpstat's words → a state (no CUPS needed) ----------------------------------------------

IDLE = "printer Cards is idle.  enabled since Mon Nov 23 05:13:12 2026\n"
ACCEPTING = "Cards accepting requests since Mon Nov 23 05:13:12 2026\n"
LONG = "\tForm mounted:\n\tContent types: any\n\tDescription: Cards\n"


def lpstat(printer: str = IDLE, alerts: str = "none", acceptance: str = ACCEPTING) -> str:
    head, _, message = printer.partition("\n")
    return (f"scheduler is running\n{head}\n{message}{LONG}\tAlerts: {alerts}\n"
            f"\tLocation: \n{acceptance}")


@pytest.mark.parametrize(("output", "state", "detail"), [
    (lpstat(), PrinterState.READY, ""),
    (lpstat("printer Cards now printing Cards-3.  enabled since Mon Nov 23 2026\n"),
     PrinterState.READY, ""),
    (lpstat(alerts="media-low-warning"), PrinterState.READY, "media-low-warning"),
    (lpstat("printer Cards disabled since Mon Nov 23 2026 -\n\tPaused\n", "paused"),
     PrinterState.PAUSED, "Paused"),
    (lpstat("printer Cards disabled since Mon Nov 23 2026 -\n\treason unknown\n"),
     PrinterState.PAUSED, "paused"),
    (lpstat(acceptance="Cards not accepting requests since Mon Nov 23 2026 -\n\tfull\n"),
     PrinterState.NOT_ACCEPTING, "full"),
    (lpstat(alerts="media-empty-error"), PrinterState.OUT_OF_CARDS, "media-empty-error"),
    (lpstat(alerts="input-tray-missing"), PrinterState.OUT_OF_CARDS, "input-tray-missing"),
    (lpstat("printer Cards disabled since Mon Nov 23 2026 -\n\tMedia empty\n",
            "media-needed-error paused"),
     PrinterState.OUT_OF_CARDS, "media-needed-error; Media empty; queue paused"),
    (lpstat(alerts="offline-report"), PrinterState.OFFLINE, "offline-report"),
    (lpstat(alerts="connecting-to-device"), PrinterState.OFFLINE, "connecting-to-device"),
    (lpstat(alerts="cover-open-error media-low-report"), PrinterState.OFFLINE,
     "cover-open-error"),
])
def test_lpstat_output_becomes_a_state(output: str, state: PrinterState, detail: str) -> None:
    assert parse_lpstat("Cards", 0, output, "") == Readiness(state, detail)


def test_a_queue_cups_does_not_know_is_no_such_printer() -> None:
    readiness = parse_lpstat("Nope", 1, "scheduler is running\n",
                             'lpstat: Invalid destination name in list "Nope".\n')
    assert readiness.state is PrinterState.NO_SUCH_PRINTER


def test_cups_not_running_is_unknown_not_a_missing_printer() -> None:
    # lpstat says "Invalid destination" for every name when it cannot reach the scheduler.
    readiness = parse_lpstat("Cards", 1, "scheduler is not running\n",
                             'lpstat: Invalid destination name in list "Cards".\n')
    assert readiness == Readiness(PrinterState.UNKNOWN, "the print service (CUPS) is not running")


def test_output_about_another_queue_is_unknown() -> None:
    assert parse_lpstat("Cards", 0, "scheduler is running\n", "").state is PrinterState.UNKNOWN


def test_a_printer_that_is_not_ready_is_the_failure_its_job_records() -> None:
    recorded = {state: Readiness(state, "CUPS words").failure for state in PrinterState}
    # Ready, or not known: the card is printed (and the print itself then tells).
    assert recorded.pop(PrinterState.READY) is None
    assert recorded.pop(PrinterState.UNKNOWN) is None
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
    queue.failed(broken, PrintFailureState.PRINT_ERROR, "not_ready: the printer reported an "
                                                        "error")
    texts = {job.job_id: messages.job_failure(job) for job in queue.jobs()}
    assert texts == {
        paused: "paused: resume the printer in the printer settings, then retry",
        broken: "not_ready: the printer reported an error"}


def test_without_lpstat_the_state_is_unknown(monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    readiness = printer_readiness("Cards")
    assert readiness.state is PrinterState.UNKNOWN and "lpstat" in readiness.detail


def test_a_cups_that_does_not_answer_is_unknown_in_time(monkeypatch: pytest.MonkeyPatch,
                                                        tmp_path: Path) -> None:
    fake = tmp_path / "lpstat"
    fake.write_text("#!/bin/sh\nexec sleep 10\n")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ.get('PATH', '')}")
    started = time.monotonic()
    readiness = printer_readiness("Cards", timeout_s=0.3)
    assert time.monotonic() - started < 3
    assert readiness.state is PrinterState.UNKNOWN and "did not answer" in readiness.detail


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
