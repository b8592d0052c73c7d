"""Office schema 2 → 3: the producer website.

Adds the producer's website preferences and deletion mark, the website's sessions and
login throttles, the log of data requests (APPI), and the office's own card-signing key.
"""

from __future__ import annotations

from peewee import Database
from playhouse.migrate import SchemaMigrator, migrate

from kiosk.server.models import (
    LoginThrottle,
    OfficeProducer,
    OfficeSigningKey,
    PrivacyRequest,
    WebSession,
)


def to_schema_3(db: Database) -> None:
    migrator = SchemaMigrator.from_database(db)
    migrate(
        migrator.add_column("office_producer", "ranking_visible",
                            OfficeProducer.ranking_visible),
        migrator.add_column("office_producer", "site_language", OfficeProducer.site_language),
        migrator.add_column("office_producer", "deleted_at", OfficeProducer.deleted_at),
    )
    db.create_tables([WebSession, LoginThrottle, PrivacyRequest, OfficeSigningKey])
