"""The producer website, served by the office next to the kiosks' API: server-rendered
pages over the `Office` facade, in the kiosk's eight languages."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.exception_handlers import http_exception_handler
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.staticfiles import StaticFiles

from kiosk.paths import assets_dir
from kiosk.server.office import Office
from kiosk.server.web.auth_pages import auth_router
from kiosk.server.web.cast_photos import cast_photo_router
from kiosk.server.web.producer_pages import producer_router
from kiosk.server.web.render import render
from kiosk.server.web.security import OfficeBusy, WebsiteHeaders
from kiosk.server.web.session import FormExpired, SignInNeeded, visitor_of
from kiosk.server.web.site_files import SiteFiles

STATIC = Path(__file__).parent / "static"


def add_website(app: FastAPI, office: Office) -> None:
    """Mount the website on the office's app (pages at /, files under /static and /fonts)."""
    app.add_middleware(WebsiteHeaders)
    app.mount("/static", SiteFiles(STATIC), name="static")
    app.mount("/fonts", StaticFiles(directory=assets_dir() / "fonts"), name="fonts")
    app.include_router(cast_photo_router(office))
    app.include_router(auth_router(office))
    app.include_router(producer_router(office))
    timezone = office.rules.timezone

    async def to_sign_in(_request: Request, _exc: Exception) -> Response:
        return RedirectResponse("/login", status_code=303)

    def problem_page(request: Request, status: int, problem: str) -> Response:
        visitor = visitor_of(office, request)
        return render(request, "problem.html", visitor, status, timezone, problem=problem)

    async def form_expired(request: Request, _exc: Exception) -> Response:
        return await run_in_threadpool(problem_page, request, 403, "expired")

    async def busy(request: Request, _exc: Exception) -> Response:
        response = await run_in_threadpool(problem_page, request, 503, "busy")
        response.headers["Retry-After"] = "10"
        return response

    async def not_here(request: Request, exc: Exception) -> Response:
        """A page that does not exist (or a link to a form's address) reads as a page to a
        browser; the JSON API and other clients keep FastAPI's JSON answer."""
        assert isinstance(exc, StarletteHTTPException)
        wants_page = "text/html" in request.headers.get("accept", "")
        if exc.status_code not in (404, 405) or request.url.path.startswith("/v1/") \
                or not wants_page:
            return await http_exception_handler(request, exc)
        response = await run_in_threadpool(problem_page, request, exc.status_code, "not_found")
        response.headers.update(exc.headers or {})
        return response

    app.add_exception_handler(StarletteHTTPException, not_here)
    app.add_exception_handler(SignInNeeded, to_sign_in)
    app.add_exception_handler(FormExpired, form_expired)
    app.add_exception_handler(OfficeBusy, busy)
