"""Opening the kiosk's SQLite store: pragmas, schema version, migrations, error mapping.

Durability settings are not negotiable: WAL journal, `synchronous=FULL` (a committed
registration survives a power cut), foreign keys on, a busy timeout, and every transaction
`BEGIN IMMEDIATE` so two writers never deadlock half-way through a use case. The schema
version is SQLite's `user_version`; opening an older file runs each migration step in one
transaction, so a crash mid-migration leaves the old version intact.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import peewee

from kiosk.db import schema_7
from kiosk.db.errors import StoreError, StoreProblem
from kiosk.db.models import (
    ALL_MODELS,
    EXTRA_INDEXES,
    BalanceCache,
    CastMember,
    CastMonthVotes,
    KioskState,
    LedgerEntry,
    LoginAttempt,
    Producer,
    RankingSnapshot,
    StaffAction,
    database_proxy,
)
from kiosk.domain.ledger import Deltas, rebuild_balance
from kiosk.domain.rules import RuleBook

log = logging.getLogger(__name__)
__all__ = ["SCHEMA_VERSION", "Store", "StoreError", "StoreProblem", "now_iso", "store_errors"]

SCHEMA_VERSION = 8
PRAGMAS = (
    ("journal_mode", "wal"),
    ("synchronous", "full"),
    ("foreign_keys", 1),
    ("busy_timeout", 5000),
)
PULL_CACHE_MIB = 16      # see `Store.roomy_cache`


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


@contextlib.contextmanager
def store_errors() -> Iterator[None]:
    """Turn SQLite's exceptions into `StoreError`s a screen can explain."""
    try:
        yield
    except (peewee.OperationalError, peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        if isinstance(exc, peewee.IntegrityError):
            raise
        raise _classify(exc) from exc


def _classify(exc: BaseException) -> StoreError:
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text or "read only" in text:
        return StoreError(StoreProblem.READ_ONLY, str(exc))
    if "full" in text:
        return StoreError(StoreProblem.FULL, str(exc))
    if "locked" in text or "busy" in text:
        return StoreError(StoreProblem.BUSY, str(exc))
    if "not a database" in text or "malformed" in text:
        return StoreError(StoreProblem.CORRUPT, str(exc))
    return StoreError(StoreProblem.UNAVAILABLE, str(exc))


class Store:
    """One open store file. Models are bound to it through `database_proxy` while it is open."""

    def __init__(self, path: Path, rules: RuleBook) -> None:
        self.path = path
        self.rules = rules
        self.db = peewee.SqliteDatabase(None, lock_type="IMMEDIATE")

    # ---- lifecycle -----------------------------------------------------------------------

    def open(self) -> Store:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(StoreProblem.READ_ONLY if isinstance(exc, PermissionError)
                             else StoreProblem.UNAVAILABLE, str(exc)) from exc
        self.db.init(str(self.path), pragmas=PRAGMAS)
        database_proxy.initialize(self.db)
        with store_errors():
            self.db.connect(reuse_if_open=True)
            mode = self.scalar("PRAGMA journal_mode")
            if mode != "wal":
                raise StoreError(StoreProblem.READ_ONLY, f"cannot switch to WAL (got {mode})")
            self._migrate()
        return self

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """One use case = one `BEGIN IMMEDIATE` transaction (usable as a decorator too).

        When SQLite hits a full disk or an I/O error it rolls the transaction back itself;
        peewee's own rollback then fails with "no transaction is active" and would hide the
        real cause. We re-raise the real cause, so callers can say "storage full".
        """
        transaction = self.db.atomic()
        transaction.__enter__()
        try:
            yield
        except BaseException as exc:
            try:
                transaction.__exit__(type(exc), exc, exc.__traceback__)
            except peewee.OperationalError as rollback_error:
                if "no transaction is active" not in str(rollback_error):
                    raise
            raise
        else:
            try:
                transaction.__exit__(None, None, None)
            except peewee.OperationalError as rollback_error:
                cause = rollback_error.__context__
                if "no transaction is active" in str(rollback_error) and cause is not None:
                    raise cause from None
                raise

    @contextlib.contextmanager
    def roomy_cache(self, mebibytes: int = PULL_CACHE_MIB) -> Iterator[None]:
        """A larger page cache for this thread's connection while a bulk write runs.

        A fresh kiosk's first pull inserts 100,000 producers into three tables with five
        indexes; login IDs arrive in no order, so with SQLite's default 2 MB cache the index
        pages are evicted and read back again and again, and dirty ones spill to the WAL
        before the commit (a quarter of the pull's time, measured in `bench.sync_throughput`).
        The cache is returned afterwards, so a kiosk at rest holds no more memory than before.
        """
        with store_errors():
            before = int(self.scalar("PRAGMA cache_size"))
            self.execute(f"PRAGMA cache_size = {-1024 * int(mebibytes)}")
        try:
            yield
        finally:
            with store_errors():
                self.execute(f"PRAGMA cache_size = {before}")
                self.execute("PRAGMA shrink_memory")

    def scalar(self, sql: str) -> Any:
        """The first column of the first row of `sql` (pragmas, counts)."""
        return self.db.execute_sql(sql).fetchone()[0]  # type: ignore[no-untyped-call]

    @property
    def schema_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    def integrity_ok(self) -> bool:
        return bool(self.scalar("PRAGMA integrity_check") == "ok")

    # ---- migrations ----------------------------------------------------------------------

    def _migrate(self) -> None:
        version = self.schema_version
        if version > SCHEMA_VERSION:
            raise StoreError(StoreProblem.TOO_NEW,
                             f"store schema {version} is newer than this kiosk's "
                             f"{SCHEMA_VERSION}; update the kiosk software")
        if version == 0 and not self.db.get_tables():
            with self.db.atomic():
                self.db.create_tables(ALL_MODELS)
                self._create_extra_indexes()
                self._set_version(SCHEMA_VERSION)
            log.info("created store %s at schema %d", self.path, SCHEMA_VERSION)
            return
        if version == 0:
            raise StoreError(StoreProblem.CORRUPT, f"{self.path} is not a Producer Kiosk store")
        while version < SCHEMA_VERSION:
            step = _MIGRATIONS[version]
            with self.db.atomic():
                step(self)
                self._set_version(version + 1)
            log.info("migrated store %s from schema %d to %d", self.path, version, version + 1)
            version += 1

    def _create_extra_indexes(self) -> None:
        for statement in EXTRA_INDEXES:
            self.execute(statement)

    def _set_version(self, version: int) -> None:
        self.execute(f"PRAGMA user_version = {int(version)}")

    def execute(self, sql: str) -> None:
        """Run a statement that returns nothing."""
        self.db.execute_sql(sql)  # type: ignore[no-untyped-call]

    # ---- balances ------------------------------------------------------------------------

    def rebuild_balance(self, producer: Producer, before_schema_6: bool = False
                        ) -> BalanceCache:
        """Recompute one producer's cached balance from the ledger (inside a transaction):
        every entry the office did not refuse (a file older than schema 6 knows of none)."""
        query = LedgerEntry.select(LedgerEntry.pv_delta, LedgerEntry.push_delta).where(
            LedgerEntry.producer == producer)
        if not before_schema_6:
            query = query.where(LedgerEntry.rejected_at.is_null())
        entries = (Deltas(pv=e.pv_delta, push=e.push_delta) for e in query)
        balance = rebuild_balance(entries)
        row = BalanceCache(producer=producer, pv_earned=balance.pv_earned,
                           push_points=balance.push_points,
                           rank_number=balance.rank_number(self.rules),
                           rule_version=self.rules.version, updated_at=now_iso())
        row.save(force_insert=not BalanceCache.select().where(
            BalanceCache.producer == producer).exists())
        return row


def _migrate_1_to_2(store: Store) -> None:
    """Schema 2 adds the balance cache; fill it from the ledger so nothing changes for users."""
    store.db.create_tables([BalanceCache])
    # Only the id: later schemas add columns an old file does not have yet.
    for producer in Producer.select(Producer.id):
        store.rebuild_balance(producer, before_schema_6=True)


def _migrate_2_to_3(store: Store) -> None:
    """Schema 3: cast roster, monthly vote tallies, kiosk state, login attempts, and the
    one-visit-a-day index."""
    store.db.create_tables([CastMember, CastMonthVotes, KioskState, LoginAttempt])
    store.execute('CREATE UNIQUE INDEX IF NOT EXISTS "ledger_one_visit_per_day" ON '
                  '"ledger_entry" ("producer_id", "business_day") WHERE "kind" = \'visit\'')


def _migrate_3_to_4(store: Store) -> None:
    """Schema 4: the office's push block on a producer, its ranking boards, and the index
    of unsynced ledger rows."""
    store.execute('ALTER TABLE "producer" ADD COLUMN "push_blocked_at" TEXT')
    store.db.create_tables([RankingSnapshot])
    store.execute('CREATE INDEX IF NOT EXISTS "ledger_unsynced" ON "ledger_entry" ("seq") '
                  'WHERE "synced_at" IS NULL')


def _migrate_4_to_5(store: Store) -> None:
    """Schema 5: the staff action log, the card print queue (as it was until schema 7), one
    purchase per till receipt, and which card a reissue row issued."""
    store.db.create_tables([StaffAction])
    for statement in schema_7.PRINT_JOB_AT_SCHEMA_5:
        store.execute(statement)
    store.execute('ALTER TABLE "ledger_entry" ADD COLUMN "card_generation" INTEGER')
    store.execute('CREATE UNIQUE INDEX IF NOT EXISTS "ledger_one_purchase_per_receipt" ON '
                  '"ledger_entry" ("receipt") WHERE "kind" = \'purchase\'')


def _migrate_5_to_6(store: Store) -> None:
    """Schema 6: events the office refused (and their copies under a new number), and the
    office's latest visit of each producer. The once-only indexes leave refused rows out."""
    for column in ("rejected_at", "rejected_problem", "rejected_reason", "replayed_at"):
        store.execute(f'ALTER TABLE "ledger_entry" ADD COLUMN "{column}" TEXT')
    store.execute('ALTER TABLE "producer" ADD COLUMN "office_visit_at" TEXT')
    store.execute('DROP INDEX IF EXISTS "ledger_one_visit_per_day"')
    store.execute('DROP INDEX IF EXISTS "ledger_one_purchase_per_receipt"')
    store._create_extra_indexes()


def _migrate_6_to_7(store: Store) -> None:
    """Schema 7: a print job's failure as a state and a detail, not one text (`schema_7`)."""
    schema_7.split_print_failures(store.db)


def _migrate_7_to_8(store: Store) -> None:
    """Schema 8: the CUPS job a card was sent as, so a job still printing when the kiosk
    stopped is followed to its end at the next start instead of being printed again."""
    store.execute('ALTER TABLE "print_job" ADD COLUMN "cups_job" INTEGER')


_MIGRATIONS: dict[int, Callable[[Store], None]] = {
    1: _migrate_1_to_2,
    2: _migrate_2_to_3,
    3: _migrate_3_to_4,
    4: _migrate_4_to_5,
    5: _migrate_5_to_6,
    6: _migrate_6_to_7,
    7: _migrate_7_to_8,
}
