"""Staff: the PIN that opens staff mode, and the log of every staff action.

The PIN is set on first start, stored only as an argon2id hash, and wrong PINs lock staff
mode for growing delays (`kiosk.domain.lockout`), counted in the store so a restart does not
reset them. Every staff action is written to `StaffAction` in the same transaction as the
change it describes, with the time and what changed.
"""

from __future__ import annotations

import enum
import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from kiosk.db.kiosk_state import StateKey
from kiosk.db.models import KioskState, StaffAction
from kiosk.db.staff_log import StaffLogAction as StaffLogAction  # the UI reads it from here
from kiosk.db.staff_log import log_action as log_action  # services log with their change
from kiosk.db.store import Store, store_errors
from kiosk.domain.credentials import hash_password, verify_password
from kiosk.domain.lockout import lockout_after
from kiosk.domain.producer_number import ProducerNumber, ProducerNumberError

PIN_LENGTHS = range(4, 9)
FREE_PIN_TRIES = 3


class PinProblem(enum.Enum):
    NOT_SET = "not_set"
    WRONG = "wrong"
    LOCKED = "locked"
    TOO_SIMPLE = "too_simple"         # too short or long, not digits, one digit repeated, a run
    ALREADY_SET = "already_set"


class PinRefused(ValueError):
    def __init__(self, problem: PinProblem, retry_after: timedelta | None = None) -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.retry_after = retry_after


@dataclass(frozen=True)
class LoggedAction:
    at: datetime
    action: StaffLogAction | str      # text: an action a newer kiosk wrote, unknown here
    producer_number: str | None
    detail: dict[str, Any]


def pin_problem(pin: str) -> PinProblem | None:
    """Why a new PIN is not acceptable (None: it is)."""
    if not pin.isascii() or not pin.isdigit() or len(pin) not in PIN_LENGTHS:
        return PinProblem.TOO_SIMPLE
    steps = {int(b) - int(a) for a, b in itertools.pairwise(pin)}
    if steps in ({0}, {1}, {-1}):          # 0000, 1234, 9876
        return PinProblem.TOO_SIMPLE
    return None


class StaffService:
    def __init__(self, store: Store,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._store = store
        self._clock = clock

    # ---- the PIN ------------------------------------------------------------------------------

    def has_pin(self) -> bool:
        with store_errors():
            return KioskState.read(StateKey.STAFF_PIN_HASH) is not None

    def set_first_pin(self, pin: str) -> None:
        """First start: no PIN yet, so anyone at the kiosk may set it (staff install it)."""
        problem = pin_problem(pin)
        if problem is not None:
            raise PinRefused(problem)
        digest = hash_password(pin)
        with store_errors(), self._store.atomic():
            if KioskState.read(StateKey.STAFF_PIN_HASH) is not None:
                raise PinRefused(PinProblem.ALREADY_SET)
            KioskState.write(StateKey.STAFF_PIN_HASH, digest)
            log_action(StaffLogAction.PIN_SET, None, self._clock())

    def change_pin(self, current: str, new: str) -> None:
        self.unlock(current)
        problem = pin_problem(new)
        if problem is not None:
            raise PinRefused(problem)
        digest = hash_password(new)
        with store_errors(), self._store.atomic():
            KioskState.write(StateKey.STAFF_PIN_HASH, digest)
            log_action(StaffLogAction.PIN_CHANGED, None, self._clock())

    def unlock(self, pin: str) -> None:
        """Check the PIN for staff mode; wrong tries lock for growing delays."""
        now = self._clock()
        with store_errors():
            state = KioskState.read_many(StateKey.STAFF_PIN_HASH, StateKey.STAFF_PIN_FAILURES,
                                         StateKey.STAFF_PIN_LOCKED_UNTIL)
        if StateKey.STAFF_PIN_HASH not in state:
            raise PinRefused(PinProblem.NOT_SET)
        if StateKey.STAFF_PIN_LOCKED_UNTIL in state:
            until = datetime.fromisoformat(state[StateKey.STAFF_PIN_LOCKED_UNTIL])
            if until > now:
                raise PinRefused(PinProblem.LOCKED, until - now)
        ok = verify_password(state[StateKey.STAFF_PIN_HASH], pin)
        with store_errors(), self._store.atomic():
            if ok:
                KioskState.forget(StateKey.STAFF_PIN_FAILURES, StateKey.STAFF_PIN_LOCKED_UNTIL)
                log_action(StaffLogAction.STAFF_MODE_OPENED, None, now)
                return
            failures = int(state.get(StateKey.STAFF_PIN_FAILURES, "0")) + 1
            lock = lockout_after(failures, free=FREE_PIN_TRIES)
            KioskState.write(StateKey.STAFF_PIN_FAILURES, str(failures))
            if lock is not None:
                KioskState.write(StateKey.STAFF_PIN_LOCKED_UNTIL, (now + lock).isoformat())
            log_action(StaffLogAction.WRONG_PIN, None, now, failures=failures)
        raise PinRefused(PinProblem.WRONG if lock is None else PinProblem.LOCKED, lock)

    # ---- the log --------------------------------------------------------------------------

    def record(self, action: StaffLogAction, producer_number: str | None = None,
               **detail: Any) -> None:
        """An action that changes nothing in the store itself (staff quit the kiosk, the
        settings file was saved): logged on its own."""
        with store_errors(), self._store.atomic():
            log_action(action, producer_number, self._clock(), **detail)

    def recent_actions(self, limit: int = 50) -> list[LoggedAction]:
        with store_errors():
            rows = list(StaffAction.select().order_by(StaffAction.id.desc()).limit(limit))
        return [LoggedAction(datetime.fromisoformat(row.at), _action(row.action),
                             _printed(row.producer_number), json.loads(row.detail))
                for row in rows]


def _action(text: str) -> StaffLogAction | str:
    try:
        return StaffLogAction(text)
    except ValueError:
        return text


def _printed(digits: str | None) -> str | None:
    """The log keeps bare digits; people read the number as the card prints it."""
    try:
        return str(ProducerNumber.parse(digits)) if digits else None
    except ProducerNumberError:
        return digits
