"""Guards in front of the office's API: a body size limit, one value per query parameter,
and validation answers that can always be written out.

The size limit is a plain ASGI middleware that reads the body itself, counting, before the
application sees it: a Content-Length over the limit is refused at once, and a chunked body
(no Content-Length) is refused as soon as it grows past the limit, never held whole.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY_BYTES = 8 * 1024 * 1024     # a full batch of 5,000 events is about 3 MB (up to
                                     # ~5 MB of registrations with long nicknames)
TOO_LARGE = f"request body over {MAX_BODY_BYTES} bytes"


class BodyLimit:
    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers", []))
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            await _refuse(scope, receive, send)
            return
        messages: list[Message] = []
        size = 0
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break                               # the client went away
            size += len(message.get("body", b""))
            if size > self.limit:
                await _refuse(scope, receive, send)
                return
            if not message.get("more_body", False):
                break

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)


async def _refuse(scope: Scope, receive: Receive, send: Send) -> None:
    response = JSONResponse({"detail": TOO_LARGE}, status_code=413)
    await response(scope, receive, send)


class OneValuePerQueryParameter:
    """`?since=5&since=0` is refused (400) instead of silently using one of the values:
    a client that sends two cursors has a bug it should hear about."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            query = scope.get("query_string", b"").decode("latin-1")
            seen: set[str] = set()
            for name, _value in parse_qsl(query, keep_blank_values=True):
                if name in seen:
                    response = JSONResponse(
                        {"detail": f"query parameter {name!r} given more than once"},
                        status_code=400)
                    await response(scope, receive, send)
                    return
                seen.add(name)
        await self.app(scope, receive, send)


async def validation_failed(request: Request, exc: Exception) -> JSONResponse:
    """422 naming each bad field and why, without echoing the input: an input such as NaN
    cannot be written as JSON, and a huge one should not be sent back."""
    assert isinstance(exc, RequestValidationError)
    detail: list[dict[str, Any]] = [
        {"loc": [str(part) for part in error.get("loc", ())], "msg": str(error.get("msg")),
         "type": str(error.get("type"))} for error in exc.errors()]
    return JSONResponse({"detail": detail}, status_code=422)
