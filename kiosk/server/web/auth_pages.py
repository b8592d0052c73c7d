"""Signing in and out, the language picker, settings and the password.

Forms are plain HTML posts (they work with scripts off); each answer is a redirect after
success (a reload does not post again) or the form again with what went wrong.
"""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from kiosk.server.office import Office
from kiosk.server.office.website import (
    MIN_PASSWORD,
    PasswordRefused,
    SignedIn,
    SignInRefused,
)
from kiosk.server.web import i18n
from kiosk.server.web.forms import posted
from kiosk.server.web.render import Visitor, render
from kiosk.server.web.security import (
    LANGUAGE_COOKIE,
    PRE_CSRF_COOKIE,
    SESSION_COOKIE,
    client_address,
    new_token,
    password_check_slot,
    same_token,
    set_cookie,
)
from kiosk.server.web.session import check_form, signed_in, visitor_of

YEAR = 365 * 24 * 3600


def see_other(path: str) -> RedirectResponse:
    return RedirectResponse(path, status_code=303)


def auth_router(office: Office) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    timezone = office.rules.timezone

    def sign_in_page(request: Request, visitor: Visitor, status: int = 200,
                     problem: str | None = None, wait: int = 0,
                     login_id: str = "", signed_out: bool = False) -> Response:
        token = visitor.csrf_token or new_token()
        visitor.csrf_token = token
        response = render(request, "login.html", visitor, status, timezone,
                          problem=problem, wait_minutes=max(1, -(-wait // 60)),
                          login_id=login_id, signed_out=signed_out)
        set_cookie(response, request, PRE_CSRF_COOKIE, token)
        return response

    @router.get("/login")
    def login_form(request: Request, signed_out: bool = False) -> Response:
        visitor = visitor_of(office, request)
        if visitor.producer_number is not None:
            return see_other("/")
        return sign_in_page(request, visitor, signed_out=signed_out)

    @posted(router, "/login")
    def _login(request: Request, form: FormData) -> Response:
        visitor = visitor_of(office, request)
        login_id = str(form.get("login_id", ""))[:80]
        password = str(form.get("password", ""))[:200]
        cookie = request.cookies.get(PRE_CSRF_COOKIE)
        if not same_token(cookie, str(form.get("csrf", ""))):
            return sign_in_page(request, visitor, 403, "expired", login_id=login_id)
        if not login_id.strip() or not password:
            return sign_in_page(request, visitor, 400, "empty", login_id=login_id)
        with password_check_slot():
            outcome = office.website_sign_in(login_id, password, client_address(request))
        if isinstance(outcome, SignInRefused):
            problem = "locked" if outcome.wait_seconds else "wrong"
            return sign_in_page(request, visitor, 401 if not outcome.wait_seconds else 429,
                                problem, outcome.wait_seconds, login_id)
        assert isinstance(outcome, SignedIn)
        response = see_other("/?welcome=1" + ("&first=1" if outcome.first_login else ""))
        set_cookie(response, request, SESSION_COOKIE, outcome.token)
        response.delete_cookie(PRE_CSRF_COOKIE, path="/")
        return response

    @posted(router, "/logout")
    def _logout(request: Request, form: FormData) -> Response:
        visitor = signed_in(office, request)
        check_form(visitor, form.get("csrf"))
        office.website_sign_out(request.cookies.get(SESSION_COOKIE, ""))
        response = see_other("/login?signed_out=1")
        response.delete_cookie(SESSION_COOKIE, path="/")
        # The sign-in page goes on in the language they read the site in.
        set_cookie(response, request, LANGUAGE_COOKIE, visitor.language, max_age=YEAR)
        return response

    @posted(router, "/language")
    def _language(request: Request, form: FormData) -> Response:
        visitor = visitor_of(office, request)
        chosen = i18n.supported(str(form.get("language", "")))
        if visitor.producer_number is None:
            if not same_token(request.cookies.get(PRE_CSRF_COOKIE), str(form.get("csrf", ""))):
                return sign_in_page(request, visitor, 403, "expired")
            back = "/login"
        else:
            check_form(visitor, form.get("csrf"))
            if chosen:
                office.set_website_preferences(visitor.producer_number, language=chosen)
            back = "/settings?saved=language"
        response = see_other(back)
        if chosen:
            set_cookie(response, request, LANGUAGE_COOKIE, chosen, max_age=YEAR)
        return response

    @router.get("/settings")
    def settings(request: Request, saved: str = "", problem: str = "") -> Response:
        visitor = signed_in(office, request)
        assert visitor.producer_number is not None
        view = office.producer_view(visitor.producer_number)
        return render(request, "settings.html", visitor, 200, timezone, view=view,
                      saved=saved, problem=problem, min_password=MIN_PASSWORD)

    @posted(router, "/settings/ranking")
    def _ranking_visibility(request: Request, form: FormData) -> Response:
        visitor = signed_in(office, request)
        check_form(visitor, form.get("csrf"))
        assert visitor.producer_number is not None
        office.set_website_preferences(visitor.producer_number,
                                       ranking_visible=form.get("visible") == "on")
        return see_other("/settings?saved=ranking")

    @posted(router, "/settings/password")
    def _password(request: Request, form: FormData) -> Response:
        visitor = signed_in(office, request)
        check_form(visitor, form.get("csrf"))
        session = office.website_session(request.cookies.get(SESSION_COOKIE, ""))
        assert session is not None
        new, again = str(form.get("new", ""))[:200], str(form.get("again", ""))[:200]
        if new != again:
            return see_other("/settings?problem=mismatch#password")
        try:
            with password_check_slot():
                token = office.change_website_password(
                    session, str(form.get("current", ""))[:200], new)
        except PasswordRefused as refused:
            return see_other(f"/settings?problem={quote(refused.code)}#password")
        response = see_other("/settings?saved=password")
        set_cookie(response, request, SESSION_COOKIE, token)
        return response

    return router
