"""The SQLite office's WAL checkpoints, off the path of its requests.

In WAL mode SQLite copies the log back into the database file ("checkpoints") from the
commit that finds the log past `wal_autocheckpoint` pages, and that commit waits for the
copy and its disk sync. A kiosk's batch of 5,000 events writes more pages than the default
threshold (1,000), so every batch's commit also paid a checkpoint: a fifth of the office's
time in a day's push. Here a thread of the serving process checkpoints once a second in
PASSIVE mode (it copies what no reader still needs and never blocks a writer or a reader),
and `OFFICE_PRAGMAS` raise the threshold to 20,000 pages (80 MB) so a commit checkpoints
only if this thread falls behind. Durability is unchanged: a commit is on disk when it
returns (WAL, `synchronous=FULL`), whenever its pages reach the database file.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from pathlib import Path

log = logging.getLogger(__name__)

# The office's SQLite settings (the sync benchmark's raw baseline uses them too).
OFFICE_PRAGMAS: dict[str, object] = {
    "journal_mode": "wal", "synchronous": "full", "foreign_keys": 1, "busy_timeout": 10_000,
    # 32 MB of pages per pooled connection (SQLite's default is 2 MB): a batch's lookups
    # and index updates touch more than that in a busy office's event table.
    "cache_size": -32_768,
    "wal_autocheckpoint": 20_000,
}
EVERY_S = 1.0


class WalCheckpointer:
    """Checkpoints `database` every `every_s` seconds until stopped."""

    def __init__(self, database: str | Path, every_s: float = EVERY_S) -> None:
        self.database = str(database)
        self.every_s = every_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="wal-checkpoints", daemon=True)

    def start(self) -> WalCheckpointer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=30)

    def _run(self) -> None:
        connection = sqlite3.connect(self.database, timeout=0, check_same_thread=False)
        try:
            while not self._stop.wait(self.every_s):
                try:
                    connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                except sqlite3.OperationalError as exc:    # busy: another one checkpoints
                    log.debug("WAL checkpoint skipped: %s", exc)
        finally:
            with contextlib.suppress(sqlite3.Error):
                connection.close()
