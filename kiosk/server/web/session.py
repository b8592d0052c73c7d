"""Who is asking: the visitor of a request, from the session cookie (or none), and the
checks every page and form makes with it."""

from __future__ import annotations

from starlette.requests import Request

from kiosk.server.office import Office
from kiosk.server.web import i18n
from kiosk.server.web.render import Visitor
from kiosk.server.web.security import (
    LANGUAGE_COOKIE,
    PRE_CSRF_COOKIE,
    SESSION_COOKIE,
    same_token,
)


class SignInNeeded(Exception):
    """The page is for a signed-in producer; the visitor goes to the sign-in page."""


class FormExpired(Exception):
    """A form without its CSRF token, or with another session's."""


def visitor_of(office: Office, request: Request) -> Visitor:
    """The visitor; signed in when the cookie names a live session (blocking: call from
    a worker thread)."""
    session = office.website_session(request.cookies.get(SESSION_COOKIE, ""))
    chosen = i18n.supported(request.cookies.get(LANGUAGE_COOKIE))
    if session is None:
        language = chosen or i18n.from_accept_language(
            request.headers.get("accept-language", "")) or i18n.DEFAULT
        return Visitor(language, request.cookies.get(PRE_CSRF_COOKIE, ""))
    language = i18n.supported(session.site_language) or chosen \
        or i18n.supported(session.language) or i18n.DEFAULT
    return Visitor(language, session.csrf_token, session.producer_number, session.token_hash)


def signed_in(office: Office, request: Request) -> Visitor:
    visitor = visitor_of(office, request)
    if visitor.producer_number is None:
        raise SignInNeeded()
    return visitor


def check_form(visitor: Visitor, form_token: object) -> None:
    if not same_token(visitor.csrf_token, str(form_token or "")):
        raise FormExpired()
