"""The office's kiosks: enrolment, credentials, disabling a lost one, and the records they
report they could not apply (their event batches: `event_batches.py`).

Enrolment is idempotent for the same signing key: if the answer (the kiosk's credential) is
lost on the way, the kiosk sends the same code and key again and gets the same kiosk, with
a new secret (the lost one is never valid), until its first authenticated request shows
that it has its credential.
"""

from __future__ import annotations

import base64
import hmac
import json
import logging
import secrets
import uuid as uuid_lib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from peewee import fn

from kiosk.domain.tokens import key_id_for
from kiosk.server.kiosk_health import PROBLEMS, judge, parse_health
from kiosk.server.models import EnrolmentCode, Kiosk, KioskReport, tuples
from kiosk.server.office.base import (
    EnrolmentConflict,
    EnrolmentRefused,
    OfficeBase,
    now_iso,
    sha256,
)
from kiosk.sync.protocol import (
    EnrolRequest,
    EnrolResponse,
    HealthAnswer,
    KioskHealth,
    PullReport,
    PullReportResult,
)

log = logging.getLogger(__name__)
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
SEEN_EVERY = timedelta(minutes=1)         # how often "last heard from" is written


@dataclass(frozen=True)
class KioskInfo:
    number: int
    kiosk_id: str
    label: str
    enrolled_at: str
    disabled_at: str | None
    acked_through: int


@dataclass(frozen=True)
class ReportedRecord:
    kiosk: int
    kind: str
    key: str
    reason: str
    received_at: str


@dataclass(frozen=True)
class KioskCondition:
    info: KioskInfo
    last_seen_at: str | None
    health: dict[str, Any]
    problems: list[str]
    silent_for: timedelta | None


def _kiosk_order(kiosk: KioskCondition) -> tuple[int, int, int]:
    if kiosk.info.disabled_at:
        return (2, 0, kiosk.info.number)
    if kiosk.problems:
        return (0, PROBLEMS.index(kiosk.problems[0]), kiosk.info.number)
    return (1, 0, kiosk.info.number)


class KioskDesk(OfficeBase):

    # ---- enrolment ----------------------------------------------------------------------

    def new_enrolment_code(self, label: str) -> str:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(10))
        with self.writing():
            EnrolmentCode.create(code_hash=sha256(code), label=label, created_at=now_iso())
        return code

    def enrol(self, request: EnrolRequest) -> EnrolResponse:
        try:
            public_raw = base64.b64decode(request.public_key, validate=True)
        except ValueError as exc:
            raise EnrolmentRefused("the public key is not base64") from exc
        if len(public_raw) != 32:
            raise EnrolmentRefused("the public key is not a raw Ed25519 key")
        key_id = key_id_for(public_raw)
        secret = secrets.token_urlsafe(32)
        with self.writing():
            code = EnrolmentCode.get_or_none(
                EnrolmentCode.code_hash == sha256(request.code.upper()))
            if code is None:
                raise EnrolmentRefused("unknown enrolment code")
            kiosk = Kiosk.get_or_none(Kiosk.key_id == key_id)
            if kiosk is not None:
                if code.kiosk_id != kiosk.kiosk_id or kiosk.first_seen_at is not None \
                        or kiosk.disabled_at is not None:
                    raise EnrolmentConflict(f"this signing key is enrolled already, as kiosk "
                                            f"{kiosk.number}")
                kiosk.secret_hash = sha256(secret)     # the lost answer's secret is void
                kiosk.save()
                log.info("kiosk %d enrolled again with the same code and key (the first "
                         "answer was lost)", kiosk.number)
                return EnrolResponse(kiosk_id=kiosk.kiosk_id, kiosk_number=kiosk.number,
                                     secret=secret)
            if code.used_at is not None:
                raise EnrolmentRefused("this enrolment code was used already")
            number = (Kiosk.select(fn.MAX(Kiosk.number)).scalar() or 0) + 1
            kiosk = Kiosk.create(kiosk_id=str(uuid_lib.uuid4()), number=number,
                                 label=request.label, key_id=key_id,
                                 public_key=request.public_key, secret_hash=sha256(secret),
                                 enrolled_at=now_iso())
            code.used_at = now_iso()
            code.kiosk_id = kiosk.kiosk_id
            code.save()
        return EnrolResponse(kiosk_id=kiosk.kiosk_id, kiosk_number=number, secret=secret)

    def authenticate(self, kiosk_id: str, secret: str) -> Kiosk | None:
        with self.reading():
            kiosk: Kiosk | None = Kiosk.get_or_none(Kiosk.kiosk_id == kiosk_id)
        if kiosk is None or kiosk.disabled_at is not None:
            return None
        if not hmac.compare_digest(kiosk.secret_hash, sha256(secret)):
            return None
        if kiosk.first_seen_at is None:         # it has its credential: no enrolment retry
            with self.writing():
                Kiosk.update(first_seen_at=now_iso()).where(
                    (Kiosk.kiosk_id == kiosk_id) & Kiosk.first_seen_at.is_null()).execute()
        self._heard_from(kiosk)
        return kiosk

    def _heard_from(self, kiosk: Kiosk) -> None:
        """Note when the kiosk was last heard from (for the console), at most once a
        minute, outside the change feed's lock."""
        now = datetime.now(UTC)
        if kiosk.last_seen_at and now - datetime.fromisoformat(kiosk.last_seen_at) < SEEN_EVERY:
            return
        with self.db.connection_context(), self.db.atomic():
            Kiosk.update(last_seen_at=now.isoformat(timespec="seconds")).where(
                Kiosk.kiosk_id == kiosk.kiosk_id).execute()

    # ---- the chain's kiosks ---------------------------------------------------------------

    def kiosks(self) -> list[KioskInfo]:
        with self.reading():
            return [KioskInfo(k.number, k.kiosk_id, k.label, k.enrolled_at, k.disabled_at,
                              k.acked_through) for k in Kiosk.select().order_by(Kiosk.number)]

    def record_health(self, kiosk_id: str, health: KioskHealth) -> HealthAnswer:
        now = datetime.now(UTC)
        offset = round((health.sent_at - now).total_seconds())
        report = {**health.model_dump(mode="json"), "clock_offset_s": offset,
                  "received_at": now.isoformat(timespec="seconds")}
        with self.db.connection_context(), self.db.atomic():
            Kiosk.update(health=json.dumps(report), last_seen_at=report["received_at"]).where(
                Kiosk.kiosk_id == kiosk_id).execute()
        return HealthAnswer(clock_offset_s=offset)

    def kiosk_conditions(self) -> list[KioskCondition]:
        """Every kiosk with what the console shows about it: problems first (the worst
        first), then the others by number; disabled kiosks last."""
        now = datetime.now(UTC)
        with self.reading():
            rows = list(Kiosk.select().order_by(Kiosk.number))
        found = []
        for k in rows:
            health = parse_health(k.health)
            judged = judge(k.last_seen_at, health, now)
            found.append(KioskCondition(
                KioskInfo(k.number, k.kiosk_id, k.label, k.enrolled_at, k.disabled_at,
                          k.acked_through), k.last_seen_at, health, judged.problems,
                judged.silent_for))
        return sorted(found, key=_kiosk_order)

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

    # ---- what kiosks could not apply --------------------------------------------------------

    def report_pull_problems(self, kiosk: Kiosk, report: PullReport) -> PullReportResult:
        now = now_iso()
        with self.writing():
            for problem in report.problems:
                log.error("kiosk %d could not apply %s %r: %s", kiosk.number, problem.kind,
                          problem.key, problem.reason)
                KioskReport.create(kiosk_id=kiosk.kiosk_id, received_at=now,
                                   kind=problem.kind, key=problem.key, reason=problem.reason)
        return PullReportResult(stored=len(report.problems))

    def pull_problems(self, limit: int = 50) -> list[ReportedRecord]:
        query = (KioskReport.select(Kiosk.number, KioskReport.kind, KioskReport.key,
                                    KioskReport.reason, KioskReport.received_at)
                 .join(Kiosk, on=(Kiosk.kiosk_id == KioskReport.kiosk_id))
                 .order_by(KioskReport.id.desc()).limit(limit))
        with self.reading():
            return [ReportedRecord(*row) for row in tuples(query)]
