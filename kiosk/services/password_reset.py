"""A forgotten website password: staff issue the producer a new initial password.

The new password is drawn like the one registration shows (no look-alike characters) and
exists only in the returned `NewPassword`, for the screen and the printed slip; the store
keeps its argon2id hash. Hashing (~40 ms) happens before the transaction, so the write lock
is held for milliseconds. In one transaction the producer's hash is replaced (the old
password stops working on this kiosk at once), a `password_reset` ledger row goes to the
outbox (the office's website login follows after sync) and the staff log records that it
happened — never the password or its hash. The login ID stays: it is printed on the
producer's slip and the website knows it.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass

from kiosk.db.ledger import NewEntry, append_entry
from kiosk.db.models import LedgerEntry, Producer
from kiosk.db.store import store_errors
from kiosk.domain.credentials import generate_password, hash_password
from kiosk.domain.ledger import EntryKind
from kiosk.domain.producer_number import ProducerNumber
from kiosk.services.base import KioskUseCase
from kiosk.services.staff import StaffLogAction, log_action


class PasswordResetProblem(enum.Enum):
    UNKNOWN_PRODUCER = "unknown_producer"
    ALREADY_SUBMITTED = "already_submitted"


class PasswordResetRefused(ValueError):
    """Nothing was changed; carries the reason for the staff screen."""

    def __init__(self, problem: PasswordResetProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True)
class NewPassword:
    """Everything the screen and the slip need; the password appears only here."""

    producer_id: int
    number: str                       # as printed: 007-0000001-5
    nickname: str
    login_id: str
    password: str
    website: str


class PasswordResetService(KioskUseCase):
    website = ""

    def configure(self, website: str) -> PasswordResetService:
        """The website address printed on the slip beside the login (a kiosk setting)."""
        self.website = website
        return self

    def reset(self, producer_id: int, request_id: str = "") -> NewPassword:
        """Replace the producer's website password. The request's UUID is the ledger
        row's idempotency key: a double tap on "confirm" cannot change it twice (the
        second would show a password that no longer works)."""
        entry_uuid = request_id or str(uuid.uuid4())
        password = generate_password()
        password_hash = hash_password(password)
        now = self._clock()
        with store_errors(), self._store.atomic():
            producer = Producer.get_or_none(Producer.id == producer_id)
            if producer is None:
                raise PasswordResetRefused(PasswordResetProblem.UNKNOWN_PRODUCER,
                                           f"no producer with id {producer_id}")
            if LedgerEntry.select().where(LedgerEntry.uuid == entry_uuid).exists():
                raise PasswordResetRefused(PasswordResetProblem.ALREADY_SUBMITTED)
            Producer.update(password_hash=password_hash).where(
                Producer.id == producer.id).execute()
            append_entry(producer=producer, kiosk_uuid=self._signer.kiosk_uuid,
                         rules=self._rules, moment=now,
                         entry=NewEntry(EntryKind.PASSWORD_RESET, entry_uuid=entry_uuid))
            log_action(StaffLogAction.PASSWORD_RESET, producer.number, now)
        return NewPassword(producer.id, str(ProducerNumber.parse(producer.number)),
                           producer.nickname, producer.login_id, password, self.website)
