"""The servers (the office and the bare endpoint, each its own process tree) and the
office's data: a month of other producers, and the evening's producers from a real kiosk."""

from __future__ import annotations

import random
import secrets
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from bench.website.spec import ARGON2_SAMPLES, PEOPLE, REPO, say, set_size

# ---- servers, each its own process (tree) ------------------------------------------------------


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def tree_cpu(pid: int) -> float:
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
        from bench.office_process import stop_server

        stop_server(self.proc)

    def cpu_seconds(self) -> float:
        assert self.proc is not None
        return tree_cpu(self.proc.pid)


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
    from bench.kiosk_setup import bench_rules, open_kiosk
    from kiosk.db.models import Producer
    from kiosk.domain.credentials import LOGIN_GROUP, PASSWORD_GROUP, group_for_reading
    from kiosk.domain.producer_number import ProducerNumber
    from kiosk.services.registration import RegistrationRequest, RegistrationService
    from kiosk.services.visits import VisitService

    rules = bench_rules()
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
    from bench.kiosk_setup import (
        BulkPlan,
        bench_rules,
        bulk_append,
        business_day_open,
        enrol,
        open_kiosk,
        pending_count,
        pending_kinds,
        sync_engine,
    )
    from bench.office_process import OfficeProcess
    from kiosk.domain.credentials import hash_password

    started = time.perf_counter()
    rules = bench_rules()
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
    background = pending_kinds(kiosk_dir / "kiosk.sqlite3")
    say(f"{backend}: a month of {sum(background.values()):,} events written; registering "
         f"{size['runs']} × {set_size(size)} producers at the kiosk")
    registered = time.perf_counter()
    credentials = _register_producers(kiosk_dir, size["runs"] * set_size(size), day_open)
    say(f"{backend}: registered and checked in in {time.perf_counter() - registered:.1f} s;"
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


def qr_draw_ms() -> float:
    """Drawing one card's QR as the website does for a producer's first /card.svg of the
    process (median, this process; later views are remembered): a known share of the
    evening's first home views."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from bench.harness import percentile
    from kiosk.domain.tokens import CardClaims, key_id_for, raw_public_key, sign_card
    from kiosk.server.web.card_art import qr_svg

    key = Ed25519PrivateKey.generate()
    token = sign_card(CardClaims(key_id_for(raw_public_key(key)), 2**40 + 12345, 1), key)
    times = []
    for _ in range(ARGON2_SAMPLES):
        started = time.perf_counter()
        qr_svg.__wrapped__(token)             # the drawing itself, not the remembered one
        times.append((time.perf_counter() - started) * 1000)
    return percentile(times, 0.5)
