"""The office's schema is versioned and migrated on start, on SQLite and on PostgreSQL.

The tests register test-only migrations after the real ones to prove the runner: stepwise
upgrades, a failed step rolled back whole, concurrent starts, and refusal of a database newer
than the code; and they migrate a real version-1 database (with a record an old office let
in that broke every kiosk's pull) to the current version.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from peewee import Database

from kiosk.server.__main__ import main as server_main
from kiosk.server.app import open_office
from kiosk.server.migrations import (
    SCHEMA_VERSION,
    STEPS,
    Migrations,
    OfficeSchema,
    OfficeSchemaError,
    migrate,
    schema_version,
)
from kiosk.server.models import OFFICE_MODELS, Kiosk, OfficeProducer, office_db
from kiosk.server.office import Office
from kiosk.server.schema_4 import PUSHES_BY_CAST


@pytest.fixture
def opened() -> Iterator[list[Office]]:
    """Offices the test opened; every pool the tables were bound to is closed afterwards."""
    offices: list[Office] = []
    yield offices
    pools = {id(office.db): office.db for office in offices}
    pools.update((id(db), db) for db in bound)
    bound.clear()
    for db in pools.values():
        db.close_all()


bound: list[Database] = []


def open_at(database: str, opened: list[Office],
            migrations: Migrations | None = None) -> Office:
    try:
        office = (open_office(database) if migrations is None
                  else open_office(database, migrations=migrations))
    finally:
        # The models are bound to the newest pool even when opening failed (a later query
        # through them may open a connection there).
        bound.append(office_db.obj)
    opened.append(office)
    return office


def add_location(db: Database) -> None:
    db.execute_sql("ALTER TABLE kiosk ADD COLUMN location TEXT")  # type: ignore[no-untyped-call]


def fill_location(db: Database) -> None:
    db.execute_sql("UPDATE kiosk SET location = label")  # type: ignore[no-untyped-call]


def columns(office: Office, table: str) -> set[str]:
    with office.db.connection_context():
        return {column.name for column in office.db.get_columns(table)}


def history(office: Office) -> list[int]:
    with office.reading():
        return [row.version for row in OfficeSchema.select().order_by(OfficeSchema.version)]


def enrol_one(office: Office, label: str) -> None:
    import base64

    from kiosk.domain.tokens import new_signing_key, raw_public_key
    from kiosk.sync.protocol import EnrolRequest

    key = base64.b64encode(raw_public_key(new_signing_key())).decode()
    office.enrol(EnrolRequest(code=office.new_enrolment_code(label), public_key=key,
                              label=label))


V = SCHEMA_VERSION
# What schema 2 added, to take away again: a database as an office of version 1 left it.
ADDED_IN_2 = {"office_event": ["business_day", "yen", "receipt", "card_id", "rule_version",
                               "problem"],
              "office_producer": ["last_visit_at", "quarantined_at", "quarantine_reason"],
              "kiosk": ["first_seen_at", "latest_recorded_at"], "enrolment_code": ["kiosk_id"]}


# What schema 3 added (the producer website).
ADDED_IN_3 = {"office_producer": ["ranking_visible", "site_language", "deleted_at"]}
TABLES_OF_3 = ("web_session", "login_throttle", "privacy_request", "office_signing_key")


# What schema 4 added (the manager console).
ADDED_IN_4 = {"kiosk": ["last_seen_at", "health"], "office_cast": ["photo_sha256"]}
TABLES_OF_4 = ("staff_account", "console_session", "audit_entry", "closed_month", "cast_photo")


def as_version_4(office: Office) -> None:
    """Schema 4's index on a cast member's pushes in place of schema 5's covering one."""
    with office.db.connection_context(), office.db.atomic():
        sql = office.db.execute_sql  # type: ignore[attr-defined]
        sql("DROP INDEX office_event_cast_pushes")
        sql(PUSHES_BY_CAST)
        sql("DELETE FROM office_schema")
        sql("INSERT INTO office_schema (version, applied_at) VALUES (4, 'then')")


def as_version_3(office: Office) -> None:
    as_version_4(office)
    with office.db.connection_context(), office.db.atomic():
        sql = office.db.execute_sql  # type: ignore[attr-defined]
        for table, names in ADDED_IN_4.items():
            for name in names:
                sql(f"ALTER TABLE {table} DROP COLUMN {name}")
        for table in TABLES_OF_4:
            sql(f"DROP TABLE {table}")
        sql("DROP INDEX office_producer_nickname")
        sql("DROP INDEX office_event_pushes_by_cast")
        sql("DELETE FROM office_schema")
        sql("INSERT INTO office_schema (version, applied_at) VALUES (3, 'then')")


def as_version_2(office: Office) -> None:
    as_version_3(office)
    with office.db.connection_context(), office.db.atomic():
        sql = office.db.execute_sql  # type: ignore[attr-defined]
        for table, names in ADDED_IN_3.items():
            for name in names:
                sql(f"ALTER TABLE {table} DROP COLUMN {name}")
        for table in TABLES_OF_3:
            sql(f"DROP TABLE {table}")
        sql("DELETE FROM office_schema")
        sql("INSERT INTO office_schema (version, applied_at) VALUES (2, 'then')")


def as_version_1(office: Office) -> None:
    as_version_2(office)
    with office.db.connection_context(), office.db.atomic():
        sql = office.db.execute_sql  # type: ignore[attr-defined]
        sql("DROP INDEX office_event_one_visit_per_day")
        sql("DROP INDEX office_event_one_credit_per_receipt")
        for table, names in ADDED_IN_2.items():
            for name in names:
                sql(f"ALTER TABLE {table} DROP COLUMN {name}")
        sql("DROP TABLE kiosk_report")
        sql("DELETE FROM office_schema")
        sql("INSERT INTO office_schema (version, applied_at) VALUES (1, 'then')")


def with_test_steps(version: int, steps: dict[int, object]) -> Migrations:
    """The real migrations, then test-only ones up to `version`."""
    return Migrations(version, {**STEPS, **steps})  # type: ignore[dict-item]


def test_a_fresh_database_is_created_at_the_current_version(office_database: str,
                                                            opened: list[Office]) -> None:
    office = open_at(office_database, opened)
    assert schema_version(office.db) == V
    assert history(office) == [V]
    open_at(office_database, opened)                    # starting again changes nothing
    assert history(office) == [V]


def test_a_database_from_before_versioning_counts_as_version_1(office_database: str,
                                                               opened: list[Office]) -> None:
    office = open_at(office_database, opened)
    enrol_one(office, "entrance")
    as_version_1(office)
    with office.db.connection_context():             # what an office before versioning left
        office.db.drop_tables([OfficeSchema])
        assert "office_schema" not in office.db.get_tables()
    assert schema_version(office.db) == 1
    again = open_at(office_database, opened)
    assert history(again) == list(range(1, V + 1))
    assert [k.label for k in again.kiosks()] == ["entrance"]


def test_a_version_1_database_is_migrated_and_its_poison_set_aside(
        office_database: str, opened: list[Office]) -> None:
    """Schema 2: the new columns and indexes, and a producer number no kiosk can read
    (full-width digits, let in by an office of version 1) quarantined."""
    office = open_at(office_database, opened)
    enrol_one(office, "entrance")
    as_version_1(office)
    with office.db.connection_context():
        for number in ("00100000011", "００１００００００１１", "00100000012"):
            office.db.execute_sql(  # type: ignore[attr-defined]
                "INSERT INTO office_producer (number, nickname, language, login_id, "
                "password_hash, kiosk_id, pv_earned, push_points, change_id) VALUES "
                f"('{number}', 'P', 'en', 'login-{number}', 'x', 'k', 6, 1, 1)")
        office.db.execute_sql(  # type: ignore[attr-defined]
            "UPDATE counter SET value = 1 WHERE name = 'changes'")
    upgraded = open_at(office_database, opened)
    assert history(upgraded) == list(range(1, V + 1))
    assert {"business_day", "receipt", "card_id"} <= columns(upgraded, "office_event")
    assert sorted((q.number, "let in by an office before version 2" in q.reason)
                  for q in upgraded.quarantined()) == [("00100000012", True),
                                                       ("００１００００００１１", True)]
    assert [p.number for p in upgraded.changes(0).producers] == ["00100000011"]
    with upgraded.reading():
        assert all(k.first_seen_at for k in Kiosk.select())     # no enrolment retries


def test_a_version_2_database_gains_the_website_with_balances_untouched(
        office_database: str, opened: list[Office]) -> None:
    """Schema 3: producers keep every point; nobody appears in a ranking by default."""
    office = open_at(office_database, opened)
    as_version_2(office)
    with office.db.connection_context():
        office.db.execute_sql(  # type: ignore[attr-defined]
            "INSERT INTO office_producer (number, nickname, language, login_id, "
            "password_hash, kiosk_id, pv_earned, push_points, change_id) VALUES "
            "('00100000011', 'P', 'en', 'kq7mxtar', 'x', 'k', 600, 12, 1)")
        office.db.execute_sql(  # type: ignore[attr-defined]
            "UPDATE counter SET value = 1 WHERE name = 'changes'")
    upgraded = open_at(office_database, opened)
    assert history(upgraded) == list(range(2, V + 1))
    assert {"ranking_visible", "site_language", "deleted_at"} <= columns(
        upgraded, "office_producer")
    [producer] = upgraded.changes(0).producers
    assert (producer.pv_earned, producer.push_points) == (600, 12)
    with upgraded.reading():
        assert set(TABLES_OF_3) <= set(upgraded.db.get_tables())
        assert OfficeProducer.get().ranking_visible == 0


def test_a_version_3_database_gains_the_console_with_kiosks_untouched(
        office_database: str, opened: list[Office]) -> None:
    """Schema 4: staff accounts, sessions, the audit log; kiosks keep their credentials
    and have not been heard from yet."""
    office = open_at(office_database, opened)
    enrol_one(office, "entrance")
    as_version_3(office)
    upgraded = open_at(office_database, opened)
    assert history(upgraded) == list(range(3, V + 1))
    assert {"last_seen_at", "health"} <= columns(upgraded, "kiosk")
    with upgraded.reading():
        assert set(TABLES_OF_4) <= set(upgraded.db.get_tables())
        [kiosk] = Kiosk.select()
        assert (kiosk.label, kiosk.last_seen_at, kiosk.health) == ("entrance", None, None)


def index_names(office: Office, table: str) -> set[str]:
    with office.db.connection_context():
        return {index.name for index in office.db.get_indexes(table)}


def test_a_version_4_database_gets_the_covering_index_of_cast_pushes(
        office_database: str, opened: list[Office]) -> None:
    """Schema 5: the top-producer lists' index holds who pushed and the votes; the old,
    narrower one is gone (two indexes on every push would only slow the intake)."""
    office = open_at(office_database, opened)
    as_version_4(office)
    assert "office_event_pushes_by_cast" in index_names(office, "office_event")
    upgraded = open_at(office_database, opened)
    assert history(upgraded) == list(range(4, V + 1))
    names = index_names(upgraded, "office_event")
    assert "office_event_cast_pushes" in names
    assert "office_event_pushes_by_cast" not in names


def test_an_older_database_is_migrated_step_by_step(office_database: str,
                                                    opened: list[Office]) -> None:
    enrol_one(open_at(office_database, opened), "entrance")   # data at the current version
    upgraded = open_at(office_database, opened,
                       with_test_steps(V + 2, {V: add_location, V + 1: fill_location}))
    assert history(upgraded) == [V, V + 1, V + 2]
    assert "location" in columns(upgraded, "kiosk")
    with upgraded.reading():
        rows = list(upgraded.db.execute_sql(  # type: ignore[no-untyped-call]
            "SELECT label, location FROM kiosk"))
    assert [tuple(row) for row in rows] == [("entrance", "entrance")]
    assert [k.label for k in upgraded.kiosks()] == ["entrance"]   # the office still works


def test_a_failed_step_is_rolled_back_whole(office_database: str,
                                            opened: list[Office]) -> None:
    open_at(office_database, opened)

    def half_done(db: Database) -> None:
        db.execute_sql("CREATE TABLE doomed (x INTEGER)")  # type: ignore[no-untyped-call]
        db.execute_sql("ALTER TABLE kiosk ADD COLUMN doomed TEXT")  # type: ignore[no-untyped-call]
        raise RuntimeError("the step fails half-way")

    with pytest.raises(RuntimeError, match="half-way"):
        open_at(office_database, opened,
                with_test_steps(V + 2, {V: add_location, V + 1: half_done}))
    office = opened[0]
    assert schema_version(office.db) == V + 1             # the first step stays done
    with office.db.connection_context():
        assert "doomed" not in office.db.get_tables()     # the failed one left no trace
    assert "doomed" not in columns(office, "kiosk")
    fixed = open_at(office_database, opened,
                    with_test_steps(V + 2, {V: add_location, V + 1: fill_location}))
    assert history(fixed) == [V, V + 1, V + 2]


def test_offices_starting_together_migrate_once(office_database: str,
                                                opened: list[Office]) -> None:
    office = open_at(office_database, opened)
    applied: list[int] = []

    def counted(db: Database) -> None:
        applied.append(1)
        add_location(db)

    target = with_test_steps(V + 1, {V: counted})
    results: list[int] = []
    errors: list[BaseException] = []

    def start() -> None:
        try:
            results.append(migrate(office.db, target))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    assert results == [V + 1] * 4
    assert applied == [1]
    assert history(office) == [V, V + 1]


def test_a_database_newer_than_the_code_is_refused(office_database: str,
                                                   opened: list[Office],
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    open_at(office_database, opened, with_test_steps(V + 1, {V: add_location}))
    newer = f"schema version {V + 1}, newer than this kiosk-server's {V}"
    with pytest.raises(OfficeSchemaError, match=newer):
        open_at(office_database, opened)
    assert server_main(["--database", office_database, "kiosks"]) == 2
    assert newer in capsys.readouterr().err
    assert schema_version(opened[0].db) == V + 1          # and nothing was touched


def test_every_migration_step_must_be_there() -> None:
    with pytest.raises(ValueError, match=rf"no migration from schema version\(s\) \[{V + 1}\]"):
        with_test_steps(V + 2, {V: add_location})


def test_the_version_table_is_not_one_of_the_synced_models() -> None:
    assert OfficeSchema not in OFFICE_MODELS and Kiosk in OFFICE_MODELS
    assert OfficeSchema._meta.database is office_db
