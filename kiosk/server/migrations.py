"""The office's schema version and the migrations that bring an older database up to it.

Run by `open_office` every time the office starts, so upgrading the office is: stop it,
install the new version, start it.

- A fresh database gets the current tables and is stamped with the current version.
- A database from before versioning (the tables but no `office_schema` table) is version 1:
  version 1 is the schema the office had when versioning began.
- An older database is migrated one step at a time; each step and its version stamp are one
  transaction (SQLite and PostgreSQL both roll DDL back), so a failed step leaves the
  database at the previous version, whole.
- A database newer than this code is refused: an older office must not write to a schema it
  does not know (the usual cause is a downgrade, or two offices of different versions on
  one database).

Two offices starting at once on one PostgreSQL database take turns (an advisory lock); on
SQLite, `BEGIN IMMEDIATE` does the same.

Adding a migration: bump `SCHEMA_VERSION`, change the models to the new shape, and add the
step from the old version to `STEPS` (plain SQL through `db.execute_sql`, or peewee's
`playhouse.migrate`), with a test that migrates a database of the old shape.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from peewee import Database, IntegerField, PostgresqlDatabase, TextField

from kiosk.server.models import EXTRA_INDEXES, OFFICE_MODELS, Kiosk, OfficeModel, office_db
from kiosk.server.models_console import CONSOLE_MODELS
from kiosk.server.schema_2 import to_schema_2
from kiosk.server.schema_3 import to_schema_3
from kiosk.server.schema_4 import to_schema_4
from kiosk.server.schema_5 import to_schema_5

log = logging.getLogger(__name__)

SCHEMA_VERSION = 5
# An arbitrary fixed key: "the office's schema is being changed" (pg_advisory_xact_lock).
_ADVISORY_LOCK = 0x4B494F534B

Step = Callable[[Database], None]


class OfficeSchemaError(RuntimeError):
    """The database cannot be used by this version of the office; the message says why."""


class OfficeSchema(OfficeModel):
    """One row per schema version the database has been at, with when it got there."""

    version = IntegerField(primary_key=True)
    applied_at = TextField()


@dataclass(frozen=True)
class Migrations:
    """The schema version this code writes and the steps up to it (`steps[n]`: n → n+1)."""

    version: int = SCHEMA_VERSION
    steps: Mapping[int, Step] = field(default_factory=dict)

    def __post_init__(self) -> None:
        missing = [n for n in range(1, self.version) if n not in self.steps]
        if missing:
            raise ValueError(f"no migration from schema version(s) {missing}")


STEPS: dict[int, Step] = {1: to_schema_2, 2: to_schema_3, 3: to_schema_4, 4: to_schema_5}
MIGRATIONS = Migrations(SCHEMA_VERSION, STEPS)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _lock(db: Database) -> None:
    if isinstance(db, PostgresqlDatabase):
        db.execute_sql("SELECT pg_advisory_xact_lock(%s)",  # type: ignore[no-untyped-call]
                       (_ADVISORY_LOCK,))


def _current(db: Database) -> int | None:
    """The database's version, or None when it has no office tables at all."""
    tables = set(db.get_tables())
    if OfficeSchema._meta.table_name in tables:
        # Plain SQL on `db` itself, not through the models' proxy: any database may be asked.
        newest = db.execute_sql(  # type: ignore[no-untyped-call]
            f"SELECT MAX(version) FROM {OfficeSchema._meta.table_name}").fetchone()[0]
        if newest is not None:
            return int(newest)
    if Kiosk._meta.table_name in tables:
        return 1                                            # from before versioning
    return None


def schema_version(db: Database) -> int | None:
    """The version the database is at (None: an empty database)."""
    with db.connection_context():
        return _current(db)


def migrate(db: Database, migrations: Migrations = MIGRATIONS) -> int:
    """Bring `db` to `migrations.version` (see the module's notes); returns that version.

    The office's models must be bound to `db` (`open_office` does it)."""
    if office_db.obj is not db:
        raise ValueError("bind the office's models to this database first (office_db)")
    with db.connection_context():
        while True:
            with db.atomic():
                _lock(db)
                version = _current(db)       # read under the lock: another office may have
                if version is None:          # migrated while we waited for it
                    db.create_tables([*OFFICE_MODELS, *CONSOLE_MODELS, OfficeSchema])
                    for statement in EXTRA_INDEXES:
                        db.execute_sql(statement)
                    OfficeSchema.create(version=migrations.version, applied_at=_now())
                    log.info("created the office schema at version %d", migrations.version)
                    return migrations.version
                if version > migrations.version:
                    raise OfficeSchemaError(
                        f"the office database is at schema version {version}, newer than "
                        f"this kiosk-server's {migrations.version}: run the newer "
                        "kiosk-server (or restore a backup taken before the upgrade)")
                if version == migrations.version:
                    db.create_tables([OfficeSchema])                 # before versioning
                    OfficeSchema.insert(version=version, applied_at=_now()) \
                        .on_conflict_ignore().execute()
                    return version
                db.create_tables([OfficeSchema])       # a database from before versioning
                OfficeSchema.insert(version=version, applied_at=_now()) \
                    .on_conflict_ignore().execute()
                migrations.steps[version](db)
                OfficeSchema.create(version=version + 1, applied_at=_now())
            log.info("migrated the office schema from version %d to %d", version,
                     version + 1)
