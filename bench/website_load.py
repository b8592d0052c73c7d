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
preview and confirm), sign-in p95 ≤ one argon2id verification + 20 ms (the verification
timed by a probe process beside the office during the same evening, p95 against p95; the
same machine's quiet figure is reported beside it), 0 errors. CPU time of the client, the
office and PostgreSQL is reported per phase: the client shares the machine's few CPUs with
the servers.

    python -m bench.website_load [--quick] [--workers 1 2] [--backend postgresql|sqlite]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.website.argon2_probe import Argon2Probe, argon2_verify_ms, probe_main
from bench.website.figures import report
from bench.website.office import (
    Office,
    bare_server,
    build_office,
    office_server,
    qr_draw_ms,
    tree_cpu,
)
from bench.website.phones import client_main
from bench.website.spec import BARE_PAGE, QUICK, REPO, WORKERS, say, set_size, sizes

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
    return (lambda: tree_cpu(pid)) if pid else (lambda: 0.0)



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
        say(f"{workers} worker(s): {len(alone)} producers alone, one after another")
        phases["alone"] = _phase(work, "alone", {**base, "phase": "alone",
                                                 "producers": alone, "warm_up": warm_up},
                                 cpus)
        phases["alone"].pop("cookies")
        say(f"{workers} worker(s): evening, {len(evening)} producers for "
             f"{size['evening_s']:.0f} s")
        with Argon2Probe(work / "argon2-probe.txt") as probe:
            phases["evening"] = _phase(work, "evening", {
                **base, "phase": "evening", "seconds": size["evening_s"],
                "producers": evening}, cpus)
        phases["evening"]["argon2_probe_ms"] = probe.times_ms
        say(f"{workers} worker(s): flat out for {size['flat_out_s']:.0f} s")
        phases["flat_out"] = _phase(work, "flat_out", {
            **base, "phase": "flat_out", "seconds": size["flat_out_s"],
            "cookies": phases["evening"].pop("cookies")}, cpus)
        phases["flat_out"].pop("cookies")
    with bare_server(workers, work / "bare.log") as bare:
        base = {"host": "127.0.0.1", "port": bare.port, "seed": seed,
                "users": len(evening), "seconds": size["bare_s"]}
        say(f"{workers} worker(s): bare endpoint, evening and flat out")
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
    parser.add_argument("--argon2-probe", type=Path, metavar="OUT",
                        help=argparse.SUPPRESS)       # the evening's argon2id probe
    args = parser.parse_args(argv)
    if args.client:
        return client_main(*args.client)
    if args.argon2_probe:
        return probe_main(args.argon2_probe)
    result = run(True if args.quick else None, tuple(args.workers), args.backend)
    print(report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
