"""The producer website at a month-end evening: simulated producers' phones against a real
office (`kiosk-server serve --workers N`) on PostgreSQL, beside a bare FastAPI endpoint.

500 producers (KIOSK_BENCH_QUICK=1: 50), each with a kiosk's slip: they were registered at
a real kiosk (argon2id, signed cards) and checked in on three days, and the kiosk synced;
the office also holds a month of other producers' events (registrations, visits, purchases,
pushes; bulk-written into the kiosk store as the services write them, then synced for
real), so rankings and top-producer lists read a month-end's worth of rows.

For each worker count (1, then 2), in one run, with a fresh set of producers (each signs in
and takes the day's point for the first time), five phases, each its own client process
(asyncio, one keep-alive HTTP/1.1 connection and a cookie jar per producer, as a phone):

- **Alone** (20 producers; quick: 5): one at a time, each signs in and browses 10 pages with
  no pause: what each page costs when nothing else asks (beside the evening's figures).
  Four producers at once warm the workers up first (not kept).
- **Evening** (60 s; quick: 10 s): the producers arrive spread over the first half, sign in
  (sign-in form, post), see home (which takes the day's point) with its card QR and the
  site's files, then browse until the end, reading each page 2-8 s: home, the ranking,
  a cast member's top producers, their history, and pushes (form, preview, confirm; 1-3 s
  between the steps; only while the form offers points). Per page: requests, p50, p95 and
  errors (any status but the page's own, a timeout or a broken connection; target 0).
- **Flat out** (20 s; quick: 5 s): the same signed-in producers browse with no pause at
  all: the most requests per second the office answers. Its growth from 1 to 2 workers
  is the scaling figure.
- **Bare endpoint, evening and flat out** (20 s each; quick: 5 s): a FastAPI app with one
  sync endpoint returning a small HTML page, served by uvicorn with the same worker count
  and log level, loaded the same way by the same client code.

Targets (evening phase): home and ranking p95 ≤ 50 ms, push p95 ≤ 100 ms (each step: form,
preview and confirm), sign-in p95 ≤ one argon2id verification (measured in this run) +
20 ms, 0 errors. CPU time of the client, the office and PostgreSQL is reported per phase:
the client shares the machine's few CPUs with the servers.

    python -m bench.website_load [--quick] [--workers 1 2] [--backend postgresql|sqlite]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import secrets
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

FULL = {"producers": 500, "evening_s": 60.0, "flat_out_s": 20.0, "bare_s": 20.0, "alone": 20,
        "warm_up": 4,
        "background_producers": 10_000, "background_events": 100_000}
QUICK = {"producers": 50, "evening_s": 10.0, "flat_out_s": 5.0, "bare_s": 5.0, "alone": 5,
         "warm_up": 4,
         "background_producers": 500, "background_events": 5_000}
ALONE_PAGES = 10                   # pages each lone producer browses after signing in
WORKERS = (1, 2)
TARGET_PAGE_P95_MS = 50.0          # home, ranking
TARGET_PUSH_P95_MS = 100.0         # every push step
TARGET_SIGN_IN_EXTRA_MS = 20.0     # over one argon2id verification
READ_S = (2.0, 8.0)                # a person reads a page this long before the next tap
STEP_S = (1.0, 3.0)                # between the push steps (choose, then confirm)
REQUEST_TIMEOUT_S = 30.0
IDLE_REUSE_S = 4.5                 # uvicorn closes a keep-alive connection idle for 5 s
ARGON2_SAMPLES = 20
REPO = Path(__file__).resolve().parent.parent
BARE_PAGE = ("<!doctype html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>Bare"
             "</title></head><body><main><h1>Bare endpoint</h1><p>"
             + "A small page, the same for everyone. " * 20 + "</p></main></body></html>")

# Pages as the report names them, in the order it lists them.
PAGES = {
    "login_form": "sign-in form (GET /login)",
    "sign_in": "sign-in (POST /login: argon2id)",
    "home_daily": "home, first view of the day (takes the daily point)",
    "home": "home",
    "card_qr": "card QR (/card.svg, after every home)",
    "site_files": "site files (CSS, JS: once per producer)",
    "ranking": "ranking (this month)",
    "ranking_top": "ranking: a cast member's top producers",
    "history": "history",
    "push_form": "push form",
    "push_preview": "push preview",
    "push_confirm": "push confirm (the push)",
    "bare": "bare endpoint",
}
HOME_PAGES = ("home_daily", "home")
PUSH_PAGES = ("push_form", "push_preview", "push_confirm")
CAST_IDS = ("mirai", "sakura", "nana", "rin", "hikari", "momo", "yui", "aoi")
# Nicknames (katakana or Latin, as a kiosk accepts) and languages: the website renders in
# each producer's language.
PEOPLE = (("サクラ", "ja"), ("ユウキ", "ja"), ("Alex", "en"), ("ミライ", "ja"), ("Chloé", "fr"),
          ("ハル", "ja"), ("Xiaoxue", "zh_CN"), ("Mika", "en"), ("レン", "ja"), ("Minjun", "ko"),
          ("Lucía", "es"), ("ソラ", "ja"), ("ユキ", "zh_TW"), ("Nok", "th"))


def _say(text: str) -> None:
    print(f"  website load: {text}", file=sys.stderr, flush=True)


def sizes(quick: bool | None = None) -> dict[str, Any]:
    if quick is None:
        quick = os.environ.get("KIOSK_BENCH_QUICK") == "1"
    return dict(QUICK if quick else FULL, quick=quick)


# ---- the bare endpoint (a uvicorn factory: `uvicorn --factory bench.website_load:bare_app`) --


def bare_app() -> Any:
    """One sync endpoint (run in the thread pool, like the office's pages) returning a small
    HTML page: no middleware, no database, no template."""
    from fastapi import FastAPI
    from fastapi.responses import HTMLResponse

    app = FastAPI()

    @app.get("/", response_class=HTMLResponse)
    def page() -> str:
        return BARE_PAGE

    return app


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


def _field(body: bytes, name: str) -> str:
    found = re.search(rb'name="' + name.encode() + rb'" value="([^"]*)"', body)
    return found.group(1).decode() if found else ""


# ---- one producer on their phone ---------------------------------------------------------------


class Phone:
    def __init__(self, browser: Browser, rec: Recorder, rng: random.Random,
                 pause: Callable[[tuple[float, float]], Awaitable[None]]) -> None:
        self.browser, self.rec, self.rng, self.pause = browser, rec, rng, pause

    async def sign_in(self, login_id: str, password: str) -> bool:
        b, rec = self.browser, self.rec
        form = await rec.call("login_form", b.get("/login"), 200)
        if form is None:
            return False
        await self.pause(STEP_S)                       # typing the slip's ID and password
        done = await rec.call("sign_in", b.post("/login", {
            "csrf": _field(form.body, "csrf"), "login_id": login_id, "password": password}),
            303)
        if done is None:
            return False
        rec.signed_in += 1
        await self.home((done.header(b"location") or b"/").decode(), "home_daily")
        for path in ("/static/site.css", "/ranks.css", "/static/site.js"):
            await rec.call("site_files", b.get(path), 200)
        return True

    async def home(self, target: str = "/", page: str = "home") -> None:
        reply = await self.rec.call(page, self.browser.get(target), 200)
        if reply is None:
            return
        if b'class="celebrate"' in reply.body:
            self.rec.daily_points += 1
        if b'src="/card.svg"' in reply.body:
            await self.rec.call("card_qr", self.browser.get("/card.svg"), 200)

    async def browse_once(self) -> None:
        roll = self.rng.random()
        if roll < 0.35:
            await self.home()
        elif roll < 0.55:
            await self.rec.call("ranking", self.browser.get("/ranking"), 200)
        elif roll < 0.65:
            cast = self.rng.choice(CAST_IDS)
            await self.rec.call("ranking_top", self.browser.get(f"/ranking?cast={cast}"), 200)
        elif roll < 0.80:
            await self.rec.call("history", self.browser.get("/history"), 200)
        else:
            await self.push()

    async def push(self) -> None:
        b, rec = self.browser, self.rec
        form = await rec.call("push_form", b.get("/push"), 200)
        if form is None or b'name="form_id"' not in form.body:
            return                                     # no push points left: nothing to post
        casts = re.findall(rb'name="cast" value="([^"]+)"', form.body)
        fields = {"csrf": _field(form.body, "csrf"), "form_id": _field(form.body, "form_id"),
                  "cast": self.rng.choice(casts).decode() if casts else "", "points": "1"}
        await self.pause(STEP_S)
        preview = await rec.call("push_preview", b.post("/push", fields), 200)
        if preview is None:
            return
        await self.pause(STEP_S)
        done = await rec.call("push_confirm", b.post("/push", {**fields, "step": "confirm"}),
                              200)
        if done is not None and b'class="celebrate"' in done.body:
            rec.pushes += 1


# ---- the phases (in the client process) --------------------------------------------------------


async def _no_pause(_span: tuple[float, float]) -> None:
    await asyncio.sleep(0)


def _reading(rng: random.Random) -> Callable[[tuple[float, float]], Awaitable[None]]:
    async def pause(span: tuple[float, float]) -> None:
        await asyncio.sleep(rng.uniform(*span))
    return pause


async def _evening(spec: dict[str, Any], rec: Recorder, started: float
                   ) -> list[dict[str, str] | None]:
    host, port = spec["host"], spec["port"]
    end = started + spec["seconds"]
    people: list[list[str]] = spec["producers"]
    jars: list[dict[str, str] | None] = [None] * len(people)

    async def producer(i: int, login_id: str, password: str) -> None:
        rng = random.Random(spec["seed"] * 100_003 + i)
        await asyncio.sleep(spec["seconds"] / 2 * i / len(people))      # arrivals spread
        browser = Browser(host, port)
        phone = Phone(browser, rec, rng, _reading(rng))
        try:
            if not await phone.sign_in(login_id, password):
                return
            while True:
                await phone.pause(READ_S)
                if time.perf_counter() >= end:
                    break
                await phone.browse_once()
            jars[i] = browser.cookies
        finally:
            browser.close()
            spec["connections"] += browser.connections
            spec["retries"] += browser.retries

    await asyncio.gather(*(producer(i, login, password)
                           for i, (login, password) in enumerate(people)))
    return jars


async def _alone(spec: dict[str, Any], rec: Recorder) -> None:
    """One producer at a time signs in and browses with no pause: what each page costs
    when nothing else is asking. Before them, a few producers at once warm every worker up
    (templates compiled, pool connections open, as in an office that has been running);
    what they saw is not kept, but their errors are."""
    async def one(i: int, login_id: str, password: str, into: Recorder) -> None:
        rng = random.Random(spec["seed"] * 100_003 + i)
        browser = Browser(spec["host"], spec["port"])
        phone = Phone(browser, into, rng, _no_pause)
        try:
            if await phone.sign_in(login_id, password):
                for _ in range(ALONE_PAGES):
                    await phone.browse_once()
        finally:
            browser.close()
            spec["connections"] += browser.connections
            spec["retries"] += browser.retries

    warm = Recorder()
    await asyncio.gather(*(one(-1 - i, login, password, warm)
                           for i, (login, password) in enumerate(spec["warm_up"])))
    rec.errors.update(warm.errors)
    rec.first_errors += [f"warm-up {text}" for text in warm.first_errors]
    for i, (login_id, password) in enumerate(spec["producers"]):
        await one(i, login_id, password, rec)


async def _flat_out(spec: dict[str, Any], rec: Recorder, started: float) -> None:
    host, port = spec["host"], spec["port"]
    end = started + spec["seconds"]

    async def producer(i: int, jar: dict[str, str]) -> None:
        rng = random.Random(spec["seed"] * 100_003 + i)
        browser = Browser(host, port, jar)
        phone = Phone(browser, rec, rng, _no_pause)
        try:
            while time.perf_counter() < end:
                await phone.browse_once()
        finally:
            browser.close()
            spec["connections"] += browser.connections
            spec["retries"] += browser.retries

    await asyncio.gather(*(producer(i, jar) for i, jar in enumerate(spec["cookies"]) if jar))


async def _bare(spec: dict[str, Any], rec: Recorder, started: float, evening: bool) -> None:
    host, port = spec["host"], spec["port"]
    end = started + spec["seconds"]
    users = int(spec["users"])

    async def user(i: int) -> None:
        rng = random.Random(spec["seed"] * 100_003 + i)
        browser = Browser(host, port)
        try:
            if evening:
                await asyncio.sleep(spec["seconds"] / 2 * i / users)
            while time.perf_counter() < end:
                await rec.call("bare", browser.get("/"), 200)
                if evening:
                    await asyncio.sleep(rng.uniform(*READ_S))
        finally:
            browser.close()
            spec["connections"] += browser.connections
            spec["retries"] += browser.retries

    await asyncio.gather(*(user(i) for i in range(users)))


async def _client(spec: dict[str, Any]) -> dict[str, Any]:
    rec = Recorder()
    spec["connections"] = spec["retries"] = 0
    cpu = time.process_time()
    started = time.perf_counter()
    jars: list[dict[str, str] | None] = []
    if spec["phase"] == "evening":
        jars = await _evening(spec, rec, started)
    elif spec["phase"] == "flat_out":
        await _flat_out(spec, rec, started)
    elif spec["phase"] == "alone":
        await _alone(spec, rec)
    else:
        await _bare(spec, rec, started, evening=spec["phase"] == "bare_evening")
    return {**rec.summary(), "seconds": max(rec.last_done, started) - started,
            "cpu_s": time.process_time() - cpu, "connections": spec["connections"],
            "retries": spec["retries"], "cookies": jars}


def client_main(spec_path: Path, out_path: Path) -> int:
    """The client process: run one phase as the spec says, write what it saw."""
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    result = asyncio.run(_client(spec))
    out_path.write_text(json.dumps(result), encoding="utf-8")
    return 0


# ---- servers, each its own process (tree) ------------------------------------------------------


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _tree_cpu(pid: int) -> float:
    """CPU seconds of a process, its reaped children and its live descendants."""
    import psutil

    try:
        root = psutil.Process(pid)
        times = root.cpu_times()
        total = times.user + times.system + times.children_user + times.children_system
        for child in root.children(recursive=True):
            try:
                own = child.cpu_times()
                total += own.user + own.system
            except psutil.NoSuchProcess:
                pass
        return float(total)
    except psutil.NoSuchProcess:
        return 0.0


class Server:
    """A uvicorn-based server on a free loopback port; up when every worker has said
    "Application startup complete" and `probe` answers."""

    def __init__(self, argv: list[str], workers: int, log: Path, probe: str) -> None:
        self.port = _free_port()
        self.argv = [*argv, "--host", "127.0.0.1", "--port", str(self.port),
                     "--workers", str(workers)]
        self.workers = workers
        self.log = log
        self.url = f"http://127.0.0.1:{self.port}"
        self.probe = probe
        self.proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Server:
        with self.log.open("wb") as log:
            self.proc = subprocess.Popen(self.argv, stdout=log, stderr=subprocess.STDOUT,
                                         cwd=REPO)
        deadline = time.monotonic() + 90
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.argv[2]} exited ({self.proc.returncode}):\n"
                                   + self.log.read_text(errors="replace")[-3000:])
            started = self.log.read_text(errors="replace").count(
                "Application startup complete")
            if started >= self.workers:
                try:
                    with urllib.request.urlopen(self.url + self.probe, timeout=5):
                        return self
                except OSError:
                    pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"{self.argv[2]} did not start within 90 s")
            time.sleep(0.1)

    def __exit__(self, *exc: object) -> None:
        from bench.sync_throughput import stop_server

        stop_server(self.proc)

    def cpu_seconds(self) -> float:
        assert self.proc is not None
        return _tree_cpu(self.proc.pid)


def office_server(database: str, workers: int, log: Path) -> Server:
    return Server([sys.executable, "-m", "kiosk.server", "--database", database, "serve"],
                  workers, log, "/v1/health")


def bare_server(workers: int, log: Path) -> Server:
    return Server([sys.executable, "-m", "uvicorn", "bench.website_load:bare_app",
                   "--factory", "--log-level", "info"], workers, log, "/")


# ---- the office's data: a month of other producers, and the evening's producers ---------------


@dataclass
class Office:
    database: str
    backend: str                       # "postgresql" or "sqlite"
    credentials: list[tuple[str, str]]  # (login ID, password) as typed from the slip:
                                        # a fresh set for each worker count's run
    background: dict[str, int]          # the month's other events by kind
    build_s: float
    postgres_pid: int | None = None


def _set_office_cast(database: str) -> None:
    """The café's roster at the office (kiosks push to these ids), through the facade the
    `kiosk-server cast set` command calls."""
    from kiosk.server.app import open_office
    from kiosk.services.demo import DEMO_CAST

    office = open_office(database)
    try:
        for order, (cast_id, name_ja, name_en) in enumerate(DEMO_CAST):
            office.set_cast_member(cast_id, name_ja, name_en, sort_order=order)
    finally:
        close_all = getattr(office.db, "close_all", None)
        if close_all is not None:
            close_all()


def _register_producers(kiosk_dir: Path, count: int, day_open: datetime
                        ) -> list[tuple[str, str]]:
    """Producers registered at the kiosk through its use cases (each an argon2id hash and
    a signed card), checked in on the last three days (3 push points); their slips."""
    from bench.sync_throughput import _rules, open_kiosk
    from kiosk.db.models import Producer
    from kiosk.domain.credentials import LOGIN_GROUP, PASSWORD_GROUP, group_for_reading
    from kiosk.domain.producer_number import ProducerNumber
    from kiosk.services.registration import RegistrationRequest, RegistrationService
    from kiosk.services.visits import VisitService

    rules = _rules()
    moment = [day_open - timedelta(days=3)]

    def clock() -> datetime:
        moment[0] += timedelta(seconds=2)
        return moment[0]

    slips: list[tuple[str, str]] = []
    with open_kiosk(kiosk_dir, rules) as (store, signer):
        registration = RegistrationService(store, rules, signer, clock)
        ids = []
        for i in range(count):
            name, language = PEOPLE[i % len(PEOPLE)]
            issued = registration.register(RegistrationRequest.new(name, language, True))
            ids.append(Producer.get(Producer.number == ProducerNumber.parse(
                issued.producer_number).digits).id)
            # As typed from the slip: its groups, with the gap the slip prints.
            slips.append((group_for_reading(issued.login_id, LOGIN_GROUP),
                          group_for_reading(issued.password, PASSWORD_GROUP)))
        for days_ago in (2, 1, 0):
            moment[0] = day_open - timedelta(days=days_ago)
            visits = VisitService(store, rules, signer, clock)
            for producer_id in ids:
                visits.check_in(producer_id)
    return slips


def build_office(work: Path, database: str, backend: str, size: dict[str, Any]) -> Office:
    """Enrol a kiosk, write a month of other producers' events into it, register the
    evening's producers through the kiosk's services, and sync it all to the office."""
    from bench.sync_throughput import (
        BulkPlan,
        OfficeProcess,
        _kinds,
        _rules,
        bulk_append,
        business_day_open,
        enrol,
        open_kiosk,
        pending_count,
        sync_engine,
    )
    from kiosk.domain.credentials import hash_password

    started = time.perf_counter()
    rules = _rules()
    kiosk_dir = work / "kiosk"
    day_open = business_day_open(rules)
    work.mkdir(parents=True, exist_ok=True)
    _set_office_cast(database)
    log = work / "office-setup.log"
    with OfficeProcess(database, log) as office:
        enrol(kiosk_dir, rules, office, "bench evening kiosk")
    with open_kiosk(kiosk_dir, rules) as (_store, signer):
        pass
    others = size["background_producers"]
    bulk_append(kiosk_dir / "kiosk.sqlite3", rules, signer,
                BulkPlan(others, size["background_events"] - others,
                         day_open - timedelta(days=30), timedelta(days=26)),
                random.Random(size["background_events"]),
                hash_password(secrets.token_hex(12)))      # nobody signs in as them
    background = _kinds(kiosk_dir / "kiosk.sqlite3")
    _say(f"{backend}: a month of {sum(background.values()):,} events written; registering "
         f"{size['runs']} × {set_size(size)} producers at the kiosk")
    registered = time.perf_counter()
    credentials = _register_producers(kiosk_dir, size["runs"] * set_size(size), day_open)
    _say(f"{backend}: registered and checked in in {time.perf_counter() - registered:.1f} s;"
         " syncing")
    expected = pending_count(kiosk_dir / "kiosk.sqlite3")
    with OfficeProcess(database, log) as office, \
            open_kiosk(kiosk_dir, rules) as (store, _signer):
        report = sync_engine(store, rules, kiosk_dir, office).sync_once()
    if report.pushed != expected or report.problems:
        raise RuntimeError(f"synced {report.pushed} of {expected} events, "
                           f"{report.problems} problems")
    _analyse(database)
    return Office(database, backend, credentials, background, time.perf_counter() - started)


def _analyse(database: str) -> None:
    """PostgreSQL's statistics after the bulk load, as after any restore or import: its
    autovacuum analyses a table only some time after it changed, and the evening would
    otherwise begin with plans made for the tables as they were before the month arrived."""
    if "://" not in database:
        return
    import psycopg

    with psycopg.connect(database, autocommit=True) as connection:
        connection.execute("ANALYZE")


def argon2_verify_ms() -> dict[str, float]:
    """One argon2id verification with the parameters the kiosk hashes with (this process,
    one thread, before the load)."""
    from bench.harness import percentile
    from kiosk.domain.credentials import hash_password, verify_password

    password = secrets.token_hex(8)
    stored = hash_password(password)
    times = []
    for _ in range(ARGON2_SAMPLES):
        started = time.perf_counter()
        assert verify_password(stored, password)
        times.append((time.perf_counter() - started) * 1000)
    return {"median_ms": percentile(times, 0.5), "min_ms": min(times),
            "p95_ms": percentile(times, 0.95)}


def qr_draw_ms() -> float:
    """Drawing one card's QR as the website does for every /card.svg (median, this process):
    a known share of each home view's cost."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from bench.harness import percentile
    from kiosk.domain.tokens import CardClaims, key_id_for, raw_public_key, sign_card
    from kiosk.server.web.card_art import qr_svg

    key = Ed25519PrivateKey.generate()
    token = sign_card(CardClaims(key_id_for(raw_public_key(key)), 2**40 + 12345, 1), key)
    times = []
    for _ in range(ARGON2_SAMPLES):
        started = time.perf_counter()
        qr_svg(token)
        times.append((time.perf_counter() - started) * 1000)
    return percentile(times, 0.5)


# ---- one worker count --------------------------------------------------------------------------


def _phase(work: Path, name: str, spec: dict[str, Any], servers: dict[str, Callable[[], float]]
           ) -> dict[str, Any]:
    """Run one phase in a client process; what it saw, and CPU seconds per process tree."""
    spec_path, out_path = work / f"{name}-spec.json", work / f"{name}-out.json"
    spec_path.write_text(json.dumps(spec), encoding="utf-8")
    before = {key: cpu() for key, cpu in servers.items()}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "bench.website_load", "--client", str(spec_path),
                    str(out_path)], check=True, cwd=REPO)
    wall = time.perf_counter() - started
    result: dict[str, Any] = json.loads(out_path.read_text(encoding="utf-8"))
    result["server_cpu_s"] = {key: cpu() - before[key] for key, cpu in servers.items()}
    result["wall_s"] = wall
    return result


def _postgres_cpu(pid: int | None) -> Callable[[], float]:
    return (lambda: _tree_cpu(pid)) if pid else (lambda: 0.0)


def set_size(size: dict[str, Any]) -> int:
    """Producers each worker count's run signs in for the first time today."""
    return int(size["warm_up"] + size["alone"] + size["producers"])


def measure_workers(work: Path, office: Office, producer_set: int, workers: int,
                    size: dict[str, Any]) -> dict[str, Any]:
    """The phases with `workers` office workers, for the `producer_set`-th set of producers
    (each set signs in and takes its daily point for the first time today)."""
    work.mkdir(parents=True, exist_ok=True)
    seed = workers
    mine = iter(office.credentials[producer_set * set_size(size):])
    warm_up, alone, evening = ([list(next(mine)) for _ in range(size[key])]
                               for key in ("warm_up", "alone", "producers"))
    phases: dict[str, Any] = {}
    with office_server(office.database, workers, work / "office.log") as server:
        cpus = {"office": server.cpu_seconds, "postgresql": _postgres_cpu(office.postgres_pid)}
        base = {"host": "127.0.0.1", "port": server.port, "seed": seed}
        _say(f"{workers} worker(s): {len(alone)} producers alone, one after another")
        phases["alone"] = _phase(work, "alone", {**base, "phase": "alone",
                                                 "producers": alone, "warm_up": warm_up},
                                 cpus)
        phases["alone"].pop("cookies")
        _say(f"{workers} worker(s): evening, {len(evening)} producers for "
             f"{size['evening_s']:.0f} s")
        phases["evening"] = _phase(work, "evening", {
            **base, "phase": "evening", "seconds": size["evening_s"], "producers": evening},
            cpus)
        _say(f"{workers} worker(s): flat out for {size['flat_out_s']:.0f} s")
        phases["flat_out"] = _phase(work, "flat_out", {
            **base, "phase": "flat_out", "seconds": size["flat_out_s"],
            "cookies": phases["evening"].pop("cookies")}, cpus)
        phases["flat_out"].pop("cookies")
    with bare_server(workers, work / "bare.log") as bare:
        base = {"host": "127.0.0.1", "port": bare.port, "seed": seed,
                "users": len(evening), "seconds": size["bare_s"]}
        _say(f"{workers} worker(s): bare endpoint, evening and flat out")
        for phase in ("bare_evening", "bare_flat_out"):
            phases[phase] = _phase(work, phase, {**base, "phase": phase},
                                   {"bare server": bare.cpu_seconds})
            phases[phase].pop("cookies")
    return phases


def _no_cluster() -> None:
    pass


def _with_postgres() -> tuple[dict[str, Any], Callable[[], None]]:
    """A private PostgreSQL cluster and the office built on it, or SQLite and why."""
    try:
        from tests.support.postgres import PostgresCluster, find_postgres_bin
    except ImportError as exc:
        return {"fallback": f"tests.support.postgres cannot be imported ({exc})"}, _no_cluster
    bin_dir = find_postgres_bin()
    if bin_dir is None:
        return {"fallback": "PostgreSQL is not installed (no initdb/pg_ctl)"}, _no_cluster
    cluster = PostgresCluster(bin_dir).start()
    try:
        pid_file = cluster.data / "postmaster.pid"
        pid = int(pid_file.read_text().split()[0]) if pid_file.exists() else None
        return {"url": cluster.fresh_database(), "pid": pid}, cluster.stop
    except BaseException:
        cluster.stop()
        raise


def code_version() -> str:
    """The commit measured, and whether kiosk/ had changes not yet committed."""
    def git(*argv: str) -> str:
        done = subprocess.run(["git", *argv], cwd=REPO, capture_output=True, text=True)
        return done.stdout.strip() if done.returncode == 0 else ""

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    return commit + (" with uncommitted changes in kiosk/"
                     if git("status", "--porcelain", "--", "kiosk") else "")


def run(quick: bool | None = None, workers: tuple[int, ...] = WORKERS,
        backend: str = "postgresql") -> dict[str, Any]:
    size = dict(sizes(quick), runs=len(workers))
    result: dict[str, Any] = {"size": size, "cpus": os.cpu_count(), "code": code_version(),
                              "load_before": os.getloadavg()[0], "workers": {}}
    stop = _no_cluster
    with tempfile.TemporaryDirectory(prefix="kiosk-website-bench-") as tmp:
        root = Path(tmp)
        try:
            database, pid = str(root / "office" / "office.sqlite3"), None
            if backend == "postgresql":
                found, stop = _with_postgres()
                if "fallback" in found:
                    result["fallback"] = found["fallback"]
                    backend = "sqlite"
                else:
                    database, pid = found["url"], found["pid"]
            result["backend"] = backend
            result["argon2"] = argon2_verify_ms()
            result["qr_ms"] = qr_draw_ms()
            office = build_office(root / "setup", database, backend, size)
            office.postgres_pid = pid
            result["background"] = office.background
            result["build_s"] = office.build_s
            for run_number, count in enumerate(workers):
                result["workers"][count] = measure_workers(root / f"w{count}", office,
                                                           run_number, count, size)
            result["argon2_after"] = argon2_verify_ms()
        finally:
            stop()
    return result


# ---- figures ---------------------------------------------------------------------------------


def _p(values: list[float], share: float) -> float:
    from bench.harness import percentile

    return percentile(values, share) if values else float("nan")


def page_figures(phase: dict[str, Any], pages: tuple[str, ...]) -> dict[str, float]:
    samples = [v for page in pages for v in phase["samples"].get(page, [])]
    return {"requests": len(samples), "p50": _p(samples, 0.5), "p95": _p(samples, 0.95),
            "errors": sum(phase["errors"].get(page, 0) for page in pages)}


def throughput(phase: dict[str, Any]) -> float:
    return sum(len(s) for s in phase["samples"].values()) / max(phase["seconds"], 1e-9)


def errors_of(phase: dict[str, Any]) -> int:
    return int(sum(phase["errors"].values()))


def _p95_verdict(phases: dict[str, Any], pages: tuple[str, ...], target: float,
                 minus: float = 0.0) -> tuple[str, str]:
    """The evening's p95 (less `minus`) as text beside one producer alone's, and the
    verdict; a miss says whether the page is slow by itself or waits behind the others."""
    value = page_figures(phases["evening"], pages)["p95"] - minus
    lone = page_figures(phases["alone"], pages)["p95"] - minus
    alone = "—" if lone != lone else f"{lone:,.0f}"     # NaN: no such request
    if value != value:
        return f"no requests (one producer alone: {alone} ms)", "not measured"
    measured = f"{value:,.0f} ms (one producer alone: {alone} ms)"
    if value <= target:
        return measured, "met"
    why = (f"it waits behind the others (one producer alone meets it; flat out the office "
           f"answers {throughput(phases['flat_out']):,.0f} req/s)"
           if lone <= target else "slow even with one producer alone")
    return measured, f"**missed** by {value - target:,.0f} ms: {why}"


def targets(result: dict[str, Any], phases: dict[str, Any]
            ) -> list[tuple[str, str, str, str]]:
    """(what, measured, target, met / missed) of the evening with one worker count."""
    argon2 = result["argon2"]["median_ms"]
    step = max(PUSH_PAGES, key=lambda page: page_figures(phases["evening"], (page,))["p95"])
    checks = [("home p95", HOME_PAGES, TARGET_PAGE_P95_MS, 0.0),
              ("ranking p95", ("ranking",), TARGET_PAGE_P95_MS, 0.0),
              ("ranking: a cast member's top producers p95", ("ranking_top",),
               TARGET_PAGE_P95_MS, 0.0),
              (f"push p95, slowest step: {PAGES[step]}", (step,), TARGET_PUSH_P95_MS, 0.0),
              (f"sign-in p95 − one argon2id verification, {argon2:.0f} ms", ("sign_in",),
               TARGET_SIGN_IN_EXTRA_MS, argon2)]
    rows = []
    for what, pages, target, minus in checks:
        measured, verdict = _p95_verdict(phases, pages, target, minus)
        rows.append((what, measured, f"≤ {target:.0f} ms", verdict))
    errors = errors_of(phases["evening"]) + errors_of(phases["flat_out"])
    rows.append(("errors (evening and flat out)", f"{errors:,}", "0",
                 "met" if errors == 0 else f"**missed** by {errors:,}"))
    return rows


def verdicts(result: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(figure, measured, target, met / missed) for the summary: the evening's targets per
    worker count, and how flat-out throughput grows from the first count to the last."""
    where = "PostgreSQL" if result["backend"] == "postgresql" else "SQLite"
    n = result["size"]["producers"]
    rows = []
    for workers, phases in result["workers"].items():
        label = f"{n} producers' evening, {where}, {workers} worker{'s' * (int(workers) > 1)}"
        rows += [(f"website {what} ({label})", measured, target, verdict)
                 for what, measured, target, verdict in targets(result, phases)]
    counts = sorted(result["workers"])
    if len(counts) > 1:
        first, last = (throughput(result["workers"][c]["flat_out"])
                       for c in (counts[0], counts[-1]))
        bare_first, bare_last = (throughput(result["workers"][c]["bare_flat_out"])
                                 for c in (counts[0], counts[-1]))
        rows.append((f"website flat-out throughput, {counts[-1]} workers ÷ {counts[0]} "
                     f"({where}; {result['cpus']} CPUs shared with the client and the "
                     "database)", f"×{last / first:.2f} ({first:,.0f} → {last:,.0f} req/s; "
                     f"bare endpoint ×{bare_last / bare_first:.2f})",
                     f"none set (ideal ×{counts[-1] / counts[0]:.0f})", "—"))
    return rows


# ---- the report --------------------------------------------------------------------------------


def _ms(value: float) -> str:
    return "—" if value != value else f"{value:,.1f}"               # NaN: no requests


def _page_table(phase: dict[str, Any], alone: dict[str, Any]) -> list[str]:
    lines = ["| page | evening requests | p50 ms | p95 ms | errors | alone p50 ms | "
             "alone p95 ms |", "| --- | --- | --- | --- | --- | --- | --- |"]
    rows = [(label, (page,)) for page, label in PAGES.items()
            if page in phase["samples"] or page in phase["errors"]]
    for label, pages in [*rows, ("**every request**", tuple(PAGES))]:
        f, lone = page_figures(phase, pages), page_figures(alone, pages)
        lines.append(f"| {label} | {f['requests']:,} | {_ms(f['p50'])} | {_ms(f['p95'])} | "
                     f"{f['errors']:,} | {_ms(lone['p50'])} | {_ms(lone['p95'])} |")
    return lines


def _cpu_line(name: str, phase: dict[str, Any]) -> str:
    served = max(1, sum(len(s) for s in phase["samples"].values()))
    parts = [f"client {phase['cpu_s']:.1f} s"]
    parts += [f"{who} {seconds:.1f} s" for who, seconds in phase["server_cpu_s"].items()
              if seconds > 0]
    server = sum(phase["server_cpu_s"].values())
    return (f"CPU during {name} ({phase['seconds']:.0f} s): {', '.join(parts)}; servers "
            f"{server * 1000 / served:.1f} ms and client {phase['cpu_s'] * 1000 / served:.2f}"
            f" ms per request; {phase['connections']:,} connections opened, "
            f"{phase['retries']} requests sent again on a closed keep-alive connection.")


def report(result: dict[str, Any]) -> str:
    size = result["size"]
    n = size["producers"]
    where = "PostgreSQL (a private cluster)" if result["backend"] == "postgresql" else "SQLite"
    argon2 = result["argon2"]
    background = ", ".join(f"{count:,} {kind}" for kind, count in result["background"].items())
    lines = [
        f"## Producer website at a month-end evening: {n} producers, {where}",
        "",
        f"The office (`kiosk-server serve --workers N`, its own processes, access log on) "
        f"holds a month of other producers' events ({background}; synced from a kiosk) and "
        f"{n} producers registered at the kiosk through its use cases (argon2id, signed "
        "cards) and checked in on three days. Each producer is a phone: one keep-alive "
        "connection and a cookie jar in one asyncio client process (hand-written HTTP/1.1). "
        f"**Alone** (first, a fresh set of {size['alone']}, after {size['warm_up']} at once "
        f"warmed the workers up): one producer at a time signs in and browses {ALONE_PAGES} "
        "pages with no pause. "
        f"**Evening** ({size['evening_s']:.0f} s): they arrive over the first half, sign "
        "in with their slip's login ID and password (typed with the slip's gaps), see home "
        "(the day's point) and its card QR, then browse until the end reading each page "
        f"{READ_S[0]:.0f}–{READ_S[1]:.0f} s: home 35 %, ranking 20 %, a cast member's top "
        "producers 10 %, history 15 %, push 20 % (form, preview, confirm, "
        f"{STEP_S[0]:.0f}–{STEP_S[1]:.0f} s apart, while the form offers points). "
        f"**Flat out** ({size['flat_out_s']:.0f} s): the same signed-in producers with no "
        "pause: the most the office answers. **Bare endpoint** (same run, same client, "
        f"{size['bare_s']:.0f} s each way): one sync FastAPI endpoint returning a "
        f"{len(BARE_PAGE):,}-byte page, uvicorn with the same workers and log level, "
        f"{n} users reading 2–8 s, then flat out.",
        "",
        f"Machine: **{result['cpus']} CPUs shared** by the client process, the office's "
        f"workers{' and PostgreSQL' * (result['backend'] == 'postgresql')} (figures are of "
        "the whole machine's work, not the office's "
        f"alone); load average {result['load_before']:.1f} before the run; code "
        f"{result['code']}. One argon2id "
        f"verification here: median **{argon2['median_ms']:.0f} ms** (min "
        f"{argon2['min_ms']:.0f}, p95 {argon2['p95_ms']:.0f}; "
        f"{result['argon2_after']['median_ms']:.0f} ms after the load). Drawing one card's "
        f"QR as `/card.svg` does (no cache; the phone fetches it with every home view): "
        f"median {result['qr_ms']:.1f} ms.",
    ]
    if "fallback" in result:
        lines += ["", f"**On SQLite, not PostgreSQL**: {result['fallback']}."]
    for workers, phases in result["workers"].items():
        evening, flat, bare_e, bare_f = (phases[p] for p in ("evening", "flat_out",
                                                            "bare_evening", "bare_flat_out"))
        plural = "s" * (int(workers) > 1)
        bare_evening = page_figures(bare_e, ("bare",))
        bare_flat = page_figures(bare_f, ("bare",))
        flat_all = page_figures(flat, tuple(PAGES))
        lines += [
            "", f"### {workers} worker{plural}", "",
            f"Evening: **{throughput(evening):,.0f} req/s** over {evening['seconds']:.0f} s "
            "(its mix has the cheap sign-in forms and site files that flat out has not); "
            f"{evening['signed_in']} of {n} signed in, {evening['daily_points']} daily points "
            f"taken, {evening['pushes']} pushes made.", "",
            *_page_table(evening, phases["alone"]), "",
            f"- Flat out: **{throughput(flat):,.0f} req/s** (p50 {_ms(flat_all['p50'])} ms, "
            f"p95 {_ms(flat_all['p95'])} ms with {n} producers waiting on each other; "
            f"{errors_of(flat)} errors, {flat['pushes']} pushes).",
            f"- Bare endpoint, same {n} users reading: {throughput(bare_e):,.0f} req/s, p50 "
            f"{_ms(bare_evening['p50'])} ms, p95 {_ms(bare_evening['p95'])} ms; flat out "
            f"**{throughput(bare_f):,.0f} req/s** (p50 {_ms(bare_flat['p50'])} ms, p95 "
            f"{_ms(bare_flat['p95'])} ms); {errors_of(bare_e) + errors_of(bare_f)} errors. "
            f"Website flat out ÷ bare flat out: "
            f"{throughput(flat) / max(throughput(bare_f), 1e-9):.3f}.",
            f"- {_cpu_line('the evening', evening)}",
            f"- {_cpu_line('flat out', flat)}",
            f"- {_cpu_line('the bare flat out', bare_f)}",
        ]
        for name, phase in (("evening", evening), ("flat out", flat),
                            ("bare", bare_e), ("bare flat out", bare_f)):
            if phase["first_errors"]:
                lines.append(f"- First errors ({name}): "
                             + "; ".join(f"`{e[:160]}`" for e in phase["first_errors"][:5]))
    counts = sorted(result["workers"])
    if len(counts) > 1:
        first, last = (result["workers"][c] for c in (counts[0], counts[-1]))
        lines += [
            "", f"Throughput from {counts[0]} to {counts[-1]} workers: website flat out "
            f"×{throughput(last['flat_out']) / throughput(first['flat_out']):.2f} "
            f"({throughput(first['flat_out']):,.0f} → {throughput(last['flat_out']):,.0f} "
            f"req/s), bare endpoint "
            f"×{throughput(last['bare_flat_out']) / throughput(first['bare_flat_out']):.2f} "
            f"({throughput(first['bare_flat_out']):,.0f} → "
            f"{throughput(last['bare_flat_out']):,.0f} req/s). With {result['cpus']} CPUs "
            "and the client and the database on the same ones, ×2 is out of reach here; the "
            "bare endpoint's growth shows what the machine allows."]
    lines += ["", "| evening, target | " + " | ".join(f"{c} worker{'s' * (c > 1)}"
                                                     for c in counts) + " |",
              "| --- |" + " --- |" * len(counts)]
    columns = [targets(result, result["workers"][c]) for c in counts]
    for at, (what, _measured, target, _verdict) in enumerate(columns[0]):
        what = re.sub(r", (slowest step: .*|[0-9]+ ms)$", "", what)
        lines.append(f"| {what} {target} | " + " | ".join(
            f"{column[at][1]}: {column[at][3]}" for column in columns) + " |")
    return "\n".join(lines)


# ---- standalone ------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.website_load")
    parser.add_argument("--quick", action="store_true",
                        help=f"{QUICK['producers']} producers, {QUICK['evening_s']:.0f} s "
                             "evening (also KIOSK_BENCH_QUICK=1)")
    parser.add_argument("--workers", type=int, nargs="+", default=list(WORKERS))
    parser.add_argument("--backend", choices=("postgresql", "sqlite"), default="postgresql")
    parser.add_argument("--client", nargs=2, type=Path, metavar=("SPEC", "OUT"),
                        help=argparse.SUPPRESS)       # the load client's own process
    args = parser.parse_args(argv)
    if args.client:
        return client_main(*args.client)
    result = run(True if args.quick else None, tuple(args.workers), args.backend)
    print(report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
