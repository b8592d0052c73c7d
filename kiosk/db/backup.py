"""Backing up the live store: SQLite's online backup API, a checked copy, old copies pruned.

The copy is a consistent snapshot of committed transactions taken while the kiosk keeps
working (`kiosk backup`, and the nightly backup timer in packaging/systemd). The copy is
written beside its target, checked with `PRAGMA integrity_check`, synced and only then
renamed into place, so a failed or interrupted backup leaves nothing half-written. The
kiosk's signing key and office credential are deliberately not in it (see docs/INSTALL.md).
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

BACKUP_NAME = re.compile(r"^kiosk-(?P<stamp>\d{8}T\d{6})(-(?P<extra>\d+))?\.sqlite3$")
BACKUP_PAGES = 256          # pages copied per step (1 MiB at SQLite's 4 KiB pages)
BACKUP_SLEEP = 0.005        # seconds between steps: the kiosk's own writes get the disk
BACKUP_RESTARTS = 3         # after this many restarts (the kiosk wrote meanwhile), one step


class BackupFailed(Exception):
    """The backup could not be made; `status` is the exit status to report."""

    def __init__(self, message: str, status: int = 2) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Backup:
    path: Path
    size: int
    schema_version: int
    pruned: tuple[Path, ...] = ()


class _Restarted(Exception):
    pass


def backup_store(store_path: Path, dest: Path, *, keep: int | None = None,
                 pages: int = BACKUP_PAGES, sleep: float = BACKUP_SLEEP) -> Backup:
    """Copy the live store to `dest` with SQLite's online backup API and check the copy.

    The copy is a consistent snapshot of committed transactions, taken while the kiosk keeps
    working: it goes `pages` at a time with a short `sleep` between steps, so the copy never
    holds the disk for long. A write by the kiosk between two steps restarts the copy
    (SQLite's rule); after a few restarts the rest is copied in one step, which in WAL mode
    is a reader's snapshot and does not block the kiosk's writers either.

    The copy is written to a temporary file beside the destination, switched to a
    self-contained rollback-journal file, checked with `PRAGMA integrity_check`, flushed to
    disk and only then renamed into place: a failure leaves no half-written backup.
    The signing key (`signing_key.pem`) and the office credential are not in the store and
    deliberately not in the backup (see docs/INSTALL.md).
    """
    if keep is not None and keep < 1:
        raise BackupFailed("--keep must be at least 1")
    if not store_path.is_file():
        raise BackupFailed(f"there is no kiosk store at {store_path} (wrong --data-dir?)")
    target = _backup_target(dest)
    if keep is not None and not dest.is_dir():
        raise BackupFailed("--keep needs a directory as DEST")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".kiosk-backup-", suffix=".tmp",
                                        dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise BackupFailed(f"cannot write in {target.parent}: {exc.strerror or exc}") from exc
    tmp = Path(tmp_name)
    try:
        _copy(store_path, tmp, pages, sleep)
        schema_version = _check_copy(tmp)
        _fsync(tmp)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except BaseException as exc:
        for leftover in (tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        if isinstance(exc, sqlite3.Error):
            raise BackupFailed(f"{exc}") from exc
        if isinstance(exc, OSError):
            raise BackupFailed(f"cannot write {target}: {exc.strerror or exc}") from exc
        raise
    pruned = _prune(dest, keep) if keep is not None else ()
    return Backup(target, target.stat().st_size, schema_version, pruned)


def _backup_target(dest: Path) -> Path:
    """`dest` itself, or a new time-stamped name inside it when it is a directory."""
    if dest.is_dir():
        stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
        target = dest / f"kiosk-{stamp}.sqlite3"
        extra = 1
        while target.exists():
            extra += 1
            target = dest / f"kiosk-{stamp}-{extra}.sqlite3"
        return target
    if not dest.parent.is_dir():
        raise BackupFailed(f"{dest.parent} is not a directory (create it first)")
    return dest


def _copy(source: Path, tmp: Path, pages: int, sleep: float) -> None:
    restarts = 0
    remaining_before = [-1]

    def progress(_status: int, remaining: int, _total: int) -> None:
        nonlocal restarts
        # Each step copies `pages` more pages, so a count that does not fall means SQLite
        # started again from the first page.
        if remaining_before[0] >= 0 and remaining and remaining >= remaining_before[0]:
            restarts += 1
            if restarts >= BACKUP_RESTARTS:
                raise _Restarted
        remaining_before[0] = remaining

    src = sqlite3.connect(source, timeout=30)
    try:
        src.execute("PRAGMA busy_timeout = 30000")
        dst = sqlite3.connect(tmp)
        try:
            try:
                src.backup(dst, pages=pages, progress=progress, sleep=sleep)
            except _Restarted:
                src.backup(dst, pages=-1)            # one step: a consistent snapshot
            dst.execute("PRAGMA journal_mode = delete")
        finally:
            dst.close()
    finally:
        src.close()


def _check_copy(path: Path) -> int:
    """The copy's schema version, after SQLite's integrity check said "ok"."""
    con = sqlite3.connect(path)
    try:
        rows = [str(row[0]) for row in con.execute("PRAGMA integrity_check")]
        version = int(con.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        rows = [str(exc)]
    finally:
        con.close()
    if rows != ["ok"]:
        raise BackupFailed("the copy failed SQLite's integrity check (nothing was kept): "
                           + "; ".join(rows[:5]), status=1)
    return version


def _prune(directory: Path, keep: int) -> tuple[Path, ...]:
    """Remove all but the `keep` newest `kiosk-*.sqlite3` backups (names sort by time)."""
    def age(path: Path) -> tuple[str, int]:
        match = BACKUP_NAME.match(path.name)
        assert match is not None
        return match["stamp"], int(match["extra"] or 1)

    backups = sorted((p for p in directory.iterdir()
                      if p.is_file() and BACKUP_NAME.match(p.name)), key=age)
    old = tuple(backups[:-keep])
    for path in old:
        path.unlink()
    return old


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):       # some file systems refuse fsync on a directory
        _fsync(path)
