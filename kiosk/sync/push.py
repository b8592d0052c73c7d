"""The push half of a sync pass: pending ledger rows to the office, in sequence order.

Batches hold up to 2,000 events (500 to an office from before that size: it says so with a
422 and the kiosk keeps to 500). One request is at the office at a time, but the kiosk's
work and the office's overlap instead of taking turns: while the office takes in a batch,
the kiosk reads and builds the next from the rows after it; when the answer changes no
pending row, that next batch goes out before the answer is recorded, so the office starts
on it while the kiosk marks the last one synced. When an answer does change pending rows (a
refusal's repair, a renumbering) or stops the pass (a deferral), what was read ahead is
dropped and read again after the answer is recorded.

Rows the office reports stored or duplicate are marked synced in one transaction with
reading the answer (conflicts and rejections are marked too, so one bad row never blocks
the queue). A refused row counts for nothing here either: its effect is taken back and
staff see why (`refusals.py`), and a person whose number the office had given someone else
gets a new one. Rows whose sequence number the office already holds under other events (a
kiosk restored from an older backup) are renumbered after the office's highest and sent
again. An unknown outcome (SyncUnavailable) changes nothing: the same rows go again next
time, and an answer lost to a crash only means its batch goes again (the office answers
"duplicate").
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime

from kiosk.db.ledger import renumber_unsynced
from kiosk.db.models import LedgerEntry
from kiosk.db.office_state import remember_office_serial
from kiosk.db.store import Store, now_iso, store_errors
from kiosk.domain.rules import RuleBook
from kiosk.sync.client import OfficeClient, SyncRejected
from kiosk.sync.outbox import Pending, pending_events
from kiosk.sync.protocol import LEGACY_MAX_BATCH, BatchResult, EventBatch, EventResult
from kiosk.sync.refusals import record_refusals, repair

log = logging.getLogger(__name__)

# Answers that change pending rows or end the pass: what was read ahead is not sent.
_MOVING = frozenset({"rejected", "sequence_taken", "deferred"})


@dataclass(frozen=True)
class _Sent:
    answer: Future[BatchResult]
    last_seq: int


class Pusher:
    def __init__(self, store: Store, rules: RuleBook, client: OfficeClient,
                 batch_limit: int) -> None:
        self._store = store
        self._rules = rules
        self._client = client
        self.batch_limit = batch_limit

    def push_all(self) -> tuple[int, int]:
        """Every pending batch; returns (events the office now holds, problems)."""
        pushed = problems = 0
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="push") as sender:
            pending = self._pending()
            sent: _Sent | None = None
            while True:
                if sent is None:
                    if pending.unsendable:
                        problems += len(pending.unsendable)
                        self._record_unsendable(pending.unsendable)
                    if pending.batch is None:
                        if not pending.unsendable:
                            return pushed, problems
                        pending = self._pending()
                        continue
                    sent = self._send(sender, pending.batch)
                    pending = self._pending(after_seq=sent.last_seq)
                try:
                    answer = sent.answer.result()              # may raise: nothing marked
                except SyncRejected as exc:
                    if not self._fall_back_on(exc):
                        raise
                    sent, pending = None, self._pending()
                    continue
                if not answer.results:
                    raise RuntimeError("the office answered a batch without any results")
                moving = any(r.status in _MOVING for r in answer.results)
                sent = None
                if not moving and pending.batch is not None and not pending.unsendable:
                    sent = self._send(sender, pending.batch)   # the office starts on it now
                pushed += self._record(answer)
                problems += sum(r.status in ("conflict", "rejected") for r in answer.results)
                if any(r.status == "deferred" for r in answer.results):
                    return pushed, problems
                if sent is not None:
                    pending = self._pending(after_seq=sent.last_seq)
                elif moving:
                    pending = self._pending()

    def _send(self, sender: ThreadPoolExecutor, batch: EventBatch) -> _Sent:
        return _Sent(sender.submit(self._client.push, batch), batch.events[-1].seq)

    def _pending(self, after_seq: int = 0) -> Pending:
        with store_errors():
            return pending_events(self.batch_limit, after_seq)

    def _fall_back_on(self, exc: SyncRejected) -> bool:
        """An office from before batches of 2,000 refuses one as too long (422) or too large
        (413): send it the sizes it takes from now on. True when that is what happened."""
        too_many = exc.status == 413 or (exc.status == 422 and "too_long" in exc.detail
                                          and "events" in exc.detail)
        if not too_many or self.batch_limit <= LEGACY_MAX_BATCH:
            return False
        log.warning("the office takes at most %d events a request: sending batches of "
                    "that size", LEGACY_MAX_BATCH)
        self.batch_limit = LEGACY_MAX_BATCH
        return True

    def _record(self, answer: BatchResult) -> int:
        """One batch's answer in one transaction: events stored, duplicate, in conflict or
        refused marked synced, refusals taken back and repaired, pending rows renumbered
        after the office's highest when it asked. Returns how many were marked."""
        done = [r.uuid for r in answer.results
                if r.status not in ("sequence_taken", "deferred")]
        renumber = any(r.status == "sequence_taken" for r in answer.results)
        deferred = [r for r in answer.results if r.status == "deferred"]
        refused = [r for r in answer.results if r.status == "rejected"]
        for result in answer.results:
            if result.status in ("conflict", "rejected"):
                log.error("office %s event %s: %s", result.status, result.uuid,
                          result.reason)
        now = datetime.now(UTC)
        with store_errors(), self._store.atomic():
            LedgerEntry.update(synced_at=now_iso()).where(LedgerEntry.uuid.in_(done)).execute()
            remember_office_serial(answer.highest_serial)
            for producer_id, problem in record_refusals(refused, self._rules, now):
                repair(producer_id, problem, self._rules, now)
            if renumber:
                moved = renumber_unsynced(answer.highest_seq)
                log.warning("the office already holds this kiosk's events up to %d "
                            "(restored from an older backup?): %d pending events "
                            "renumbered after it", answer.highest_seq, moved)
        if deferred:
            # The office cannot judge them yet (rules it has not published): they wait, in
            # order, and go again at the next pass.
            log.warning("the office deferred %d event(s): %s", len(deferred),
                        deferred[0].reason)
        return len(done)

    def _record_unsendable(self, unsendable: list[EventResult]) -> None:
        """Rows the wire format refuses never reach the office: counted for nothing here
        either, and staff told, instead of stalling every batch behind them."""
        now = datetime.now(UTC)
        with store_errors(), self._store.atomic():
            LedgerEntry.update(synced_at=now_iso()).where(
                LedgerEntry.uuid.in_([r.uuid for r in unsendable])).execute()
            record_refusals(unsendable, self._rules, now)
