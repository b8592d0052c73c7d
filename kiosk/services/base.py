"""What every writing use case holds: the store, the rules, this kiosk's identity, a clock.

The clock is injectable so tests can stand at 04:59 in Tokyo or on the last day of a month.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from kiosk.db.identity import KioskSigner
from kiosk.db.store import Store
from kiosk.domain.rules import RuleBook


def utc_now() -> datetime:
    return datetime.now(UTC)


class KioskUseCase:
    def __init__(self, store: Store, rules: RuleBook, signer: KioskSigner,
                 clock: Callable[[], datetime] = utc_now) -> None:
        self._store = store
        self._rules = rules
        self._signer = signer
        self._clock = clock
