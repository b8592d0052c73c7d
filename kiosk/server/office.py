"""The office's use cases: enrol a kiosk, accept a batch of its events, serve changes.

Events are idempotent by UUID: the same event again is a no-op ("duplicate"), the same
UUID with other content is a "conflict"; an event that cannot apply (unknown producer) is
recorded as "rejected" and reported, and never blocks the rest of the batch. Every balance
change moves the producer to the head of the change feed, which pulls read in order.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid as uuid_lib
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from peewee import Database, fn

from kiosk.domain.rules import RuleBook
from kiosk.server.models import (
    OFFICE_MODELS,
    CastMonth,
    Counter,
    EnrolmentCode,
    Kiosk,
    OfficeCard,
    OfficeEvent,
    OfficeProducer,
    WebsiteKey,
)
from kiosk.sync.protocol import (
    BatchResult,
    CardState,
    Changes,
    DailyLogin,
    DailyLoginResult,
    EnrolRequest,
    EnrolResponse,
    EventBatch,
    EventIn,
    EventResult,
    KioskKey,
    ProducerBalance,
    RankingBoard,
    RankingEntry,
)

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
FEED = "changes"
WEBSITE_SEQ = "website_seq"


class EnrolmentRefused(ValueError):
    pass


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


class UnknownProducer(LookupError):
    pass


class Office:
    def __init__(self, db: Database, rules: RuleBook) -> None:
        self.db = db
        self.rules = rules

    def create_schema(self) -> None:
        with self.db.atomic():
            self.db.create_tables(OFFICE_MODELS)
            for name in (FEED, WEBSITE_SEQ):
                Counter.insert(name=name, value=0).on_conflict_ignore().execute()

    # ---- kiosks ---------------------------------------------------------------------------

    def new_enrolment_code(self, label: str) -> str:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(10))
        EnrolmentCode.create(code_hash=_sha256(code), label=label, created_at=now_iso())
        return code

    def enrol(self, request: EnrolRequest) -> EnrolResponse:
        import base64

        from kiosk.domain.tokens import key_id_for

        public_raw = base64.b64decode(request.public_key)
        if len(public_raw) != 32:
            raise EnrolmentRefused("the public key is not a raw Ed25519 key")
        with self.db.atomic():
            code = EnrolmentCode.get_or_none(EnrolmentCode.code_hash == _sha256(request.code))
            if code is None or code.used_at is not None:
                raise EnrolmentRefused("unknown or already used enrolment code")
            secret = secrets.token_urlsafe(32)
            number = (Kiosk.select(fn.MAX(Kiosk.number)).scalar() or 0) + 1
            kiosk = Kiosk.create(kiosk_id=str(uuid_lib.uuid4()), number=number,
                                 label=request.label, key_id=key_id_for(public_raw),
                                 public_key=request.public_key, secret_hash=_sha256(secret),
                                 enrolled_at=now_iso())
            code.used_at = now_iso()
            code.save()
        return EnrolResponse(kiosk_id=kiosk.kiosk_id, kiosk_number=number, secret=secret)

    def authenticate(self, kiosk_id: str, secret: str) -> Kiosk | None:
        kiosk: Kiosk | None = Kiosk.get_or_none(Kiosk.kiosk_id == kiosk_id)
        if kiosk is None or kiosk.disabled_at is not None:
            return None
        return kiosk if hmac.compare_digest(kiosk.secret_hash, _sha256(secret)) else None

    # ---- events ---------------------------------------------------------------------------

    def accept(self, kiosk: Kiosk, batch: EventBatch) -> BatchResult:
        results: list[EventResult] = []
        with self.db.atomic():
            for event in sorted(batch.events, key=lambda e: e.seq):
                results.append(self._accept_one(kiosk, event))
            acked = self._advance_acked(kiosk)
        return BatchResult(acked_through=acked, results=results)

    def _accept_one(self, kiosk: Kiosk, event: EventIn) -> EventResult:
        digest = _sha256(event.model_dump_json())
        earlier = OfficeEvent.get_or_none(OfficeEvent.uuid == event.uuid)
        if earlier is not None:
            if earlier.content_hash == digest:
                return EventResult(uuid=event.uuid, status="duplicate")
            return EventResult(uuid=event.uuid, status="conflict",
                               reason="this UUID was sent before with other content")
        if OfficeEvent.select().where((OfficeEvent.kiosk_id == kiosk.kiosk_id)
                                      & (OfficeEvent.seq == event.seq)).exists():
            return EventResult(uuid=event.uuid, status="conflict",
                               reason=f"sequence {event.seq} was used by another event")
        producer = OfficeProducer.get_or_none(OfficeProducer.number == event.producer_number)
        if event.kind == "registration":
            record = event.producer
            if record is None or record.number != event.producer_number:
                return EventResult(uuid=event.uuid, status="rejected",
                                   reason="a registration must carry its producer")
            if producer is None:
                producer = OfficeProducer.create(
                    number=record.number, nickname=record.nickname, language=record.language,
                    login_id=record.login_id, password_hash=record.password_hash,
                    kiosk_id=kiosk.kiosk_id, change_id=0)
                OfficeCard.create(card_id=record.card_id, generation=record.generation,
                                  producer_number=record.number, key_id=record.key_id)
        elif producer is None:
            return EventResult(uuid=event.uuid, status="rejected", reason="unknown producer")
        OfficeEvent.create(
            uuid=event.uuid, kiosk_id=kiosk.kiosk_id, seq=event.seq,
            producer_number=event.producer_number, kind=event.kind,
            pv_delta=event.pv_delta, push_delta=event.push_delta, votes=event.votes,
            cast_id=event.cast_id, content_hash=digest,
            recorded_at=event.recorded_at.isoformat(), received_at=now_iso())
        producer.pv_earned += event.pv_delta
        producer.push_points += event.push_delta      # may go negative: flagged, not dropped
        producer.change_id = self._next(FEED)
        producer.save()
        if event.cast_id is not None and event.votes:
            self._tally(event.cast_id, event.votes)
        return EventResult(uuid=event.uuid, status="stored")

    def _tally(self, cast_id: str, votes: int) -> None:
        """Votes count in the month of the office's clock (Tokyo), never a kiosk's clock."""
        now = datetime.now(UTC)
        month = now.astimezone(ZoneInfo(self.rules.timezone)).strftime("%Y-%m")
        CastMonth.insert(cast_id=cast_id, month=month, votes=votes,
                         first_reached=now.isoformat()).on_conflict(
            conflict_target=[CastMonth.cast_id, CastMonth.month],
            update={CastMonth.votes: CastMonth.votes + votes}).execute()

    def _advance_acked(self, kiosk: Kiosk) -> int:
        """Move the kiosk's gap-free mark past every event now stored after it."""
        stored = Kiosk.get_by_id(kiosk.kiosk_id)
        acked = int(stored.acked_through)
        following = (OfficeEvent.select(OfficeEvent.seq)
                     .where((OfficeEvent.kiosk_id == kiosk.kiosk_id)
                            & (OfficeEvent.seq > acked))
                     .order_by(OfficeEvent.seq))
        for event in following:
            if event.seq != acked + 1:
                break                              # a gap: an event has not arrived yet
            acked = event.seq
        Kiosk.update(acked_through=acked).where(Kiosk.kiosk_id == kiosk.kiosk_id).execute()
        return acked

    def _next(self, counter: str) -> int:
        Counter.update(value=Counter.value + 1).where(Counter.name == counter).execute()
        return int(Counter.get(Counter.name == counter).value)

    # ---- the website -----------------------------------------------------------------------

    def new_website_key(self, label: str) -> str:
        key = secrets.token_urlsafe(32)
        WebsiteKey.create(key_hash=_sha256(key), label=label, created_at=now_iso())
        return key

    def website_allowed(self, key: str) -> bool:
        return WebsiteKey.get_or_none(WebsiteKey.key_hash == _sha256(key)) is not None

    def daily_login(self, login: DailyLogin) -> DailyLoginResult:
        """+N push points for a day the producer logged in to the website, once a day."""
        event_id = f"daily-login:{login.producer_number}:{login.day}"
        with self.db.atomic():
            producer = OfficeProducer.get_or_none(
                OfficeProducer.number == login.producer_number)
            if producer is None:
                raise UnknownProducer(login.producer_number)
            if OfficeEvent.select().where(OfficeEvent.uuid == event_id).exists():
                return DailyLoginResult(status="already_credited",
                                        push_points=producer.push_points)
            points = self.rules.push_points_per_daily_login
            OfficeEvent.create(
                uuid=event_id, kiosk_id="website", seq=self._next(WEBSITE_SEQ),
                producer_number=producer.number, kind="daily_login", pv_delta=0,
                push_delta=points, votes=0, content_hash=_sha256(event_id),
                recorded_at=now_iso(), received_at=now_iso())
            producer.push_points += points
            producer.change_id = self._next(FEED)
            producer.save()
        return DailyLoginResult(status="credited", push_points=producer.push_points)

    # ---- rankings --------------------------------------------------------------------------

    def ranking(self, month: str) -> RankingBoard:
        """The month's top N; ties go to whoever reached the tally first, then by id."""
        rows = (CastMonth.select().where(CastMonth.month == month)
                .order_by(CastMonth.votes.desc(), CastMonth.first_reached, CastMonth.cast_id)
                .limit(self.rules.ranking_honoured_top))
        return RankingBoard(month=month, entries=[
            RankingEntry(position=i + 1, cast_id=row.cast_id, votes=row.votes)
            for i, row in enumerate(rows)])

    # ---- changes --------------------------------------------------------------------------

    def changes(self, since: int, limit: int = 1000) -> Changes:
        rows = list(OfficeProducer.select().where(OfficeProducer.change_id > since)
                    .order_by(OfficeProducer.change_id).limit(limit + 1))
        more = len(rows) > limit
        rows = rows[:limit]
        numbers = [row.number for row in rows]
        cards: dict[str, list[CardState]] = {}
        for card in OfficeCard.select().where(OfficeCard.producer_number.in_(numbers)):
            cards.setdefault(card.producer_number, []).append(CardState(
                card_id=card.card_id, generation=card.generation,
                revoked=card.revoked_at is not None))
        producers = [ProducerBalance(
            number=row.number, nickname=row.nickname, language=row.language,
            login_id=row.login_id, password_hash=row.password_hash,
            pv_earned=row.pv_earned, push_points=row.push_points,
            cards=cards.get(row.number, [])) for row in rows]
        keys = [KioskKey(key_id=k.key_id, public_key=k.public_key,
                         revoked=k.disabled_at is not None) for k in Kiosk.select()]
        return Changes(cursor=rows[-1].change_id if rows else since,
                       server_time=datetime.now(UTC), producers=producers, kiosk_keys=keys,
                       more=more)
