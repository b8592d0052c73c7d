"""What to tell a customer when their card could not be made.

Every message says that nothing was saved (true: registration is one transaction) and
what to do next. Staff-fixable causes are logged with their detail. Each text is a literal
inside `translate()` so that lupdate finds it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def explain_failure(error: Exception) -> str:
    from kiosk.services.errors import StoreError, StoreProblem
    from kiosk.services.registration import RegistrationProblem, RegistrationRefused

    if isinstance(error, RegistrationRefused):
        if error.problem is RegistrationProblem.ALREADY_SUBMITTED:
            return translate("RegistrationFailure", "This registration was already saved. "
                             "Please ask a staff member for your card.")
        log.warning("registration refused: %s", error)
        return translate("RegistrationFailure", "Please go back and check your name.")
    if isinstance(error, StoreError):
        log.error("registration could not be saved: %s", error)
        if error.problem is StoreProblem.FULL:
            return translate("RegistrationFailure", "Sorry, the kiosk's storage is full, "
                             "so nothing was saved. Please ask a staff member.")
        return translate("RegistrationFailure", "Sorry, the kiosk cannot save right now, "
                         "so nothing was saved. Please ask a staff member.")
    log.error("registration failed unexpectedly", exc_info=error)
    return translate("RegistrationFailure", "Sorry, something went wrong and nothing was "
                     "saved. Please ask a staff member.")
