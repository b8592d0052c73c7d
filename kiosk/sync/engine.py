"""One sync pass with the office: push pending ledger rows, then pull changes.

Push: pending rows go in sequence order, ≤ 2,000 a batch (500 to an older office), the next
batch read while the office takes in the one before; rows the office reports stored or
duplicate are marked synced in one transaction with reading the answer (conflicts and
rejections are marked too, so one bad row never blocks the queue). A refused row counts for
nothing here either: its effect is taken back and staff see why (`refusals.py`), and a
person whose number the office had given someone else gets a new one.
Rows whose sequence number the office already holds under other events (a kiosk restored
from an older backup) are renumbered after the office's highest and sent again.
An unknown outcome (SyncUnavailable) changes nothing: the same rows go again next time.

Pull: producers, cards, kiosk keys, the cast roster, published rules and the ranking
boards changed since the saved cursor are applied (`apply.py`) and the cursor saved in the
same transaction. A record that cannot be applied is left out, logged for staff and kept
to be reported to the office, and the pull goes on. The kiosk never orders anything by its
own clock.
"""

from __future__ import annotations

import json
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime

from kiosk.db.kiosk_state import StateKey
from kiosk.db.ledger import renumber_unsynced
from kiosk.db.models import KioskState, LedgerEntry
from kiosk.db.office_state import remember_office_serial
from kiosk.db.staff_log import StaffLogAction, log_action
from kiosk.db.store import Store, now_iso, store_errors
from kiosk.domain.rules import RuleBook
from kiosk.sync.apply import apply_changes
from kiosk.sync.client import OfficeClient, SyncRejected, SyncUnavailable
from kiosk.sync.health import HealthReporter
from kiosk.sync.outbox import Pending, pending_events
from kiosk.sync.photo_fetch import fetch_cast_photos
from kiosk.sync.protocol import (
    LEGACY_MAX_BATCH,
    MAX_BATCH,
    MAX_PULL_PROBLEMS,
    BatchResult,
    EventResult,
    PullProblem,
    PullReport,
)
from kiosk.sync.refusals import record_refusals, repair

log = logging.getLogger(__name__)
PULL_PAGE = 5000        # producers per page of the change feed


@dataclass(frozen=True)
class SyncReport:
    pushed: int
    problems: int
    pulled: int


class SyncEngine:
    def __init__(self, store: Store, rules: RuleBook, client: OfficeClient,
                 health: HealthReporter | None = None, pull_page: int = PULL_PAGE,
                 push_batch: int = MAX_BATCH) -> None:
        self._store = store
        self._pull_page = pull_page
        self._rules = rules
        self._client = client
        self._health = health
        self._batch_limit = push_batch

    @property
    def health(self) -> HealthReporter | None:
        return self._health

    def sync_once(self) -> SyncReport:
        pushed, problems = self._push_all()
        pulled = self._pull_all()
        self._report_pull_problems()
        with store_errors(), self._store.atomic():
            KioskState.write(StateKey.LAST_SYNC_AT, now_iso())
        fetch_cast_photos(self._store, self._client)
        if self._health is not None:
            self._health.report(self._client)
        return SyncReport(pushed, problems, pulled)

    # ---- push -----------------------------------------------------------------------------

    def _push_all(self) -> tuple[int, int]:
        """Every pending batch, in sequence order, one request at a time. While the office
        takes in one batch, the next is read and built from the rows after it, so the
        kiosk's time and the office's overlap instead of taking turns. That read-ahead is
        dropped and read again whenever an answer changes pending rows (a refusal's repair,
        a renumbering) or stops the pass (a deferral)."""
        pushed = problems = 0
        upcoming: Pending | None = None
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="push") as sender:
            while True:
                pending, upcoming = upcoming or self._pending(), None
                if pending.unsendable:
                    problems += len(pending.unsendable)
                    self._record_unsendable(pending.unsendable)
                batch = pending.batch
                if batch is None:
                    if pending.unsendable:
                        continue
                    return pushed, problems
                in_flight = sender.submit(self._client.push, batch)
                upcoming = self._pending(after_seq=batch.events[-1].seq)
                try:
                    answer = in_flight.result()            # may raise: nothing marked
                except SyncRejected as exc:
                    if not self._fall_back_on(exc):
                        raise
                    upcoming = None
                    continue
                stored, refused_or_moved, stop = self._mark(answer)
                pushed += stored
                problems += sum(r.status in ("conflict", "rejected") for r in answer.results)
                if stop:
                    return pushed, problems
                if refused_or_moved:
                    upcoming = None

    def _pending(self, after_seq: int = 0) -> Pending:
        with store_errors():
            return pending_events(self._batch_limit, after_seq)

    def _fall_back_on(self, exc: SyncRejected) -> bool:
        """An office from before batches of 2,000 refuses one as too long (422) or too large
        (413): send it the sizes it takes from now on. True when that is what happened."""
        too_many = exc.status == 413 or (exc.status == 422 and "too_long" in exc.detail
                                          and "events" in exc.detail)
        if not too_many or self._batch_limit <= LEGACY_MAX_BATCH:
            return False
        log.warning("the office takes at most %d events a request: sending batches of "
                    "that size", LEGACY_MAX_BATCH)
        self._batch_limit = LEGACY_MAX_BATCH
        return True

    def _mark(self, answer: BatchResult) -> tuple[int, bool, bool]:
        """Record one batch's answer in one transaction: events stored or duplicate marked
        synced, refusals taken back and repaired, pending rows renumbered after the
        office's highest when it asked. Returns (events done, whether pending rows may have
        changed, whether this pass stops here)."""
        if not answer.results:
            raise RuntimeError("the office answered a batch without any results")
        done = {r.uuid for r in answer.results
                if r.status not in ("sequence_taken", "deferred")}
        renumber = any(r.status == "sequence_taken" for r in answer.results)
        deferred = [r for r in answer.results if r.status == "deferred"]
        refused = [r for r in answer.results if r.status == "rejected"]
        for result in answer.results:
            if result.status in ("conflict", "rejected"):
                log.error("office %s event %s: %s", result.status, result.uuid,
                          result.reason)
        now = datetime.now(UTC)
        with store_errors(), self._store.atomic():
            LedgerEntry.update(synced_at=now_iso()).where(
                LedgerEntry.uuid.in_(list(done))).execute()
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
        return len(done), bool(refused) or renumber, bool(deferred)

    def _record_unsendable(self, unsendable: list[EventResult]) -> None:
        """Rows the wire format refuses never reach the office: counted for nothing here
        either, and staff told, instead of stalling every batch behind them."""
        now = datetime.now(UTC)
        with store_errors(), self._store.atomic():
            LedgerEntry.update(synced_at=now_iso()).where(
                LedgerEntry.uuid.in_([r.uuid for r in unsendable])).execute()
            record_refusals(unsendable, self._rules, now)

    # ---- pull -----------------------------------------------------------------------------

    def _pull_all(self) -> int:
        """Every page after the stored cursor, each applied in its own transaction with the
        cursor it leads to. The next page is already on its way while one is applied (its
        cursor is in the page's frame): the office's time and the kiosk's overlap instead
        of taking turns. A crash loses only a page not yet applied, asked again next time."""
        pulled = 0
        with store_errors():
            state = KioskState.read(StateKey.OFFICE_CURSOR)
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pull") as fetcher:
            coming = fetcher.submit(self._client.changes_page, int(state) if state else 0,
                                    self._pull_page)
            while True:
                changes, unreadable = coming.result()
                if changes.more:
                    coming = fetcher.submit(self._client.changes_page, changes.cursor,
                                            self._pull_page)
                with store_errors(), self._store.atomic():
                    left_out = unreadable + apply_changes(changes, self._rules)
                    if left_out:
                        _keep_unreported(left_out)
                    KioskState.write(StateKey.OFFICE_CURSOR, str(changes.cursor))
                pulled += len(changes.producers)
                if not changes.more:
                    return pulled

    def _report_pull_problems(self) -> None:
        """Tell the office which records this kiosk left out (kept until it has heard)."""
        with store_errors():
            state = KioskState.read(StateKey.PULL_PROBLEMS_UNREPORTED)
        if state is None:
            return
        problems = [PullProblem.model_validate(item) for item in json.loads(state)]
        try:
            for start in range(0, len(problems), MAX_PULL_PROBLEMS):
                self._client.report_pull_problems(
                    PullReport(problems=problems[start:start + MAX_PULL_PROBLEMS]))
        except (SyncUnavailable, SyncRejected) as exc:
            log.warning("could not report %d left-out records to the office yet: %s",
                        len(problems), exc)
            return
        with store_errors(), self._store.atomic():
            KioskState.forget(StateKey.PULL_PROBLEMS_UNREPORTED)


def _keep_unreported(problems: list[PullProblem]) -> None:
    """Inside the pull's transaction: log each for staff, keep them to report."""
    state = KioskState.read(StateKey.PULL_PROBLEMS_UNREPORTED)
    kept = json.loads(state) if state is not None else []
    now = datetime.now(UTC)
    for problem in problems:
        number = problem.key if problem.kind == "producer" else None
        log_action(StaffLogAction.PULL_SKIPPED, number, now, kind=problem.kind,
                   key=problem.key, reason=problem.reason)
        kept.append(problem.model_dump())
    KioskState.write(StateKey.PULL_PROBLEMS_UNREPORTED, json.dumps(kept[-10_000:]))
