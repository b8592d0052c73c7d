"""Today's visit: +N push points, at most once per business day, and the stay's timetable.

The once-a-day rule is enforced twice: by a read in the same `BEGIN IMMEDIATE` transaction
and by a partial unique index (producer, business day) on visit rows, so even two
check-ins racing from two threads cannot both land. Across kiosks the office applies the
same rule when it receives the events (a second visit that day is refused there and counts
for nothing); a kiosk that has pulled the producer's latest visit at another kiosk refuses
the second check-in itself, so the producer is not shown a point they will not keep.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

import peewee

from kiosk.db.ledger import NewEntry, append_entry
from kiosk.db.models import LedgerEntry, Producer
from kiosk.db.store import store_errors
from kiosk.domain.ledger import Deltas, EntryKind
from kiosk.domain.stay import StayPlan, plan_stay
from kiosk.services.base import KioskUseCase


@dataclass(frozen=True)
class CheckIn:
    already: bool              # True: today's visit was counted before; nothing added now
    points_added: int
    stay: StayPlan


class VisitService(KioskUseCase):

    def check_in(self, producer_id: int) -> CheckIn:
        now = self._clock()
        day = self._rules.business_day(now).isoformat()
        with store_errors():
            try:
                with self._store.atomic():
                    earlier = self._todays_visit(producer_id, day)
                    if earlier is not None:
                        return CheckIn(True, 0, plan_stay(
                            datetime.fromisoformat(earlier.recorded_at), self._rules))
                    elsewhere = self._visit_elsewhere(producer_id, day)
                    if elsewhere is not None:
                        return CheckIn(True, 0, plan_stay(elsewhere, self._rules))
                    append_entry(
                        producer=Producer.get_by_id(producer_id),
                        kiosk_uuid=self._signer.kiosk_uuid, rules=self._rules, moment=now,
                        entry=NewEntry(EntryKind.VISIT,
                                       Deltas(push=self._rules.push_points_per_visit),
                                       entry_uuid=str(uuid.uuid4())))
            except peewee.IntegrityError:
                earlier = self._todays_visit(producer_id, day)
                if earlier is None:
                    raise
                return CheckIn(True, 0, plan_stay(datetime.fromisoformat(earlier.recorded_at),
                                                  self._rules))
        return CheckIn(False, self._rules.push_points_per_visit, plan_stay(now, self._rules))

    def todays_stay(self, producer_id: int) -> StayPlan | None:
        """The stay of today's visit, if the producer has checked in today (here, or at
        another kiosk as far as the office has told this one)."""
        day = self._rules.business_day(self._clock()).isoformat()
        with store_errors():
            visit = self._todays_visit(producer_id, day)
            elsewhere = None if visit else self._visit_elsewhere(producer_id, day)
        if visit is not None:
            return plan_stay(datetime.fromisoformat(visit.recorded_at), self._rules)
        return plan_stay(elsewhere, self._rules) if elsewhere is not None else None

    def _visit_elsewhere(self, producer_id: int, day: str) -> datetime | None:
        """When the office counted a visit on `day` at another kiosk, if it did."""
        producer = Producer.get_by_id(producer_id)
        if producer.office_visit_at is None:
            return None
        moment = datetime.fromisoformat(producer.office_visit_at)
        return moment if self._rules.business_day(moment).isoformat() == day else None

    @staticmethod
    def _todays_visit(producer_id: int, day: str) -> LedgerEntry | None:
        visit: LedgerEntry | None = (LedgerEntry.select().where(
            (LedgerEntry.producer == producer_id)
            & (LedgerEntry.kind == EntryKind.VISIT.value)
            & (LedgerEntry.business_day == day)).first())
        return visit
