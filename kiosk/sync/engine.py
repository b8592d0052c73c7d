"""One sync pass with the office: push pending ledger rows, then pull changes.

Push: pending rows go in sequence order, ≤ 500 a batch; rows the office reports stored or
duplicate are marked synced in one transaction with reading the answer (conflicts and
rejections are marked too, with the reason logged, so one bad row never blocks the queue).
Rows whose sequence number the office already holds under other events (a kiosk restored
from an older backup) are renumbered after the office's highest and sent again.
An unknown outcome (SyncUnavailable) changes nothing: the same rows go again next time.

Pull: producers, cards, kiosk keys, the cast roster, published rules and the ranking
boards changed since the saved cursor are applied (`apply.py`) and the cursor saved in the
same transaction. The kiosk never orders anything by its own
clock; it records how far it is from the office's (shown to staff).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from kiosk.db.ledger import renumber_unsynced
from kiosk.db.models import (
    KioskState,
    LedgerEntry,
)
from kiosk.db.store import Store, now_iso, store_errors
from kiosk.domain.rules import RuleBook
from kiosk.services.producer_view import LAST_SYNC_KEY
from kiosk.sync.apply import apply_changes
from kiosk.sync.client import OfficeClient
from kiosk.sync.outbox import pending_batch
from kiosk.sync.protocol import (
    MAX_BATCH,
)

log = logging.getLogger(__name__)
CURSOR_KEY = "office_cursor"
CLOCK_OFFSET_KEY = "office_clock_offset_ms"   # office clock minus kiosk clock


@dataclass(frozen=True)
class SyncReport:
    pushed: int
    problems: int
    pulled: int


class SyncEngine:
    def __init__(self, store: Store, rules: RuleBook, client: OfficeClient) -> None:
        self._store = store
        self._rules = rules
        self._client = client

    def sync_once(self) -> SyncReport:
        pushed, problems = self._push_all()
        pulled = self._pull_all()
        with store_errors(), self._store.atomic():
            KioskState.insert(key=LAST_SYNC_KEY, value=now_iso()).on_conflict_replace().execute()
        return SyncReport(pushed, problems, pulled)

    # ---- push -----------------------------------------------------------------------------

    def _push_all(self) -> tuple[int, int]:
        pushed = problems = 0
        while True:
            with store_errors():
                batch = pending_batch(MAX_BATCH)
            if batch is None:
                return pushed, problems
            answer = self._client.push(batch)              # may raise: nothing marked
            done = {r.uuid for r in answer.results if r.status != "sequence_taken"}
            renumber = len(done) < len(answer.results)
            for result in answer.results:
                if result.status in ("conflict", "rejected"):
                    problems += 1
                    log.error("office %s event %s: %s", result.status, result.uuid,
                              result.reason)
            with store_errors(), self._store.atomic():
                LedgerEntry.update(synced_at=now_iso()).where(
                    LedgerEntry.uuid.in_(list(done))).execute()
                if renumber:
                    moved = renumber_unsynced(answer.highest_seq)
                    log.warning("the office already holds this kiosk's events up to %d "
                                "(restored from an older backup?): %d pending events "
                                "renumbered after it", answer.highest_seq, moved)
            pushed += len(done)
            if not answer.results:
                raise RuntimeError("the office answered a batch without any results")

    # ---- pull -----------------------------------------------------------------------------

    def _pull_all(self) -> int:
        pulled = 0
        while True:
            with store_errors():
                state = KioskState.get_or_none(KioskState.key == CURSOR_KEY)
            since = int(state.value) if state else 0
            asked = time.time()
            changes = self._client.changes(since)
            answered = time.time()
            # The office's clock stamped the answer somewhere between asking and answering.
            offset_ms = round((changes.server_time.timestamp() - (asked + answered) / 2) * 1000)
            with store_errors(), self._store.atomic():
                apply_changes(changes, self._rules)
                for key, value in ((CURSOR_KEY, changes.cursor),
                                   (CLOCK_OFFSET_KEY, offset_ms)):
                    KioskState.insert(key=key, value=str(value)).on_conflict_replace().execute()
            pulled += len(changes.producers)
            if not changes.more:
                return pulled
