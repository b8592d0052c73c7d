"""The SQLite office checkpoints its WAL in a thread while it serves, not in its commits."""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from kiosk.server.wal_checkpoints import WalCheckpointer
from tests.sync.conftest import RunningOffice


def _rows_in_main_file(database: Path, scratch: Path) -> int:
    """Rows the database file itself holds, without its WAL (what a checkpoint copied)."""
    shutil.copy(database, scratch)
    with sqlite3.connect(scratch) as copy:
        try:
            return int(copy.execute("SELECT COUNT(*) FROM t").fetchone()[0])
        except sqlite3.OperationalError:         # not even the table yet
            return 0


def test_committed_pages_reach_the_database_file_without_a_commit_checkpointing(
        tmp_path: Path) -> None:
    database = tmp_path / "office.sqlite3"
    writer = sqlite3.connect(database, isolation_level=None)
    for pragma in ("journal_mode=wal", "synchronous=full", "wal_autocheckpoint=0"):
        writer.execute(f"PRAGMA {pragma}")
    writer.execute("CREATE TABLE t (x INTEGER)")
    writer.execute("BEGIN")
    writer.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(5000)])
    writer.execute("COMMIT")
    assert _rows_in_main_file(database, tmp_path / "before.sqlite3") == 0   # all in the WAL
    checkpoints = WalCheckpointer(database, every_s=0.05).start()
    try:
        deadline = time.monotonic() + 10
        while _rows_in_main_file(database, tmp_path / "after.sqlite3") != 5000:
            assert time.monotonic() < deadline, "no checkpoint reached the database file"
            time.sleep(0.05)
        writer.execute("INSERT INTO t VALUES (-1)")          # never blocks a writer
    finally:
        checkpoints.stop()
        writer.close()


@pytest.mark.parametrize("office_database", ["sqlite"], indirect=True)
def test_a_served_sqlite_office_runs_the_checkpoints_thread(office: RunningOffice) -> None:
    assert "wal-checkpoints" in {thread.name for thread in threading.enumerate()}
