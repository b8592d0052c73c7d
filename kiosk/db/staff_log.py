"""The staff action log as rows of the store: every use case that changes something staff
should know about writes its line here, in its own transaction, with the change itself
(including the sync, when the office refuses an event or gives a producer a new number).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from kiosk.db.models import StaffAction


def log_action(action: str, producer_number: str | None, clock: datetime,
               **detail: Any) -> None:
    """Record a staff action (inside the caller's transaction, with the change itself)."""
    StaffAction.create(at=clock.astimezone(UTC).isoformat(timespec="seconds"), action=action,
                       producer_number=producer_number,
                       detail=json.dumps(detail, ensure_ascii=False, sort_keys=True))
