"""Signing in to the console: the password, then the second factor (or, the first time
for an owner or manager, setting one up: a QR for an authenticator app, confirmed with a
code, then ten recovery codes shown once); signing out; the staff member's language."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response

from kiosk.server.console.render import LANGUAGES, render
from kiosk.server.console.session import (
    COOKIE,
    PRE_CSRF_COOKIE,
    check_form,
    require,
    session_of,
    token_of,
)
from kiosk.server.office import Office
from kiosk.server.web.auth_pages import see_other
from kiosk.server.web.card_art import qr_svg
from kiosk.server.web.forms import posted
from kiosk.server.web.security import (
    client_address,
    new_token,
    password_check_slot,
    same_token,
    set_cookie,
)


def console_auth_router(office: Office) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    timezone = office.rules.timezone

    def sign_in_page(request: Request, status: int = 200, problem: str = "",
                     wait: int = 0, username: str = "") -> Response:
        token = request.cookies.get(PRE_CSRF_COOKIE) or new_token()
        response = render(request, "login.html", None, status, timezone, csrf=token,
                          problem=problem, wait_minutes=max(1, -(-wait // 60)),
                          username=username)
        set_cookie(response, request, PRE_CSRF_COOKIE, token)
        return response

    @router.get("/console/login")
    def login_form(request: Request) -> Response:
        return sign_in_page(request)

    @posted(router, "/console/login")
    def _login(request: Request, form: FormData) -> Response:
        username = str(form.get("username", ""))[:64]
        password = str(form.get("password", ""))[:200]
        if not same_token(request.cookies.get(PRE_CSRF_COOKIE), str(form.get("csrf", ""))):
            return sign_in_page(request, 403, "expired", username=username)
        if not username.strip() or not password:
            return sign_in_page(request, 400, "empty", username=username)
        with password_check_slot():
            outcome = office.console_sign_in(username, password, client_address(request))
        if outcome.token is None:
            status = 429 if outcome.wait_seconds else 401
            return sign_in_page(request, status, "locked" if outcome.wait_seconds else "wrong",
                                outcome.wait_seconds, username)
        office.audit(username.strip().lower(), "sign_in", client_address(request))
        response = see_other("/console/second-factor")
        set_cookie(response, request, COOKIE, outcome.token)
        response.delete_cookie(PRE_CSRF_COOKIE, path="/")
        return response

    @router.get("/console/second-factor")
    def second_factor_form(request: Request) -> Response:
        staff = session_of(office, request)
        if staff is None:
            return see_other("/console/login")
        if staff.needs_setup:
            return see_other("/console/setup")
        if staff.verified:
            return see_other("/console/")
        return render(request, "second_factor.html", staff, 200, timezone)

    @posted(router, "/console/second-factor")
    def _second_factor(request: Request, form: FormData) -> Response:
        staff = session_of(office, request)
        if staff is None:
            return see_other("/console/login")
        check_form(staff, form.get("csrf"))
        outcome = office.second_factor(token_of(request), str(form.get("code", ""))[:32],
                                       client_address(request))
        if outcome is True:
            return see_other("/console/")
        office.audit(staff.username, "second_factor.wrong", client_address(request),
                     allowed=False)
        problem = "locked" if outcome else "wrong"
        return render(request, "second_factor.html", staff, 429 if outcome else 401,
                      timezone, problem=problem)

    @router.get("/console/setup")
    def setup_form(request: Request) -> Response:
        staff = session_of(office, request)
        if staff is None:
            return see_other("/console/login")
        if not staff.needs_setup:
            return see_other("/console/second-factor")
        return setup_page(request, office.start_second_factor())

    def setup_page(request: Request, secret: str, status: int = 200,
                   problem: str = "") -> Response:
        staff = session_of(office, request)
        assert staff is not None
        uri = office.second_factor_uri(staff.username, secret)
        return render(request, "setup.html", staff, status, timezone, secret=secret,
                      qr=qr_svg(uri), problem=problem)

    @posted(router, "/console/setup")
    def _setup(request: Request, form: FormData) -> Response:
        staff = session_of(office, request)
        if staff is None:
            return see_other("/console/login")
        check_form(staff, form.get("csrf"))
        secret = str(form.get("secret", ""))[:64]
        codes = office.confirm_second_factor(token_of(request), secret,
                                             str(form.get("code", ""))[:32])
        if codes is None:
            return setup_page(request, secret, 400, "wrong")
        office.audit(staff.username, "second_factor.set_up", staff.username)
        return render(request, "recovery_codes.html", session_of(office, request), 200,
                      timezone, codes=codes)

    @posted(router, "/console/logout")
    def _logout(request: Request, form: FormData) -> Response:
        staff = session_of(office, request)
        if staff is not None:
            check_form(staff, form.get("csrf"))
            office.console_sign_out(token_of(request))
        response = see_other("/console/login")
        response.delete_cookie(COOKIE, path="/")
        return response

    @posted(router, "/console/language")
    def _language(request: Request, form: FormData) -> Response:
        staff = require(office, request)
        check_form(staff, form.get("csrf"))
        chosen = str(form.get("language", ""))
        if chosen in LANGUAGES:
            office.set_staff_language(staff.username, chosen)
        return see_other(str(form.get("back", "/console/"))
                         if str(form.get("back", "")).startswith("/console/") else "/console/")

    return router
