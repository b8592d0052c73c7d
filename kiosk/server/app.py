"""The office's HTTP API (FastAPI). Thin: authentication and translation to `Office` calls.

Kiosks authenticate every request with `Authorization: Bearer <kiosk id>.<secret>`, the
credential they received at enrolment; a disabled kiosk is refused.
"""

# No `from __future__ import annotations` here: FastAPI reads these annotations at
# definition time, and the dependency below is a local function.
import pathlib
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException, Path, Query
from fastapi.exceptions import RequestValidationError
from peewee import PeeweeException
from playhouse.db_url import connect
from pydantic import BaseModel

from kiosk.domain.rules import RuleBook, parse_rules
from kiosk.paths import rules_path
from kiosk.server.limits import BodyLimit, validation_failed
from kiosk.server.migrations import MIGRATIONS, Migrations, OfficeSchema
from kiosk.server.models import Kiosk, office_db
from kiosk.server.office import EnrolmentRefused, KioskDisabled, Office, UnknownProducer
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


class Health(BaseModel):
    status: str
    schema_version: int


def open_office(database: str, rules: RuleBook | None = None,
                migrations: Migrations = MIGRATIONS) -> Office:
    """`database`: a file path (SQLite) or a URL such as postgresql://user@host/office.

    Creates the schema in an empty database and migrates an older one (`migrations.py`);
    raises `OfficeSchemaError` for a database newer than this code."""
    if "://" not in database:
        pathlib.Path(database).parent.mkdir(parents=True, exist_ok=True)
        # Pooled like PostgreSQL: reopening per request costs a WAL checkpoint on close.
        db = connect(f"sqlite+pool:///{database}", lock_type="IMMEDIATE", max_connections=16,
                     check_same_thread=False,
                     stale_timeout=300, timeout=30, pragmas={
                         "journal_mode": "wal", "synchronous": "full", "foreign_keys": 1,
                         "busy_timeout": 10_000})
    elif database.startswith(("postgresql://", "postgres://")):
        # A pool: each request borrows a connection and gives it back.
        rest = database.split("://", 1)[1]
        db = connect(f"psycopg3+pool://{rest}", max_connections=32, stale_timeout=300,
                     timeout=30)    # a 33rd concurrent request waits for a connection
    else:
        db = connect(database)
    office_db.initialize(db)
    if rules is None:
        rules = parse_rules(rules_path().read_text(encoding="utf-8"))
    office = Office(db, rules)
    try:
        office.create_schema(migrations)
    except BaseException:
        close_all = getattr(db, "close_all", None)     # the pools: no connection left open
        if close_all is not None:
            close_all()
        raise
    return office


def create_app(office: Office) -> FastAPI:
    app = FastAPI(title="Producer Kiosk office", version="1")
    app.add_middleware(BodyLimit)
    app.add_exception_handler(RequestValidationError, validation_failed)

    def kiosk_from(authorization: Annotated[str | None, Header()] = None) -> Kiosk:
        if not authorization or not authorization.startswith("Bearer "):
            raise HTTPException(401, "missing kiosk credential")
        kiosk_id, _, secret = authorization.removeprefix("Bearer ").partition(".")
        kiosk = office.authenticate(kiosk_id, secret)
        if kiosk is None:
            raise HTTPException(401, "unknown, wrong or disabled kiosk credential")
        return kiosk

    @app.get("/v1/health", response_model=Health,
             responses={503: {"description": "the office cannot reach its database"}})
    def health() -> Health:
        """For load balancers and container health checks: no credential, one cheap query."""
        try:
            with office.reading():
                version = OfficeSchema.select(OfficeSchema.version).order_by(
                    OfficeSchema.version.desc()).scalar()
        except (PeeweeException, OSError) as exc:
            raise HTTPException(503, "the office cannot reach its database") from exc
        return Health(status="ok", schema_version=int(version))

    @app.post("/v1/enrol", response_model=EnrolResponse)
    def enrol(request: EnrolRequest) -> EnrolResponse:
        try:
            return office.enrol(request)
        except EnrolmentRefused as exc:
            raise HTTPException(403, str(exc)) from exc

    @app.post("/v1/kiosks/{kiosk_id}/events", response_model=BatchResult)
    def push_events(kiosk_id: str, batch: EventBatch,
                    kiosk: Annotated[Kiosk, Depends(kiosk_from)]) -> BatchResult:
        if kiosk.kiosk_id != kiosk_id:
            raise HTTPException(403, "a kiosk may only send its own events")
        try:
            return office.accept(kiosk.kiosk_id, batch)
        except KioskDisabled as exc:
            raise HTTPException(401, "this kiosk has been disabled") from exc

    @app.post("/v1/website/daily-logins", response_model=DailyLoginResult)
    def daily_login(login: DailyLogin,
                    x_website_key: Annotated[str | None, Header()] = None) -> DailyLoginResult:
        """Called by the café website when a producer logs in (once a day counts)."""
        if not x_website_key or not office.website_allowed(x_website_key):
            raise HTTPException(401, "missing or wrong website key")
        try:
            return office.daily_login(login)
        except UnknownProducer as exc:
            raise HTTPException(404, f"no producer {exc}") from exc

    @app.get("/v1/rankings/{period}", response_model=RankingBoard)
    def ranking(period: Annotated[str, Path(pattern=r"^\d{4}(-(0[1-9]|1[0-2]))?$")],
                kiosk: Annotated[Kiosk, Depends(kiosk_from)]) -> RankingBoard:
        """A month's board (YYYY-MM) or the year's table (YYYY), Tokyo time."""
        return office.ranking(period)

    @app.get("/v1/changes", response_model=Changes)
    def changes(kiosk: Annotated[Kiosk, Depends(kiosk_from)],
                since: Annotated[int, Query(ge=0, le=2**63 - 1)] = 0,
                limit: Annotated[int, Query(ge=1, le=5000)] = 1000) -> Changes:
        return office.changes(since, limit)

    return app
