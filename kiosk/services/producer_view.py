"""What a producer sees after a scan: a plain summary built from the balance cache and the
latest ledger rows (a handful of indexed reads, whatever the size of the store)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from peewee import JOIN

from kiosk.db.kiosk_state import StateKey
from kiosk.db.models import BalanceCache, CastMember, KioskState, LedgerEntry, Producer
from kiosk.domain.ledger import EntryKind
from kiosk.domain.producer_number import ProducerNumber
from kiosk.domain.rules import Rank, RuleBook, pv_to_reach, rank_progress

HISTORY_LENGTH = 8


@dataclass(frozen=True)
class HistoryItem:
    kind: EntryKind
    recorded_at: datetime
    pv_delta: int
    push_delta: int
    votes: int
    cast_name_ja: str | None
    cast_name_en: str | None
    synced: bool
    counted: bool = True          # False: the office refused it, it counts for nothing


@dataclass(frozen=True)
class ProducerSummary:
    producer_id: int
    number: str
    nickname: str
    language: str
    rank: Rank
    next_rank: Rank | None
    pv_earned: int
    push_points: int
    history: tuple[HistoryItem, ...]
    visited_today: bool
    last_sync_at: datetime | None

    @property
    def pv_to_next_rank(self) -> int:
        return pv_to_reach(self.next_rank, self.pv_earned)

    @property
    def progress_to_next_rank(self) -> float:
        return rank_progress(self.rank, self.next_rank, self.pv_earned)


def summarise(producer: Producer, rules: RuleBook, business_day: str) -> ProducerSummary:
    balance = BalanceCache.get_or_none(BalanceCache.producer == producer)
    pv = balance.pv_earned if balance else 0
    points = balance.push_points if balance else 0
    rows = (LedgerEntry.select(LedgerEntry, CastMember)
            .join(CastMember, on=(LedgerEntry.cast_id == CastMember.cast_id),
                  join_type=JOIN.LEFT_OUTER, attr="cast")
            .where(LedgerEntry.producer == producer)
            .order_by(LedgerEntry.id.desc()).limit(HISTORY_LENGTH))
    history = tuple(_item(row) for row in rows)
    visited = (LedgerEntry.select().where(
        (LedgerEntry.producer == producer) & (LedgerEntry.kind == EntryKind.VISIT.value)
        & (LedgerEntry.business_day == business_day)).exists()) or (
        producer.office_visit_at is not None and rules.business_day(
            datetime.fromisoformat(producer.office_visit_at)).isoformat() == business_day)
    synced = KioskState.read(StateKey.LAST_SYNC_AT)
    return ProducerSummary(
        producer_id=producer.id, number=str(ProducerNumber.parse(producer.number)),
        nickname=producer.nickname, language=producer.language,
        rank=rules.rank_for(pv), next_rank=rules.next_rank(pv), pv_earned=pv,
        push_points=points, history=history, visited_today=visited,
        last_sync_at=datetime.fromisoformat(synced) if synced else None,
    )


def _item(row: LedgerEntry) -> HistoryItem:
    cast = getattr(row, "cast", None)
    return HistoryItem(
        kind=EntryKind(row.kind), recorded_at=datetime.fromisoformat(row.recorded_at),
        pv_delta=row.pv_delta, push_delta=row.push_delta, votes=row.votes,
        cast_name_ja=cast.stage_name_ja if cast and cast.cast_id else None,
        cast_name_en=cast.stage_name_en if cast and cast.cast_id else None,
        synced=row.synced_at is not None, counted=row.rejected_at is None,
    )
