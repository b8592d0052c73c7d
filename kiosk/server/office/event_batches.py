"""The office taking in kiosks' event batches, in each kiosk's order (`batch_order.py`), and
the events it stored without effect, for staff.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from kiosk.server import rankings
from kiosk.server.intake import accept_batch
from kiosk.server.intake_writes import highest_seq, highest_serial
from kiosk.server.models import Kiosk, OfficeEvent, tuples
from kiosk.server.office.base import KioskDisabled, OfficeBase, now_iso
from kiosk.sync.protocol import BatchResult, EventBatch, EventResult

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RefusedEvent:
    """An event a kiosk sent that the office stored without effect, for staff to read."""

    kiosk: int
    seq: int
    kind: str
    producer_number: str
    problem: str | None
    reason: str
    received_at: str


class EventDesk(OfficeBase):
    def accept(self, kiosk_id: str, batch: EventBatch) -> BatchResult:
        """Take in one batch in one transaction (`intake.py`); a batch that names the event
        it follows waits for it, or is answered "deferred" whole."""
        after = batch.after_event
        if after is not None and not self.batch_order.wait_for(
                kiosk_id, lambda: self._holds_event(kiosk_id, after)):
            return self._deferred_whole(kiosk_id, batch)
        with self.batch_order.taking_in(kiosk_id):
            return self._accept(kiosk_id, batch)

    def _holds_event(self, kiosk_id: str, uuid: str) -> bool:
        with self.reading():
            return bool(OfficeEvent.select().where((OfficeEvent.uuid == uuid)
                                                   & (OfficeEvent.kiosk_id == kiosk_id)).exists())

    def _deferred_whole(self, kiosk_id: str, batch: EventBatch) -> BatchResult:
        """A batch sent after one the office does not hold (yet): nothing stored."""
        with self.reading():
            kiosk = Kiosk.get_or_none(Kiosk.kiosk_id == kiosk_id)
            if kiosk is None or kiosk.disabled_at is not None:
                raise KioskDisabled(kiosk_id)
            reason = (f"sent after event {batch.after_event}, which the office does not hold: "
                      "send it again on its own")
            return BatchResult(
                acked_through=int(kiosk.acked_through),
                results=[EventResult.of(e.uuid, "deferred", reason)
                         for e in batch.events],
                highest_seq=highest_seq(kiosk_id), highest_serial=highest_serial(kiosk.number))

    def _accept(self, kiosk_id: str, batch: EventBatch) -> BatchResult:
        now = now_iso()
        with self.writing() as head:
            kiosk = Kiosk.get_or_none(Kiosk.kiosk_id == kiosk_id)
            if kiosk is None or kiosk.disabled_at is not None:
                raise KioskDisabled(kiosk_id)
            result, change_ids, votes = accept_batch(kiosk, batch, now, head + 1,
                                                     self.rulebooks, self.window)
            self._set_head(head + len(change_ids))
            if votes:
                month = rankings.month_of(datetime.fromisoformat(now), self.rules.timezone)
                rankings.add_votes(votes, month, now)
        refused = [r for r in result.results if r.status == "rejected"]
        if refused:
            log.warning("kiosk %d: %d event(s) refused, e.g. %s", kiosk.number, len(refused),
                        refused[0].reason)
        return result

    def refused_events(self, kiosk: int | None = None, limit: int = 50) -> list[RefusedEvent]:
        """The newest events stored without effect (all kiosks, or kiosk number `kiosk`)."""
        query = (OfficeEvent.select(Kiosk.number, OfficeEvent.seq, OfficeEvent.kind,
                                    OfficeEvent.producer_number, OfficeEvent.problem,
                                    OfficeEvent.rejected, OfficeEvent.received_at)
                 .join(Kiosk, on=(Kiosk.kiosk_id == OfficeEvent.kiosk_id))
                 .where(OfficeEvent.rejected.is_null(False))
                 .order_by(OfficeEvent.id.desc()).limit(limit))
        if kiosk is not None:
            query = query.where(Kiosk.number == kiosk)
        with self.reading():
            return [RefusedEvent(*row) for row in tuples(query)]
