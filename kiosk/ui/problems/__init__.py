"""The one way from a failure to the sentence a person reads: `explain(error, audience)`.

Services raise typed refusals (a wrong PIN, a used receipt, a replaced card…); each has one
translated text, whoever asked. What differs by audience is only the fallback for the
untyped failures: a customer is told nothing was saved and to ask staff, staff are told
what to check. Unexpected errors are logged with their detail here, never swallowed.
The texts themselves live beside this module, by audience: `producer.py`, `staff.py`,
`registration.py`; each is a literal inside `tr`/`translate` so that lupdate finds it.
"""

from __future__ import annotations

import logging
from enum import Enum

from PySide6.QtCore import QCoreApplication

from kiosk.ui.problems import staff as messages
from kiosk.ui.problems.producer import card_problem, push_problem
from kiosk.ui.problems.registration import explain_failure

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class Audience(Enum):
    REGISTRATION = "registration"     # a customer making their card (nothing was saved)
    PRODUCER = "producer"             # a producer reading their balance or pushing
    STAFF = "staff"


def explain(error: Exception, audience: Audience = Audience.REGISTRATION,
            timezone: str = "UTC") -> str:
    """The text for `error`; `timezone` places the date a used receipt mentions (staff)."""
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
