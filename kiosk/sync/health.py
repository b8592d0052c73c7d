"""What the kiosk tells the office about itself after each sync pass, for the manager
console's kiosks page: its version, how many events wait, its clock (the office works out
the offset), its store's size and the free disk, its card printer, the last error.

The printer part comes from the screens' side (CUPS is theirs) as a callable; it is asked on
the sync thread and must not block for long. An office from before this report answers 404:
the kiosk then stops sending it until it restarts. A failed report is never a failed sync.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from importlib import metadata
from pathlib import Path

from kiosk.db.models import LedgerEntry
from kiosk.db.store import Store, store_errors
from kiosk.sync.client import OfficeClient, SyncRejected, SyncUnavailable
from kiosk.sync.protocol import KioskHealth, PrinterHealth

log = logging.getLogger(__name__)

PrinterCheck = Callable[[], PrinterHealth | None]
ERROR_KEPT = timedelta(hours=1)


def app_version() -> str:
    try:
        return metadata.version("producer-kiosk")
    except metadata.PackageNotFoundError:          # a frozen build without metadata
        return "unknown"


def store_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in (path, path.with_name(path.name + "-wal"))
               if p.exists())


class HealthReporter:
    def __init__(self, store: Store, printer: PrinterCheck | None = None) -> None:
        self._store = store
        self._printer = printer
        self._office_knows = True
        self._error: tuple[datetime, str] | None = None

    def note_error(self, text: str) -> None:
        """A failed sync pass (the runner calls this): reported for an hour after it."""
        self._error = (datetime.now(UTC), _one_line(text))

    def _recent_error(self) -> str:
        if self._error is None or datetime.now(UTC) - self._error[0] > ERROR_KEPT:
            return ""
        at, text = self._error
        return f"{at:%Y-%m-%d %H:%M} UTC: {text}"

    def health(self) -> KioskHealth:
        with store_errors():
            pending = LedgerEntry.select().where(LedgerEntry.synced_at.is_null()).count()
        path = self._store.path
        printer = None
        if self._printer is not None:
            try:
                printer = self._printer()
            except Exception:                      # a report never breaks the sync
                log.exception("printer state for the office's report failed")
        return KioskHealth(sent_at=datetime.now(UTC), app_version=app_version()[:40],
                           pending=int(pending), store_bytes=store_bytes(path),
                           free_disk_bytes=shutil.disk_usage(path.parent).free,
                           printer=printer, last_error=self._recent_error()[:300])

    def report(self, client: OfficeClient) -> None:
        if not self._office_knows:
            return
        try:
            client.report_health(self.health())
        except SyncRejected as exc:
            if exc.status == 404:
                self._office_knows = False
                log.info("the office does not take health reports (an older office)")
            else:
                log.warning("the office refused the health report: %s", exc)
        except SyncUnavailable as exc:
            log.info("health report not sent: %s", exc)


def _one_line(text: str) -> str:
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
