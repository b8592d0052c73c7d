"""One producer on their phone, and the phases a client process runs (evening, alone,
flat out, bare endpoint)."""

from __future__ import annotations

import asyncio
import json
import random
import re
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from bench.website.browser import Browser, Recorder, form_value
from bench.website.spec import ALONE_PAGES, CAST_IDS, READ_S, STEP_S

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
            "csrf": form_value(form.body, "csrf"), "login_id": login_id, "password": password}),
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
        fields = {"csrf": form_value(form.body, "csrf"),
                  "form_id": form_value(form.body, "form_id"),
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
