"""The office's tables: kiosks and their credentials, producers and cards, every event any
kiosk sent (unique by UUID), balances, and a change feed for pulls.

Bound to SQLite by default or PostgreSQL (a database URL) through `office_db`.
"""

from __future__ import annotations

from typing import Any

from peewee import (
    AutoField,
    BigIntegerField,
    CharField,
    CompositeKey,
    DatabaseProxy,
    IntegerField,
    Model,
    TextField,
)

office_db = DatabaseProxy()


def tuples(query: Any) -> list[tuple[Any, ...]]:
    """A query's rows as plain tuples (peewee's stubs type `.tuples()` as model rows)."""
    return list(query.tuples())


class OfficeModel(Model):
    class Meta:
        database = office_db
        legacy_table_names = False


class Kiosk(OfficeModel):
    kiosk_id = CharField(primary_key=True)
    number = IntegerField(unique=True)
    label = TextField()
    key_id = CharField(unique=True)
    public_key = TextField()                 # raw Ed25519, base64
    secret_hash = CharField()                # sha256 of the kiosk's bearer secret
    enrolled_at = TextField()
    disabled_at = TextField(null=True)
    acked_through = IntegerField(default=0)  # every event up to this seq is stored
    # Schema 2: the first authenticated request. Until then the enrolment answer may have
    # been lost on the way, and the same key may enrol again with the same code.
    first_seen_at = TextField(null=True)
    # Schema 2: the kiosk's clock on its latest accepted event (UTC): events recorded long
    # before it are refused (no backdating), as are events from the future.
    latest_recorded_at = TextField(null=True)
    # Schema 4: when the office last heard from the kiosk, and what it last said about
    # itself (JSON: version, queue, clock, disk, printer; see the console's kiosks page).
    last_seen_at = TextField(null=True)
    health = TextField(null=True)


class EnrolmentCode(OfficeModel):
    code_hash = CharField(primary_key=True)
    label = TextField()
    created_at = TextField()
    used_at = TextField(null=True)
    kiosk_id = CharField(null=True)          # schema 2: the kiosk it enrolled


class OfficeProducer(OfficeModel):
    number = CharField(primary_key=True)
    nickname = TextField(index=True)         # indexed in schema 4: the console's search
    language = CharField()
    login_id = CharField(unique=True)
    password_hash = TextField()
    kiosk_id = CharField()
    pv_earned = BigIntegerField(default=0)
    push_points = BigIntegerField(default=0)
    # Set when offline pushes at two kiosks overdrew the balance; pushes stay blocked
    # until staff clear it (`kiosk-server producer clear-flag`).
    overdrawn_at = TextField(null=True)
    change_id = BigIntegerField(index=True)   # position in the change feed
    # Schema 2: when the latest counted visit was recorded (UTC, ISO 8601), sent to kiosks.
    last_visit_at = TextField(null=True)
    # Schema 2: a record set aside by the office (`kiosk-server quarantine`): left out of the
    # change feed, and events for it are refused.
    quarantined_at = TextField(null=True)
    quarantine_reason = TextField(null=True)
    # Schema 3: the producer website. Whether the nickname may appear in a cast member's
    # "top producers" list (off until the producer opts in), the website's language, and
    # when the producer had the account deleted (APPI): the login stops, the nickname is
    # gone, the ledger's totals stay so rankings do not change.
    ranking_visible = IntegerField(default=0)
    site_language = CharField(null=True)
    deleted_at = TextField(null=True)


class OfficeCard(OfficeModel):
    card_id = BigIntegerField()
    generation = IntegerField()
    producer_number = CharField(index=True)
    key_id = CharField()
    revoked_at = TextField(null=True)

    class Meta:
        indexes = ((("card_id", "generation"), True),)


class OfficeEvent(OfficeModel):
    """Every event any kiosk sent, applied or rejected (a rejected one has no effect but
    keeps its sequence number, so one bad event never stalls the kiosk's queue)."""

    id = AutoField()
    uuid = CharField(unique=True)
    kiosk_id = CharField()
    seq = IntegerField()
    producer_number = CharField(index=True)
    kind = CharField()
    pv_delta = IntegerField()
    push_delta = IntegerField()
    votes = IntegerField()
    cast_id = CharField(null=True)
    content_hash = CharField()
    rejected = TextField(null=True)          # why it had no effect, when it had none
    recorded_at = TextField()                # the kiosk's clock
    received_at = TextField()                # the office's clock: places the event in a month
    # Schema 2: what the checks need across the chain (one visit a day, one credit a
    # receipt), the rules version and card the event named, and the refusal's code.
    business_day = CharField(null=True)
    yen = IntegerField(null=True)
    receipt = CharField(null=True)
    card_id = BigIntegerField(null=True)
    rule_version = IntegerField(null=True)
    problem = CharField(null=True)

    class Meta:
        indexes = ((("kiosk_id", "seq"), True),)


class KioskReport(OfficeModel):
    """A record of the change feed a kiosk could not apply and skipped (schema 2)."""

    id = AutoField()
    kiosk_id = CharField(index=True)
    received_at = TextField()
    kind = CharField()                       # producer, kiosk_key, cast, rules, board
    key = TextField()                        # which record, e.g. the producer number
    reason = TextField()


class WebsiteKey(OfficeModel):
    """Credentials of the café website, which reports producers' daily logins."""

    key_hash = CharField(primary_key=True)
    label = TextField()
    created_at = TextField()


class WebSession(OfficeModel):
    """A signed-in browser (schema 3). Only the token's hash is stored; the row is the
    session, so signing out, a password change or an account deletion ends it at once,
    and every office process behind one database sees the same sessions."""

    token_hash = CharField(primary_key=True)
    producer_number = CharField(index=True)
    csrf_token = CharField()
    created_at = TextField()
    seen_at = TextField()


class LoginThrottle(OfficeModel):
    """Wrong website passwords in a row, per login ID and per client address (schema 3),
    kept in the database so that every office process applies the same delays."""

    key = CharField(primary_key=True)        # "id:<login id>" or "ip:<address>"
    failures = IntegerField(default=0)
    locked_until = TextField(null=True)
    updated_at = TextField()


class PrivacyRequest(OfficeModel):
    """A producer's data request under APPI (schema 3): exports and deletions, logged."""

    id = AutoField()
    producer_number = CharField(index=True)
    kind = CharField()                       # export_json, export_csv, delete
    requested_at = TextField()
    via = CharField()                        # website, console, cli


class OfficeSigningKey(OfficeModel):
    """The office's own Ed25519 card key (schema 3): it signs the QR the website shows,
    and kiosks learn its public half with the other kiosk keys, so a phone's screen
    scans at any kiosk like the printed card."""

    key_id = CharField(primary_key=True)
    public_key = TextField()                 # raw Ed25519, base64
    private_pem = TextField()
    created_at = TextField()


class CastMonth(OfficeModel):
    """Votes per cast member per calendar month, by the office's clock in Tokyo time."""

    cast_id = CharField()
    month = CharField()
    votes = BigIntegerField(default=0)
    first_reached = TextField()              # when it got its first vote that month

    class Meta:
        primary_key = CompositeKey("cast_id", "month")


class OfficeCast(OfficeModel):
    """The cast roster kiosks show on the push screen; managed with the admin CLI."""

    cast_id = CharField(primary_key=True)
    stage_name_ja = TextField()
    stage_name_en = TextField()
    active = IntegerField(default=1)
    sort_order = IntegerField(default=0)
    change_id = BigIntegerField(index=True)
    photo_sha256 = CharField(null=True)       # schema 4: the photo (CastPhoto), if any


class PublishedRules(OfficeModel):
    """Rules files published to every kiosk, by version (the newest one is in force)."""

    version = IntegerField(primary_key=True)
    text = TextField()
    published_at = TextField()
    change_id = BigIntegerField(index=True)


class Counter(OfficeModel):
    """Named counters (the change feed position), bumped inside write transactions."""

    name = CharField(primary_key=True)
    value = BigIntegerField(default=0)


OFFICE_MODELS = (Kiosk, EnrolmentCode, OfficeProducer, OfficeCard, OfficeEvent, WebsiteKey,
                 CastMonth, OfficeCast, PublishedRules, Counter, KioskReport, WebSession,
                 LoginThrottle, PrivacyRequest, OfficeSigningKey)

# Schema 5: a cast member's pushes in a month (the "top producers" lists), with who pushed
# and how many votes in the index itself, so the list is read from the index alone (an
# index-only scan on PostgreSQL, a covering index on SQLite) and never from the table's
# pages: thousands of random page reads per list at a month's end. Schema 4's index had
# only the first two columns. SQLite counts an index as covering only when it also holds
# the columns of its own WHERE, hence `kind` and `rejected` at the end (one value each).
CAST_PUSHES = ("CREATE INDEX IF NOT EXISTS office_event_cast_pushes ON office_event "
               "(cast_id, received_at, producer_number, votes, kind, rejected) "
               "WHERE kind = 'push' AND rejected IS NULL")

# Indexes peewee cannot declare (partial, on SQLite and PostgreSQL alike): across the chain,
# one counted visit per producer per business day and one credit per till receipt. The
# intake checks first and refuses politely; these make a race between two batches fail
# loudly instead of counting twice.
EXTRA_INDEXES = (
    "CREATE UNIQUE INDEX IF NOT EXISTS office_event_one_visit_per_day ON office_event "
    "(producer_number, business_day) WHERE kind = 'visit' AND rejected IS NULL",
    "CREATE UNIQUE INDEX IF NOT EXISTS office_event_one_credit_per_receipt ON office_event "
    "(receipt) WHERE kind = 'purchase' AND rejected IS NULL",
    CAST_PUSHES,
)
