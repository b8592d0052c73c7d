"""The push half of a sync pass: pending ledger rows to the office, in sequence order.

Batches hold up to 5,000 events, and two are at the office at a time: while it takes one
in, the next has already arrived (it names the last event of the one before, `after_event`,
and the office takes it in only after that one: `kiosk/server/batch_order.py`), and the
kiosk reads and builds the one after. The kiosk's work, the transfer and the office's
validation overlap with the office's intake instead of taking turns. An office from before
gets what it takes: batches of 2,000 (it says so in its 422), or of 500 one at a time (it
also refuses `after_event`); a proxy that refuses a batch as too large (413) gets half as
many.

Rows the office reports stored or duplicate are marked synced in one transaction with
reading the answer (conflicts and rejections are marked too, so one bad row never blocks
the queue). A refused row counts for nothing here either: its effect is taken back and
staff see why (`refusals.py`), and a person whose number the office had given someone else
gets a new one. Rows whose sequence number the office already holds under other events (a
kiosk restored from an older backup) are renumbered after the office's highest and sent
again. An answer that changes pending rows (a refusal's repair, a renumbering) or defers
events ends the run: the batches still at the office are waited for, every answer is
recorded in one transaction, and the kiosk reads its queue again from the start; a batch
the office could not place after the one before (answered "deferred" whole) simply goes
again on its own. A deferral of a batch sent on its own (rules the office has not
published) ends the pass. An unknown outcome (SyncUnavailable) changes nothing: the same
rows go again next time, and an answer lost to a crash only means its batch goes again
(the office answers "duplicate").
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections import deque
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

IN_FLIGHT = 2               # batches at the office at once
# Answers that change pending rows or stop the run: what was read ahead is not sent.
_MOVING = frozenset({"rejected", "sequence_taken", "deferred"})
# How an office's 422 names the most events it takes (pydantic's words for a list's limit;
# the only list in a batch is its events).
_OFFICE_TAKES = re.compile(r"at most (\d+) items")


def _check(answer: BatchResult) -> None:
    if not answer.results:
        raise RuntimeError("the office answered a batch without any results")


def _deferred_whole(answer: BatchResult) -> bool:
    return all(r.status == "deferred" for r in answer.results)


def _wait_out(flight: deque[_Sent]) -> None:
    """Let the batches still at the office finish; their outcome is not used (they go
    again, and the office answers "duplicate" for what it took in)."""
    for sent in flight:
        with contextlib.suppress(Exception):
            sent.answer.result()


@dataclass(frozen=True)
class _Sent:
    batch: EventBatch
    answer: Future[BatchResult]

    @property
    def last_seq(self) -> int:
        return self.batch.events[-1].seq


@dataclass
class _Tally:
    pushed: int = 0
    problems: int = 0
    stop: bool = False        # a deferral: the rest waits for the next pass


class Pusher:
    def __init__(self, store: Store, rules: RuleBook, client: OfficeClient,
                 batch_limit: int) -> None:
        self._store = store
        self._rules = rules
        self._client = client
        self.batch_limit = batch_limit
        self.in_flight = IN_FLIGHT

    def push_all(self) -> tuple[int, int]:
        """Every pending batch; returns (events the office now holds, problems)."""
        tally = _Tally()
        with ThreadPoolExecutor(max_workers=IN_FLIGHT, thread_name_prefix="push") as sender:
            while not tally.stop:
                pending = self._pending()
                if pending.unsendable:
                    tally.problems += len(pending.unsendable)
                    self._record_unsendable(pending.unsendable)
                if pending.batch is None:
                    if pending.unsendable:
                        continue
                    break
                self._run(sender, pending.batch, tally)
        return tally.pushed, tally.problems

    def _run(self, sender: ThreadPoolExecutor, first: EventBatch, tally: _Tally) -> None:
        """`first` and the batches after it, until the queue is empty or an answer ends the
        run (the caller then reads the queue again)."""
        flight = deque([self._send(sender, first, None)])
        ahead = self._pending(after_seq=first.events[-1].seq)
        while flight:
            if len(flight) < self.in_flight and ahead.batch is not None and not ahead.unsendable:
                flight.append(self._send(sender, ahead.batch, flight[-1]))
                ahead = self._pending(after_seq=flight[-1].last_seq)
            head = flight.popleft()
            try:
                answer = head.answer.result()                 # may raise: nothing marked
            except SyncRejected as exc:
                if not self._fall_back_on(exc):
                    raise
                _wait_out(flight)
                return
            _check(answer)
            if not any(r.status in _MOVING for r in answer.results):
                self._count(tally, [answer], self._record([answer]))
                continue
            answers = [answer]
            try:
                for later in flight:                          # in order; may raise
                    answers.append(later.answer.result())
                    _check(answers[-1])
            finally:
                self._count(tally, answers, self._record(answers))
            # A deferral ends the pass, unless it only means that a batch sent after
            # another could not be placed after it: that one goes again on its own.
            tally.stop = any(r.status == "deferred" for r in answer.results) and (
                head.batch.after_event is None or not _deferred_whole(answer))
            return

    def _send(self, sender: ThreadPoolExecutor, batch: EventBatch, after: _Sent | None
              ) -> _Sent:
        if after is not None:
            batch = batch.model_copy(update={"after_event": after.batch.events[-1].uuid})
        return _Sent(batch, sender.submit(self._client.push, batch))

    @staticmethod
    def _count(tally: _Tally, answers: list[BatchResult], marked: int) -> None:
        tally.pushed += marked
        tally.problems += sum(r.status in ("conflict", "rejected")
                              for answer in answers for r in answer.results)

    def _pending(self, after_seq: int = 0) -> Pending:
        with store_errors():
            return pending_events(self.batch_limit, after_seq)

    def _fall_back_on(self, exc: SyncRejected) -> bool:
        """An office (or a proxy in front of it) that takes less refuses a batch: as too
        long, naming how many events it takes (422; offices before took 2,000, and before
        that 500), as carrying a field it does not know (422 on `after_event`: it takes one
        batch at a time), or as too large (413: half as many, down to 500). Send it what it
        takes from now on; an office that took 500 at most also took one batch at a time.
        True when that is what happened."""
        limit, in_flight = self.batch_limit, self.in_flight
        if exc.status == 413 and limit > LEGACY_MAX_BATCH:
            limit = max(LEGACY_MAX_BATCH, limit // 2)
        elif exc.status == 422 and (stated := _OFFICE_TAKES.search(exc.detail)):
            takes = int(stated.group(1))
            limit = min(limit, max(1, takes))
            in_flight = 1 if takes <= LEGACY_MAX_BATCH else in_flight
        if exc.status == 422 and "extra_forbidden" in exc.detail and "after_event" in exc.detail:
            in_flight = 1
        if (limit, in_flight) == (self.batch_limit, self.in_flight):
            return False
        self.batch_limit, self.in_flight = limit, in_flight
        log.warning("the office takes at most %d events a request%s: sending batches of "
                    "that size", self.batch_limit,
                    ", one request at a time" if in_flight == 1 else "")
        return True

    def _record(self, answers: list[BatchResult]) -> int:
        """Answers in one transaction: events stored, duplicate, in conflict or refused
        marked synced, then refusals taken back and repaired and pending rows renumbered
        after the office's highest when it asked (after every batch's marks, so rows the
        office took in are never moved). Returns how many were marked."""
        results = [r for answer in answers for r in answer.results]
        done = [r.uuid for r in results if r.status not in ("sequence_taken", "deferred")]
        renumber = any(r.status == "sequence_taken" for r in results)
        deferred = [r for r in results if r.status == "deferred"]
        refused = [r for r in results if r.status == "rejected"]
        for result in results:
            if result.status in ("conflict", "rejected"):
                log.error("office %s event %s: %s", result.status, result.uuid,
                          result.reason)
        now = datetime.now(UTC)
        highest_seq = max(answer.highest_seq for answer in answers)
        with store_errors(), self._store.atomic():
            LedgerEntry.update(synced_at=now_iso()).where(LedgerEntry.uuid.in_(done)).execute()
            remember_office_serial(max(answer.highest_serial for answer in answers))
            for producer_id, problem in record_refusals(refused, self._rules, now):
                repair(producer_id, problem, self._rules, now)
            if renumber:
                moved = renumber_unsynced(highest_seq)
                log.warning("the office already holds this kiosk's events up to %d "
                            "(restored from an older backup?): %d pending events "
                            "renumbered after it", highest_seq, moved)
        if deferred:
            # The office cannot judge them yet (rules it has not published, or the batch
            # before has not reached it): they wait, in order, and go again.
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
