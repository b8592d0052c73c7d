"""What to tell staff when a staff task is refused or fails: the cause and what to do.

Services raise typed refusals; this turns each into a sentence in the kiosk's language.
Unexpected errors are logged with their detail and get a general message, never swallowed.
Each text is a literal inside `translate("StaffMessages", …)` so that lupdate finds it.
"""

from __future__ import annotations

import logging
import math
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from kiosk.ui.formatting import date_time, fill, number, yen
from kiosk.ui.printer_status import PrinterState, Readiness, Supply, printer_state

if TYPE_CHECKING:
    from kiosk.services.print_queue import QueuedCard

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class StaffMessages(QObject):
    """Only a translation context: lupdate extracts plurals from `tr` calls, not from
    `translate(..., n)`. (PySide's stubs type `tr` as an instance method only; called on
    the class it works, and it is what lupdate reads.)"""


def wait_text(retry_after: timedelta | None) -> str:
    seconds = retry_after.total_seconds() if retry_after else 60
    if seconds < 60:
        count = max(1, math.ceil(seconds))
        return StaffMessages.tr(
            "Too many wrong PINs. Try again in %n second(s).", "", count)  # type: ignore[arg-type]
    minutes = math.ceil(seconds / 60)
    return StaffMessages.tr(
        "Too many wrong PINs. Try again in %n minute(s).", "", minutes)  # type: ignore[arg-type]


def pin_refusal(error: Exception) -> str:
    from kiosk.services.staff import PinProblem, PinRefused

    if not isinstance(error, PinRefused):
        return unexpected(error)
    if error.problem is PinProblem.WRONG:
        return translate("StaffMessages", "Wrong PIN. Please try again.")
    if error.problem is PinProblem.LOCKED:
        return wait_text(error.retry_after)
    if error.problem is PinProblem.TOO_SIMPLE:
        return translate("StaffMessages", "Choose 4 to 8 digits, not one digit repeated "
                         "and not a run like 1234.")
    if error.problem is PinProblem.ALREADY_SET:
        return translate("StaffMessages", "A staff PIN was set meanwhile. Please enter it.")
    return translate("StaffMessages", "No staff PIN is set yet.")


def purchase_refusal(error: Exception, timezone: str) -> str:
    from kiosk.services.purchases import PurchaseProblem, PurchaseRefused

    if not isinstance(error, PurchaseRefused):
        return unexpected(error)
    problem = error.problem
    if problem is PurchaseProblem.RECEIPT_USED:
        earlier = error.earlier
        if earlier is None:
            return translate("StaffMessages", "This receipt was already recorded. Nothing "
                             "was added.")
        return fill(translate("StaffMessages", "This receipt was already recorded on %1 "
                              "for %2 (%3): %4, +%5 PV. Nothing was added."),
                    date_time(earlier.recorded_at, timezone), earlier.nickname,
                    earlier.producer_number, yen(earlier.yen), number(earlier.pv))
    if problem is PurchaseProblem.BAD_RECEIPT:
        return translate("StaffMessages", "That is not a receipt number from the till. "
                         "Please check it on the receipt.")
    if problem is PurchaseProblem.BAD_AMOUNT:
        return translate("StaffMessages", "The amount must be more than 0 yen.")
    if problem is PurchaseProblem.ABSURD_AMOUNT:
        return fill(translate("StaffMessages", "That is more than one bill can be (at most "
                              "%1). Please check the amount."), yen(error.limit))
    if problem is PurchaseProblem.BELOW_ZERO:
        return translate("StaffMessages", "This correction would take the producer's "
                         "points below zero. Nothing was changed.")
    if error.limit:
        return fill(translate("StaffMessages", "A correction can change at most %1 points "
                              "at once."), number(error.limit))
    return translate("StaffMessages", "A correction needs a change in PV or push points, "
                     "and a reason.")


def queue_refusal(error: Exception) -> str:
    from kiosk.services.print_queue import QueueRefused

    if isinstance(error, QueueRefused):
        log.info("print queue refused: %s", error)
        return translate("StaffMessages", "That card cannot be printed from here (it was "
                         "replaced, or issued at another kiosk). Replace the card instead.")
    return print_failure(error)


def print_failure(error: Exception) -> str:
    from kiosk.ui.printing import PrintFailure, PrintProblem

    if isinstance(error, PrintFailure):
        by_problem = {PrintProblem.NO_SUCH_PRINTER: PrinterState.NO_SUCH_PRINTER,
                      PrintProblem.NO_CARD_SIZE: PrinterState.NO_CARD_SIZE,
                      PrintProblem.NO_PRINT_SERVICE: PrinterState.NO_PRINT_SERVICE}
        state = by_problem.get(error.problem)
        if state is None and error.readiness is not None:
            state = error.readiness.state
        if state is not None:
            return printer_state_text(state)
        if error.problem is PrintProblem.NO_SLIP_SIZE:
            return translate("StaffMessages", "The slip printer offers no page for the "
                             "chosen slip paper: change the slip paper in Settings.")
        if error.problem is PrintProblem.STILL_PRINTING:
            return translate("StaffMessages", "still printing: the printer has not finished "
                             "yet; see the print queue")
        return fill(translate("StaffMessages", "the printer did not print it: %1"),
                    error.detail)
    if isinstance(error, OSError):
        log.error("printing failed", exc_info=error)
        return translate("StaffMessages", "The file could not be written. Check that the "
                         "disk has space.")
    return unexpected(error)


def job_failure(job: QueuedCard) -> str:
    """Why a failed job failed, as staff should read it: what to do about the printer, or
    the print error's own words."""
    state = printer_state(job.failure) if job.failure is not None else None
    if state is not None:
        return printer_state_text(state)
    return fill(translate("StaffMessages", "the printer did not print it: %1"), job.detail)


def readiness_text(readiness: Readiness) -> str:
    """The printer line: its state, and the supplies running low."""
    text = printer_state_text(readiness.state)
    low = {Supply.CARDS: translate("StaffMessages", "cards running low"),
           Supply.RIBBON: translate("StaffMessages", "ribbon running low")}
    return " · ".join([text, *(low[supply] for supply in readiness.low)])


def printer_state_text(state: PrinterState) -> str:
    texts = {
        PrinterState.READY: translate("StaffMessages", "ready"),
        PrinterState.NO_SUCH_PRINTER: translate(
            "StaffMessages", "no printer by that name: choose the card printer in Settings"),
        PrinterState.NO_CARD_SIZE: translate(
            "StaffMessages", "this printer offers no card size: choose the card printer in "
            "Settings"),
        PrinterState.PAUSED: translate(
            "StaffMessages", "paused: resume the printer in the printer settings, then retry"),
        PrinterState.NOT_ACCEPTING: translate(
            "StaffMessages", "not accepting jobs: set the printer to accept jobs, then retry"),
        PrinterState.OUT_OF_CARDS: translate(
            "StaffMessages", "out of cards: load blank cards, then retry"),
        PrinterState.RIBBON_OUT: translate(
            "StaffMessages", "ribbon used up: put in a new ribbon, then retry"),
        PrinterState.COVER_OPEN: translate(
            "StaffMessages", "cover open: close the printer's cover, then retry"),
        PrinterState.CARD_JAM: translate(
            "StaffMessages", "card jammed: open the printer, take the card out, then retry"),
        PrinterState.OFFLINE: translate(
            "StaffMessages", "offline: check the printer's power and cable, then retry"),
        PrinterState.NO_PRINT_SERVICE: translate(
            "StaffMessages", "the print service is not running: restart the kiosk PC"),
    }
    return texts[state]


def unexpected(error: Exception) -> str:
    from kiosk.services.errors import StoreError, StoreProblem

    if isinstance(error, StoreError):
        log.error("staff task could not use the store: %s", error)
        if error.problem is StoreProblem.FULL:
            return translate("StaffMessages", "The kiosk's storage is full: nothing was "
                             "saved. Free some space.")
        return translate("StaffMessages", "The kiosk cannot use its records right now: "
                         "nothing was saved.")
    log.error("staff task failed", exc_info=error)
    return translate("StaffMessages", "Something went wrong and nothing was saved. The "
                     "details are in the log.")
