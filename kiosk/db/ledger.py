"""Appending to the ledger: the one place that writes ledger rows and their balance cache.

Must be called inside the caller's `store.atomic()` transaction. The per-kiosk sequence is
`max(seq) + 1` read under `BEGIN IMMEDIATE`, so it is gap-free (a rolled-back transaction
takes its number with it) and two writers can never draw the same one.
"""

from __future__ import annotations

import uuid as uuid_lib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from peewee import fn

from kiosk.db.models import BalanceCache, CastMonthVotes, LedgerEntry, Producer
from kiosk.domain.ledger import Balance, Deltas, EntryKind
from kiosk.domain.rules import RuleBook


@dataclass(frozen=True)
class NewEntry:
    kind: EntryKind
    deltas: Deltas = field(default_factory=Deltas)
    entry_uuid: str = ""
    votes: int = 0
    cast_id: str | None = None
    yen: int | None = None
    receipt: str | None = None
    card_generation: int | None = None


def next_sequence(kiosk_uuid: str) -> int:
    last = (LedgerEntry.select(fn.MAX(LedgerEntry.seq))
            .where(LedgerEntry.kiosk_uuid == kiosk_uuid).scalar())
    return int(last or 0) + 1


def renumber_unsynced(after: int) -> int:
    """Give every unsynced row a new sequence number above `after`, in their order; returns
    how many moved. For a kiosk restored from an old backup, whose new rows reused numbers
    the office already holds. (Inside the caller's transaction; two passes keep the unique
    (kiosk, seq) index satisfied at every row.)"""
    rows = list(LedgerEntry.select(LedgerEntry.id, LedgerEntry.seq)
                .where(LedgerEntry.synced_at.is_null()).order_by(LedgerEntry.seq))
    if not rows:
        return 0
    synced_max = (LedgerEntry.select(fn.MAX(LedgerEntry.seq))
                  .where(LedgerEntry.synced_at.is_null(False)).scalar()) or 0
    first = max(after, int(synced_max)) + 1
    # (`0 - field`: in peewee `-field` means "order descending".)
    LedgerEntry.update(seq=0 - LedgerEntry.seq).where(LedgerEntry.synced_at.is_null()).execute()
    for offset, row in enumerate(rows):
        LedgerEntry.update(seq=first + offset).where(LedgerEntry.id == row.id).execute()
    return len(rows)


def append_entry(*, producer: Producer, entry: NewEntry, kiosk_uuid: str, rules: RuleBook,
                 moment: datetime) -> LedgerEntry:
    """Insert one ledger row and move the producer's cached balance by its deltas."""
    row = LedgerEntry.create(
        uuid=entry.entry_uuid or str(uuid_lib.uuid4()),
        kiosk_uuid=kiosk_uuid,
        seq=next_sequence(kiosk_uuid),
        producer=producer,
        kind=entry.kind.value,
        pv_delta=entry.deltas.pv,
        push_delta=entry.deltas.push,
        votes=entry.votes,
        cast_id=entry.cast_id,
        yen=entry.yen,
        receipt=entry.receipt,
        card_generation=entry.card_generation,
        rule_version=rules.version,
        business_day=rules.business_day(moment).isoformat(),
        recorded_at=moment.astimezone(UTC).isoformat(timespec="microseconds"),
    )
    move_balance(producer, entry.deltas, rules, row.recorded_at)
    if entry.cast_id is not None and entry.votes:
        add_cast_votes(entry.cast_id, cast_month(moment, rules), entry.votes)
    return row


def move_balance(producer: Producer | int, deltas: Deltas, rules: RuleBook,
                 stamp: str) -> None:
    """Move the producer's cached balance by `deltas` (the caller's transaction)."""
    cached = BalanceCache.get_or_none(BalanceCache.producer == producer)
    before = Balance(cached.pv_earned, cached.push_points) if cached else Balance()
    after = before.apply(deltas)
    values = {
        BalanceCache.pv_earned: after.pv_earned,
        BalanceCache.push_points: after.push_points,
        BalanceCache.rank_number: after.rank_number(rules),
        BalanceCache.rule_version: rules.version,
        BalanceCache.updated_at: stamp,
    }
    if cached is None:
        BalanceCache.insert({BalanceCache.producer: producer, **values}).execute()
    else:
        BalanceCache.update(values).where(BalanceCache.producer == producer).execute()


def _producer_id(row: LedgerEntry) -> int:
    """The producer's id without fetching the producer (peewee keeps it in `__data__`)."""
    return int(row.__data__["producer"])


def take_back(row: LedgerEntry, rules: RuleBook, stamp: str) -> None:
    """Undo a refused entry's effect on the cached balance and the month's votes here (the
    row itself stays, marked refused: the ledger is append-only)."""
    move_balance(_producer_id(row), Deltas(pv=-row.pv_delta, push=-row.push_delta), rules,
                 stamp)
    if row.cast_id is not None and row.votes:
        month = cast_month(datetime.fromisoformat(row.recorded_at), rules)
        add_cast_votes(row.cast_id, month, -row.votes)


def copy_entry(row: LedgerEntry, seq: int, rules: RuleBook, stamp: str) -> LedgerEntry:
    """A new entry (new UUID, sequence `seq`) that says what `row` said: the same kind,
    points, votes, business day and time, by the same rules version. For events the office
    refused because the producer's number was someone else's, sent again under the
    producer's new number. Moves the balance as `row` once did."""
    copy = LedgerEntry.create(
        uuid=str(uuid_lib.uuid4()), kiosk_uuid=row.kiosk_uuid, seq=seq,
        producer=_producer_id(row), kind=row.kind, pv_delta=row.pv_delta,
        push_delta=row.push_delta, votes=row.votes, cast_id=row.cast_id, yen=row.yen,
        receipt=row.receipt, card_generation=row.card_generation,
        rule_version=row.rule_version, business_day=row.business_day,
        recorded_at=row.recorded_at)
    move_balance(_producer_id(row), Deltas(pv=row.pv_delta, push=row.push_delta), rules,
                 stamp)
    if row.cast_id is not None and row.votes:
        month = cast_month(datetime.fromisoformat(row.recorded_at), rules)
        add_cast_votes(row.cast_id, month, row.votes)
    return copy


def cast_month(moment: datetime, rules: RuleBook) -> str:
    """The ranking month of a moment: the calendar month in the café's time zone."""
    return moment.astimezone(ZoneInfo(rules.timezone)).strftime("%Y-%m")


def add_cast_votes(cast_id: str, month: str, votes: int) -> None:
    CastMonthVotes.insert(cast_id=cast_id, month=month, votes=votes).on_conflict(
        conflict_target=[CastMonthVotes.cast_id, CastMonthVotes.month],
        update={CastMonthVotes.votes: CastMonthVotes.votes + votes}).execute()
