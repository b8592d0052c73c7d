"""What to tell a producer whose card, login or push was refused, and why.

Each text is a literal inside `translate("ProducerProblems", …)` or, for plurals, a `tr`
call in `ProducerProblems` (lupdate reads plural forms from `tr` calls only).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QObject

translate = QCoreApplication.translate


class ProducerProblems(QObject):
    """The plural texts for producers (lupdate reads plurals from `tr` calls only)."""

    def locked(self, minutes: int) -> str:
        return self.tr("Too many wrong tries. Please wait %n minute(s) or ask a staff "
                       "member.", "", minutes)

    def at_most(self, points: int) -> str:
        return self.tr("You can spend at most %n push point(s) right now.", "", points)


_plurals: list[ProducerProblems] = []


def _producer_plurals() -> ProducerProblems:
    if not _plurals:
        _plurals.append(ProducerProblems())
    return _plurals[0]


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
