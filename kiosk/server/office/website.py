"""The producer website's sign-in: passwords checked with growing delays, sessions kept
in the database, preferences and password changes.

Everything a browser holds is a random session token; the office keeps only its hash,
so a stolen database opens no session. Throttles and sessions live in the database, not
in a process, so any number of office workers behind one database agree on them.

Wrong passwords lock the typed login ID (whether or not it exists, so the lock says
nothing about which IDs exist) with the kiosk's growing delays, and a client address with
looser ones, so one address cannot try many IDs. A lock never blocks more than the ID or
the address it names, and the table is pruned as it is written, so it cannot be filled to
lock the office up.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from kiosk.domain.credentials import (
    hash_password,
    typed_credential,
    typed_login_id,
    verify_password,
    verify_typed_password,
)
from kiosk.server.hot_sql import OPEN_SESSION, PRUNE_SESSIONS, SESSION, SIGN_IN, execute, one_row
from kiosk.server.models import OfficeProducer, WebSession
from kiosk.server.office.base import UnknownProducer, now_iso, sha256
from kiosk.server.office.producers import dummy_hash
from kiosk.server.office.throttles import ThrottleDesk, throttle_key

SESSION_IDLE = timedelta(days=14)
SESSION_LONGEST = timedelta(days=60)
SESSIONS_KEPT = 10                          # devices signed in at once, per producer
_SEEN_EVERY = timedelta(minutes=5)          # how often a session's last use is written
ADDRESS_FREE_TRIES = 20                     # a café's shared Wi-Fi: many people, one address
MIN_PASSWORD = 10
MAX_PASSWORD = 128


@dataclass(frozen=True)
class SignedIn:
    token: str                 # for the cookie; never stored
    csrf_token: str
    producer_number: str
    first_login: bool          # the initial password is still in use: suggest changing it


@dataclass(frozen=True)
class SignInRefused:
    wait_seconds: int          # 0: wrong ID or password; > 0: locked for this long


@dataclass(frozen=True)
class Session:
    producer_number: str
    csrf_token: str
    token_hash: str
    site_language: str | None = None     # chosen on the website (None: not yet)
    language: str = "ja"                 # registered in at the kiosk


class PasswordRefused(ValueError):
    """The new password is unusable, or the current one was wrong; `code` says which."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _login_id(typed: str) -> str:
    """A typed login ID as stored (`typed_login_id`), cut to what any stored one can be."""
    return typed_login_id(typed)[:64]


def _sign_in_keys(login_id: str, address: str) -> list[str]:
    """What a sign-in is throttled by: the (cleaned) login ID and the client's address."""
    return [throttle_key("id", login_id), throttle_key("ip", address)]


def _parse(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp)


class WebsiteDesk(ThrottleDesk):

    @contextmanager
    def _web(self) -> Iterator[None]:
        """A transaction for the website's own tables (not the change feed's lock)."""
        with self.db.connection_context(), self.db.atomic():
            yield

    # ---- signing in ------------------------------------------------------------------------

    def website_wait(self, login_id: str, address: str) -> int:
        """Seconds before this login ID or address may try again (0: now)."""
        return self.locked_for(_sign_in_keys(_login_id(login_id), address))

    def website_sign_in(self, login_id: str, password: str,
                        address: str) -> SignedIn | SignInRefused:
        """Check the password (slow: argon2id, the caller runs this off the event loop)
        unless the ID or address is locked; a success opens a new session."""
        login_id = _login_id(login_id)
        with self.reading():           # one borrowing: the locks, and whose login ID it is
            wait = self.locked_for_here(_sign_in_keys(login_id, address))
            found = None if wait else one_row(self.db, SIGN_IN, [login_id])
        if wait:
            return SignInRefused(wait)
        # Hash even for an unknown login, so timing does not reveal which logins exist.
        ok = verify_typed_password(found[1] if found else dummy_hash(), password)
        if not ok or found is None:
            return SignInRefused(self._failed(login_id, address))
        number, _hash, latest_password = found
        with self._web():              # one commit: the lock forgotten, the session opened
            self._forget_here(throttle_key("id", login_id))
            token, csrf = self._open_session(number)
        # The password came from a kiosk's slip (registration or a reset by staff) and was
        # not changed on the website since.
        return SignedIn(token, csrf, number, first_login=latest_password != "password_change")

    def _failed(self, login_id: str, address: str) -> int:
        """Count a wrong try against the ID and the address; the longer lock, in seconds."""
        return self.count_failure([(throttle_key("id", login_id), 3),
                                   (throttle_key("ip", address), ADDRESS_FREE_TRIES)])

    def _open_session(self, number: str) -> tuple[str, str]:
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
        now = now_iso()
        execute(self.db, OPEN_SESSION, [sha256(token), number, csrf, now, now])
        # A script signing in again and again must not grow the table: the oldest go.
        execute(self.db, PRUNE_SESSIONS, [number, number, SESSIONS_KEPT])
        return token, csrf

    # ---- sessions --------------------------------------------------------------------------

    def website_session(self, token: str) -> Session | None:
        """The live session this cookie names, or None (unknown, expired, or its
        producer deleted or set aside)."""
        if not token or len(token) > 100:
            return None
        now = datetime.now(UTC)
        with self.reading():          # one read per page: the session with its producer
            row = one_row(self.db, SESSION, [sha256(token)])
        if row is None:
            return None
        token_hash, number, csrf, created_at, seen_at, live, site_language, language = row
        expired = (now - _parse(seen_at) > SESSION_IDLE
                   or now - _parse(created_at) > SESSION_LONGEST)
        if live is None or expired:
            self.website_sign_out(token)
            return None
        if now - _parse(seen_at) > _SEEN_EVERY:
            with self._web():
                WebSession.update(seen_at=now.isoformat()).where(
                    WebSession.token_hash == token_hash).execute()
        return Session(number, csrf, token_hash, site_language, language)

    def website_password_matches(self, number: str, typed: str) -> None:
        """Re-check the password before something that cannot be undone (deletion);
        raises `PasswordRefused` ("wrong_current", or "locked" after repeated misses)."""
        with self.reading():
            producer = OfficeProducer.get_or_none(OfficeProducer.number == number)
        if producer is None:
            raise UnknownProducer(number)
        self._recheck(producer, typed)

    def _recheck(self, producer: OfficeProducer, typed: str) -> None:
        """A signed-in producer typing their password again: misses count (per producer)
        with the sign-in's delays, so a session left open is no way to guess it."""
        key = throttle_key("again", producer.number)
        if self.locked_for([key]):
            raise PasswordRefused("locked")
        if not verify_typed_password(producer.password_hash, typed):
            locked = self.count_failure([(key, 3)])
            raise PasswordRefused("locked" if locked else "wrong_current")
        self.forget_failures(key)

    def website_sign_out(self, token: str) -> None:
        with self._web():
            WebSession.delete().where(WebSession.token_hash == sha256(token)).execute()

    def website_sessions(self, number: str) -> int:
        with self.reading():
            return int(WebSession.select().where(
                WebSession.producer_number == number).count())

    # ---- preferences and password ----------------------------------------------------------

    def set_website_preferences(self, number: str, *, language: str | None = None,
                                ranking_visible: bool | None = None) -> None:
        changes: dict[object, object] = {}
        if language is not None:
            changes[OfficeProducer.site_language] = language
        if ranking_visible is not None:
            changes[OfficeProducer.ranking_visible] = int(ranking_visible)
        if not changes:
            return
        with self._web():
            if not OfficeProducer.update(changes).where(
                    OfficeProducer.number == number).execute():
                raise UnknownProducer(number)

    def change_website_password(self, session: Session, current: str, new: str) -> str:
        """Replace the password (kiosks learn the new hash on their next pull); every other
        session of the producer ends. Returns a fresh session token for this browser."""
        new = typed_credential(new)
        if len(new) < MIN_PASSWORD:
            raise PasswordRefused("too_short")
        if len(new) > MAX_PASSWORD:
            raise PasswordRefused("too_long")
        with self.reading():
            producer = OfficeProducer.get(OfficeProducer.number == session.producer_number)
        self._recheck(producer, current)
        if verify_password(producer.password_hash, new):
            raise PasswordRefused("same")
        new_hash = hash_password(new)
        with self.writing() as head:
            OfficeProducer.update(password_hash=new_hash, change_id=head + 1).where(
                OfficeProducer.number == session.producer_number).execute()
            self._record_office_event(session.producer_number, "password_change")
            self._set_head(head + 1)
            WebSession.delete().where(
                WebSession.producer_number == session.producer_number).execute()
            token, _csrf = self._open_session(session.producer_number)
        return token
