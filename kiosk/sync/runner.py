"""The sync engine in its own thread: a pass every `interval_s`, sooner on "sync now",
later (capped exponential backoff with jitter) while the office cannot be reached.

It never touches widgets: the UI reads `status` (thread-safe) or gets it through the
`on_status` callback, which runs on this thread (marshal it to the UI thread there).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from kiosk.db.models import LedgerEntry
from kiosk.db.store import Store, store_errors
from kiosk.domain.backoff import backoff_delay
from kiosk.sync.client import SyncRejected, SyncUnavailable
from kiosk.sync.engine import SyncEngine

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncStatus:
    online: bool = False
    pending: int = 0
    last_success: datetime | None = None
    last_error: str = ""
    failures: int = 0
    refused: int = 0          # events the office refused in the last week (staff log says why)


REFUSED_WINDOW = timedelta(days=7)


class SyncRunner:
    def __init__(self, store: Store, engine: SyncEngine, interval_s: float = 30.0,
                 backoff_base_s: float = 2.0, backoff_cap_s: float = 300.0,
                 on_status: Callable[[SyncStatus], None] | None = None,
                 office_url: str = "") -> None:
        self.office_url = office_url
        self._store = store
        self._engine = engine
        self._interval_s = interval_s
        self._base_s = backoff_base_s
        self._cap_s = backoff_cap_s
        self._on_status = on_status
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._status = SyncStatus()
        self._thread = threading.Thread(target=self._run, name="sync", daemon=True)

    @property
    def status(self) -> SyncStatus:
        with self._lock:
            return self._status

    def start(self) -> None:
        self._thread.start()

    def sync_now(self) -> None:
        """Staff's "sync now": run a pass at once (and reset the backoff)."""
        self._wake.set()

    def stop(self, timeout_s: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout_s)

    def _run(self) -> None:
        while not self._stop.is_set():
            wait = self._pass()
            self._wake.wait(wait)
            self._wake.clear()

    def _pass(self) -> float:
        try:
            self._engine.sync_once()
        except SyncUnavailable as exc:
            failures = self.status.failures + 1
            self._publish(online=False, last_error=str(exc), failures=failures)
            return backoff_delay(failures, self._base_s, self._cap_s)
        except SyncRejected as exc:
            log.error("office refused this kiosk: %s", exc)
            self._publish(online=False, last_error=str(exc), failures=self.status.failures + 1)
            return self._cap_s                       # staff must act; do not hammer
        except Exception as exc:                     # logged, never silently swallowed
            log.exception("sync pass failed")
            self._publish(online=False, last_error=repr(exc),
                          failures=self.status.failures + 1)
            return backoff_delay(self.status.failures, self._base_s, self._cap_s)
        self._publish(online=True, last_success=datetime.now(UTC), last_error="", failures=0)
        return self._interval_s

    def _publish(self, **changes: object) -> None:
        error = changes.get("last_error")
        if error and self._engine.health is not None:
            self._engine.health.note_error(str(error))
        since = (datetime.now(UTC) - REFUSED_WINDOW).isoformat()
        try:
            with store_errors():
                pending = LedgerEntry.select().where(LedgerEntry.synced_at.is_null()).count()
                refused = LedgerEntry.select().where(
                    LedgerEntry.rejected_at.is_null(False)
                    & (LedgerEntry.rejected_at >= since)).count()
        except Exception:
            pending, refused = self.status.pending, self.status.refused
        with self._lock:
            self._status = replace(self._status, pending=pending, refused=refused,
                                   **changes)  # type: ignore[arg-type]
            status = self._status
        if self._on_status is not None:
            self._on_status(status)
