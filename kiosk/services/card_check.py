"""Checking a card at the touch screen: verify offline, look the producer up, summarise.

The token is verified with the public keys this kiosk trusts (its own, later those synced
down). A valid card this kiosk has never seen (issued elsewhere, not synced yet) is
accepted without a balance, unless its kiosk was disabled at the office: then only cards
the office already knew (synced down here) stay valid, so a stolen kiosk cannot mint
working cards. Revoked generations, forgeries and foreign codes are refused
with a reason the screen explains, and a warning line in the log for staff.

The manual fallback (producer number + website password, for a damaged card) locks a
number out for a growing time after repeated wrong passwords.
"""

from __future__ import annotations

import enum
import functools
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from kiosk.db import scan_reads
from kiosk.db.identity import disabled_keys, trusted_keys
from kiosk.db.models import Card, LoginAttempt, Producer
from kiosk.db.scan_reads import ProducerRow
from kiosk.db.store import Store, store_errors
from kiosk.domain.credentials import hash_password, verify_typed_password
from kiosk.domain.lockout import lockout_after
from kiosk.domain.producer_number import ProducerNumber, ProducerNumberError
from kiosk.domain.rules import RuleBook
from kiosk.domain.tokens import CardClaims, TokenError, TokenProblem, verify_card
from kiosk.services.producer_view import ProducerSummary, summarise

log = logging.getLogger(__name__)

FREE_ATTEMPTS = 3
LOCKOUT_BASE = timedelta(seconds=30)
LOCKOUT_MAX = timedelta(minutes=30)


class CardProblem(enum.Enum):
    NOT_A_CARD = "not_a_card"
    DAMAGED = "damaged"
    FORGED = "forged"              # bad signature, wrong version, or impossible claims
    UNKNOWN_ISSUER = "unknown_issuer"
    REVOKED = "revoked"
    ISSUER_DISABLED = "issuer_disabled"   # signed by a kiosk the office has disabled
    WRONG_PASSWORD = "wrong_password"
    LOCKED = "locked"
    NO_SUCH_PRODUCER = "no_such_producer"


_TOKEN_PROBLEMS = {
    TokenProblem.NOT_A_CARD: CardProblem.NOT_A_CARD,
    TokenProblem.DAMAGED: CardProblem.DAMAGED,
    TokenProblem.TRUNCATED: CardProblem.DAMAGED,
    TokenProblem.WRONG_LENGTH: CardProblem.DAMAGED,
    TokenProblem.WRONG_VERSION: CardProblem.FORGED,
    TokenProblem.BAD_SIGNATURE: CardProblem.FORGED,
    TokenProblem.UNKNOWN_KEY: CardProblem.UNKNOWN_ISSUER,
}


class CardRefused(ValueError):
    def __init__(self, problem: CardProblem, retry_after: timedelta | None = None) -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.retry_after = retry_after


@dataclass(frozen=True)
class CardCheck:
    """A valid card: with the producer's summary, or None when not synced here yet."""

    card_id: int
    summary: ProducerSummary | None


class CardCheckService:
    def __init__(self, store: Store, rules: RuleBook,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._store = store
        self._rules = rules
        self._clock = clock
        self._keys: dict[str, bytes] | None = None
        self._disabled: frozenset[str] = frozenset()

    def reload_keys(self) -> None:
        """Call after sync brings new or revoked kiosk keys."""
        self._keys = None

    # ---- by card --------------------------------------------------------------------------

    def _verified(self, scanned: str) -> CardClaims:
        """The card's claims if its signature is genuine (kiosk keys loaded once)."""
        if self._keys is None:
            self._keys = trusted_keys(self._store)
            self._disabled = disabled_keys(self._store)
        try:
            return verify_card(scanned, self._keys)
        except TokenError as exc:
            log.warning("card refused: %s (scanned %d characters)", exc, len(scanned))
            raise CardRefused(_TOKEN_PROBLEMS[exc.problem]) from exc

    def check_card(self, scanned: str) -> CardCheck:
        claims = self._verified(scanned)
        with store_errors():
            newest = scan_reads.newest_card(claims.card_id)
            if claims.key_id in self._disabled and (
                    newest is None or claims.generation > newest.generation):
                log.warning("card %d/%d from disabled kiosk key %s, unknown to the office",
                            claims.card_id, claims.generation, claims.key_id)
                raise CardRefused(CardProblem.ISSUER_DISABLED)
            if newest is None or claims.generation > newest.generation:
                log.info("card %d/%d valid but not known here yet", claims.card_id,
                         claims.generation)
                return CardCheck(claims.card_id, None)
            if claims.generation < newest.generation or newest.revoked_at is not None:
                log.warning("revoked card %d generation %d presented", claims.card_id,
                            claims.generation)
                raise CardRefused(CardProblem.REVOKED)
            return CardCheck(claims.card_id, self._summary(newest.producer))

    def producer_of(self, scanned: str) -> int | None:
        """For staff: whose card this is, even a replaced one (a damaged card brought in to
        be replaced). The signature must still be genuine; None: not known here yet."""
        claims = self._verified(scanned)
        with store_errors():
            card = Card.get_or_none(Card.card_id == claims.card_id)
            return int(card.producer.id) if card is not None else None

    def summary(self, producer_id: int) -> ProducerSummary:
        with store_errors():
            return self._summary(scan_reads.producer(producer_id))

    def _summary(self, producer: ProducerRow) -> ProducerSummary:
        day = self._rules.business_day(self._clock()).isoformat()
        return summarise(producer, self._rules, day)

    # ---- by number and password ------------------------------------------------------------

    def check_password(self, typed_number: str, password: str) -> ProducerSummary:
        """Manual login for a damaged card; wrong tries lock the number out, growing. The
        password may be typed as shown (with its group gaps) or not, full-width or not."""
        try:
            number = ProducerNumber.parse(typed_number)
        except ProducerNumberError as exc:
            raise CardRefused(CardProblem.NO_SUCH_PRODUCER) from exc
        now = self._clock()
        with store_errors():
            attempt = LoginAttempt.get_or_none(LoginAttempt.producer_number == number.digits)
            if attempt and attempt.locked_until:
                until = datetime.fromisoformat(attempt.locked_until)
                if until > now:
                    raise CardRefused(CardProblem.LOCKED, until - now)
            producer = Producer.get_or_none(Producer.number == number.digits)
        # Hash even for an unknown number, so timing does not reveal which numbers exist.
        ok = verify_typed_password(producer.password_hash if producer else _dummy_hash(),
                                   password)
        with store_errors(), self._store.atomic():
            if ok and producer is not None:
                LoginAttempt.delete().where(
                    LoginAttempt.producer_number == number.digits).execute()
                return self._summary(scan_reads.producer(producer.id))
            failures = (attempt.failures if attempt else 0) + 1
            lock = lockout_after(failures, free=FREE_ATTEMPTS, base=LOCKOUT_BASE,
                                 cap=LOCKOUT_MAX)
            LoginAttempt.insert(
                producer_number=number.digits, failures=failures,
                locked_until=(now + lock).isoformat() if lock else None,
            ).on_conflict_replace().execute()
        log.warning("wrong password for producer %s (%d in a row)", number, failures)
        raise CardRefused(CardProblem.WRONG_PASSWORD if lock is None else CardProblem.LOCKED,
                          lock)



@functools.cache
def _dummy_hash() -> str:
    """A real argon2id hash of a random secret, checked when the number is unknown."""
    return hash_password(secrets.token_hex(16))
