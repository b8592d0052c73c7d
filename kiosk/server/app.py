"""The office's HTTP API (FastAPI). Thin: authentication and translation to `Office` calls.

Kiosks authenticate every request with `Authorization: Bearer <kiosk id>.<secret>`, the
credential they received at enrolment; a disabled kiosk is refused. Every status an
operation can answer is in `/openapi.json` (`api_docs.py`), with the links between
operations that a stateful client follows.
"""

# No `from __future__ import annotations` here: FastAPI reads these annotations at
# definition time, and the dependency below is a local function.
import gc
import pathlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Path, Query, Request, Response, Security
from fastapi.exceptions import RequestValidationError
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from peewee import PeeweeException, SqliteDatabase
from playhouse.db_url import connect
from pydantic import BaseModel

from kiosk.domain.rules import RuleBook, parse_rules
from kiosk.paths import rules_path
from kiosk.server.api_docs import LINKS, answers, with_exact_bounds
from kiosk.server.console import add_console
from kiosk.server.intake import EventWindow
from kiosk.server.limits import BodyLimit, OneValuePerQueryParameter, validation_failed
from kiosk.server.migrations import MIGRATIONS, Migrations, OfficeSchema
from kiosk.server.models import Kiosk, office_db
from kiosk.server.office import (
    EnrolmentConflict,
    EnrolmentRefused,
    KioskDisabled,
    Office,
    UnknownProducer,
)
from kiosk.server.office.throttles import throttle_key
from kiosk.server.wal_checkpoints import OFFICE_PRAGMAS, WalCheckpointer
from kiosk.server.web import add_website
from kiosk.sync.protocol import (
    BatchResult,
    Changes,
    DailyLogin,
    DailyLoginResult,
    EnrolRequest,
    EnrolResponse,
    EventBatch,
    HealthAnswer,
    KioskHealth,
    PullReport,
    PullReportResult,
    RankingBoard,
)


class Health(BaseModel):
    status: str
    schema_version: int


def open_office(database: str, rules: RuleBook | None = None,
                migrations: Migrations = MIGRATIONS, window: EventWindow | None = None
                ) -> Office:
    """`database`: a file path (SQLite) or a URL such as postgresql://user@host/office.

    Creates the schema in an empty database and migrates an older one (`migrations.py`);
    raises `OfficeSchemaError` for a database newer than this code."""
    if "://" not in database:
        pathlib.Path(database).parent.mkdir(parents=True, exist_ok=True)
        # Pooled like PostgreSQL: reopening per request costs a WAL checkpoint on close.
        db = connect(f"sqlite+pool:///{database}", lock_type="IMMEDIATE", max_connections=16,
                     check_same_thread=False, stale_timeout=300, timeout=30,
                     pragmas=OFFICE_PRAGMAS)
    elif database.startswith(("postgresql://", "postgres://")):
        from kiosk.server.pg_pool import pooled_postgresql  # PostgreSQL's drivers only here

        # A pool: each request borrows a connection and gives it back.
        db = pooled_postgresql(database, max_connections=32, stale_timeout=300,
                               timeout=30)   # a 33rd concurrent request waits for one
    else:
        db = connect(database)
    office_db.initialize(db)
    if rules is None:
        rules = parse_rules(rules_path().read_text(encoding="utf-8"))
    office = Office(db, rules, window)
    try:
        office.create_schema(migrations)
    except BaseException:
        close_all = getattr(db, "close_all", None)     # the pools: no connection left open
        if close_all is not None:
            close_all()
        raise
    return office


ENROLMENT_FREE_TRIES = 10          # wrong enrolment codes from one address before a lock


def create_app(office: Office) -> FastAPI:
    @asynccontextmanager
    async def serving(_app: FastAPI) -> AsyncIterator[None]:
        """While a server runs the app: the SQLite office's WAL checkpoints in a thread, and
        everything built before the first request (the app, its schemas, the office) set
        aside from the garbage collector: its full collections, which a 2,000-event batch
        sets off, then walk what requests made instead of the whole server (one took 40 ms)."""
        checkpoints = (WalCheckpointer(office.db.database).start()
                       if isinstance(office.db, SqliteDatabase) else None)
        gc.freeze()
        try:
            yield
        finally:
            gc.unfreeze()
            if checkpoints is not None:
                checkpoints.stop()

    app = FastAPI(title="Producer Kiosk office", version="2", lifespan=serving)
    app.add_middleware(BodyLimit)
    app.add_middleware(OneValuePerQueryParameter)
    app.add_exception_handler(RequestValidationError, validation_failed)
    bearer = HTTPBearer(auto_error=False, scheme_name="kioskCredential",
                        description="`<kiosk id>.<secret>` from enrolment")
    website_key = APIKeyHeader(name="X-Website-Key", auto_error=False,
                               scheme_name="websiteKey")

    def kiosk_from(credentials: Annotated[HTTPAuthorizationCredentials | None,
                                          Security(bearer)]) -> Kiosk:
        if credentials is None:
            raise HTTPException(401, "missing kiosk credential")
        kiosk_id, _, secret = credentials.credentials.partition(".")
        kiosk = office.authenticate(kiosk_id, secret)
        if kiosk is None:
            raise HTTPException(401, "unknown, wrong or disabled kiosk credential")
        return kiosk

    def own_kiosk(kiosk_id: str, kiosk: Annotated[Kiosk, Depends(kiosk_from)]) -> Kiosk:
        if kiosk.kiosk_id != kiosk_id:
            raise HTTPException(403, "a kiosk may only send its own events")
        return kiosk

    @app.get("/v1/health", response_model=Health, operation_id="health",
             responses=answers(503))
    def health() -> Health:
        """For load balancers and container health checks: no credential, one cheap query."""
        try:
            with office.reading():
                version = OfficeSchema.select(OfficeSchema.version).order_by(
                    OfficeSchema.version.desc()).scalar()
        except (PeeweeException, OSError) as exc:
            raise HTTPException(503, "the office cannot reach its database") from exc
        return Health(status="ok", schema_version=int(version))

    @app.post("/v1/enrol", response_model=EnrolResponse, operation_id="enrol",
              responses=answers(403, 409, 413, 422, 429, links=LINKS["enrol"]))
    def enrol(request: EnrolRequest, http: Request) -> EnrolResponse:
        """A new kiosk sends its one-time code and public key. Sending the same code and
        key again (the answer was lost) gives the same kiosk a new secret, until the kiosk
        has used its credential once. Wrong codes from one address are limited (429)."""
        address = throttle_key("enrol", http.client.host if http.client else "?")
        wait = office.locked_for([address])
        if wait:
            raise HTTPException(429, "too many wrong enrolment codes from this address; "
                                     "try again later", headers={"Retry-After": str(wait)})
        try:
            return office.enrol(request)
        except EnrolmentConflict as exc:
            raise HTTPException(409, str(exc)) from exc
        except EnrolmentRefused as exc:
            office.count_failure([(address, ENROLMENT_FREE_TRIES)])
            raise HTTPException(403, str(exc)) from exc

    @app.post("/v1/kiosks/{kiosk_id}/health", response_model=HealthAnswer,
              operation_id="report_health", responses=answers(401, 403, 413, 422))
    def report_health(health: KioskHealth,
                      kiosk: Annotated[Kiosk, Depends(own_kiosk)]) -> HealthAnswer:
        """After each sync pass a kiosk says how it is (version, events waiting, store and
        disk, card printer, last error); the office notes its clock's offset. Shown on the
        manager console's kiosks page; kiosks from before this report never send it."""
        return office.record_health(kiosk.kiosk_id, health)

    @app.post("/v1/kiosks/{kiosk_id}/events", response_model=BatchResult,
              operation_id="push_events",
              responses=answers(401, 403, 413, 422, links=LINKS["push_events"]))
    def push_events(batch: EventBatch,
                    kiosk: Annotated[Kiosk, Depends(own_kiosk)]) -> Response:
        """Up to 5,000 events in sequence order. Each is stored, a duplicate, a conflict, a
        clash of sequence numbers, or rejected with its reason and no effect; the answer
        says which, per event. A batch sent while the one before is still at the office
        names that one's last event (`after_event`) and is taken in after it, or, when the
        office does not hold that event and is not taking in a batch of this kiosk, is
        answered "deferred" whole with nothing stored."""
        try:
            answer = office.accept(kiosk.kiosk_id, batch)
        except KioskDisabled as exc:
            raise HTTPException(401, "this kiosk has been disabled") from exc
        # Written out directly: FastAPI would turn the answer into plain data, validate that
        # against BatchResult again and write it out, 5,000 results each time.
        return Response(answer.model_dump_json(), media_type="application/json")

    @app.post("/v1/kiosks/{kiosk_id}/pull-problems", response_model=PullReportResult,
              operation_id="report_pull_problems", responses=answers(401, 403, 413, 422))
    def report_pull_problems(report: PullReport,
                             kiosk: Annotated[Kiosk, Depends(own_kiosk)]) -> PullReportResult:
        """Records of the change feed the kiosk could not apply and skipped, for staff at
        the office (`kiosk-server pull-problems`; `kiosk-server quarantine` sets a record
        aside)."""
        return office.report_pull_problems(kiosk, report)

    @app.post("/v1/website/daily-logins", response_model=DailyLoginResult,
              operation_id="daily_login", responses=answers(401, 404, 413, 422))
    def daily_login(login: DailyLogin,
                    key: Annotated[str | None, Security(website_key)]) -> DailyLoginResult:
        """Called by the café website when a producer logs in (once a day counts)."""
        if not key or not office.website_allowed(key):
            raise HTTPException(401, "missing or wrong website key")
        try:
            return office.daily_login(login)
        except UnknownProducer as exc:
            raise HTTPException(404, f"no producer {exc}") from exc

    @app.get("/v1/rankings/{period}", response_model=RankingBoard, operation_id="ranking",
             responses=answers(401))
    def ranking(period: Annotated[str, Path(pattern=r"^[0-9]{4}(-(0[1-9]|1[0-2]))?$")],
                kiosk: Annotated[Kiosk, Depends(kiosk_from)]) -> RankingBoard:
        """A month's board (YYYY-MM) or the year's table (YYYY), Tokyo time."""
        return office.ranking(period)

    @app.get("/v1/changes", response_model=Changes, operation_id="changes",
             responses=answers(401, links=LINKS["changes"]))
    def changes(kiosk: Annotated[Kiosk, Depends(kiosk_from)],
                since: Annotated[int, Query(ge=0, le=2**63 - 1)] = 0,
                limit: Annotated[int, Query(ge=1, le=5000)] = 1000) -> Changes:
        """The change feed after cursor `since`: balances, cards, kiosk keys, and on the
        last page the roster, rules and ranking boards."""
        return office.changes(since, limit)

    add_website(app, office)
    add_console(app, office)
    app.openapi = with_exact_bounds(app)  # type: ignore[method-assign]
    return app
