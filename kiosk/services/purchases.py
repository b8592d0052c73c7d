"""Staff record purchases (receipt number + yen → PV by the rules) and corrections.

A receipt earns PV once: a partial unique index on purchase receipts guards it inside the
transaction, and the refusal names the earlier entry so staff can see what happened.
Corrections never edit anything: they are new ledger rows with a reason, synced like the
rest. Every one of these is also written to the staff action log.
"""

from __future__ import annotations

import enum
import re
import uuid
from dataclasses import dataclass
from datetime import datetime

from peewee import IntegrityError

from kiosk.db.ledger import NewEntry, append_entry
from kiosk.db.models import BalanceCache, LedgerEntry, Producer
from kiosk.db.store import store_errors
from kiosk.domain.ledger import MAX_CORRECTION, Deltas, EntryKind
from kiosk.domain.producer_number import ProducerNumber
from kiosk.domain.receipts import DEFAULT_MAX_YEN, DEFAULT_RECEIPT_PATTERN
from kiosk.services.base import KioskUseCase
from kiosk.services.staff import StaffLogAction, log_action

MAX_RECEIPT_LENGTH = 64


class PurchaseProblem(enum.Enum):
    BAD_RECEIPT = "bad_receipt"           # not the till's receipt number format
    BAD_AMOUNT = "bad_amount"             # zero or negative
    ABSURD_AMOUNT = "absurd_amount"       # over the most one bill can be
    RECEIPT_USED = "receipt_used"         # this receipt already earned PV
    BAD_CORRECTION = "bad_correction"     # nothing to correct, too large, or no reason
    BELOW_ZERO = "below_zero"             # would take points below zero


class PurchaseRefused(ValueError):
    def __init__(self, problem: PurchaseProblem, earlier: EarlierPurchase | None = None,
                 limit: int = 0) -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.earlier = earlier
        self.limit = limit


@dataclass(frozen=True)
class EarlierPurchase:
    """The entry a repeated receipt already earned PV with."""

    producer_number: str
    nickname: str
    yen: int
    pv: int
    recorded_at: datetime


@dataclass(frozen=True)
class PurchaseDone:
    pv: int
    pv_earned: int                    # the producer's lifetime PV now
    rank_number: int
    ranked_up: bool


class PurchaseService(KioskUseCase):
    receipt_pattern = re.compile(DEFAULT_RECEIPT_PATTERN)
    max_yen = DEFAULT_MAX_YEN

    def configure(self, receipt_pattern: str, max_yen: int) -> PurchaseService:
        """The till's receipt format and the largest believable bill (kiosk settings)."""
        self.receipt_pattern = re.compile(receipt_pattern)
        self.max_yen = max_yen
        return self

    def record(self, producer_id: int, receipt: str, yen: int,
               request_id: str = "") -> PurchaseDone:
        receipt = receipt.strip().upper()
        if not self.receipt_pattern.fullmatch(receipt) or len(receipt) > MAX_RECEIPT_LENGTH \
                or not receipt.isprintable():
            # (The length and printability hold whatever pattern the café set: the office
            # takes receipts of at most 64 printable characters.)
            raise PurchaseRefused(PurchaseProblem.BAD_RECEIPT)
        if yen <= 0:
            raise PurchaseRefused(PurchaseProblem.BAD_AMOUNT)
        limit = min(self.max_yen, self._rules.max_yen_per_receipt)  # the office's is firm
        if yen > limit:
            raise PurchaseRefused(PurchaseProblem.ABSURD_AMOUNT, limit=limit)
        pv = self._rules.pv_for_yen(yen)
        now = self._clock()
        try:
            with store_errors(), self._store.atomic():
                producer = Producer.get_by_id(producer_id)
                before = BalanceCache.get(BalanceCache.producer == producer)
                append_entry(producer=producer, kiosk_uuid=self._signer.kiosk_uuid,
                             rules=self._rules, moment=now,
                             entry=NewEntry(EntryKind.PURCHASE, Deltas(pv=pv),
                                            entry_uuid=request_id or str(uuid.uuid4()),
                                            yen=yen, receipt=receipt))
                log_action(StaffLogAction.PURCHASE, producer.number, now, receipt=receipt,
                           yen=yen, pv=pv)
                after = BalanceCache.get(BalanceCache.producer == producer)
        except IntegrityError as exc:
            raise PurchaseRefused(PurchaseProblem.RECEIPT_USED,
                                  self._earlier(receipt)) from exc
        return PurchaseDone(pv, after.pv_earned, after.rank_number,
                            after.rank_number > before.rank_number)

    def correct(self, producer_id: int, pv: int, push: int, reason: str) -> None:
        """A correction entry (never an edit) with the staff member's reason."""
        reason = " ".join(reason.split())
        if (pv == 0 and push == 0) or not reason or len(reason) > 200:
            raise PurchaseRefused(PurchaseProblem.BAD_CORRECTION)
        if max(abs(pv), abs(push)) > MAX_CORRECTION:
            raise PurchaseRefused(PurchaseProblem.BAD_CORRECTION, limit=MAX_CORRECTION)
        now = self._clock()
        with store_errors(), self._store.atomic():
            producer = Producer.get_by_id(producer_id)
            balance = BalanceCache.get(BalanceCache.producer == producer)
            # Only what the correction lowers is checked: a card overdrawn by offline pushes
            # at two kiosks may still have its PV corrected.
            if (pv < 0 and balance.pv_earned + pv < 0) or \
                    (push < 0 and balance.push_points + push < 0):
                raise PurchaseRefused(PurchaseProblem.BELOW_ZERO)
            append_entry(producer=producer, kiosk_uuid=self._signer.kiosk_uuid,
                         rules=self._rules, moment=now,
                         entry=NewEntry(EntryKind.CORRECTION, Deltas(pv=pv, push=push)))
            log_action(StaffLogAction.CORRECTION, producer.number, now, pv=pv, push=push,
                       reason=reason)

    @staticmethod
    def _earlier(receipt: str) -> EarlierPurchase | None:
        with store_errors():
            row = (LedgerEntry.select(LedgerEntry, Producer).join(Producer)
                   .where((LedgerEntry.kind == EntryKind.PURCHASE.value)
                          & (LedgerEntry.receipt == receipt)).first())
        if row is None:
            return None
        return EarlierPurchase(str(ProducerNumber.parse(row.producer.number)),
                               row.producer.nickname, row.yen or 0,
                               row.pv_delta, datetime.fromisoformat(row.recorded_at))
