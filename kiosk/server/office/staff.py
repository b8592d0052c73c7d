"""The manager console's people: staff accounts with roles, signing in with a password and
then a second factor (TOTP, RFC 6238, or a one-time recovery code), and their sessions.

Roles, from most to least: **owner** (everything, accounts and the audit log included),
**manager** (cast, rules, rankings, producers, kiosks), **staff** (look-ups only). Owners and
managers must have a second factor: until they have set one up (the console shows the QR
at their first sign-in), their session can do nothing else.

Like the website: argon2id passwords checked off the event loop, misses counted in the
database with growing locks per account and per address, sessions as random tokens kept
hashed, rotated at each sign-in. A TOTP code is good once: the newest step used is kept,
and taking a step is one conditional UPDATE, so two workers cannot both accept one code.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pyotp

from kiosk.domain.credentials import hash_password, verify_password
from kiosk.server.models_console import ConsoleSession, StaffAccount
from kiosk.server.office.base import now_iso, sha256
from kiosk.server.office.producers import dummy_hash
from kiosk.server.office.throttles import ThrottleDesk, throttle_key

ROLES = ("owner", "manager", "staff")
SECOND_FACTOR_ROLES = ("owner", "manager")
USERNAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._-")
MIN_STAFF_PASSWORD = 12
RECOVERY_CODES = 10
RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
CONSOLE_IDLE = timedelta(hours=8)              # a working day; then sign in again
ISSUER = "Producer Kiosk office"


class AccountRefused(ValueError):
    """An account that cannot be made or changed as asked; `code` says why."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class StaffSession:
    username: str
    role: str
    csrf_token: str
    verified: bool                 # the second factor was given (or the role needs none)
    needs_setup: bool              # an owner or manager without a second factor yet
    language: str


@dataclass(frozen=True)
class ConsoleSignIn:
    token: str | None              # None: refused
    wait_seconds: int = 0          # > 0: locked for this long


@dataclass(frozen=True)
class StaffInfo:
    username: str
    role: str
    has_second_factor: bool
    created_at: str
    created_by: str
    disabled_at: str | None


def check_username(username: str) -> str:
    name = username.strip().lower()
    if not 3 <= len(name) <= 32 or not set(name) <= USERNAME_CHARS:
        raise AccountRefused("username")
    return name


def check_staff_password(password: str) -> None:
    if len(password) < MIN_STAFF_PASSWORD:
        raise AccountRefused("password_short")
    if len(password) > 128:
        raise AccountRefused("password_long")


def new_recovery_codes() -> list[str]:
    return ["-".join("".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(4))
                     for _ in range(2)) for _ in range(RECOVERY_CODES)]


def matching_step(secret: str, typed: str, now: float | None = None) -> int | None:
    """The 30-s step whose code `typed` is, allowing a phone's clock one step either way;
    None when it is none of them."""
    if not secret or not (len(typed) == 6 and typed.isdigit()):
        return None
    try:
        totp = pyotp.TOTP(secret)
        current = int((time.time() if now is None else now) // totp.interval)
        for step in (current - 1, current, current + 1):
            if secrets.compare_digest(totp.at(step * totp.interval), typed):
                return step
    except (ValueError, TypeError):              # not base32: a tampered form
        return None
    return None


class StaffDesk(ThrottleDesk):

    # ---- accounts -------------------------------------------------------------------------

    def create_staff_account(self, username: str, role: str, password: str,
                             created_by: str = "") -> StaffInfo:
        """A new account (the caller audits it). Owners and managers set up their second
        factor at their first sign-in."""
        name = check_username(username)
        if role not in ROLES:
            raise AccountRefused("role")
        check_staff_password(password)
        password_hash = hash_password(password)
        with self.db.connection_context(), self.db.atomic():
            if StaffAccount.get_or_none(StaffAccount.username == name) is not None:
                raise AccountRefused("taken")
            StaffAccount.create(username=name, role=role, password_hash=password_hash,
                                created_at=now_iso(), created_by=created_by)
        return self.staff_account(name)

    def staff_account(self, username: str) -> StaffInfo:
        with self.reading():
            row = StaffAccount.get_or_none(StaffAccount.username == username)
        if row is None:
            raise AccountRefused("unknown")
        return StaffInfo(row.username, row.role, bool(row.totp_secret), row.created_at,
                         row.created_by, row.disabled_at)

    def staff_accounts(self) -> list[StaffInfo]:
        with self.reading():
            return [StaffInfo(r.username, r.role, bool(r.totp_secret), r.created_at,
                              r.created_by, r.disabled_at)
                    for r in StaffAccount.select().order_by(StaffAccount.username)]

    def set_staff_disabled(self, username: str, disabled: bool) -> None:
        with self.db.connection_context(), self.db.atomic():
            row = StaffAccount.get_or_none(StaffAccount.username == username)
            if row is None:
                raise AccountRefused("unknown")
            if disabled and row.role == "owner" and StaffAccount.select().where(
                    (StaffAccount.role == "owner")
                    & StaffAccount.disabled_at.is_null()).count() <= 1:
                raise AccountRefused("last_owner")
            StaffAccount.update(disabled_at=now_iso() if disabled else None).where(
                StaffAccount.username == username).execute()
            if disabled:
                ConsoleSession.delete().where(ConsoleSession.username == username).execute()

    def set_staff_language(self, username: str, language: str) -> None:
        with self.db.connection_context(), self.db.atomic():
            StaffAccount.update(language=language).where(
                StaffAccount.username == username).execute()

    # ---- signing in ------------------------------------------------------------------------

    def console_sign_in(self, username: str, password: str, address: str) -> ConsoleSignIn:
        """The password step (slow: argon2id; call off the event loop). A success opens a
        session that still needs the second factor."""
        name = username.strip().lower()[:32]
        keys = [throttle_key("staff", name), throttle_key("staff-ip", address)]
        wait = self.locked_for(keys)
        if wait:
            return ConsoleSignIn(None, wait)
        with self.reading():
            row = StaffAccount.get_or_none((StaffAccount.username == name)
                                           & StaffAccount.disabled_at.is_null())
        if not verify_password(row.password_hash if row else dummy_hash(), password) \
                or row is None:
            return ConsoleSignIn(None, self.count_failure([(keys[0], 3), (keys[1], 20)]))
        self.forget_failures(keys[0])
        token = secrets.token_urlsafe(32)
        with self.db.connection_context(), self.db.atomic():
            verified = 0 if row.role in SECOND_FACTOR_ROLES else 1
            ConsoleSession.create(token_hash=sha256(token), username=name,
                                  csrf_token=secrets.token_urlsafe(24), verified=verified,
                                  created_at=now_iso(), seen_at=now_iso())
        return ConsoleSignIn(token)

    def console_session(self, token: str) -> StaffSession | None:
        if not token or len(token) > 100:
            return None
        now = datetime.now(UTC)
        with self.reading():
            session = ConsoleSession.get_or_none(ConsoleSession.token_hash == sha256(token))
            account = None if session is None else StaffAccount.get_or_none(
                (StaffAccount.username == session.username)
                & StaffAccount.disabled_at.is_null())
        if session is None or account is None \
                or now - datetime.fromisoformat(session.seen_at) > CONSOLE_IDLE:
            return None
        if now - datetime.fromisoformat(session.seen_at) > timedelta(minutes=5):
            with self.db.connection_context(), self.db.atomic():
                ConsoleSession.update(seen_at=now_iso()).where(
                    ConsoleSession.token_hash == session.token_hash).execute()
        return StaffSession(account.username, account.role, session.csrf_token,
                            bool(session.verified),
                            account.role in SECOND_FACTOR_ROLES and not account.totp_secret,
                            account.language)

    def console_sign_out(self, token: str) -> None:
        with self.db.connection_context(), self.db.atomic():
            ConsoleSession.delete().where(ConsoleSession.token_hash == sha256(token)).execute()

    # ---- the second factor -------------------------------------------------------------------

    def second_factor(self, token: str, code: str, address: str) -> bool | int:
        """Check a TOTP code or a recovery code for the session; True when accepted
        (the session is verified), else the lock in seconds (0: just wrong)."""
        session = self.console_session(token)
        if session is None or session.needs_setup:
            return 0
        key = throttle_key("staff-2fa", session.username)
        if self.locked_for([key]):
            return self.locked_for([key])
        typed = "".join(code.split()).lower()
        if self._take_totp(session.username, typed) or self._take_recovery(session.username,
                                                                            typed):
            self.forget_failures(key)
            with self.db.connection_context(), self.db.atomic():
                ConsoleSession.update(verified=1).where(
                    ConsoleSession.token_hash == sha256(token)).execute()
            return True
        return self.count_failure([(key, 3), (throttle_key("staff-ip", address), 20)])

    def _take_totp(self, username: str, typed: str) -> bool:
        with self.reading():
            account = StaffAccount.get(StaffAccount.username == username)
        step = matching_step(account.totp_secret or "", typed)
        if step is None:
            return False
        with self.db.connection_context(), self.db.atomic():
            taken = StaffAccount.update(totp_last_step=step).where(
                (StaffAccount.username == username)
                & (StaffAccount.totp_last_step < step)).execute()
        return bool(taken)                     # 0 rows: this code (or a newer) was used

    def _take_recovery(self, username: str, typed: str) -> bool:
        wanted = sha256(typed.replace("-", ""))
        with self.db.connection_context(), self.db.atomic():
            account = StaffAccount.get(StaffAccount.username == username)
            hashes = [h for h in account.recovery_hashes.split() if h]
            if wanted not in hashes:
                return False
            hashes.remove(wanted)
            StaffAccount.update(recovery_hashes="\n".join(hashes)).where(
                StaffAccount.username == username).execute()
        return True

    def start_second_factor(self) -> str:
        """A new TOTP secret to show as a QR; kept only once confirmed with a code."""
        return pyotp.random_base32()

    def second_factor_uri(self, username: str, secret: str) -> str:
        return pyotp.TOTP(secret).provisioning_uri(name=username, issuer_name=ISSUER)

    def confirm_second_factor(self, token: str, secret: str, code: str) -> list[str] | None:
        """Keep `secret` if `code` is its current code; returns the recovery codes (shown
        once), or None when the code was wrong."""
        session = self.console_session(token)
        if session is None or not secret or len(secret) > 64:
            return None
        step = matching_step(secret, "".join(code.split()))
        if step is None:
            return None
        codes = new_recovery_codes()
        with self.db.connection_context(), self.db.atomic():
            StaffAccount.update(
                totp_secret=secret, totp_last_step=step,
                recovery_hashes="\n".join(sha256(c.replace("-", "")) for c in codes)).where(
                StaffAccount.username == session.username).execute()
            ConsoleSession.update(verified=1).where(
                ConsoleSession.token_hash == sha256(token)).execute()
        return codes
