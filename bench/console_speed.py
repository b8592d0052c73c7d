"""The manager console at chain size: the kiosks page with 200 kiosks (each having
reported its health) and the producer search over 1,000,000 producers — by number, by
login ID and by the start of a nickname — timed over HTTP against a real `kiosk-server
serve` process on SQLite, beside the office's own /v1/health in the same run.

    python -m bench.console_speed [--producers N] [--kiosks N] [--requests N]

The producers are written straight into the office's table for the setup (what a year of
syncs would leave there); the pages then read them as the console does. Target (issue 18):
p95 ≤ 100 ms for each.
"""

from __future__ import annotations

import argparse
import base64
import random
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.harness import percentile

TARGET_MS = 100.0
KATAKANA = ("アイウエオカキクケコサシスセソタチツテトナニヌネノ"
            "ハヒフヘホマミムメモヤユヨラリルレロワ")


def _say(text: str) -> None:
    print(f"  console speed: {text}", file=sys.stderr, flush=True)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def build(database: Path, producers: int, kiosks: int) -> dict[str, str]:
    """An office with `kiosks` kiosks (health reported, some in trouble) and `producers`
    producers; returns a staff session token and sample search terms."""
    from kiosk.domain.producer_number import ProducerNumber
    from kiosk.domain.tokens import new_signing_key, raw_public_key
    from kiosk.server.app import open_office
    from kiosk.sync.protocol import EnrolRequest, KioskHealth, PrinterHealth

    office = open_office(str(database))
    rng = random.Random(20261206)
    now = datetime.now(UTC)
    for number in range(1, kiosks + 1):
        key = base64.b64encode(raw_public_key(new_signing_key())).decode()
        enrolled = office.enrol(EnrolRequest(
            code=office.new_enrolment_code(f"kiosk {number}"), public_key=key,
            label=f"店舗 {number // 4 + 1} · {number % 4 + 1}"))
        state = "out_of_cards" if number % 17 == 0 else "ready"
        office.record_health(enrolled.kiosk_id, KioskHealth(
            sent_at=now + timedelta(seconds=rng.choice([0, 0, 0, 400])), app_version="0.1.0",
            pending=rng.choice([0, 0, 3, 600]), store_bytes=rng.randrange(1 << 30),
            free_disk_bytes=rng.randrange(1 << 36),
            printer=PrinterHealth(queue="Evolis", state=state)))
    _say(f"{kiosks} kiosks enrolled; writing {producers:,} producers")
    rows = []
    for serial in range(1, producers + 1):
        digits = ProducerNumber(kiosk=serial % kiosks + 1, serial=serial).digits
        nickname = "".join(rng.choice(KATAKANA) for _ in range(rng.randint(2, 6)))
        rows.append((digits, nickname, "ja", f"l{serial:09d}", "x", "k", serial % 5000,
                     serial % 30, serial))
    db = office.db
    with db.connection_context(), db.atomic():
        cursor = db.cursor()
        for start in range(0, len(rows), 50_000):
            cursor.executemany(
                "INSERT INTO office_producer (number, nickname, language, login_id, "
                "password_hash, kiosk_id, pv_earned, push_points, change_id, "
                "ranking_visible) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                rows[start:start + 50_000])
    office.create_staff_account("bench", "staff", "a bench password!")
    token = office.console_sign_in("bench", "a bench password!", "127.0.0.1").token
    assert token is not None
    sample = rows[len(rows) // 2]
    db.close_all()
    return {"token": token, "number": sample[0], "login": sample[3],
            "nickname": sample[1][:2]}


def timed(url: str, token: str, requests: int) -> list[float]:
    headers = {"Cookie": f"pk_console={token}"}
    took = []
    for _ in range(requests):
        started = time.perf_counter()
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers),
                                    timeout=30) as answer:
            answer.read()
            assert answer.status == 200
        took.append((time.perf_counter() - started) * 1000)
    return took


def run(producers: int = 1_000_000, kiosks: int = 200, requests: int = 100) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix="bench-console-"))
    database = work / "office.sqlite3"
    started = time.perf_counter()
    terms = build(database, producers, kiosks)
    built_s = time.perf_counter() - started
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "kiosk.server", "--database", str(database), "serve",
         "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{base}/v1/health", timeout=2).read()
                break
            except OSError:
                assert time.monotonic() < deadline, "the office did not start"
                time.sleep(0.2)
        pages = {
            "health (baseline)": f"{base}/v1/health",
            "kiosks page": f"{base}/console/kiosks",
            "search: number": f"{base}/console/producers?q={terms['number']}",
            "search: login ID": f"{base}/console/producers?q={terms['login']}",
            "search: nickname prefix": f"{base}/console/producers?q="
                                       + urllib.parse.quote(terms["nickname"]),
        }
        figures = {}
        for name, url in pages.items():
            timed(url, terms["token"], 5)                         # warm
            took = timed(url, terms["token"], requests)
            figures[name] = {"p50": percentile(took, 0.5), "p95": percentile(took, 0.95)}
            _say(f"{name}: p95 {figures[name]['p95']:.1f} ms")
    finally:
        server.terminate()
        server.wait(timeout=30)
    _say("a fresh kiosk's first pull with and without 100 cast photos")
    pull = photo_pull(work)
    return {"producers": producers, "kiosks": kiosks, "requests": requests,
            "built_s": built_s, "figures": figures, "photo_pull": pull}


def photo_pull(work: Path, photos: int = 100, rounds: int = 3) -> dict[str, float]:
    """A fresh kiosk's first pull from an office whose roster of `photos` members has a
    photo each, beside the same roster without photos (same run, alternating): what the
    photos add."""
    import io

    from PIL import Image

    from bench.kiosk_setup import bench_rules, enrol, open_kiosk, sync_engine
    from bench.office_process import OfficeProcess
    from kiosk.server.app import open_office

    rules = bench_rules()
    offices = {}
    for with_photos in (True, False):
        database = work / f"photos-{with_photos}.sqlite3"
        office = open_office(str(database))
        for n in range(photos):
            office.set_cast_member(f"c{n:03d}", f"キャスト{n}", f"Cast {n}", sort_order=n)
            if with_photos:
                picture = io.BytesIO()
                Image.new("RGB", (900, 1200), ((n * 37) % 256, (n * 91) % 256, 120)).save(
                    picture, "JPEG", quality=92)
                office.set_cast_photo(f"c{n:03d}", picture.getvalue())
        office.db.close_all()
        offices[with_photos] = str(database)
    took: dict[bool, list[float]] = {True: [], False: []}
    for attempt in range(rounds):
        for with_photos, database in offices.items():
            kiosk_dir = work / f"kiosk-{with_photos}-{attempt}"
            kiosk_dir.mkdir()
            with OfficeProcess(database, work / "office.log") as office_process:
                enrol(kiosk_dir, rules, office_process, f"fresh {attempt}")
                with open_kiosk(kiosk_dir, rules) as (store, _signer):
                    engine = sync_engine(store, rules, kiosk_dir, office_process)
                    started = time.perf_counter()
                    engine.sync_once()
                    took[with_photos].append(time.perf_counter() - started)
    with_s, without_s = (sorted(took[True])[len(took[True]) // 2],
                         sorted(took[False])[len(took[False]) // 2])
    return {"photos": photos, "with_s": with_s, "without_s": without_s,
            "added_s": with_s - without_s}


def report(result: dict[str, Any]) -> str:
    lines = [
        "## The manager console at chain size",
        f"A real `kiosk-server serve` (SQLite, one worker) with {result['kiosks']} kiosks that "
        f"reported their health and {result['producers']:,} producers (set up in "
        f"{result['built_s']:.0f} s); each page asked {result['requests']} times in a row by "
        "a signed-in staff account.",
        "", "| page | p50 ms | p95 ms | target |", "| --- | --- | --- | --- |",
    ]
    for name, figure in result["figures"].items():
        target = "—" if name.startswith("health") else (
            "met" if figure["p95"] <= TARGET_MS else
            f"missed by {figure['p95'] - TARGET_MS:.0f} ms")
        lines.append(f"| {name} | {figure['p50']:.1f} | {figure['p95']:.1f} | {target} |")
    pull = result.get("photo_pull")
    if pull:
        verdict = "met" if pull["added_s"] <= 1.0 else \
            f"missed by {pull['added_s'] - 1.0:.1f} s"
        lines += ["", f"A fresh kiosk's first pull (median of 3, SQLite office): "
                      f"{pull['photos']} cast members with a photo each {pull['with_s']:.2f} s, "
                      f"without photos {pull['without_s']:.2f} s: the photos add "
                      f"**{pull['added_s']:.2f} s** (target ≤ 1 s: {verdict})."]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--producers", type=int, default=1_000_000)
    parser.add_argument("--kiosks", type=int, default=200)
    parser.add_argument("--requests", type=int, default=100)
    args = parser.parse_args()
    print(report(run(args.producers, args.kiosks, args.requests)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
