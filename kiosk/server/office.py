"""The office's use cases: kiosks (enrol, authenticate, disable), their event batches, the
website's logins and daily logins, the cast roster and rules, rankings, and the change feed.

Every use case is one transaction on its own connection (the HTTP server calls from a
thread pool). Writers are serialised: SQLite by `BEGIN IMMEDIATE`, PostgreSQL by taking the
change-feed counter's row lock first; this keeps the feed's ids in commit order (see
`feed.py`) and makes read-modify-write of balances safe on both stores.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import secrets
import uuid as uuid_lib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

from peewee import Database, PostgresqlDatabase, fn

from kiosk.domain.credentials import hash_password, verify_password
from kiosk.domain.rules import RuleBook, parse_rules
from kiosk.domain.tokens import key_id_for
from kiosk.server import feed, rankings
from kiosk.server.intake import accept_batch
from kiosk.server.migrations import MIGRATIONS, Migrations, migrate
from kiosk.server.models import (
    Counter,
    EnrolmentCode,
    Kiosk,
    OfficeCast,
    OfficeEvent,
    OfficeProducer,
    PublishedRules,
    WebsiteKey,
)
from kiosk.sync.protocol import (
    BatchResult,
    Changes,
    DailyLogin,
    DailyLoginResult,
    EnrolRequest,
    EnrolResponse,
    EventBatch,
    RankingBoard,
)

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
FEED = feed.FEED
WEBSITE_SEQ = "website_seq"


class EnrolmentRefused(ValueError):
    pass


class UnknownProducer(LookupError):
    pass


class KioskDisabled(PermissionError):
    pass


class RulesRefused(ValueError):
    pass


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@functools.cache
def _dummy_hash() -> str:
    """A real argon2id hash of a random secret, checked when the login is unknown."""
    return hash_password(secrets.token_hex(16))


@dataclass(frozen=True)
class KioskInfo:
    number: int
    kiosk_id: str
    label: str
    enrolled_at: str
    disabled_at: str | None
    acked_through: int


class Office:
    def __init__(self, db: Database, rules: RuleBook) -> None:
        self.db = db
        self.rules = rules

    # ---- transactions ----------------------------------------------------------------------

    @contextmanager
    def reading(self) -> Iterator[None]:
        with self.db.connection_context():
            yield

    @contextmanager
    def writing(self) -> Iterator[int]:
        """One writer at a time; yields the change feed's current head."""
        with self.db.connection_context(), self.db.atomic():
            query = Counter.select(Counter.value).where(Counter.name == FEED)
            if isinstance(self.db, PostgresqlDatabase):
                query = query.for_update()
            yield int(query.scalar())

    def _set_head(self, value: int) -> None:
        Counter.update(value=value).where(Counter.name == FEED).execute()

    def create_schema(self, migrations: Migrations = MIGRATIONS) -> None:
        """Create or migrate the tables (`migrations.py`), then the feed's counters."""
        migrate(self.db, migrations)
        with self.db.connection_context(), self.db.atomic():
            for name in (FEED, WEBSITE_SEQ):
                Counter.insert(name=name, value=0).on_conflict_ignore().execute()
        with self.reading():
            newest = PublishedRules.select().order_by(PublishedRules.version.desc()).first()
        if newest is not None and newest.version > self.rules.version:
            self.rules = parse_rules(newest.text)

    # ---- kiosks ---------------------------------------------------------------------------

    def new_enrolment_code(self, label: str) -> str:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(10))
        with self.writing():
            EnrolmentCode.create(code_hash=_sha256(code), label=label, created_at=now_iso())
        return code

    def enrol(self, request: EnrolRequest) -> EnrolResponse:
        try:
            public_raw = base64.b64decode(request.public_key, validate=True)
        except ValueError as exc:
            raise EnrolmentRefused("the public key is not base64") from exc
        if len(public_raw) != 32:
            raise EnrolmentRefused("the public key is not a raw Ed25519 key")
        key_id = key_id_for(public_raw)
        with self.writing():
            code = EnrolmentCode.get_or_none(EnrolmentCode.code_hash == _sha256(request.code))
            if code is None or code.used_at is not None:
                raise EnrolmentRefused("unknown or already used enrolment code")
            if Kiosk.select().where(Kiosk.key_id == key_id).exists():
                raise EnrolmentRefused("this signing key is already enrolled")
            secret = secrets.token_urlsafe(32)
            number = (Kiosk.select(fn.MAX(Kiosk.number)).scalar() or 0) + 1
            kiosk = Kiosk.create(kiosk_id=str(uuid_lib.uuid4()), number=number,
                                 label=request.label, key_id=key_id,
                                 public_key=request.public_key, secret_hash=_sha256(secret),
                                 enrolled_at=now_iso())
            code.used_at = now_iso()
            code.save()
        return EnrolResponse(kiosk_id=kiosk.kiosk_id, kiosk_number=number, secret=secret)

    def authenticate(self, kiosk_id: str, secret: str) -> Kiosk | None:
        with self.reading():
            kiosk: Kiosk | None = Kiosk.get_or_none(Kiosk.kiosk_id == kiosk_id)
        if kiosk is None or kiosk.disabled_at is not None:
            return None
        return kiosk if hmac.compare_digest(kiosk.secret_hash, _sha256(secret)) else None

    def kiosks(self) -> list[KioskInfo]:
        with self.reading():
            return [KioskInfo(k.number, k.kiosk_id, k.label, k.enrolled_at, k.disabled_at,
                              k.acked_through) for k in Kiosk.select().order_by(Kiosk.number)]

    def disable_kiosk(self, number: int) -> KioskInfo:
        """Refuse the kiosk's requests from now on; every kiosk learns at its next pull
        that cards signed by this kiosk and never seen by the office are to be refused."""
        with self.writing() as head:
            kiosk = Kiosk.get_or_none(Kiosk.number == number)
            if kiosk is None:
                raise LookupError(f"no kiosk number {number}")
            if kiosk.disabled_at is None:
                kiosk.disabled_at = now_iso()
                kiosk.save()
                self._set_head(head + 1)      # kiosks pull the key's new state
        return next(k for k in self.kiosks() if k.number == number)

    # ---- events ---------------------------------------------------------------------------

    def accept(self, kiosk_id: str, batch: EventBatch) -> BatchResult:
        now = now_iso()
        with self.writing() as head:
            kiosk = Kiosk.get_or_none(Kiosk.kiosk_id == kiosk_id)
            if kiosk is None or kiosk.disabled_at is not None:
                raise KioskDisabled(kiosk_id)
            result, change_ids, votes = accept_batch(kiosk, batch, now, head + 1)
            self._set_head(head + len(change_ids))
            if votes:
                month = rankings.month_of(datetime.fromisoformat(now), self.rules.timezone)
                rankings.add_votes(votes, month, now)
        return result

    # ---- the website ----------------------------------------------------------------------

    def new_website_key(self, label: str) -> str:
        key = secrets.token_urlsafe(32)
        with self.writing():
            WebsiteKey.create(key_hash=_sha256(key), label=label, created_at=now_iso())
        return key

    def website_allowed(self, key: str) -> bool:
        with self.reading():
            return WebsiteKey.get_or_none(WebsiteKey.key_hash == _sha256(key)) is not None

    def website_login(self, login_id: str, password: str) -> str | None:
        """The producer number this website login opens, or None. Checked against the hash
        the producer's latest registration or password reset brought from a kiosk."""
        login_id = "".join(login_id.split())          # as printed: `kq7m xtar`
        with self.reading():
            producer = OfficeProducer.get_or_none(OfficeProducer.login_id == login_id)
        # Hash even for an unknown login, so timing does not reveal which logins exist.
        ok = verify_password(producer.password_hash if producer else _dummy_hash(), password)
        return str(producer.number) if ok and producer is not None else None

    def daily_login(self, login: DailyLogin) -> DailyLoginResult:
        """+N push points for a day the producer logged in to the website, once a day."""
        event_id = f"daily-login:{login.producer_number}:{login.day}"
        with self.writing() as head:
            producer = OfficeProducer.get_or_none(
                OfficeProducer.number == login.producer_number)
            if producer is None:
                raise UnknownProducer(login.producer_number)
            if OfficeEvent.select().where(OfficeEvent.uuid == event_id).exists():
                return DailyLoginResult(status="already_credited",
                                        push_points=producer.push_points)
            points = self.rules.push_points_per_daily_login
            Counter.update(value=Counter.value + 1).where(Counter.name == WEBSITE_SEQ).execute()
            seq = int(Counter.get(Counter.name == WEBSITE_SEQ).value)
            OfficeEvent.create(
                uuid=event_id, kiosk_id="website", seq=seq,
                producer_number=producer.number, kind="daily_login", pv_delta=0,
                push_delta=points, votes=0, content_hash=_sha256(event_id),
                recorded_at=now_iso(), received_at=now_iso())
            producer.push_points += points
            producer.change_id = head + 1
            producer.save()
            self._set_head(head + 1)
        return DailyLoginResult(status="credited", push_points=producer.push_points)

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

    # ---- cast roster and rules -------------------------------------------------------------

    def set_cast_member(self, cast_id: str, stage_name_ja: str, stage_name_en: str,
                        active: bool = True, sort_order: int = 0) -> None:
        with self.writing() as head:
            OfficeCast.insert(cast_id=cast_id, stage_name_ja=stage_name_ja,
                              stage_name_en=stage_name_en, active=int(active),
                              sort_order=sort_order, change_id=head + 1).on_conflict(
                conflict_target=[OfficeCast.cast_id],
                update={OfficeCast.stage_name_ja: stage_name_ja,
                        OfficeCast.stage_name_en: stage_name_en,
                        OfficeCast.active: int(active), OfficeCast.sort_order: sort_order,
                        OfficeCast.change_id: head + 1}).execute()
            self._set_head(head + 1)

    def cast(self) -> list[OfficeCast]:
        with self.reading():
            return list(OfficeCast.select().order_by(OfficeCast.sort_order, OfficeCast.cast_id))

    def publish_rules(self, text: str) -> RuleBook:
        """Validate a rules file and send it to every kiosk; its version must be new."""
        try:
            rules = parse_rules(text)
        except ValueError as exc:
            raise RulesRefused(str(exc)) from exc
        with self.writing() as head:
            newest = PublishedRules.select(fn.MAX(PublishedRules.version)).scalar()
            current = max(newest or 0, self.rules.version)
            if rules.version <= current:
                raise RulesRefused(f"version {rules.version} is not newer than {current}; "
                                   "raise 'version' in the file")
            PublishedRules.create(version=rules.version, text=text, published_at=now_iso(),
                                  change_id=head + 1)
            self._set_head(head + 1)
        self.rules = rules
        return rules

    # ---- rankings and the feed -------------------------------------------------------------

    def ranking(self, period: str) -> RankingBoard:
        top = self.rules.ranking_honoured_top
        with self.reading():
            if len(period) == 4:
                return rankings.yearly_board(period, top)
            return rankings.monthly_board(period, top)

    def changes(self, since: int, limit: int = 1000) -> Changes:
        with self.reading():
            return feed.changes_page(since, limit, datetime.now(UTC), self.rules)
