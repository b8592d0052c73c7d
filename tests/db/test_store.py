from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kiosk.db import ledger as ledger_module
from kiosk.db.models import BalanceCache, Card, LedgerEntry, Producer
from kiosk.db.print_jobs import REPLACED, JobState, PrintFailureState
from kiosk.db.store import SCHEMA_VERSION, Store, StoreError, StoreProblem
from kiosk.domain.rules import RuleBook
from kiosk.services.print_queue import PrintQueueService
from kiosk.services.registration import (
    RegistrationProblem,
    RegistrationRefused,
    RegistrationRequest,
    RegistrationService,
)

FIXTURES = Path(__file__).parent / "fixtures"


def counts() -> tuple[int, int, int, int]:
    return (Producer.select().count(), Card.select().count(), LedgerEntry.select().count(),
            BalanceCache.select().count())


def test_pragmas_are_durable(store: Store) -> None:
    pragma = store.db.execute_sql
    assert pragma("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert pragma("PRAGMA synchronous").fetchone()[0] == 2          # FULL
    assert pragma("PRAGMA foreign_keys").fetchone()[0] == 1
    assert pragma("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert store.schema_version == SCHEMA_VERSION


def test_a_bulk_write_gets_a_larger_cache_and_gives_it_back(store: Store) -> None:
    """The first pull's cache is borrowed: the kiosk at rest keeps SQLite's default."""
    def cache() -> int:
        return int(store.scalar("PRAGMA cache_size"))

    resting = cache()
    with store.roomy_cache(32):
        assert cache() == -32 * 1024
    assert cache() == resting
    with pytest.raises(RuntimeError), store.roomy_cache(32):
        assert cache() == -32 * 1024
        raise RuntimeError("the pull failed half-way")
    assert cache() == resting


def test_transactions_begin_immediate(store: Store) -> None:
    statements: list[str] = []
    store.db.connection().set_trace_callback(statements.append)
    with store.atomic():
        Producer.select().count()
    store.db.connection().set_trace_callback(None)
    assert statements[0] == "BEGIN IMMEDIATE"


def test_registration_writes_everything_at_once(registration: RegistrationService) -> None:
    issued = registration.register(RegistrationRequest.new("ハナコ", "ja", True))
    assert counts() == (1, 1, 1, 1)
    producer = Producer.get()
    entry = LedgerEntry.get()
    assert producer.nickname == "ハナコ" and producer.login_id == issued.login_id
    assert issued.password not in producer.password_hash
    assert entry.kind == "registration" and entry.seq == 1 and entry.synced_at is None
    assert entry.business_day and entry.rule_version == 1
    assert Card.get().token == issued.token


def test_failure_inside_registration_leaves_nothing(registration: RegistrationService,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(**_: object) -> None:
        raise RuntimeError("power cut between the card and the ledger row")

    monkeypatch.setattr("kiosk.services.registration.append_entry", broken)
    with pytest.raises(RuntimeError):
        registration.register(RegistrationRequest.new("ハナコ", "ja", True))
    assert counts() == (0, 0, 0, 0)


def test_sequence_stays_gap_free_after_a_rollback(registration: RegistrationService,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    registration.register(RegistrationRequest.new("A", "en", True))
    original = ledger_module.append_entry

    def fail_once(**kwargs: object) -> object:
        monkeypatch.setattr("kiosk.services.registration.append_entry", original)
        original(**kwargs)  # type: ignore[arg-type]
        raise RuntimeError("fails after writing")

    monkeypatch.setattr("kiosk.services.registration.append_entry", fail_once)
    with pytest.raises(RuntimeError):
        registration.register(RegistrationRequest.new("B", "en", True))
    registration.register(RegistrationRequest.new("C", "en", True))
    assert [e.seq for e in LedgerEntry.select().order_by(LedgerEntry.seq)] == [1, 2]


def test_same_request_twice_makes_one_producer(registration: RegistrationService) -> None:
    request = RegistrationRequest.new("ミク", "ja", True)
    registration.register(request)
    with pytest.raises(RegistrationRefused) as caught:
        registration.register(request)
    assert caught.value.problem is RegistrationProblem.ALREADY_SUBMITTED
    assert counts() == (1, 1, 1, 1)


def test_full_disk_gives_a_clear_error_and_writes_nothing(
        store: Store, registration: RegistrationService) -> None:
    registration.register(RegistrationRequest.new("First", "en", True))
    pages = store.db.execute_sql("PRAGMA page_count").fetchone()[0]
    store.db.execute_sql(f"PRAGMA max_page_count = {pages}")
    before = counts()
    with pytest.raises(StoreError) as caught:
        for i in range(50):   # fill the last free pages, then hit the wall
            registration.register(RegistrationRequest.new(f"Fill{i}", "en", True))
    assert caught.value.problem is StoreProblem.FULL
    after = counts()
    assert after[0] == after[1] == after[2] == after[3] >= before[0]
    assert store.integrity_ok()


def test_migration_from_schema_1_rebuilds_balances(tmp_path: Path, rules: RuleBook) -> None:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as con:
        con.executescript((FIXTURES / "schema_v1.sql").read_text(encoding="utf-8"))
    store = Store(path, rules).open()
    try:
        assert store.schema_version == SCHEMA_VERSION
        balances = {b.producer.nickname: (b.pv_earned, b.push_points, b.rank_number)
                    for b in BalanceCache.select()}
        assert balances == {"ハナコ": (160, 1, 4), "Bob": (24, 1, 2), "ミク": (0, 0, 1)}
        assert store.integrity_ok()
    finally:
        store.close()


def columns(store: Store, table: str) -> set[str]:
    return {row[1] for row in store.db.execute_sql(f'PRAGMA table_info("{table}")')}


def test_a_store_migrated_from_schema_1_has_todays_print_queue(tmp_path: Path,
                                                              rules: RuleBook) -> None:
    old, fresh = tmp_path / "old.sqlite3", tmp_path / "fresh.sqlite3"
    with sqlite3.connect(old) as con:
        con.executescript((FIXTURES / "schema_v1.sql").read_text(encoding="utf-8"))
    shapes = []
    for path in (old, fresh):
        store = Store(path, rules).open()
        try:
            shapes.append(columns(store, "print_job"))
        finally:
            store.close()
    assert shapes[0] == shapes[1] and {"failure", "detail"} <= shapes[0]


def test_migration_from_schema_6_splits_each_print_failure_into_state_and_detail(
        tmp_path: Path, rules: RuleBook) -> None:
    """Schema 6 wrote a failure as one text ("paused: <advice> (<CUPS words>)", or the
    print error's message); schema 7 keeps its state and its detail apart."""
    path = tmp_path / "v6.sqlite3"
    with sqlite3.connect(path) as con:
        con.executescript((FIXTURES / "schema_v6.sql").read_text(encoding="utf-8"))
    store = Store(path, rules).open()
    try:
        assert store.schema_version == SCHEMA_VERSION == 8
        assert "cups_job" in columns(store, "print_job")          # schema 8
        assert "reason" not in columns(store, "print_job")
        queue = PrintQueueService(store, rules)
        jobs = {job.job_id: (job.state, job.failure, job.detail) for job in queue.jobs()}
        failed, printing, waiting = JobState.FAILED, JobState.PRINTING, JobState.WAITING
        assert jobs == {
            1: (failed, PrintFailureState.PAUSED, "Paused"),
            2: (failed, PrintFailureState.OUT_OF_CARDS,
                "media-empty-error; Out of cards (tray 1); queue paused"),
            3: (failed, PrintFailureState.OFFLINE, ""),
            4: (failed, PrintFailureState.NOT_ACCEPTING, "full"),
            5: (failed, PrintFailureState.NO_SUCH_PRINTER, "no CUPS queue named 'Cards'"),
            6: (failed, PrintFailureState.NO_SUCH_PRINTER, "Unplugged"),
            # Not the printer's state: the text staff read, as it was.
            7: (failed, PrintFailureState.PRINT_ERROR, "not_ready: the printer reported an error"),
            8: (failed, PrintFailureState.PRINT_ERROR, "[Errno 28] No space left on device"),
            9: (JobState.PRINTED, None, ""),
            10: (printing, None, ""),                       # left mid-print
            11: (waiting, None, "interrupted; printing again"),
            12: (JobState.CANCELLED, None, REPLACED),
            13: (waiting, None, ""),
        }
        # The job left printing goes back to waiting, as at any start; failures retry.
        assert queue.recover() == 1
        assert queue.job(10).state is JobState.WAITING
        queue.retry(1)
        assert queue.job(1).failure is None
        assert queue.next_waiting() == 1
        card = queue.start(1, "Cards")
        queue.failed(card.job_id, PrintFailureState.OUT_OF_CARDS, "media-empty-error")
        assert (queue.job(1).failure, queue.job(1).detail) == (
            PrintFailureState.OUT_OF_CARDS, "media-empty-error")
        assert store.integrity_ok()
    finally:
        store.close()


def test_store_from_a_newer_kiosk_is_refused(tmp_path: Path, rules: RuleBook) -> None:
    path = tmp_path / "new.sqlite3"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE x (a)")
        con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError) as caught:
        Store(path, rules).open()
    assert caught.value.problem is StoreProblem.TOO_NEW


def test_garbage_file_is_reported_corrupt(tmp_path: Path, rules: RuleBook) -> None:
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(StoreError) as caught:
        Store(path, rules).open()
    assert caught.value.problem is StoreProblem.CORRUPT


def test_foreign_sqlite_file_is_not_taken_over(tmp_path: Path, rules: RuleBook) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE photos (a)")
    with pytest.raises(StoreError) as caught:
        Store(path, rules).open()
    assert caught.value.problem is StoreProblem.CORRUPT
