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


class EnrolmentCode(OfficeModel):
    code_hash = CharField(primary_key=True)
    label = TextField()
    created_at = TextField()
    used_at = TextField(null=True)


class OfficeProducer(OfficeModel):
    number = CharField(primary_key=True)
    nickname = TextField()
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

    class Meta:
        indexes = ((("kiosk_id", "seq"), True),)


class WebsiteKey(OfficeModel):
    """Credentials of the café website, which reports producers' daily logins."""

    key_hash = CharField(primary_key=True)
    label = TextField()
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
                 CastMonth, OfficeCast, PublishedRules, Counter)
