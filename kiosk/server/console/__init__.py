"""The manager console, served by the office next to the kiosks' API and the producers'
website, under /console/: server-rendered pages over the `Office` facade, for staff
accounts with roles and a second factor; every change goes to the audit log."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from kiosk.server.console.auth_pages import console_auth_router
from kiosk.server.console.cast_pages import cast_router
from kiosk.server.console.kiosk_pages import kiosk_router
from kiosk.server.console.owner_pages import owner_router
from kiosk.server.console.producer_pages import producer_router
from kiosk.server.console.purchase_pages import purchase_router
from kiosk.server.console.ranking_pages import ranking_router
from kiosk.server.console.render import render
from kiosk.server.console.rules_pages import rules_router
from kiosk.server.console.session import (
    ConsoleFormExpired,
    ConsoleSignInNeeded,
    RoleRefused,
    SecondFactorNeeded,
)
from kiosk.server.office import Office
from kiosk.server.web.site_files import SiteFiles

STATIC = Path(__file__).parent / "static"


def add_console(app: FastAPI, office: Office) -> None:
    app.mount("/console/static", SiteFiles(STATIC), name="console-static")
    for router in (console_auth_router, kiosk_router, producer_router, purchase_router,
                   ranking_router, rules_router, cast_router, owner_router):
        app.include_router(router(office))
    timezone = office.rules.timezone

    async def to_sign_in(_request: Request, _exc: Exception) -> Response:
        return RedirectResponse("/console/login", status_code=303)

    async def to_second_factor(_request: Request, exc: Exception) -> Response:
        assert isinstance(exc, SecondFactorNeeded)
        where = "/console/setup" if exc.setup else "/console/second-factor"
        return RedirectResponse(where, status_code=303)

    async def refused(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RoleRefused)
        return await run_in_threadpool(render, request, "problem.html", exc.staff, 403,
                                       timezone, problem="role", needed=exc.needed)

    async def expired(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ConsoleFormExpired)
        return await run_in_threadpool(render, request, "problem.html", exc.staff, 403,
                                       timezone, problem="expired")

    app.add_exception_handler(ConsoleSignInNeeded, to_sign_in)
    app.add_exception_handler(SecondFactorNeeded, to_second_factor)
    app.add_exception_handler(RoleRefused, refused)
    app.add_exception_handler(ConsoleFormExpired, expired)
