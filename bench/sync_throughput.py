"""Sync throughput: a day offline pushed to a real office, and a fresh kiosk's first pull.

N = 100,000 (KIOSK_BENCH_QUICK=1: 5,000). The scenario, on SQLite and then on PostgreSQL:

- History: the office already knows 0.9 N producers. One kiosk registered them earlier and
  synced them through the real sync (that push is timed too, for information).
- A day offline: the same kiosk then records N ledger events without syncing: 0.1 N
  registrations and, spread over every producer, visits (once per producer per business
  day), purchases and pushes (spending the push points of that day's visits). The first
  few registrations, visits and pushes go through the real services (argon2, signed cards);
  the rest are written in bulk exactly as the services write them (producer, card, ledger
  row, balance cache, cast month votes).
- Push: a real office process (`python -m kiosk.server --database … serve`) on loopback;
  the kiosk's SyncEngine pushes every pending event (batches of 2,000): events/s.
- Baseline, same run: the same N rows, read back from the office's event table, inserted
  with the driver's plain `executemany` (sqlite3 / psycopg) into a new empty table made
  with the office's own DDL (same columns, same indexes incl. both unique ones), one
  transaction per 500 rows. SQLite: a fresh file with the office's pragmas (WAL,
  synchronous=FULL, its page cache and checkpoint threshold) and its WAL checkpoints in a
  thread (`kiosk/server/wal_checkpoints.py`); PostgreSQL: `CREATE TABLE … (LIKE office_event
  INCLUDING ALL)` in the same database. Target: office events/s ÷ raw events/s ≥ 0.25.
  The baseline is also run at 2,000 rows per transaction (the kiosk's batch), reported for
  information.
- Pull: a fresh kiosk enrolled at that office pulls everything: N producers' balances.
  Target ≤ 5 s.

The office is restarted between phases (same database); nothing is asserted about time.
`python -m bench.sync_throughput --profile DIR` also profiles the kiosk (cProfile) and the
office process (bench/office_profiled.py) for the day's push and the pull, and prints the
hot spots.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import os
import pstats
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from kiosk.db.identity import KioskSigner
    from kiosk.db.store import Store
    from kiosk.domain.rules import RuleBook
    from kiosk.sync.engine import SyncEngine

FULL_EVENTS = 100_000
QUICK_EVENTS = 5_000
TARGET_RATIO = 0.25
TARGET_PULL_S = 5.0
BATCH = 500                    # the baseline's rows per transaction (the definition)
KIOSK_BATCH = 2000             # the kiosk's batch (MAX_BATCH): the baseline again at this size
REGISTRATIONS_PER_EVENT = 10   # one event in ten on the day is a registration
SERVICE_PRODUCERS = 10         # registered, checked in and pushing through the services
CLIENT_TIMEOUT_S = 300.0
REPO = Path(__file__).resolve().parent.parent
NICKNAMES = ("サクラ", "ユウキ", "Alex", "ミライ", "Chloé", "ハル", "レン", "Mika", "ソラ",
             "ケンジ", "Jun", "アオイ", "민준", "小雪")
LANGUAGES = ("ja",) * 7 + ("en", "en", "zh_CN", "ko", "fr")
CAST = ("mirai", "sakura", "nana", "rin", "hikari", "momo", "yui", "aoi")


def _say(text: str) -> None:
    print(f"  sync throughput: {text}", file=sys.stderr, flush=True)


def event_count() -> int:
    return QUICK_EVENTS if os.environ.get("KIOSK_BENCH_QUICK") == "1" else FULL_EVENTS


# ---- the office, a separate process ---------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class OfficeProcess:
    """`python -m kiosk.server --database DB serve` on a free loopback port."""

    def __init__(self, database: str, log: Path, profile_to: Path | None = None) -> None:
        self.database = database
        self.log = log
        self.profile_to = profile_to
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> OfficeProcess:
        runner = ["-m", "kiosk.server"]
        if self.profile_to is not None:
            runner = ["-m", "bench.office_profiled", str(self.profile_to)]
        # The history is built as 90 days of registrations before the kiosk enrolled:
        # the office lets them in (it refuses events backdated more than 14 days).
        argv = [sys.executable, *runner, "--database", self.database, "serve",
                "--port", str(self.port), "--backdate-days", "120"]
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, cwd=REPO)
        deadline = time.monotonic() + 60
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the office exited ({self.proc.returncode}):\n"
                                   + self.log.read_text(errors="replace")[-3000:])
            try:
                with urllib.request.urlopen(self.url + "/openapi.json", timeout=2):
                    return self
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("the office did not start within 60 s") from None
                time.sleep(0.1)

    def __exit__(self, *exc: object) -> None:
        stop_server(self.proc)

    def cpu_seconds(self) -> float:
        """User + system CPU time the office process has used so far."""
        assert self.proc is not None
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def stop_server(proc: subprocess.Popen[bytes] | None) -> None:
    """SIGINT (uvicorn shuts down cleanly, its workers too), then a kill after a minute."""
    if proc is None or proc.poll() is not None:
        return
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def enrolment_code(database: str, label: str) -> str:
    done = subprocess.run([sys.executable, "-m", "kiosk.server", "--database", database,
                           "enrolment-code", label], cwd=REPO, check=True,
                          capture_output=True, text=True)
    return done.stdout.strip().splitlines()[-1]


# ---- kiosks ----------------------------------------------------------------------------------


def _rules() -> RuleBook:
    from kiosk.domain.rules import parse_rules
    from kiosk.paths import rules_path

    return parse_rules(rules_path().read_text(encoding="utf-8"))


@contextlib.contextmanager
def open_kiosk(data_dir: Path, rules: RuleBook) -> Iterator[tuple[Store, KioskSigner]]:
    """The kiosk store (process-global: one open at a time) and this kiosk's signer."""
    from kiosk.db.identity import ensure_identity
    from kiosk.db.store import Store
    from kiosk.services.demo import seed_demo_cast

    store = Store(data_dir / "kiosk.sqlite3", rules).open()
    try:
        signer = ensure_identity(store, data_dir, 1)
        with store.atomic():
            seed_demo_cast()
        yield store, signer
    finally:
        store.close()


def enrol(data_dir: Path, rules: RuleBook, office: OfficeProcess, label: str) -> None:
    from kiosk.sync.enrolment import enrol_kiosk

    with open_kiosk(data_dir, rules) as (store, signer):
        code = enrolment_code(office.database, label)
        enrol_kiosk(store, data_dir, signer, office.url, code, label)


def sync_engine(store: Store, rules: RuleBook, data_dir: Path, office: OfficeProcess
                ) -> SyncEngine:
    """The kiosk's engine, talking to this run of the office (its port changes per run)."""
    from kiosk.db.office_credential import load_credential
    from kiosk.sync.client import OfficeClient
    from kiosk.sync.engine import SyncEngine

    credential = load_credential(data_dir)
    assert credential is not None
    client = OfficeClient(office.url, credential.kiosk_id, credential.secret,
                          timeout_s=CLIENT_TIMEOUT_S)
    return SyncEngine(store, rules, client)


def business_day_open(rules: RuleBook) -> datetime:
    """11:00 in the café's time zone on today's business day (the simulated day)."""
    zone = ZoneInfo(rules.timezone)
    day = rules.business_day(datetime.now(UTC))
    return datetime(day.year, day.month, day.day, 11, tzinfo=zone).astimezone(UTC)


def service_events(store: Store, rules: RuleBook, signer: KioskSigner, moment: datetime,
                   producers: int) -> int:
    """The day's first producers go through the real use cases: register, check in, push."""
    from kiosk.db.models import Producer
    from kiosk.domain.producer_number import ProducerNumber
    from kiosk.services.pushes import PushService
    from kiosk.services.registration import RegistrationRequest, RegistrationService
    from kiosk.services.visits import VisitService

    def clock() -> datetime:
        return moment

    registration = RegistrationService(store, rules, signer, clock)
    visits = VisitService(store, rules, signer, clock)
    pushes = PushService(store, rules, signer, clock)
    for i in range(producers):
        issued = registration.register(RegistrationRequest.new(
            NICKNAMES[i % len(NICKNAMES)], LANGUAGES[i % len(LANGUAGES)], True))
        number = ProducerNumber.parse(issued.producer_number).digits
        producer_id = Producer.get(Producer.number == number).id
        visits.check_in(producer_id)
        pushes.push(producer_id, CAST[i % len(CAST)], 1)
    return producers * 3


@dataclass
class BulkPlan:
    registrations: int
    others: int                   # visits, purchases and pushes over every producer
    first: datetime               # kiosk clock of the first event
    span: timedelta               # events spread evenly over this


def bulk_append(db_path: Path, rules: RuleBook, signer: KioskSigner, plan: BulkPlan,
                rng: random.Random, password_hash: str) -> None:
    """Append pending ledger rows (and their producers and cards) to a closed kiosk store,
    as the services would write them, then bring the balance cache and the monthly cast
    votes up to date. Sequence numbers, serials and ids continue from what is there."""
    from kiosk.db.ledger import cast_month
    from kiosk.domain.producer_number import ProducerNumber

    con = sqlite3.connect(db_path, isolation_level=None)
    con.execute("PRAGMA synchronous=OFF")
    con.execute("BEGIN IMMEDIATE")
    next_id = int(con.execute("SELECT COALESCE(MAX(id), 0) FROM producer").fetchone()[0]) + 1
    serial = int(con.execute("SELECT COALESCE(MAX(serial), 0) FROM producer WHERE "
                             "kiosk_number = ?", (signer.kiosk_number,)).fetchone()[0])
    seq = int(con.execute("SELECT COALESCE(MAX(seq), 0) FROM ledger_entry WHERE "
                          "kiosk_uuid = ?", (signer.kiosk_uuid,)).fetchone()[0])
    pv: dict[int, int] = {}
    points: dict[int, int] = {}
    for producer_id, pv_earned, push_points in con.execute(
            "SELECT producer_id, pv_earned, push_points FROM balance_cache"):
        pv[producer_id] = pv_earned
        points[producer_id] = push_points
    everyone = list(pv)
    with_points = [p for p, n in points.items() if n > 0]
    visited: set[tuple[int, str]] = {
        (p, d) for p, d in con.execute(
            "SELECT producer_id, business_day FROM ledger_entry WHERE kind = 'visit'")}
    card_ids = {c for (c,) in con.execute("SELECT card_id FROM card")}
    producers: list[tuple[Any, ...]] = []
    cards: list[tuple[Any, ...]] = []
    ledger: list[tuple[Any, ...]] = []
    tallies: dict[tuple[str, str], int] = {}
    total = plan.registrations + plan.others
    every = max(1, total // max(1, plan.registrations))
    registered = 0
    for i in range(total):
        moment = plan.first + plan.span * (i / total)
        stamp = moment.isoformat(timespec="microseconds")
        day = rules.business_day(moment).isoformat()
        seq += 1
        entry_uuid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        if registered < plan.registrations and (i % every == 0 or not everyone
                                                or total - i <= plan.registrations - registered):
            registered += 1
            serial += 1
            producer_id = next_id
            next_id += 1
            card_id = rng.randrange(1, 2**63 - 1)
            while card_id in card_ids:
                card_id = rng.randrange(1, 2**63 - 1)
            card_ids.add(card_id)
            producers.append((producer_id, ProducerNumber(signer.kiosk_number, serial).digits,
                              signer.kiosk_number, serial,
                              f"{NICKNAMES[serial % len(NICKNAMES)]}{serial % 1000}",
                              LANGUAGES[serial % len(LANGUAGES)], f"bench{serial:07d}",
                              password_hash, stamp, stamp))
            cards.append((card_id, 1, producer_id, signer.key_id, "bench-placeholder", stamp))
            ledger.append((entry_uuid, signer.kiosk_uuid, seq, producer_id, "registration", 0,
                           0, 0, None, None, None, rules.version, day, stamp))
            pv[producer_id] = points[producer_id] = 0
            everyone.append(producer_id)
            continue
        roll = rng.random()
        if roll < 0.25 and with_points:                                  # push
            at = rng.randrange(len(with_points))
            producer_id = with_points[at]
            spend = min(points[producer_id], rules.max_points_per_push, rng.choice((1, 1, 2)))
            points[producer_id] -= spend
            if points[producer_id] <= 0:
                with_points[at] = with_points[-1]
                with_points.pop()
            votes = spend * rules.rank_for(pv[producer_id]).weight
            cast_id = rng.choice(CAST)
            key = (cast_id, cast_month(moment, rules))
            tallies[key] = tallies.get(key, 0) + votes
            ledger.append((entry_uuid, signer.kiosk_uuid, seq, producer_id, "push", 0, -spend,
                           votes, cast_id, None, None, rules.version, day, stamp))
            continue
        producer_id = everyone[rng.randrange(len(everyone))]
        if roll < 0.65 and (producer_id, day) not in visited:            # visit
            visited.add((producer_id, day))
            gained = rules.push_points_per_visit
            if points[producer_id] <= 0 < gained:
                with_points.append(producer_id)
            points[producer_id] += gained
            ledger.append((entry_uuid, signer.kiosk_uuid, seq, producer_id, "visit", 0, gained,
                           0, None, None, None, rules.version, day, stamp))
            continue
        yen = rng.randrange(600, 6_000, 50)                             # purchase
        earned = rules.pv_for_yen(yen)
        pv[producer_id] += earned
        ledger.append((entry_uuid, signer.kiosk_uuid, seq, producer_id, "purchase", earned, 0,
                       0, None, yen, f"R{day.replace('-', '')}-{seq:07d}", rules.version, day,
                       stamp))
    con.executemany("INSERT INTO producer (id, number, kiosk_number, serial, nickname, "
                    "language, login_id, password_hash, consented_at, created_at) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?)", producers)
    con.executemany("INSERT INTO card (card_id, generation, producer_id, key_id, token, "
                    "issued_at) VALUES (?,?,?,?,?,?)", cards)
    con.executemany("INSERT INTO ledger_entry (uuid, kiosk_uuid, seq, producer_id, kind, "
                    "pv_delta, push_delta, votes, cast_id, yen, receipt, rule_version, "
                    "business_day, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", ledger)
    balances = [
        (producer_id, pv_sum, push_sum, rules.rank_for(pv_sum).number, rules.version, last)
        for producer_id, pv_sum, push_sum, last in con.execute(
            "SELECT producer_id, SUM(pv_delta), SUM(push_delta), MAX(recorded_at) "
            "FROM ledger_entry GROUP BY producer_id")]
    con.executemany("INSERT OR REPLACE INTO balance_cache (producer_id, pv_earned, push_points,"
                    " rank_number, rule_version, updated_at) VALUES (?,?,?,?,?,?)", balances)
    con.executemany("INSERT INTO cast_month_votes (cast_id, month, votes) VALUES (?,?,?) "
                    "ON CONFLICT (cast_id, month) DO UPDATE SET votes = votes + excluded.votes",
                    [(c, m, v) for (c, m), v in tallies.items()])
    con.execute("COMMIT")
    con.execute("ANALYZE")
    con.close()


def pending_count(db_path: Path) -> int:
    with contextlib.closing(sqlite3.connect(db_path)) as con:
        return int(con.execute("SELECT COUNT(*) FROM ledger_entry WHERE synced_at IS NULL")
                   .fetchone()[0])


# ---- timing -----------------------------------------------------------------------------


@contextlib.contextmanager
def _maybe_profile(out: Path | None) -> Iterator[None]:
    if out is None:
        yield
        return
    profile = cProfile.Profile()
    profile.enable()
    try:
        yield
    finally:
        profile.disable()
        profile.dump_stats(out)


def timed_push(data_dir: Path, rules: RuleBook, office: OfficeProcess,
               profile_to: Path | None = None) -> dict[str, float]:
    """Push every pending event through SyncEngine's push phase; seconds and CPU."""
    expected = pending_count(data_dir / "kiosk.sqlite3")
    with open_kiosk(data_dir, rules) as (store, _signer):
        engine = sync_engine(store, rules, data_dir, office)
        office_cpu = office.cpu_seconds()
        cpu = time.process_time()
        started = time.perf_counter()
        with _maybe_profile(profile_to):
            pushed, problems = engine.push()
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu
        office_cpu = office.cpu_seconds() - office_cpu
    if pushed != expected or problems:
        raise RuntimeError(f"pushed {pushed} of {expected} events, {problems} problems")
    return {"events": pushed, "seconds": seconds, "per_s": pushed / seconds,
            "kiosk_cpu_s": cpu, "office_cpu_s": office_cpu}


def timed_pull(data_dir: Path, rules: RuleBook, office: OfficeProcess,
               profile_to: Path | None = None) -> dict[str, float]:
    """A fresh, enrolled kiosk's first sync: nothing to push, everything to pull."""
    with open_kiosk(data_dir, rules) as (store, _signer):
        engine = sync_engine(store, rules, data_dir, office)
        office_cpu = office.cpu_seconds()
        cpu = time.process_time()
        started = time.perf_counter()
        with _maybe_profile(profile_to):
            report = engine.sync_once()
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu
        office_cpu = office.cpu_seconds() - office_cpu
    return {"producers": report.pulled, "seconds": seconds, "kiosk_cpu_s": cpu,
            "office_cpu_s": office_cpu}


# ---- baselines: the same rows, raw executemany, one transaction per 500 (and per 2,000) -----


def sqlite_baseline(office_file: Path, kiosk_id: str, after_seq: int, out: Path,
                    batch: int = BATCH) -> dict[str, float]:
    with contextlib.closing(sqlite3.connect(f"file:{office_file}?mode=ro", uri=True)) as src:
        ddl = [sql for (sql,) in src.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'office_event' AND sql IS NOT NULL "
            "ORDER BY type DESC")]                      # the table, then its indexes
        columns = [row[1] for row in src.execute("PRAGMA table_info(office_event)")
                   if not row[5]]                       # every column but the row id
        names = ", ".join(f'"{c}"' for c in columns)
        rows = src.execute(f"SELECT {names} FROM office_event WHERE kiosk_id = ? AND seq > ? "
                           "ORDER BY seq", (kiosk_id, after_seq)).fetchall()
    from kiosk.server.wal_checkpoints import OFFICE_PRAGMAS, WalCheckpointer

    out.unlink(missing_ok=True)
    con = sqlite3.connect(out, isolation_level=None)
    for name, value in OFFICE_PRAGMAS.items():       # the office's settings, and its
        con.execute(f"PRAGMA {name}={value}")          # checkpoints in a thread
    for sql in ddl:
        con.execute(sql)
    insert = (f"INSERT INTO office_event ({names}) "
              f"VALUES ({', '.join('?' for _ in columns)})")
    checkpoints = WalCheckpointer(out).start()
    started = time.perf_counter()
    for at in range(0, len(rows), batch):
        con.execute("BEGIN")
        con.executemany(insert, rows[at:at + batch])
        con.execute("COMMIT")
    seconds = time.perf_counter() - started
    checkpoints.stop()
    con.close()
    return {"rows": len(rows), "seconds": seconds, "per_s": len(rows) / seconds}


def postgres_baseline(url: str, kiosk_id: str, after_seq: int, batch: int = BATCH
                      ) -> dict[str, float]:
    import psycopg

    with psycopg.connect(url, autocommit=True) as con:
        cursor = con.execute("SELECT * FROM office_event LIMIT 0")
        columns = [d.name for d in cursor.description or () if d.name != "id"]
        names = ", ".join(f'"{c}"' for c in columns)
        rows = con.execute(f"SELECT {names} FROM office_event WHERE kiosk_id = %s AND seq > %s "
                           "ORDER BY seq", (kiosk_id, after_seq)).fetchall()
        con.execute("DROP TABLE IF EXISTS bench_raw_event")
        con.execute("CREATE TABLE bench_raw_event (LIKE office_event INCLUDING ALL)")
        insert = (f"INSERT INTO bench_raw_event ({names}) "
                  f"VALUES ({', '.join('%s' for _ in columns)})")
        started = time.perf_counter()
        with con.cursor() as cur:
            for at in range(0, len(rows), batch):
                with con.transaction():
                    cur.executemany(insert, rows[at:at + batch])
        seconds = time.perf_counter() - started
        con.execute("DROP TABLE bench_raw_event")
    return {"rows": len(rows), "seconds": seconds, "per_s": len(rows) / seconds}


# ---- one backend ------------------------------------------------------------------------


def measure_backend(work: Path, database: str, events: int,
                    baseline: Callable[[str, int, int], dict[str, float]],
                    profile_dir: Path | None = None, tag: str = "") -> dict[str, Any]:
    """History, the day's push, the baseline and a fresh kiosk's pull on one office."""
    from kiosk.db.office_credential import load_credential
    from kiosk.domain.credentials import hash_password

    rules = _rules()
    rng = random.Random(events)
    work.mkdir(parents=True, exist_ok=True)
    log = work / "office.log"
    registrations = events // REGISTRATIONS_PER_EVENT
    history = events - registrations           # producers the office knows before the day
    kiosk_dir, fresh_dir = work / "kiosk", work / "fresh"
    password_hash = hash_password("bench-password")     # one real argon2id string for all
    day_open = business_day_open(rules)

    def profile(name: str) -> Path | None:
        return profile_dir / f"{name}-{tag}.prof" if profile_dir else None

    with OfficeProcess(database, log) as office:
        enrol(kiosk_dir, rules, office, "bench entrance")
    started = time.perf_counter()
    with open_kiosk(kiosk_dir, rules) as (_store, signer):
        pass
    bulk_append(kiosk_dir / "kiosk.sqlite3", rules, signer,
                BulkPlan(history, 0, day_open - timedelta(days=90), timedelta(days=89)),
                rng, password_hash)
    build_s = time.perf_counter() - started
    _say(f"{tag}: built {history:,} producers' history in {build_s:.1f} s; pushing it")
    with OfficeProcess(database, log) as office:
        history_push = timed_push(kiosk_dir, rules, office)
    _say(f"{tag}: history pushed at {history_push['per_s']:,.0f} events/s; building the day")

    started = time.perf_counter()
    with open_kiosk(kiosk_dir, rules) as (store, signer):
        by_service = service_events(store, rules, signer, day_open, SERVICE_PRODUCERS)
    bulk_append(kiosk_dir / "kiosk.sqlite3", rules, signer,
                BulkPlan(registrations - SERVICE_PRODUCERS,
                         events - registrations - 2 * SERVICE_PRODUCERS,
                         day_open + timedelta(minutes=1), timedelta(hours=11)),
                rng, password_hash)
    build_s += time.perf_counter() - started
    kinds = _kinds(kiosk_dir / "kiosk.sqlite3")
    _say(f"{tag}: pushing the day's {sum(kinds.values()):,} events")
    with OfficeProcess(database, log, profile("office-push")) as office:
        push = timed_push(kiosk_dir, rules, office, profile("kiosk-push"))

    _say(f"{tag}: pushed at {push['per_s']:,.0f} events/s; a fresh kiosk pulls")
    with OfficeProcess(database, log, profile("office-pull")) as office:
        enrol(fresh_dir, rules, office, "bench fresh kiosk")
        pull = timed_pull(fresh_dir, rules, office, profile("kiosk-pull"))
    if pull["producers"] != events:
        raise RuntimeError(f"pulled {pull['producers']} producers, expected {events}")

    _say(f"{tag}: pulled {pull['producers']:,} producers in {pull['seconds']:.1f} s; "
         "raw baseline")
    credential = load_credential(kiosk_dir)
    assert credential is not None
    raw = baseline(credential.kiosk_id, history, BATCH)
    raw_kiosk_batch = baseline(credential.kiosk_id, history, KIOSK_BATCH)
    if raw["rows"] != events:
        raise RuntimeError(f"baseline copied {raw['rows']} rows, expected {events}")
    return {"build_s": build_s, "by_service": by_service, "kinds": kinds,
            "history": history_push, "push": push, "raw": raw, "pull": pull,
            "raw_kiosk_batch": raw_kiosk_batch, "ratio": push["per_s"] / raw["per_s"]}


def _kinds(db_path: Path) -> dict[str, int]:
    with contextlib.closing(sqlite3.connect(db_path)) as con:
        return dict(con.execute("SELECT kind, COUNT(*) FROM ledger_entry WHERE synced_at IS "
                                "NULL GROUP BY kind ORDER BY kind").fetchall())


def run_sqlite(root: Path, events: int, profile_dir: Path | None = None) -> dict[str, Any]:
    office_file = root / "office" / "office.sqlite3"
    return measure_backend(
        root, str(office_file), events,
        lambda kiosk_id, after, batch: sqlite_baseline(
            office_file, kiosk_id, after, root / "raw-baseline.sqlite3", batch),
        profile_dir, "sqlite")


def run_postgres(root: Path, events: int, profile_dir: Path | None = None
                 ) -> dict[str, Any] | str:
    """The measurements on a private PostgreSQL cluster, or why they were skipped."""
    try:
        from tests.support.postgres import PostgresCluster, find_postgres_bin
    except ImportError as exc:
        return f"PostgreSQL part skipped: {exc}"
    bin_dir = find_postgres_bin()
    if bin_dir is None:
        return "PostgreSQL part skipped: PostgreSQL is not installed (no initdb/pg_ctl)."
    cluster = PostgresCluster(bin_dir).start()
    try:
        url = cluster.fresh_database()
        return measure_backend(root, url, events,
                               lambda kiosk_id, after, batch: postgres_baseline(
                                   url, kiosk_id, after, batch),
                               profile_dir, "postgresql")
    finally:
        cluster.stop()


def run(events: int | None = None, backends: tuple[str, ...] = ("sqlite", "postgresql"),
        profile_dir: Path | None = None) -> dict[str, Any]:
    events = events or event_count()
    results: dict[str, Any] = {"events": events}
    with tempfile.TemporaryDirectory(prefix="kiosk-sync-bench-") as tmp:
        if "sqlite" in backends:
            results["sqlite"] = run_sqlite(Path(tmp) / "sqlite", events, profile_dir)
        if "postgresql" in backends:
            results["postgresql"] = run_postgres(Path(tmp) / "postgresql", events,
                                                 profile_dir)
    return results


# ---- the report --------------------------------------------------------------------------


def _met(ok: bool) -> str:
    return "met" if ok else "**missed**"


def report(results: dict[str, Any]) -> str:
    events = int(results["events"])
    lines = [
        f"## Sync throughput: {events:,} events after a day offline; a fresh kiosk pulls "
        f"{events:,} producers",
        "",
        f"The office (`python -m kiosk.server … serve`, its own process) on loopback already "
        f"knows {events - events // REGISTRATIONS_PER_EVENT:,} producers; the kiosk pushes a "
        f"day's {events:,} pending events through `SyncEngine` in batches of {KIOSK_BATCH:,}. "
        "Baseline (same run): the same rows, read back from the office's `office_event`, "
        "inserted by the driver's plain `executemany` into an empty table built with the "
        "office's own DDL (same columns and indexes, `uuid` and `(kiosk_id, seq)` unique), "
        f"one transaction per {BATCH} rows; SQLite: a fresh file with the office's settings "
        "(WAL, synchronous=FULL, its cache and checkpoints); "
        "PostgreSQL: `LIKE office_event INCLUDING ALL` in the same database; and again, for "
        f"information, one transaction per {KIOSK_BATCH:,} rows (the kiosk's batch). "
        "Pull: a fresh enrolled kiosk's first `sync_once()`.",
        "",
        "| measurement | figure | target | |",
        "| --- | --- | --- | --- |",
    ]
    notes: list[str] = []
    for backend, label in (("sqlite", "SQLite"), ("postgresql", "PostgreSQL")):
        if backend not in results:
            continue
        r = results[backend]
        if isinstance(r, str):
            lines.append(f"| {label}: all measurements | skipped (see below) | | |")
            notes.append(r)
            continue
        push, raw, pull, history = r["push"], r["raw"], r["pull"], r["history"]
        lines += [
            f"| {label}: day's push, events/s | **{push['per_s']:,.0f}** "
            f"({push['seconds']:.1f} s) | | |",
            f"| {label}: raw executemany baseline, rows/s | {raw['per_s']:,.0f} "
            f"({raw['seconds']:.2f} s) | | |",
            f"| {label}: push ÷ raw | **{r['ratio']:.3f}** | ≥ {TARGET_RATIO} | "
            f"{_met(r['ratio'] >= TARGET_RATIO)} |",
            *_at_kiosk_batch(label, r),
            f"| {label}: fresh kiosk pulls {pull['producers']:,} producers | "
            f"**{pull['seconds']:.1f} s** | ≤ {TARGET_PULL_S:.0f} s | "
            f"{_met(pull['seconds'] <= TARGET_PULL_S)} |",
        ]
        kinds = ", ".join(f"{count:,} {kind}" for kind, count in r["kinds"].items())
        notes.append(
            f"{label}: the day's events: {kinds} ({r['by_service']} through the services). "
            f"The baseline's {-(-raw['rows'] // BATCH)} commits took "
            f"{raw['seconds'] * 1000 / -(-raw['rows'] // BATCH):.1f} ms each on average. "
            f"CPU during the push: kiosk {push['kiosk_cpu_s']:.1f} s, office process "
            f"{push['office_cpu_s']:.1f} s; during the pull: kiosk {pull['kiosk_cpu_s']:.1f} s, "
            f"office {pull['office_cpu_s']:.1f} s. History ({history['events']:,} "
            f"registrations) pushed at {history['per_s']:,.0f} events/s. Store build "
            f"{r['build_s']:.1f} s.")
    return "\n".join(lines + [""] + [f"- {note}" for note in notes])


def _at_kiosk_batch(label: str, r: dict[str, Any]) -> list[str]:
    """The baseline at the kiosk's batch size, for information (older results lack it)."""
    raw = r.get("raw_kiosk_batch")
    if raw is None:
        return []
    return [f"| {label}: raw at {KIOSK_BATCH:,} rows per transaction, rows/s; push ÷ it | "
            f"{raw['per_s']:,.0f}; {r['push']['per_s'] / raw['per_s']:.3f} | | for "
            "information |"]


# ---- standalone: figures, and optionally the hot spots --------------------------------------


IDLE = ("'poll' of 'select.epoll'",          # uvicorn's event loop waiting for requests
        "'acquire' of '_thread.lock'")        # worker threads waiting for work


def _idle(label: str) -> bool:
    return any(wait in label for wait in IDLE)


def _label(key: tuple[str, int, str]) -> str:
    file, line, function = key
    if file == "~":
        return function
    parts = Path(file).parts
    where = "/".join(parts[parts.index("kiosk"):]) if "kiosk" in parts else Path(file).name
    return f"{where}:{line}({function})"


def hot_spots(path: Path, top: int = 15) -> str:
    """Own-time leaders (idle waits left out) and the project's functions by cumulative
    time, from one profile."""
    stats: dict[Any, Any] = pstats.Stats(str(path)).stats  # type: ignore[attr-defined]
    rows = [(tt, ct, nc, _label(key)) for key, (_cc, nc, tt, ct, _callers) in stats.items()]
    busy = sorted((r for r in rows if not _idle(r[3])), reverse=True)
    idle = sum(r[0] for r in rows if _idle(r[3]))
    ours = sorted((r for r in rows if r[3].startswith("kiosk/")), key=lambda r: -r[1])
    out = [f"{path.name}: {sum(r[0] for r in busy):.2f} s busy, {idle:.2f} s idle waits",
           "  own time   cumulative   calls  function"]
    out += [f"  {tt:8.3f} s  {ct:8.3f} s  {nc:7d}  {name}" for tt, ct, nc, name in busy[:top]]
    out.append("  -- project code by cumulative time --")
    out += [f"  {tt:8.3f} s  {ct:8.3f} s  {nc:7d}  {name}" for tt, ct, nc, name in ours[:top]]
    return "\n".join(out)


def print_hot_spots(profile_dir: Path, top: int = 15) -> None:
    for path in sorted(profile_dir.glob("*.prof")):
        print("\n" + hot_spots(path, top))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.sync_throughput")
    parser.add_argument("--events", type=int, default=None,
                        help=f"default {FULL_EVENTS:,} ({QUICK_EVENTS:,} with "
                             "KIOSK_BENCH_QUICK=1)")
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--profile", type=Path, default=None, metavar="DIR",
                        help="profile the day's push and the pull (kiosk and office) into "
                             "DIR and print the hot spots (figures then include profiling "
                             "overhead)")
    args = parser.parse_args(argv)
    backends = ("sqlite", "postgresql") if args.backend == "both" else (args.backend,)
    if args.profile is not None:
        args.profile.mkdir(parents=True, exist_ok=True)
    results = run(args.events, backends, args.profile)
    print(report(results))
    if args.profile is not None:
        print_hot_spots(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
