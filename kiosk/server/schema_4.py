"""Office schema 3 → 4: the manager console.

Adds staff accounts, console sessions and the audit log, closed months, cast photos, and
what kiosks report about themselves with each sync (when the office last heard from each,
and its health report); an index on producers' nicknames for the console's search, and one
on each cast member's pushes for the top-producer lists.
"""

from __future__ import annotations

from peewee import Database
from playhouse.migrate import SchemaMigrator, migrate

from kiosk.server.models import Kiosk, OfficeCast
from kiosk.server.models_console import CONSOLE_MODELS

# As schema 4 made it (schema 5 replaces it with a covering index).
PUSHES_BY_CAST = ("CREATE INDEX IF NOT EXISTS office_event_pushes_by_cast ON office_event "
                  "(cast_id, received_at) WHERE kind = 'push' AND rejected IS NULL")


def to_schema_4(db: Database) -> None:
    migrator = SchemaMigrator.from_database(db)
    migrate(
        migrator.add_column("kiosk", "last_seen_at", Kiosk.last_seen_at),
        migrator.add_column("kiosk", "health", Kiosk.health),
        migrator.add_index("office_producer", ("nickname",)),
        migrator.add_column("office_cast", "photo_sha256", OfficeCast.photo_sha256),
    )
    db.create_tables(list(CONSOLE_MODELS))
    db.execute_sql(PUSHES_BY_CAST)  # type: ignore[no-untyped-call]
