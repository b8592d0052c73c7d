"""The kiosk's tables (peewee models), bound late to whichever store file is open.

The ledger is append-only and doubles as the sync outbox; `BalanceCache` is derived from it
and maintained in the same transaction as every ledger row. Timestamps are stored as ISO-8601
text with their UTC offset so they sort and read back unambiguously.
"""

from __future__ import annotations

from peewee import (
    AutoField,
    BigIntegerField,
    BlobField,
    CharField,
    CompositeKey,
    DatabaseProxy,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from kiosk.db.kiosk_state import StateKey

database_proxy = DatabaseProxy()


class BaseModel(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


# ---- identity and keys ---------------------------------------------------------------------


class KioskIdentity(BaseModel):
    """This kiosk: exactly one row. Its private key lives in a file beside the store."""

    kiosk_uuid = CharField(unique=True)
    kiosk_number = IntegerField()
    key_id = CharField()
    created_at = TextField()


class TrustedKey(BaseModel):
    """Public keys whose cards this kiosk accepts: its own, and later those synced down."""

    key_id = CharField(primary_key=True)
    public_key = BlobField()
    label = TextField()
    added_at = TextField()
    revoked_at = TextField(null=True)


# ---- producers and cards -------------------------------------------------------------------


class Producer(BaseModel):
    id = AutoField()
    number = CharField(unique=True)          # digits incl. check digit, see ProducerNumber
    kiosk_number = IntegerField()
    serial = IntegerField()
    nickname = TextField()
    language = CharField()
    login_id = CharField(unique=True)
    password_hash = TextField()
    consented_at = TextField()
    created_at = TextField()
    # Schema 4: set by the office when offline pushes at two kiosks overdrew the balance;
    # pushes stay refused until staff clear it there.
    push_blocked_at = TextField(null=True)
    # Schema 6: when the office last counted a visit of this producer (any kiosk, UTC): a
    # second check-in on that business day is refused here instead of at the office.
    office_visit_at = TextField(null=True)

    class Meta:
        indexes = ((("kiosk_number", "serial"), True),)


class Card(BaseModel):
    """One printed generation of a producer's card; a reissue adds a row, revoking older ones."""

    card_id = BigIntegerField()
    generation = IntegerField()
    producer = ForeignKeyField(Producer, backref="cards", on_delete="RESTRICT")
    key_id = CharField()
    token = TextField()
    issued_at = TextField()
    revoked_at = TextField(null=True)

    class Meta:
        indexes = ((("card_id", "generation"), True),)


# ---- ledger --------------------------------------------------------------------------------


class LedgerEntry(BaseModel):
    """One event, never updated except for its `synced_at` mark (the outbox flag)."""

    id = AutoField()
    uuid = CharField(unique=True)            # client-made idempotency key
    kiosk_uuid = CharField()
    seq = IntegerField()                     # gap-free per kiosk
    producer = ForeignKeyField(Producer, backref="ledger", on_delete="RESTRICT")
    kind = CharField()
    pv_delta = IntegerField(default=0)
    push_delta = IntegerField(default=0)
    votes = IntegerField(default=0)
    cast_id = CharField(null=True)
    yen = IntegerField(null=True)
    receipt = CharField(null=True)
    rule_version = IntegerField()
    business_day = CharField()               # YYYY-MM-DD in the café's time zone
    recorded_at = TextField()                # the kiosk's clock, ISO-8601 with offset
    synced_at = TextField(null=True)
    card_generation = IntegerField(null=True)   # schema 5: the card a card_issue row issued
    # Schema 6: the office refused the event (it counts for nothing, here as there): when,
    # its code (`kiosk.sync.protocol.EventProblem`) and its words; and when a copy was
    # queued under the producer's new number (a number the office had given someone else).
    rejected_at = TextField(null=True)
    rejected_problem = CharField(null=True)
    rejected_reason = TextField(null=True)
    replayed_at = TextField(null=True)

    class Meta:
        indexes = ((("kiosk_uuid", "seq"), True),)


class BalanceCache(BaseModel):
    """Derived from the ledger (schema version 2); rebuilt by the 1 → 2 migration."""

    producer = ForeignKeyField(Producer, primary_key=True, on_delete="RESTRICT")
    pv_earned = IntegerField()
    push_points = IntegerField()
    rank_number = IntegerField()
    rule_version = IntegerField()
    updated_at = TextField()


# ---- schema 3: cast, kiosk state, manual-login attempts ---------------------------------


class CastMember(BaseModel):
    """The ranking's candidates; a demo roster until the office's roster arrives by sync."""

    cast_id = CharField(primary_key=True)
    stage_name_ja = TextField()
    stage_name_en = TextField()
    photo = TextField(null=True)          # a path under the data dir, when there is one
    active = IntegerField(default=1)
    sort_order = IntegerField(default=0)


class CastMonthVotes(BaseModel):
    """Votes per cast member per calendar month (Tokyo), kept with every push row.

    A cache like BalanceCache: summing a month of ledger rows per push would grow with the
    store (100 ms at 10 M rows); this keeps the push commit constant-time.
    """

    cast_id = CharField()
    month = CharField()                  # YYYY-MM in the café's time zone
    votes = IntegerField(default=0)

    class Meta:
        primary_key = CompositeKey("cast_id", "month")


class KioskState(BaseModel):
    """Small facts about this kiosk (e.g. when it last synced), as text, each under a
    `StateKey`. The accessors run inside the caller's transaction and `store_errors()`."""

    key = CharField(primary_key=True)
    value = TextField()

    @classmethod
    def read(cls, key: StateKey) -> str | None:
        row = cls.get_or_none(cls.key == key)
        return None if row is None else str(row.value)

    @classmethod
    def read_many(cls, *keys: StateKey) -> dict[StateKey, str]:
        return {StateKey(row.key): str(row.value)
                for row in cls.select().where(cls.key.in_(keys))}

    @classmethod
    def write(cls, key: StateKey, value: str) -> None:
        cls.insert(key=key, value=value).on_conflict_replace().execute()

    @classmethod
    def forget(cls, *keys: StateKey) -> None:
        cls.delete().where(cls.key.in_(keys)).execute()


class LoginAttempt(BaseModel):
    """Wrong passwords typed for one producer number, for the manual-login lockout."""

    producer_number = CharField(primary_key=True)
    failures = IntegerField(default=0)
    locked_until = TextField(null=True)


# ---- schema 4: the office's ranking boards ----------------------------------------------------


class RankingSnapshot(BaseModel):
    """A ranking board as the office last sent it (the kiosk shows it with this stamp)."""

    period = CharField(primary_key=True)  # YYYY-MM
    entries = TextField()                 # JSON: [[cast_id, votes], …] in board order
    fetched_at = TextField()              # the office's clock when it was sent


# ---- schema 5: staff ---------------------------------------------------------------------------


class StaffAction(BaseModel):
    """Every staff action, with when and what changed (never updated, never deleted)."""

    id = AutoField()
    at = TextField()                      # ISO-8601 UTC
    action = CharField()                  # e.g. "purchase", "correction", "pin_changed"
    producer_number = CharField(null=True, index=True)
    detail = TextField()                  # JSON: what changed


class PrintJob(BaseModel):
    """A card waiting for the card printer, being printed, printed, failed or cancelled.

    Only cards are queued: a credentials slip carries the initial password, which is never
    stored, so it prints at once while the password is in memory (or not at all).
    """

    id = AutoField()
    producer = ForeignKeyField(Producer, backref="print_jobs", on_delete="RESTRICT")
    card_generation = IntegerField()
    state = CharField(index=True)         # waiting, printing, printed, failed, cancelled
    # Schema 7: why a failed job failed (a `PrintFailureState`), and the words behind it
    # (CUPS's reasons, the print error) or a note on another state (replaced, interrupted).
    # Schemas 5 and 6 wrote both as one `reason` text.
    failure = CharField(null=True)
    detail = TextField(null=True)
    attempts = IntegerField(default=0)
    printer = TextField(null=True)
    cups_job = IntegerField(null=True)    # schema 8: the CUPS job id while it prints
    created_at = TextField()
    updated_at = TextField()


ALL_MODELS: tuple[type[BaseModel], ...] = (
    KioskIdentity,
    TrustedKey,
    Producer,
    Card,
    LedgerEntry,
    BalanceCache,
    CastMember,
    CastMonthVotes,
    KioskState,
    LoginAttempt,
    RankingSnapshot,
    StaffAction,
    PrintJob,
)

# Indexes peewee cannot declare (partial): one visit per producer per business day; and the
# sync outbox, so finding unsynced rows never scans the whole ledger. Rows the office refused
# count for nothing (schema 6): a copy under a new number may take their place.
EXTRA_INDEXES = (
    'CREATE UNIQUE INDEX IF NOT EXISTS "ledger_one_counted_visit_per_day" ON "ledger_entry" '
    '("producer_id", "business_day") WHERE "kind" = \'visit\' AND "rejected_at" IS NULL',
    'CREATE INDEX IF NOT EXISTS "ledger_unsynced" ON "ledger_entry" ("seq") '
    'WHERE "synced_at" IS NULL',
    # A till receipt earns PV once (schema 5).
    'CREATE UNIQUE INDEX IF NOT EXISTS "ledger_one_credit_per_receipt" ON "ledger_entry" '
    '("receipt") WHERE "kind" = \'purchase\' AND "rejected_at" IS NULL',
    # The few rows the office refused, for staff's count of them (schema 6).
    'CREATE INDEX IF NOT EXISTS "ledger_refused" ON "ledger_entry" ("rejected_at") '
    'WHERE "rejected_at" IS NOT NULL',
)
