"""Pushing a cast member: spend push points, each worth the producer's rank weight in votes.

Limits, checked inside the push's own transaction:
- no more than the push points the kiosk knows of (the cached balance already counts this
  kiosk's unsynced pushes, so "pending" pushes are never spent twice);
- no more than `max_points_per_push` in one push;
- while not synced, no more than `offline_cap_per_card` points in unsynced pushes per card:
  the damage if the same card pushes at two offline kiosks is bounded (the office flags it);
- none at all while the office has the producer flagged as overdrawn (staff clear it).

Monthly votes are summed per cast member over the current calendar month in Tokyo time,
as far as this kiosk knows (the office's ranking is the authority).
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

from peewee import fn

from kiosk.db.ledger import NewEntry, append_entry, cast_month
from kiosk.db.models import BalanceCache, CastMember, CastMonthVotes, LedgerEntry, Producer
from kiosk.db.store import store_errors
from kiosk.domain.ledger import Deltas, EntryKind
from kiosk.services.base import KioskUseCase
from kiosk.services.cast_photos import resolve_photo


class PushProblem(enum.Enum):
    NOT_ENOUGH_POINTS = "not_enough_points"
    TOO_MANY_AT_ONCE = "too_many_at_once"
    OFFLINE_CAP = "offline_cap"
    NO_SUCH_CAST = "no_such_cast"
    BAD_AMOUNT = "bad_amount"
    ALREADY_DONE = "already_done"
    BLOCKED = "blocked"              # overdrawn at two offline kiosks: staff must look


class PushRefused(ValueError):
    def __init__(self, problem: PushProblem, allowed: int = 0) -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.allowed = allowed       # the most points that would have been accepted


@dataclass(frozen=True)
class CastEntry:
    cast_id: str
    stage_name_ja: str
    stage_name_en: str
    photo: str | None                # an absolute path to an existing file, or None
    votes_this_month: int


@dataclass(frozen=True)
class PushDone:
    cast: CastEntry                  # with this month's votes including this push
    points: int
    votes: int
    points_left: int


class PushService(KioskUseCase):

    # ---- roster -----------------------------------------------------------------------------

    def roster(self, search: str = "") -> list[CastEntry]:
        """Active cast, in roster order; `search` matches either stage name, any case."""
        needle = search.strip().casefold()
        with store_errors():
            members = list(CastMember.select().where(CastMember.active == 1)
                           .order_by(CastMember.sort_order, CastMember.cast_id))
            votes = self._monthly_votes()
        return [self._entry(member, votes.get(member.cast_id, 0)) for member in members
                if not needle or needle in member.stage_name_ja.casefold()
                or needle in member.stage_name_en.casefold()]

    def allowance(self, producer_id: int) -> int:
        """The most push points this producer may spend in one push right now."""
        with store_errors():
            return self._allowance(producer_id)

    # ---- pushing ------------------------------------------------------------------------------

    def push(self, producer_id: int, cast_id: str, points: int, request_id: str = "") -> PushDone:
        if points < 1:
            raise PushRefused(PushProblem.BAD_AMOUNT)
        if points > self._rules.max_points_per_push:
            raise PushRefused(PushProblem.TOO_MANY_AT_ONCE, self._rules.max_points_per_push)
        request_id = request_id or str(uuid.uuid4())
        now = self._clock()
        with store_errors(), self._store.atomic():
            if LedgerEntry.select().where(LedgerEntry.uuid == request_id).exists():
                raise PushRefused(PushProblem.ALREADY_DONE)
            member = CastMember.get_or_none((CastMember.cast_id == cast_id)
                                            & (CastMember.active == 1))
            if member is None:
                raise PushRefused(PushProblem.NO_SUCH_CAST)
            producer = Producer.get_by_id(producer_id)
            if producer.push_blocked_at is not None:
                raise PushRefused(PushProblem.BLOCKED)
            balance = BalanceCache.get(BalanceCache.producer == producer_id)
            if points > balance.push_points:
                raise PushRefused(PushProblem.NOT_ENOUGH_POINTS, balance.push_points)
            room = self._rules.offline_push_cap_per_card - self._unsynced_spend(producer_id)
            if points > room:
                raise PushRefused(PushProblem.OFFLINE_CAP, max(0, room))
            weight = self._rules.rank_for(balance.pv_earned).weight
            append_entry(
                producer=producer, kiosk_uuid=self._signer.kiosk_uuid,
                rules=self._rules, moment=now,
                entry=NewEntry(EntryKind.PUSH, Deltas(push=-points), entry_uuid=request_id,
                               votes=points * weight, cast_id=cast_id))
            votes = self._monthly_votes(cast_id).get(cast_id, 0)
        return PushDone(self._entry(member, votes), points, points * weight,
                        balance.push_points - points)

    # ---- helpers ------------------------------------------------------------------------------

    def _allowance(self, producer_id: int) -> int:
        if Producer.select().where((Producer.id == producer_id)
                                   & Producer.push_blocked_at.is_null(False)).exists():
            return 0
        balance = BalanceCache.get_or_none(BalanceCache.producer == producer_id)
        points = balance.push_points if balance else 0
        room = self._rules.offline_push_cap_per_card - self._unsynced_spend(producer_id)
        return max(0, min(points, room, self._rules.max_points_per_push))

    @staticmethod
    def _unsynced_spend(producer_id: int) -> int:
        # (Not `-field` in peewee: that means "order descending".)
        delta = (LedgerEntry.select(fn.COALESCE(fn.SUM(LedgerEntry.push_delta), 0))
                 .where((LedgerEntry.producer == producer_id)
                        & (LedgerEntry.kind == EntryKind.PUSH.value)
                        & LedgerEntry.synced_at.is_null()).scalar())
        return -int(delta or 0)

    def _monthly_votes(self, cast_id: str | None = None) -> dict[str, int]:
        """This month's tallies (kept with every push row, see db.ledger)."""
        query = CastMonthVotes.select(CastMonthVotes.cast_id, CastMonthVotes.votes).where(
            CastMonthVotes.month == cast_month(self._clock(), self._rules))
        if cast_id is not None:
            query = query.where(CastMonthVotes.cast_id == cast_id)
        rows = cast(Iterable[tuple[str, int]], query.tuples())
        return dict(rows)

    def _entry(self, member: CastMember, votes: int) -> CastEntry:
        return CastEntry(member.cast_id, member.stage_name_ja, member.stage_name_en,
                         resolve_photo(self._store.path.parent, member.photo), votes)
