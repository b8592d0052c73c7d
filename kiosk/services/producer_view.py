"""What a producer sees after a scan: a plain summary built from the balance cache and the
latest ledger rows (a handful of indexed reads, whatever the size of the store, in fixed
SQL: `kiosk.db.scan_reads`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk.db import scan_reads
from kiosk.db.kiosk_state import StateKey
from kiosk.db.scan_reads import HistoryRow, ProducerRow
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


def summarise(producer: ProducerRow, rules: RuleBook, business_day: str) -> ProducerSummary:
    pv = producer.pv_earned
    history = tuple(_item(row) for row in scan_reads.history(producer.producer_id,
                                                             HISTORY_LENGTH))
    visited = scan_reads.visited_on(producer.producer_id, business_day) or (
        producer.office_visit_at is not None and rules.business_day(
            datetime.fromisoformat(producer.office_visit_at)).isoformat() == business_day)
    synced = scan_reads.state(StateKey.LAST_SYNC_AT)
    return ProducerSummary(
        producer_id=producer.producer_id, number=str(ProducerNumber.parse(producer.number)),
        nickname=producer.nickname, language=producer.language,
        rank=rules.rank_for(pv), next_rank=rules.next_rank(pv), pv_earned=pv,
        push_points=producer.push_points, history=history, visited_today=visited,
        last_sync_at=datetime.fromisoformat(synced) if synced else None,
    )


def _item(row: HistoryRow) -> HistoryItem:
    return HistoryItem(
        kind=EntryKind(row.kind), recorded_at=datetime.fromisoformat(row.recorded_at),
        pv_delta=row.pv_delta, push_delta=row.push_delta, votes=row.votes,
        cast_name_ja=row.cast_name_ja, cast_name_en=row.cast_name_en,
        synced=row.synced_at is not None, counted=row.rejected_at is None,
    )
