"""Registering a first-time customer: producer + card + ledger row in one transaction.

The slow, side-effect-free work (argon2id hashing, signing) happens before the transaction
opens, so the write lock is held for a few milliseconds. The request's UUID becomes the
ledger entry's idempotency key: the same request submitted twice (a double tap on
"confirm", a retry after an error) can never create two producers.
"""

from __future__ import annotations

import enum
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime

import peewee

from kiosk.db.ledger import NewEntry, append_entry
from kiosk.db.models import Card, LedgerEntry, Producer
from kiosk.db.office_state import office_serial
from kiosk.db.print_jobs import enqueue_card
from kiosk.db.store import store_errors
from kiosk.domain.credentials import InitialCredentials, generate_login_id, issue_credentials
from kiosk.domain.ledger import EntryKind
from kiosk.domain.nickname import NicknameProblem, check_nickname
from kiosk.domain.producer_number import MAX_SERIAL, ProducerNumber
from kiosk.domain.rules import Rank
from kiosk.domain.tokens import MAX_CARD_ID, CardClaims, sign_card
from kiosk.services.base import KioskUseCase

SUPPORTED_LANGUAGES = ("ja", "en", "zh_CN", "zh_TW", "ko", "th", "es", "fr")
_LOGIN_ID_ATTEMPTS = 5


class RegistrationProblem(enum.Enum):
    NO_CONSENT = "no_consent"
    ALREADY_SUBMITTED = "already_submitted"
    KIOSK_FULL = "kiosk_full"


class RegistrationRefused(ValueError):
    """The customer's input cannot be registered; carries the reason for a friendly message."""

    def __init__(self, problem: RegistrationProblem | NicknameProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True)
class RegistrationRequest:
    nickname: str
    language: str
    consented: bool
    request_id: str = ""

    @staticmethod
    def new(nickname: str, language: str, consented: bool) -> RegistrationRequest:
        return RegistrationRequest(nickname, language, consented, str(uuid.uuid4()))


@dataclass(frozen=True)
class IssuedCard:
    """Everything the card screen and the printed slip need; the password appears only here."""

    producer_number: str
    nickname: str
    language: str
    rank: Rank
    login_id: str
    password: str
    token: str
    card_id: int
    generation: int
    issued_at: datetime


class RegistrationService(KioskUseCase):

    def register(self, request: RegistrationRequest) -> IssuedCard:
        """Validate, issue credentials and a signed card, and commit it all at once."""
        check = check_nickname(request.nickname)
        if check.problem is not None:
            raise RegistrationRefused(check.problem, check.offending)
        if not request.consented:
            raise RegistrationRefused(RegistrationProblem.NO_CONSENT)
        language = request.language if request.language in SUPPORTED_LANGUAGES else "ja"
        request_id = request.request_id or str(uuid.uuid4())
        credentials = issue_credentials()
        card_id = secrets.randbelow(MAX_CARD_ID) + 1
        token = sign_card(CardClaims(self._signer.key_id, card_id, 1), self._signer.signing_key)
        moment = self._clock()
        with store_errors():
            number, login_id = self._commit(request_id, check.name, language, credentials,
                                            card_id, token, moment)
        return IssuedCard(
            producer_number=str(number), nickname=check.name, language=language,
            rank=self._rules.ranks[0], login_id=login_id,
            password=credentials.password, token=token, card_id=card_id, generation=1,
            issued_at=moment,
        )

    def _commit(self, request_id: str, name: str, language: str,
                credentials: InitialCredentials, card_id: int, token: str,
                moment: datetime) -> tuple[ProducerNumber, str]:
        login_id = credentials.login_id
        for _attempt in range(_LOGIN_ID_ATTEMPTS):
            try:
                with self._store.atomic():
                    number = self._write(request_id, name, language, login_id,
                                         credentials.password_hash, card_id, token, moment)
                return number, login_id
            except peewee.IntegrityError as exc:
                if LedgerEntry.select().where(LedgerEntry.uuid == request_id).exists():
                    raise RegistrationRefused(RegistrationProblem.ALREADY_SUBMITTED) from exc
                if "login_id" not in str(exc):
                    raise
                login_id = generate_login_id()   # astronomically rare collision: draw again
        raise RuntimeError("could not draw a free login ID")

    def _write(self, request_id: str, name: str, language: str, login_id: str,
               password_hash: str, card_id: int, token: str, moment: datetime
               ) -> ProducerNumber:
        if LedgerEntry.select().where(LedgerEntry.uuid == request_id).exists():
            raise RegistrationRefused(RegistrationProblem.ALREADY_SUBMITTED)
        kiosk_number = self._signer.kiosk_number
        last = (Producer.select(peewee.fn.MAX(Producer.serial))
                .where(Producer.kiosk_number == kiosk_number).scalar())
        # Above the office's too: a kiosk restored from an old backup does not know
        # everyone it registered, but the office told it how far its numbers go.
        serial = max(int(last or 0), office_serial()) + 1
        if serial > MAX_SERIAL:
            raise RegistrationRefused(RegistrationProblem.KIOSK_FULL)
        number = ProducerNumber(kiosk_number, serial)
        stamp = moment.isoformat(timespec="microseconds")
        producer = Producer.create(
            number=number.digits, kiosk_number=kiosk_number, serial=serial, nickname=name,
            language=language, login_id=login_id, password_hash=password_hash,
            consented_at=stamp, created_at=stamp,
        )
        Card.create(card_id=card_id, generation=1, producer=producer,
                    key_id=self._signer.key_id, token=token, issued_at=stamp)
        enqueue_card(producer, 1, moment)              # every issued card joins the queue
        append_entry(producer=producer, entry=NewEntry(EntryKind.REGISTRATION,
                                                       entry_uuid=request_id),
                     kiosk_uuid=self._signer.kiosk_uuid, rules=self._rules, moment=moment)
        return number
