"""What every page of the producer website shares for safety: response headers, the
session and CSRF cookies, and a bound on concurrent password checks.

- A strict Content-Security-Policy: no inline script or style, nothing from elsewhere, no
  framing (clickjacking), forms post only here.
- The session cookie is HttpOnly and SameSite=Lax, and Secure when the browser reached the
  office over TLS (directly or through a proxy uvicorn trusts for `X-Forwarded-Proto`).
- CSRF: a signed-in form carries its session's token; the sign-in form, before any
  session exists, carries a random token that must equal its own cookie (double submit).
- argon2id is slow on purpose and memory-hungry: a few checks run at once in the server's
  thread pool, never on the event loop, and a flood of sign-ins waits its turn or is told
  the office is busy instead of taking the office down.
"""

from __future__ import annotations

import secrets
import threading

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

SESSION_COOKIE = "pk_session"
PRE_CSRF_COOKIE = "pk_signin"
LANGUAGE_COOKIE = "pk_lang"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
       "base-uri 'none'")
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}
PASSWORD_CHECKS_AT_ONCE = 4
PASSWORD_CHECK_WAIT_S = 10.0

_password_checks = threading.BoundedSemaphore(PASSWORD_CHECKS_AT_ONCE)


class OfficeBusy(RuntimeError):
    """Too many password checks are waiting; the visitor is asked to try again."""


class password_check_slot:  # noqa: N801 (used like a function: `with password_check_slot():`)
    """Hold one of the few concurrent argon2id slots (blocking: call from a worker thread)."""

    def __enter__(self) -> None:
        if not _password_checks.acquire(timeout=PASSWORD_CHECK_WAIT_S):
            raise OfficeBusy()

    def __exit__(self, *_exc: object) -> None:
        _password_checks.release()


# Files that change only with a new release: fonts for a month, the stylesheet and script
# for an hour (their names carry no version, so a release shows within the hour).
CACHED = (("/fonts/", "public, max-age=2592000, immutable"),
          ("/static/", "public, max-age=3600"), ("/console/static/", "public, max-age=3600"))


class WebsiteHeaders:
    """The security headers on every page and file the website serves (not the JSON API,
    which browsers never render), and how long a browser may keep the static files.
    Plain ASGI (not BaseHTTPMiddleware, which costs a task per request)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith("/v1/"):
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        extra = list(HEADERS.items())
        if scope.get("scheme") == "https":
            extra.append(("Strict-Transport-Security", "max-age=31536000"))
        cache = next((value for prefix, value in CACHED if path.startswith(prefix)), None)

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in extra:
                    headers.setdefault(name, value)
                if cache is not None and message["status"] in (200, 304):
                    headers["Cache-Control"] = cache
            await send(message)

        await self.app(scope, receive, with_headers)


def is_tls(request: Request) -> bool:
    return request.url.scheme == "https"


def client_address(request: Request) -> str:
    return request.client.host if request.client else "?"


def set_cookie(response: Response, request: Request, name: str, value: str,
               max_age: int | None = None) -> None:
    response.set_cookie(name, value, max_age=max_age, path="/", httponly=True,
                        samesite="lax", secure=is_tls(request))


def new_token() -> str:
    return secrets.token_urlsafe(24)


def same_token(expected: str | None, given: str | None) -> bool:
    return bool(expected) and bool(given) and secrets.compare_digest(
        str(expected).encode(), str(given).encode())
