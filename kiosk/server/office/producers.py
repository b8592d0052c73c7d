"""The office's producers: the website's logins and daily login points, cards overdrawn at
two offline kiosks, and records set aside (quarantined) so they stop reaching kiosks.
"""

from __future__ import annotations

import functools
import secrets
from dataclasses import dataclass

from kiosk.domain.credentials import hash_password, typed_login_id, verify_typed_password
from kiosk.server.hot_sql import execute, one_row
from kiosk.server.hot_writes import ADD_PUSH_POINTS, LIVE_BALANCES
from kiosk.server.models import OfficeProducer, WebsiteKey
from kiosk.server.office.base import (
    OfficeBase,
    UnknownProducer,
    now_iso,
    sha256,
)
from kiosk.sync.protocol import DailyLogin, DailyLoginResult


@functools.cache
def dummy_hash() -> str:
    """A real argon2id hash of a random secret, checked when the login is unknown."""
    return hash_password(secrets.token_hex(16))


def daily_login_id(number: str, day: str) -> str:
    """The event id of a producer's daily login point: one per business day, by design."""
    return f"daily-login:{number}:{day}"


@dataclass(frozen=True)
class QuarantinedProducer:
    number: str
    nickname: str
    since: str
    reason: str


class ProducerDesk(OfficeBase):

    # ---- the website ----------------------------------------------------------------------

    def new_website_key(self, label: str) -> str:
        key = secrets.token_urlsafe(32)
        with self.writing():
            WebsiteKey.create(key_hash=sha256(key), label=label, created_at=now_iso())
        return key

    def website_allowed(self, key: str) -> bool:
        with self.reading():
            return WebsiteKey.get_or_none(WebsiteKey.key_hash == sha256(key)) is not None

    def website_login(self, login_id: str, password: str) -> str | None:
        """The producer number this website login opens, or None. Checked against the hash
        the producer's latest registration or password reset brought from a kiosk. Both
        may be typed as printed (`kq7m xtar`), without the gaps, or full-width from an IME."""
        login_id = typed_login_id(login_id)
        with self.reading():
            producer = OfficeProducer.get_or_none(
                (OfficeProducer.login_id == login_id)
                & OfficeProducer.quarantined_at.is_null() & OfficeProducer.deleted_at.is_null())
        # Hash even for an unknown login, so timing does not reveal which logins exist.
        ok = verify_typed_password(producer.password_hash if producer else dummy_hash(),
                                   password)
        return str(producer.number) if ok and producer is not None else None

    def _live_balances(self, number: str, uuid: str) -> tuple[int, int, str | None, str | None]:
        """(push points, PV, overdrawn since, who made the event `uuid` if it exists) of a
        live producer, in one round trip (inside `writing()`); raises `UnknownProducer`."""
        row = one_row(self.db, LIVE_BALANCES, [uuid, number])
        if row is None:
            raise UnknownProducer(number)
        return int(row[0]), int(row[1]), row[2], row[3]

    def daily_login(self, login: DailyLogin) -> DailyLoginResult:
        """+N push points for a day the producer logged in to the website, once a day."""
        event_id = daily_login_id(login.producer_number, str(login.day))
        number = login.producer_number
        with self.writing() as head:     # the fewest round trips: every writer waits on it
            push_points, _pv, _overdrawn, done = self._live_balances(number, event_id)
            if done is not None:
                return DailyLoginResult(status="already_credited", push_points=push_points)
            points = self.rules.push_points_per_daily_login
            self._record_office_event(number, "daily_login", uuid=event_id,
                                      push_delta=points, business_day=str(login.day))
            execute(self.db, ADD_PUSH_POINTS, [points, head + 1, number])
            self._set_head(head + 1)
        return DailyLoginResult(status="credited", push_points=push_points + points)

    # ---- producers flagged for staff -------------------------------------------------------

    def overdrawn(self) -> list[tuple[str, str, int, str | None]]:
        """(number, nickname, push points, since) of producers whose pushes are blocked."""
        with self.reading():
            return [(p.number, p.nickname, p.push_points, p.overdrawn_at)
                    for p in OfficeProducer.select().where(OfficeProducer.overdrawn_at.is_null(
                        False)).order_by(OfficeProducer.overdrawn_at)]

    def clear_overdrawn(self, number: str) -> None:
        """Staff looked into it: the producer may push again (once the balance allows)."""
        with self.writing() as head:
            updated = (OfficeProducer.update(overdrawn_at=None, change_id=head + 1)
                       .where(OfficeProducer.number == number).execute())
            if not updated:
                raise UnknownProducer(number)
            self._set_head(head + 1)

    # ---- records set aside -----------------------------------------------------------------

    def quarantine(self, number: str, reason: str) -> None:
        """Set a producer's record aside: no kiosk pulls it any more, events for it are
        refused, the website does not open it. Nothing is deleted."""
        with self.writing():
            updated = (OfficeProducer.update(quarantined_at=now_iso(),
                                             quarantine_reason=reason or "set aside by staff")
                       .where(OfficeProducer.number == number).execute())
            if not updated:
                raise UnknownProducer(number)

    def release(self, number: str) -> None:
        """Undo `quarantine`: the record goes back into the change feed at its head."""
        with self.writing() as head:
            updated = (OfficeProducer.update(quarantined_at=None, quarantine_reason=None,
                                             change_id=head + 1)
                       .where(OfficeProducer.number == number).execute())
            if not updated:
                raise UnknownProducer(number)
            self._set_head(head + 1)

    def quarantined(self) -> list[QuarantinedProducer]:
        with self.reading():
            return [QuarantinedProducer(p.number, p.nickname, p.quarantined_at or "",
                                        p.quarantine_reason or "")
                    for p in OfficeProducer.select().where(
                        OfficeProducer.quarantined_at.is_null(False))
                    .order_by(OfficeProducer.quarantined_at)]
