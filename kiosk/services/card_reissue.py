"""Replacing a producer's card: lost, damaged, or out of date after a rank-up.

Staff find the producer (by number, by name, or by scanning the old card), and the kiosk
signs the same card id at the next generation. In one transaction the older generations
are revoked here (the old card is refused on this kiosk at once), the new card row is
written, a `card_issue` ledger row goes to the outbox (the office revokes the old card
everywhere after sync) and the staff log records it. Points stay with the producer: they
belong to the producer, never to a card.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

from kiosk.db import scan_reads
from kiosk.db.ledger import NewEntry, append_entry
from kiosk.db.models import BalanceCache, Card, LedgerEntry, Producer
from kiosk.db.print_jobs import enqueue_card
from kiosk.db.store import store_errors
from kiosk.domain.ledger import EntryKind
from kiosk.domain.producer_number import ProducerNumber, ProducerNumberError
from kiosk.domain.rules import Rank
from kiosk.domain.tokens import CardClaims, sign_card
from kiosk.services.base import KioskUseCase
from kiosk.services.staff import StaffLogAction, log_action

MAX_MATCHES = 20


class ReplaceReason(enum.StrEnum):
    """Why staff replace a card (the staff log keeps its text)."""

    LOST = "lost"
    DAMAGED = "damaged"
    RANK_UP = "rank_up"               # the card shows an older rank's colour


@dataclass(frozen=True)
class ProducerMatch:
    producer_id: int
    number: str                       # as printed: 007-0000001-5
    nickname: str
    rank: Rank
    card_generation: int
    card_out_of_date: bool            # the card's colour shows a lower rank than now


@dataclass(frozen=True)
class ReplacementCard:
    producer_id: int
    number: str
    nickname: str
    rank: Rank
    token: str
    card_id: int
    generation: int


class CardReissueService(KioskUseCase):

    def find(self, query: str) -> list[ProducerMatch]:
        """By producer number (with or without dashes) or by part of the nickname."""
        text = query.strip()
        if not text:
            return []
        with store_errors():
            try:
                number = ProducerNumber.parse(text)
            except ProducerNumberError:
                # In SQL, over every producer (LIKE folds ASCII case; kana have none).
                rows = list(Producer.select().where(Producer.nickname.contains(text))
                            .order_by(Producer.id.desc()).limit(MAX_MATCHES))
            else:
                rows = list(Producer.select().where(Producer.number == number.digits))
            return [self._match(row.id) for row in rows]

    def match(self, producer_id: int) -> ProducerMatch:
        with store_errors():
            return self._match(producer_id)

    def upgrades_due(self, recent: int = 300) -> list[ProducerMatch]:
        """Producers whose card shows an older rank than they have, among those who earned
        PV lately (the last `recent` PV entries): the queue's "card upgrade available"."""
        with store_errors():
            rows = cast(Iterable[tuple[int]], LedgerEntry.select(LedgerEntry.producer)
                        .where(LedgerEntry.pv_delta > 0).order_by(LedgerEntry.id.desc())
                        .limit(recent).tuples())
            seen = list(dict.fromkeys(producer_id for (producer_id,) in rows))
            matches = [self._match(p) for p in seen]
        return [match for match in matches if match.card_out_of_date][:MAX_MATCHES]

    def reissue(self, producer_id: int, reason: ReplaceReason,
                request_id: str = "") -> ReplacementCard:
        """A new card for the producer (text that is no reason's raises `ValueError`)."""
        reason = ReplaceReason(reason)
        now = self._clock()
        entry_uuid = request_id or str(uuid.uuid4())
        with store_errors(), self._store.atomic():
            producer = Producer.get_by_id(producer_id)
            newest = (Card.select().where(Card.producer == producer)
                      .order_by(Card.generation.desc()).first())
            card_id = newest.card_id
            generation = newest.generation + 1
            token = sign_card(CardClaims(self._signer.key_id, card_id, generation),
                              self._signer.signing_key)
            stamp = now.isoformat(timespec="microseconds")
            Card.update(revoked_at=stamp).where((Card.producer == producer)
                                                & Card.revoked_at.is_null()).execute()
            Card.create(card_id=card_id, generation=generation, producer=producer,
                        key_id=self._signer.key_id, token=token, issued_at=stamp)
            enqueue_card(producer, generation, now)
            append_entry(producer=producer, kiosk_uuid=self._signer.kiosk_uuid,
                         rules=self._rules, moment=now,
                         entry=NewEntry(EntryKind.CARD_ISSUE, entry_uuid=entry_uuid,
                                        card_generation=generation))
            log_action(StaffLogAction.CARD_REISSUED, producer.number, now,
                       generation=generation, reason=reason)
            rank = self._rank(producer)
        return ReplacementCard(producer.id, str(ProducerNumber.parse(producer.number)),
                               producer.nickname, rank, token, card_id, generation)

    # ---- helpers ------------------------------------------------------------------------------

    def _rank(self, producer: Producer) -> Rank:
        balance = BalanceCache.get_or_none(BalanceCache.producer == producer)
        return self._rules.rank_for(balance.pv_earned if balance else 0)

    def _match(self, producer_id: int) -> ProducerMatch:
        """Whether the producer's newest card shows their rank, in fixed SQL: every scan
        asks (`kiosk.db.scan_reads`)."""
        producer = scan_reads.producer(producer_id)
        rank = self._rules.rank_for(producer.pv_earned)
        newest = scan_reads.newest_card_of(producer_id)
        printed = (self._rules.rank_for(scan_reads.pv_up_to(producer_id, newest[1])).number
                   if newest is not None else rank.number)
        return ProducerMatch(producer_id, str(ProducerNumber.parse(producer.number)),
                             producer.nickname, rank,
                             newest[0] if newest else 0, printed < rank.number)
