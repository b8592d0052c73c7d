"""The manager console's tables (schema 4): staff accounts with roles and a second factor,
their sessions, and the audit log of every change made (and every change refused)."""

from __future__ import annotations

from peewee import AutoField, BigIntegerField, BlobField, CharField, IntegerField, TextField

from kiosk.server.models import OfficeModel


class StaffAccount(OfficeModel):
    username = CharField(primary_key=True)
    role = CharField()                       # owner, manager, staff
    password_hash = TextField()              # argon2id
    totp_secret = TextField(null=True)       # base32; owners and managers must have one
    totp_last_step = BigIntegerField(default=0)   # the newest 30-s step used: no replay
    recovery_hashes = TextField(default="")  # sha256 of unused recovery codes, one per line
    language = CharField(default="ja")
    created_at = TextField()
    created_by = CharField(default="")
    disabled_at = TextField(null=True)


class ConsoleSession(OfficeModel):
    """A console browser: signed in with the password, then (`verified`) the second
    factor. Only the token's hash is kept."""

    token_hash = CharField(primary_key=True)
    username = CharField(index=True)
    csrf_token = CharField()
    verified = IntegerField(default=0)       # 1 once the second factor was given
    created_at = TextField()
    seen_at = TextField()


class AuditEntry(OfficeModel):
    """Who did what, when, from which state to which; refused attempts too."""

    id = AutoField()
    at = TextField(index=True)
    actor = CharField(index=True)
    action = CharField()
    target = TextField(default="")
    before = TextField(default="")
    after = TextField(default="")
    allowed = IntegerField(default=1)


class ClosedMonth(OfficeModel):
    """A month's board as announced at the award evening: frozen when a manager closes the
    month (pushes synced later still count in the live totals, not in this board)."""

    month = CharField(primary_key=True)      # YYYY-MM, Tokyo time
    board = TextField()                      # JSON: [[position, cast_id, votes], …]
    closed_at = TextField()
    closed_by = CharField()


class CastPhoto(OfficeModel):
    """A cast member's photo as the office serves it, by the SHA-256 of its bytes: kiosks
    and browsers fetch it once and keep it (a new photo is a new address). In the database,
    so every office worker serves the same photos."""

    sha256 = CharField(primary_key=True)
    jpeg = BlobField()
    created_at = TextField()


CONSOLE_MODELS = (StaffAccount, ConsoleSession, AuditEntry, ClosedMonth, CastPhoto)
