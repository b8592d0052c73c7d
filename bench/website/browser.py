"""The load client's phone browser: HTTP/1.1 keep-alive over asyncio streams, a cookie
jar, and what each request took."""

from __future__ import annotations

import asyncio
import re
import time
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Awaitable
from dataclasses import dataclass, field
from typing import Any

from bench.website.spec import IDLE_REUSE_S, REQUEST_TIMEOUT_S

# ---- the client: one phone's browser (HTTP/1.1 keep-alive over asyncio streams) --------------


class ClosedBeforeReply(ConnectionError):
    """A reused connection the server had already closed: a browser sends again."""


@dataclass
class Reply:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes

    def header(self, name: bytes) -> bytes | None:
        return next((value for key, value in self.headers if key == name), None)


class Browser:
    """One keep-alive connection to one site and a cookie jar. The HTTP is written by hand
    (no client library in the project's dependencies; this is also the cheapest client for
    a machine the servers share): Content-Length or chunked bodies, reconnect after the
    server's keep-alive timeout, send once more when a reused connection was closed."""

    def __init__(self, host: str, port: int, cookies: dict[str, str] | None = None) -> None:
        self.host, self.port = host, port
        self.cookies = dict(cookies or {})
        self.connections = 0
        self.retries = 0
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None
        self._used = 0.0

    async def get(self, target: str) -> Reply:
        return await self._request("GET", target, None)

    async def post(self, target: str, fields: dict[str, str]) -> Reply:
        return await self._request("POST", target, urllib.parse.urlencode(fields).encode())

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
        self._reader = self._writer = None

    async def _open(self) -> None:
        self.close()
        self._reader, self._writer = await asyncio.open_connection(self.host, self.port)
        self.connections += 1

    async def _request(self, method: str, target: str, body: bytes | None) -> Reply:
        reused = self._writer is not None and time.monotonic() - self._used < IDLE_REUSE_S
        if not reused:
            await self._open()
        try:
            reply = await self._exchange(method, target, body)
        except ClosedBeforeReply:
            if not reused:
                raise
            self.retries += 1
            await self._open()
            reply = await self._exchange(method, target, body)
        except BaseException:
            self.close()
            raise
        self._used = time.monotonic()
        self._remember(reply)
        return reply

    async def _exchange(self, method: str, target: str, body: bytes | None) -> Reply:
        assert self._reader is not None and self._writer is not None
        lines = [f"{method} {target} HTTP/1.1", f"Host: {self.host}:{self.port}",
                 "User-Agent: kiosk-bench-phone", "Accept: text/html,*/*",
                 "Accept-Language: ja"]
        if self.cookies:
            lines.append("Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        if body is not None:
            lines += ["Content-Type: application/x-www-form-urlencoded",
                      f"Content-Length: {len(body)}"]
        try:
            self._writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + (body or b""))
            await self._writer.drain()
            head = await self._reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError as exc:
            if exc.partial:
                raise
            raise ClosedBeforeReply() from exc
        except (ConnectionResetError, BrokenPipeError) as exc:
            raise ClosedBeforeReply() from exc
        first, *rest = head[:-4].split(b"\r\n")
        status = int(first.split(b" ", 2)[1])
        headers = [(name.strip().lower(), value.strip())
                   for name, _, value in (line.partition(b":") for line in rest)]
        reply = Reply(status, headers, b"")
        length = reply.header(b"content-length")
        if length is not None:
            reply.body = await self._reader.readexactly(int(length))
        elif reply.header(b"transfer-encoding") == b"chunked":
            reply.body = await self._chunks()
        elif status not in (204, 304) and method != "HEAD":
            reply.body = await self._reader.read()
            self.close()
            return reply
        if (reply.header(b"connection") or b"").lower() == b"close":
            self.close()
        return reply

    async def _chunks(self) -> bytes:
        assert self._reader is not None
        parts = []
        while True:
            size = int((await self._reader.readuntil(b"\r\n")).split(b";")[0], 16)
            if size == 0:
                while await self._reader.readuntil(b"\r\n") != b"\r\n":
                    pass                                            # trailers
                return b"".join(parts)
            parts.append((await self._reader.readexactly(size + 2))[:-2])

    def _remember(self, reply: Reply) -> None:
        for key, value in reply.headers:
            if key != b"set-cookie":
                continue
            pair, *attributes = value.decode("latin-1").split(";")
            name, _, cookie = pair.strip().partition("=")
            gone = any(a.strip().lower() == "max-age=0" for a in attributes)
            if gone or cookie in ("", '""'):
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = cookie


# ---- what the client records ------------------------------------------------------------------


@dataclass
class Recorder:
    samples: dict[str, list[float]] = field(default_factory=dict)
    errors: Counter[str] = field(default_factory=Counter)
    first_errors: list[str] = field(default_factory=list)
    daily_points: int = 0
    pushes: int = 0
    signed_in: int = 0
    last_done: float = 0.0

    async def call(self, page: str, request: Awaitable[Reply], expect: int) -> Reply | None:
        """Time one request; the reply, or None (an error, counted) when it failed or
        answered another status than the page's own."""
        started = time.perf_counter()
        try:
            reply = await asyncio.wait_for(request, REQUEST_TIMEOUT_S)
        except (OSError, TimeoutError, asyncio.IncompleteReadError, ValueError) as exc:
            self._error(page, f"{type(exc).__name__}: {exc}"[:200])
            return None
        finally:
            self.last_done = time.perf_counter()
        self.samples.setdefault(page, []).append((self.last_done - started) * 1000)
        if reply.status != expect:
            snippet = re.sub(rb"\s+", b" ", reply.body[:160]).decode(errors="replace")
            self._error(page, f"HTTP {reply.status} (expected {expect}) "
                              f"{(reply.header(b'location') or b'').decode()} {snippet}")
            return None
        return reply

    def _error(self, page: str, text: str) -> None:
        self.errors[page] += 1
        if len(self.first_errors) < 20:
            self.first_errors.append(f"{page}: {text}")

    def summary(self) -> dict[str, Any]:
        return {"samples": {p: [round(v, 3) for v in s] for p, s in self.samples.items()},
                "errors": dict(self.errors), "first_errors": self.first_errors,
                "daily_points": self.daily_points, "pushes": self.pushes,
                "signed_in": self.signed_in}


def form_value(body: bytes, name: str) -> str:
    found = re.search(rb'name="' + name.encode() + rb'" value="([^"]*)"', body)
    return found.group(1).decode() if found else ""
