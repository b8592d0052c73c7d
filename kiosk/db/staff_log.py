"""The staff action log as rows of the store: every use case that changes something staff
should know about writes its line here, in its own transaction, with the change itself
(including the sync, when the office refuses an event or gives a producer a new number).

What happened is a `StaffLogAction`; its text is what the store keeps, so the rows written
before the enum existed read back as the same actions.
"""

from __future__ import annotations

import enum
import json
from datetime import UTC, datetime
from typing import Any

from kiosk.db.models import StaffAction


class StaffLogAction(enum.StrEnum):
    # the staff PIN and staff mode
    PIN_SET = "pin_set"
    PIN_CHANGED = "pin_changed"
    STAFF_MODE_OPENED = "staff_mode_opened"
    WRONG_PIN = "wrong_pin"
    # the card print queue
    CARD_PRINTED = "card_printed"
    CARD_PRINT_FAILED = "card_print_failed"
    PRINT_CANCELLED = "print_cancelled"
    CARD_REPRINT = "card_reprint"
    SLIP_NOT_PRINTED = "slip_not_printed"
    # a producer, at the staff desk
    PURCHASE = "purchase"
    CORRECTION = "correction"
    CARD_REISSUED = "card_reissued"
    PASSWORD_RESET = "password_reset"
    # the kiosk itself
    SETTINGS_CHANGED = "settings_changed"
    KIOSK_QUIT = "kiosk_quit"
    # the sync with the office
    PULL_SKIPPED = "pull_skipped"
    OFFICE_REFUSED = "office_refused"
    PRODUCER_RENUMBERED = "producer_renumbered"
    LOGIN_RENEWED = "login_renewed"


def log_action(action: StaffLogAction, producer_number: str | None, clock: datetime,
               **detail: Any) -> None:
    """Record a staff action (inside the caller's transaction, with the change itself).
    Text that is not an action's (a caller outside the type checker) raises `ValueError`
    instead of writing a line no screen can name."""
    StaffAction.create(at=clock.astimezone(UTC).isoformat(timespec="seconds"),
                       action=StaffLogAction(action).value, producer_number=producer_number,
                       detail=json.dumps(detail, ensure_ascii=False, sort_keys=True))
