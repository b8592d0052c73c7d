"""Office schema 1 → 2: the office decides what an event is worth.

Adds what the intake's checks need across the chain (each event's business day, yen,
receipt, card, rules version and refusal code), the producer's latest visit and quarantine
mark, the kiosk's first authenticated request and the time of its latest event, the kiosk
each enrolment code enrolled, the table of records kiosks could not apply, and the partial
unique indexes (one counted visit per producer and business day, one credit per receipt).

Events stored before have no business day or receipt here, so they are not counted against
later ones; a record an earlier office let in that no kiosk can apply (a producer number
with a wrong check digit or non-ASCII digits, in a range no kiosk has) is quarantined, so
it stops breaking every kiosk's pull.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from peewee import Database
from playhouse.migrate import SchemaMigrator, migrate

from kiosk.domain.producer_number import ProducerNumber, ProducerNumberError
from kiosk.server.models import (
    EXTRA_INDEXES,
    EnrolmentCode,
    Kiosk,
    KioskReport,
    OfficeEvent,
    OfficeProducer,
    tuples,
)

log = logging.getLogger(__name__)


def to_schema_2(db: Database) -> None:
    migrator = SchemaMigrator.from_database(db)
    migrate(
        migrator.add_column("office_event", "business_day", OfficeEvent.business_day),
        migrator.add_column("office_event", "yen", OfficeEvent.yen),
        migrator.add_column("office_event", "receipt", OfficeEvent.receipt),
        migrator.add_column("office_event", "card_id", OfficeEvent.card_id),
        migrator.add_column("office_event", "rule_version", OfficeEvent.rule_version),
        migrator.add_column("office_event", "problem", OfficeEvent.problem),
        migrator.add_column("office_producer", "last_visit_at", OfficeProducer.last_visit_at),
        migrator.add_column("office_producer", "quarantined_at",
                            OfficeProducer.quarantined_at),
        migrator.add_column("office_producer", "quarantine_reason",
                            OfficeProducer.quarantine_reason),
        migrator.add_column("kiosk", "first_seen_at", Kiosk.first_seen_at),
        migrator.add_column("kiosk", "latest_recorded_at", Kiosk.latest_recorded_at),
        migrator.add_column("enrolment_code", "kiosk_id", EnrolmentCode.kiosk_id),
    )
    db.create_tables([KioskReport])
    for statement in EXTRA_INDEXES:
        db.execute_sql(statement)  # type: ignore[no-untyped-call]
    # Every kiosk has authenticated by now or will enrol anew: no open enrolment retries.
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    Kiosk.update(first_seen_at=stamp).execute()
    quarantine_unreadable_producers(stamp)


def quarantine_unreadable_producers(stamp: str) -> int:
    """Set aside every producer whose number no kiosk can read; returns how many."""
    bad = []
    for (number,) in tuples(OfficeProducer.select(OfficeProducer.number)):
        try:
            readable = ProducerNumber.parse(number).digits == number
        except ProducerNumberError:
            readable = False
        if not readable:
            bad.append(number)
    for number in bad:
        log.warning("quarantined producer %r: its number is not 11 digits with a valid "
                    "check digit", number)
        OfficeProducer.update(
            quarantined_at=stamp,
            quarantine_reason="the number is not 11 ASCII digits with a valid check digit "
                              "(let in by an office before version 2)",
        ).where(OfficeProducer.number == number).execute()
    return len(bad)
