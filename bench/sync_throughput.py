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
  the kiosk's SyncEngine pushes every pending event (batches of 5,000): events/s. The same
  day is pushed three times from the same start (`bench/sync_snapshot.py`); the median
  counts.
- Baseline, same run: the same N rows, read back from the office's event table, inserted
  with the driver's plain `executemany` (sqlite3 / psycopg) into a new empty table made
  with the office's own DDL (same columns, same indexes incl. both unique ones), one
  transaction per 500 rows. SQLite: a fresh file with the office's pragmas (WAL,
  synchronous=FULL, its page cache and checkpoint threshold) and its WAL checkpoints in a
  thread (`kiosk/server/wal_checkpoints.py`); PostgreSQL: `CREATE TABLE … (LIKE office_event
  INCLUDING ALL)` in the same database. The baseline runs three times; the median counts.
  Target: office events/s ÷ raw events/s ≥ 0.25.
  The baseline is also run at 5,000 rows per transaction (the kiosk's batch), reported for
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
import gc
import os
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench.kiosk_setup import (
    BulkPlan,
    bench_rules,
    bulk_append,
    business_day_open,
    enrol,
    open_kiosk,
    pending_count,
    pending_kinds,
    service_events,
    sync_engine,
)
from bench.office_process import OfficeProcess
from bench.sync_report import print_hot_spots, report
from bench.sync_snapshot import DaySnapshot
from bench.sync_spec import (
    BASELINE_RUNS,
    BATCH,
    FULL_EVENTS,
    KIOSK_BATCH,
    PUSH_RUNS,
    QUICK_EVENTS,
    REGISTRATIONS_PER_EVENT,
    SERVICE_PRODUCERS,
)

if TYPE_CHECKING:
    from kiosk.domain.rules import RuleBook

def _say(text: str) -> None:
    print(f"  sync throughput: {text}", file=sys.stderr, flush=True)


def event_count() -> int:
    return QUICK_EVENTS if os.environ.get("KIOSK_BENCH_QUICK") == "1" else FULL_EVENTS


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
    """A fresh, enrolled kiosk's first sync: nothing to push, everything to pull. What this
    process holds from earlier benchmarks is set aside from the garbage collector first, as
    a kiosk sets aside its start-up (`kiosk.ui.heap.set_heap_aside`): otherwise each of the
    pull's full collections walks the leftovers too (seen: 4.2-4.8 s alone, 6-7 s after
    the scale benchmark in one process)."""
    gc.collect()
    gc.freeze()
    try:
        return _timed_pull(data_dir, rules, office, profile_to)
    finally:
        gc.unfreeze()


def _timed_pull(data_dir: Path, rules: RuleBook, office: OfficeProcess,
                profile_to: Path | None) -> dict[str, float]:
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


# ---- baselines: the same rows, raw executemany, one transaction per 500 (and per 5,000) -----


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

    rules = bench_rules()
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
    kinds = pending_kinds(kiosk_dir / "kiosk.sqlite3")
    snapshot = DaySnapshot(database, kiosk_dir, work / "before-day").take()
    pushes = []
    for run in range(PUSH_RUNS):
        _say(f"{tag}: pushing the day's {sum(kinds.values()):,} events "
             f"({run + 1} of {PUSH_RUNS})")
        if run:
            snapshot.restore()
        first = run == 0           # the profile, if asked for, is of the first push
        with OfficeProcess(database, log, profile("office-push") if first else None) as office:
            pushes.append(timed_push(kiosk_dir, rules, office,
                                     profile("kiosk-push") if first else None))
    push = median_run(pushes)

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
    raw = median_run([baseline(credential.kiosk_id, history, BATCH)
                      for _ in range(BASELINE_RUNS)])
    raw_kiosk_batch = median_run([baseline(credential.kiosk_id, history, KIOSK_BATCH)
                                  for _ in range(BASELINE_RUNS)])
    if raw["rows"] != events:
        raise RuntimeError(f"baseline copied {raw['rows']} rows, expected {events}")
    return {"build_s": build_s, "by_service": by_service, "kinds": kinds,
            "history": history_push, "push": push, "raw": raw, "pull": pull,
            "raw_kiosk_batch": raw_kiosk_batch, "ratio": push["per_s"] / raw["per_s"]}



def median_run(runs: list[dict[str, float]]) -> dict[str, Any]:
    """The run with the median rate, and every run's rate (the spread, for the report)."""
    ordered = sorted(runs, key=lambda run: run["per_s"])
    return {**ordered[len(ordered) // 2], "runs_per_s": [run["per_s"] for run in ordered]}


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
