"""Office schema 4 → 5: the top-producer lists read from an index alone.

Schema 4's index on a cast member's pushes held only the member and the time, so each list
still read every push of the month from the table to learn who pushed and how many votes;
its replacement also holds the producer and the votes (see `CAST_PUSHES`).
"""

from __future__ import annotations

from peewee import Database

from kiosk.server.models import CAST_PUSHES


def to_schema_5(db: Database) -> None:
    db.execute_sql(CAST_PUSHES)  # type: ignore[no-untyped-call]
    db.execute_sql("DROP INDEX IF EXISTS office_event_pushes_by_cast")  # type: ignore[no-untyped-call]
