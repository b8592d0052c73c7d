"""One sync pass with the office: push pending ledger rows, then pull changes.

Push: pending rows go to the office in sequence order (`push.py`); whatever the office
refuses is taken back and staff are told.

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
from kiosk.db.models import KioskState
from kiosk.db.staff_log import StaffLogAction, log_action
from kiosk.db.store import Store, now_iso, store_errors
from kiosk.domain.rules import RuleBook
from kiosk.sync.apply import apply_changes
from kiosk.sync.client import OfficeClient, SyncRejected, SyncUnavailable
from kiosk.sync.health import HealthReporter
from kiosk.sync.photo_fetch import fetch_cast_photos
from kiosk.sync.protocol import (
    MAX_BATCH,
    MAX_PULL_PROBLEMS,
    PullProblem,
    PullReport,
)
from kiosk.sync.push import Pusher

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
        self._pusher = Pusher(store, rules, client, push_batch)

    @property
    def health(self) -> HealthReporter | None:
        return self._health

    def sync_once(self) -> SyncReport:
        pushed, problems = self.push()
        pulled = self._pull_all()
        self._report_pull_problems()
        with store_errors(), self._store.atomic():
            KioskState.write(StateKey.LAST_SYNC_AT, now_iso())
        fetch_cast_photos(self._store, self._client)
        if self._health is not None:
            self._health.report(self._client)
        return SyncReport(pushed, problems, pulled)

    def push(self) -> tuple[int, int]:
        """The push phase alone: (events the office now holds, problems)."""
        return self._pusher.push_all()

    # ---- pull -----------------------------------------------------------------------------

    def _pull_all(self) -> int:
        """Every page after the stored cursor, each applied in its own transaction with the
        cursor it leads to. The next page is already on its way while one is applied (its
        cursor is in the page's frame): the office's time and the kiosk's overlap instead
        of taking turns. A crash loses only a page not yet applied, asked again next time."""
        pulled = 0
        with store_errors():
            state = KioskState.read(StateKey.OFFICE_CURSOR)
        with self._store.roomy_cache(), \
                ThreadPoolExecutor(max_workers=1, thread_name_prefix="pull") as fetcher:
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
