"""`kiosk backup`: a checked copy of the live store while the kiosk keeps writing to it."""

from __future__ import annotations

import errno
import os
import sqlite3
import threading
from pathlib import Path

import pytest

from kiosk.app import main
from kiosk.db.backup import BackupFailed, backup_store
from kiosk.db.identity import KioskSigner
from kiosk.db.models import LedgerEntry
from kiosk.db.store import Store
from kiosk.domain.rules import RuleBook
from kiosk.services.demo import seed_demo_data
from kiosk.services.purchases import PurchaseService


def ledger_rows(path: Path) -> int:
    with sqlite3.connect(path) as con:
        return int(con.execute("SELECT count(*) FROM ledger_entry").fetchone()[0])


def integrity(path: Path) -> str:
    with sqlite3.connect(path) as con:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])


@pytest.fixture
def busy_store(store: Store, rules: RuleBook, signer: KioskSigner) -> Store:
    """A store with producers and a few hundred purchases (the copy takes many steps)."""
    seed_demo_data(store, rules, signer)
    purchases = PurchaseService(store, rules, signer)
    producer = 1
    for i in range(300):
        purchases.record(producer, f"SEED-{i:05d}", 1500)
    return store


def test_backup_while_the_kiosk_writes(busy_store: Store, rules: RuleBook,
                                       signer: KioskSigner, tmp_path: Path) -> None:
    purchases = PurchaseService(busy_store, rules, signer)
    out = tmp_path / "backups"
    out.mkdir()
    stop = threading.Event()
    written = [0]
    errors: list[BaseException] = []

    def till() -> None:          # another connection (its own thread) writing in a loop
        try:
            while not stop.is_set():
                purchases.record(1, f"LIVE-{written[0]:06d}", 2000)
                written[0] += 1
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            busy_store.close()        # this thread's connection

    writer = threading.Thread(target=till)
    writer.start()
    try:
        while written[0] < 20:
            threading.Event().wait(0.01)
        committed_before = ledger_rows(busy_store.path)
        # Small steps, so the kiosk's writes land between them and restart the copy.
        done = backup_store(busy_store.path, out / "copy.sqlite3", pages=4, sleep=0.001)
        after = written[0]
    finally:
        stop.set()
        writer.join(timeout=30)
    assert not errors, errors
    assert after > 20                               # the kiosk kept writing meanwhile
    assert done.path == out / "copy.sqlite3"
    assert done.size == done.path.stat().st_size > 0
    assert integrity(done.path) == "ok"
    assert ledger_rows(done.path) >= committed_before
    assert [p.name for p in out.iterdir()] == ["copy.sqlite3"]   # one file, no temp left
    # The copy is a store the kiosk opens as it is.
    copy = Store(done.path, rules).open()
    try:
        assert LedgerEntry.select().count() >= committed_before
    finally:
        copy.close()
        busy_store.open()            # the fixture closes it again


def test_backup_command_names_the_copy_and_prunes(busy_store: Store, data_dir: Path,
                                                  tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    for stamp in ("20250101T000000", "20250102T000000", "20250102T000000-2"):
        (backups / f"kiosk-{stamp}.sqlite3").write_bytes(b"old")
    (backups / "notes.txt").write_text("not a backup", encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "backup", str(backups), "--keep", "2"]) == 0
    out = capsys.readouterr().out
    names = sorted(p.name for p in backups.iterdir())
    assert len(names) == 3 and "notes.txt" in names
    assert "kiosk-20250102T000000-2.sqlite3" in names      # the newest old one stays
    new = next(n for n in names if n.startswith("kiosk-2") and not n.startswith("kiosk-2025"))
    assert f"to {backups / new} (" in out and "integrity ok" in out
    assert "removed old backup" in out
    assert integrity(backups / new) == "ok"


def test_unwritable_destination_is_refused_cleanly(busy_store: Store, data_dir: Path,
                                                   tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as root: permissions do not stop us")
        status = main(["--data-dir", str(data_dir), "backup", str(locked)])
        assert status == 2
        assert f"cannot write in {locked}" in capsys.readouterr().err
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_a_write_failure_leaves_nothing_behind(busy_store: Store, data_dir: Path,
                                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """The disk fills up (or the directory turns read-only) just before the rename."""
    import kiosk.db.backup

    def full(_path: Path) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(kiosk.db.backup, "_fsync", full)
    backups = tmp_path / "backups"
    backups.mkdir()
    assert main(["--data-dir", str(data_dir), "backup", str(backups)]) == 2
    assert "No space left on device" in capsys.readouterr().err
    assert list(backups.iterdir()) == []


def test_missing_directory_and_missing_store(busy_store: Store, data_dir: Path,
                                            tmp_path: Path) -> None:
    with pytest.raises(BackupFailed, match="is not a directory"):
        backup_store(busy_store.path, tmp_path / "nowhere" / "copy.sqlite3")
    with pytest.raises(BackupFailed, match="no kiosk store"):
        backup_store(tmp_path / "empty" / "kiosk.sqlite3", tmp_path / "copy.sqlite3")
    with pytest.raises(BackupFailed, match="--keep needs a directory"):
        backup_store(busy_store.path, tmp_path / "copy.sqlite3", keep=3)
    assert not (tmp_path / "copy.sqlite3").exists()


def test_a_copy_that_fails_the_check_is_not_kept(busy_store: Store, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import kiosk.db.backup

    def corrupt(source: Path, tmp: Path, pages: int, sleep: float) -> None:
        real_copy(source, tmp, pages, sleep)
        with tmp.open("r+b") as copy:          # scribble over a b-tree page of the copy
            copy.seek(4096 * 3)
            copy.write(b"\xff" * 4096)

    real_copy = kiosk.db.backup._copy
    monkeypatch.setattr(kiosk.db.backup, "_copy", corrupt)
    with pytest.raises(BackupFailed, match="integrity check") as failed:
        backup_store(busy_store.path, tmp_path)
    assert failed.value.status == 1
    assert list(tmp_path.glob("kiosk-*")) == [] and list(tmp_path.glob(".kiosk-*")) == []


def test_a_copy_finishes_while_writes_restart_it_every_step(
        busy_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A writer fast enough to restart SQLite's copy at every step cannot starve it."""
    import kiosk.db.backup

    monkeypatch.setattr(kiosk.db.backup, "BACKUP_RESTARTS", 1)
    stop = threading.Event()

    def hammer() -> None:
        con = sqlite3.connect(busy_store.path, isolation_level=None)
        con.execute("PRAGMA synchronous = off")
        con.execute("CREATE TABLE IF NOT EXISTS scratch (blob BLOB)")
        while not stop.is_set():
            con.execute("INSERT INTO scratch VALUES (randomblob(300))")
        con.close()

    before = ledger_rows(busy_store.path)
    writer = threading.Thread(target=hammer)
    writer.start()
    try:
        done = backup_store(busy_store.path, tmp_path / "copy.sqlite3", pages=2, sleep=0)
    finally:
        stop.set()
        writer.join(timeout=30)
    assert integrity(done.path) == "ok"
    assert ledger_rows(done.path) == before
