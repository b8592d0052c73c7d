"""The one way from a failure to the sentence a person reads: `explain(error, audience)`.

Services raise typed refusals (a wrong PIN, a used receipt, a replaced card…); each has one
translated text, whoever asked. What differs by audience is only the fallback for the
untyped failures: a customer is told nothing was saved and to ask staff, staff are told
what to check. Unexpected errors are logged with their detail here, never swallowed.
The texts for producers live here too; staff texts in `staff/messages.py`, registration
texts in `screens/failures.py`. Each text is a literal inside `tr`/`translate` so that
lupdate finds it.
"""

from __future__ import annotations

import logging
import math
from enum import Enum

from PySide6.QtCore import QCoreApplication, QObject

from kiosk.ui.screens.failures import explain_failure
from kiosk.ui.staff import messages

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class Audience(Enum):
    REGISTRATION = "registration"     # a customer making their card (nothing was saved)
    PRODUCER = "producer"             # a producer reading their balance or pushing
    STAFF = "staff"


class ProducerProblems(QObject):
    """The plural texts for producers (lupdate reads plurals from `tr` calls only)."""

    def locked(self, minutes: int) -> str:
        return self.tr("Too many wrong tries. Please wait %n minute(s) or ask a staff "
                       "member.", "", minutes)

    def at_most(self, points: int) -> str:
        return self.tr("You can push at most %n point(s) right now.", "", points)


_plurals: list[ProducerProblems] = []


def _producer_plurals() -> ProducerProblems:
    if not _plurals:
        _plurals.append(ProducerProblems())
    return _plurals[0]


def explain(error: Exception, audience: Audience = Audience.REGISTRATION,
            timezone: str = "Asia/Tokyo") -> str:
    """The text for `error`; `timezone` places dates a refusal mentions (a used receipt)."""
    from kiosk.services.card_check import CardRefused
    from kiosk.services.pushes import PushRefused
    from kiosk.services.staff import PinRefused

    if isinstance(error, CardRefused):
        return card_problem(error)
    if isinstance(error, PushRefused):
        return push_problem(error)
    if isinstance(error, PinRefused):
        return messages.pin_refusal(error)
    if audience is Audience.STAFF:
        return staff_problem(error, timezone)
    if audience is Audience.PRODUCER:
        log.error("producer screen failed", exc_info=error)
        return translate("ProducerProblems", "Sorry, the kiosk cannot read its records "
                         "right now. Please ask a staff member.")
    return explain_failure(error)


def staff_problem(error: Exception, timezone: str) -> str:
    from kiosk.services.print_queue import QueueRefused
    from kiosk.services.purchases import PurchaseRefused

    if isinstance(error, PurchaseRefused):
        return messages.purchase_refusal(error, timezone)
    if isinstance(error, QueueRefused):
        return messages.queue_refusal(error)
    return messages.print_failure(error)


def card_problem(error: Exception) -> str:
    from kiosk.services.card_check import CardProblem, CardRefused

    assert isinstance(error, CardRefused)
    problem = error.problem
    texts = {
        CardProblem.NOT_A_CARD: translate("ProducerProblems",
                                          "This code is not a producer card."),
        CardProblem.DAMAGED: translate(
            "ProducerProblems", "The card could not be read completely. Please hold it "
            "still under the scanner and try again."),
        CardProblem.ISSUER_DISABLED: translate(
            "ProducerProblems", "This card was issued by a kiosk that is no longer in "
            "service. Please ask a staff member for a new card."),
        CardProblem.REVOKED: translate(
            "ProducerProblems", "This card has been replaced by a newer one. Please use "
            "your new card."),
        CardProblem.UNKNOWN_ISSUER: translate(
            "ProducerProblems", "This card comes from a kiosk this one does not know yet. "
            "Please ask a staff member."),
        CardProblem.WRONG_PASSWORD: translate(
            "ProducerProblems", "The producer number or the password is not right. "
            "Please try again."),
        CardProblem.NO_SUCH_PRODUCER: translate(
            "ProducerProblems", "That is not a producer number. Please check the number "
            "on your card."),
    }
    if problem is CardProblem.LOCKED:
        wait = error.retry_after.total_seconds() if error.retry_after else 60
        minutes = max(1, math.ceil(wait / 60))
        return _producer_plurals().locked(minutes)
    return texts.get(problem) or translate(
        "ProducerProblems", "This card is not valid. Please ask a staff member.")


def push_problem(error: Exception) -> str:
    from kiosk.services.pushes import PushProblem, PushRefused

    assert isinstance(error, PushRefused)
    problem = error.problem
    if problem in (PushProblem.TOO_MANY_AT_ONCE, PushProblem.OFFLINE_CAP):
        return _producer_plurals().at_most(error.allowed)
    texts = {
        PushProblem.NOT_ENOUGH_POINTS: translate(
            "ProducerProblems", "You do not have enough push points."),
        PushProblem.NO_SUCH_CAST: translate(
            "ProducerProblems", "This cast member is no longer in the roster."),
        PushProblem.ALREADY_DONE: translate(
            "ProducerProblems", "This push was already saved."),
        PushProblem.BLOCKED: translate(
            "ProducerProblems", "Pushing is paused for this card. Please ask a staff "
            "member."),
    }
    return texts.get(problem) or translate(
        "ProducerProblems", "Please choose how many push points to give.")
