"""Crash test of the sync: `kill -9` a working kiosk and its office, many times, then audit.

A real office (`python -m kiosk.server … serve`) and a real kiosk process
(`tests.sync.crash_worker`, which registers, checks in, pushes and syncs on its own) run on
loopback. Each round SIGKILLs one of them after a random delay, or just after the kiosk
announced a sync pass so the kill lands mid-sync, and restarts it: the office on the same
port and database. At the end the kiosk drains its queue and both stores are audited:

- lost: an event the kiosk acknowledged (printed after its commit) or holds in its ledger
  that the office does not have;
- forgotten: an event the kiosk acknowledged that its own ledger no longer holds;
- duplicated: an event the office holds more than once (by UUID or by kiosk sequence);
- phantom: a kiosk-made event at the office that no kiosk ledger contains;
- altered: the same UUID with other content on the two sides;
- rejected: an event the office kept without effect (none is expected here);
- per producer, the sums of pv_delta and push_delta on both sides, and the kiosk's cached
  balance against the office's balance after the final pull;
- `PRAGMA integrity_check` on both SQLite files.

Used by `tests/sync/test_crash_sync.py` (≥ 50 kills under CI) and by `make soak`:

    python -m tests.sync.crash_harness --kills 1000 [--seed N] [--out bench/results/soak.md]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import queue
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, deque
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from kiosk.db.models import BalanceCache, LedgerEntry, Producer
from kiosk.db.store import Store
from kiosk.domain.rules import parse_rules
from kiosk.paths import rules_path
from kiosk.server.app import open_office
from kiosk.server.models import Kiosk, OfficeEvent, OfficeProducer

ROOT = Path(__file__).resolve().parents[2]
WEBSITE_KIOSK_ID = "website"          # the office's own daily-login events, not a kiosk's
START_TIMEOUT_S = 60.0                # generous: the machine may be busy with other tests
START_TRIES = 5
DRAIN_TIMEOUT_S = 180.0
STDERR_TAIL = 12                      # lines kept of a kiosk's stderr, to explain a crash
# Ports below Linux's ephemeral range (32768+), so while the office is down no outgoing
# connection on this machine can be handed its port and stop it from coming back.
OFFICE_PORTS = range(20_000, 32_000)


class HarnessError(RuntimeError):
    """The harness itself could not go on (a process would not start, drain timed out)."""


@dataclass(frozen=True)
class CrashPlan:
    """How a run kills: how many times, whom, and when."""

    kills: int = 50
    seed: int = 20261123
    office_share: float = 0.25        # of the kills; the rest hit the kiosk
    mid_sync_share: float = 0.4       # aim just after the kiosk says it starts a sync
    min_delay_s: float = 0.1
    max_delay_s: float = 0.6
    mid_sync_delay_s: float = 0.05    # at most this long after "SYNC"
    office_down_s: float = 0.3        # at most this long before the office restarts


@dataclass(frozen=True)
class CrashResult:
    """The figures of one run; `clean` when every invariant holds exactly."""

    kiosk_kills: int
    office_kills: int
    mid_sync_kills: int               # kills aimed just after the kiosk said "SYNC"
    syncs_cut_short: int              # sync passes the kiosk started and never finished
    unexpected_exits: int             # a child that died without being killed
    acknowledged: int                 # events the kiosk acknowledged before a kill
    kiosk_events: int
    office_events: int                # kiosk-made events at the office
    lost: int
    forgotten: int                    # acknowledged, yet missing from the kiosk's ledger
    duplicated: int
    phantom: int
    altered: int
    rejected: int                     # kept by the office with no effect
    producers: int
    mismatched_producers: int         # per-producer pv/push sums differ
    mismatched_balances: int          # kiosk's cached balance ≠ the office's
    pending_after_drain: int
    acked_through_ok: bool            # the office's gap-free mark = the kiosk's last seq
    kiosk_integrity: str
    office_integrity: str
    wall_time_s: float
    actions: dict[str, int] = field(default_factory=dict)
    exit_reasons: list[str] = field(default_factory=list)

    @property
    def kills(self) -> int:
        return self.kiosk_kills + self.office_kills

    @property
    def clean(self) -> bool:
        return (self.unexpected_exits == self.lost == self.forgotten == self.duplicated
                == self.phantom == self.altered == self.rejected == self.mismatched_producers
                == self.mismatched_balances == self.pending_after_drain == 0
                and self.acked_through_ok
                and self.kiosk_integrity == self.office_integrity == "ok")

    def markdown(self) -> str:
        """A two-column table of every figure, for a terminal or a results file."""
        rows = [(f.name.replace("_", " "), getattr(self, f.name)) for f in fields(self)
                if f.name not in ("actions", "exit_reasons")]
        rows += [(f"actions: {name}", count) for name, count in sorted(self.actions.items())]
        rows += [("unexpected exit", reason) for reason in self.exit_reasons]
        rows.append(("verdict", "clean" if self.clean else "FAILED"))
        lines = ["| figure | value |", "|---|---|"]
        lines += [f"| {name} | {_cell(value)} |" for name, value in rows]
        return "\n".join(lines)


def _cell(value: object) -> str:
    return f"{value:.1f}" if isinstance(value, float) else str(value).replace("|", "\\|")


# ---- child processes ---------------------------------------------------------------------


def _child_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}


def _free_office_port(rng: random.Random) -> int:
    for _attempt in range(200):
        port = rng.choice(OFFICE_PORTS)
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise HarnessError("no free port for the office")


def _kill(process: subprocess.Popen[str]) -> bool:
    """SIGKILL and reap; False when the process had already ended on its own."""
    if process.poll() is not None:
        return False
    process.send_signal(signal.SIGKILL)
    process.wait()
    return True


class OfficeProcess:
    """`python -m kiosk.server serve` on a fixed port and database, restartable."""

    def __init__(self, database: Path, port: int, log: IO[str]) -> None:
        self.database = database
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self._log = log
        self._process: subprocess.Popen[str] | None = None

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "kiosk.server", "--database", str(self.database), *args]

    def start(self) -> int:
        """Start and wait until it accepts connections; returns how many tries failed
        first (the audit counts them: an office that cannot restart is a finding)."""
        for failed in range(START_TRIES):
            self._process = subprocess.Popen(
                # The kiosk's simulated calendar runs years ahead (a "next day" action):
                # the office lets its events in, as it would a kiosk's honest clock.
                self.command("serve", "--host", "127.0.0.1", "--port", str(self.port),
                             "--clock-ahead-days", "36500"),
                stdout=self._log, stderr=self._log, text=True, cwd=ROOT, env=_child_env())
            if self._wait_listening():
                return failed
            time.sleep(0.5)
        raise HarnessError(f"the office would not start on port {self.port}: "
                           "see children.log")

    def _wait_listening(self) -> bool:
        assert self._process is not None
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                return False
            with contextlib.suppress(OSError), socket.create_connection(
                    ("127.0.0.1", self.port), timeout=1):
                return True
            time.sleep(0.05)
        _kill(self._process)
        return False

    def kill(self) -> bool:
        """SIGKILL; False if it had died on its own since it started."""
        assert self._process is not None
        killed = _kill(self._process)
        self._process = None
        return killed

    def stop(self) -> None:
        """The end of the run: ask politely, then insist."""
        if self._process is None:
            return
        self._process.terminate()
        try:
            self._process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            _kill(self._process)
        self._process = None

    def new_enrolment_code(self, label: str) -> str:
        done = subprocess.run(self.command("enrolment-code", label), capture_output=True,
                              text=True, cwd=ROOT, env=_child_env(), timeout=60, check=True)
        return done.stdout.strip()


class KioskProcess:
    """One life of `tests.sync.crash_worker`: its output read on a thread, lines queued."""

    def __init__(self, data_dir: Path, office_url: str, seed: int, log: IO[str]) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-m", "tests.sync.crash_worker", "--data-dir", str(data_dir),
             "--office", office_url, "--seed", str(seed)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
            env=_child_env())
        self.acknowledged: list[tuple[str, str]] = []      # (kind, uuid), in order
        self.syncs: Counter[str] = Counter()
        self.last_words: deque[str] = deque(maxlen=STDERR_TAIL)
        self._log = log
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._readers = [threading.Thread(target=self._read, daemon=True),
                         threading.Thread(target=self._read_errors, daemon=True)]
        for reader in self._readers:
            reader.start()

    def _read(self) -> None:
        """Record acknowledgements as they come (they must survive our kill) and queue all."""
        assert self._process.stdout is not None
        for raw in self._process.stdout:
            line = raw.strip()
            if not line:
                continue
            word, *rest = line.split()
            if word == "ACK":
                kind, entry_uuid = rest
                self.acknowledged.append((kind, entry_uuid))
            elif word.startswith("SYNC"):
                self.syncs[word] += 1
            self._lines.put(line)
        self._lines.put(None)

    def _read_errors(self) -> None:
        """Keep the end of stderr: if the kiosk dies on its own, that says why."""
        assert self._process.stderr is not None
        for line in self._process.stderr:
            self._log.write(line)
            self.last_words.append(line.rstrip())

    def wait_for(self, wanted: str, timeout_s: float) -> bool:
        """Wait for a line starting with `wanted`; False at the timeout or the end."""
        deadline = time.monotonic() + timeout_s
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self._lines.get(timeout=left)
            except queue.Empty:
                return False
            if line is None:
                return False
            if line.split()[0] == wanted:
                return True
        return False

    def skip_queued_lines(self) -> None:
        with contextlib.suppress(queue.Empty):
            while True:
                self._lines.get_nowait()

    def kill(self) -> bool:
        """SIGKILL, reap and read what it said; False if it had died on its own."""
        killed = _kill(self._process)
        for reader in self._readers:
            reader.join(timeout=30)
        for stream in (self._process.stdout, self._process.stderr):
            if stream is not None:
                stream.close()
        return killed


# ---- the run -----------------------------------------------------------------------------


@dataclass
class Tally:
    kiosk_kills: int = 0
    office_kills: int = 0
    mid_sync_kills: int = 0
    unexpected_exits: int = 0
    exit_reasons: list[str] = field(default_factory=list)
    acknowledged: list[tuple[str, str]] = field(default_factory=list)
    syncs: Counter[str] = field(default_factory=Counter)

    def retire(self, kiosk: KioskProcess, killed: bool) -> None:
        self.acknowledged += kiosk.acknowledged
        self.syncs += kiosk.syncs
        if not killed:
            self.unexpected_exits += 1
            self.exit_reasons.append("kiosk: " + " / ".join(kiosk.last_words))

    def office_died(self, why: str) -> None:
        self.unexpected_exits += 1
        self.exit_reasons.append(f"office: {why} (see children.log)")


class CrashRun:
    """One office, one kiosk data dir, the kill rounds, the drain and the audit."""

    def __init__(self, work_dir: Path, plan: CrashPlan) -> None:
        self.plan = plan
        self.rng = random.Random(plan.seed)
        self.kiosk_dir = work_dir / "kiosk"
        self.office_db = work_dir / "office" / "office.sqlite3"
        self.office_db.parent.mkdir(parents=True, exist_ok=True)
        self.log = open(work_dir / "children.log", "a", encoding="utf-8")  # noqa: SIM115
        self.office = OfficeProcess(self.office_db, _free_office_port(self.rng), self.log)
        self.kiosk: KioskProcess | None = None
        self.tally = Tally()

    def run(self) -> CrashResult:
        started = time.monotonic()
        try:
            self._start_office()
            self._enrol()
            for office_is_target in self._targets():
                self._one_round(office_is_target)
            self._stop_kiosk(counted=False)
            self._drain()
        finally:
            self._stop_kiosk(counted=False)
            self.office.stop()
            self.log.close()
        return audit(self.kiosk_dir, self.office_db, self.tally,
                     time.monotonic() - started)

    def _enrol(self) -> None:
        """Enrol the kiosk the way an installer does: a code at the office, `kiosk enrol`."""
        code = self.office.new_enrolment_code("crash test")
        subprocess.run([sys.executable, "-m", "kiosk", "--data-dir", str(self.kiosk_dir),
                        "enrol", "--office", self.office.url, "--code", code,
                        "--label", "crash test"], cwd=ROOT, env=_child_env(),
                       capture_output=True, text=True, timeout=60, check=True)

    def _targets(self) -> list[bool]:
        """Whom each round kills (True: the office), shuffled; both are hit at least once
        whenever there are two rounds or more."""
        office = round(self.plan.kills * self.plan.office_share)
        if self.plan.kills >= 2:
            office = min(max(office, 1), self.plan.kills - 1)
        targets = [True] * office + [False] * (self.plan.kills - office)
        self.rng.shuffle(targets)
        return targets

    def _one_round(self, office_is_target: bool) -> None:
        """Let the kiosk work a random while, or until it starts a sync, then kill."""
        kiosk = self._running_kiosk()
        if self.rng.random() < self.plan.mid_sync_share:
            kiosk.skip_queued_lines()
            if kiosk.wait_for("SYNC", timeout_s=10):
                self.tally.mid_sync_kills += 1
            time.sleep(self.rng.uniform(0, self.plan.mid_sync_delay_s))
        else:
            time.sleep(self.rng.uniform(self.plan.min_delay_s, self.plan.max_delay_s))
        if office_is_target:
            self._kill_office()
        else:
            self._stop_kiosk(counted=True)

    def _running_kiosk(self) -> KioskProcess:
        if self.kiosk is None:
            self.kiosk = KioskProcess(self.kiosk_dir, self.office.url,
                                      self.rng.randrange(2**31), self.log)
            if not self.kiosk.wait_for("READY", START_TIMEOUT_S):
                self._stop_kiosk(counted=False)
                raise HarnessError("the kiosk worker did not start: see children.log")
        return self.kiosk

    def _stop_kiosk(self, counted: bool) -> None:
        if self.kiosk is None:
            return
        killed = self.kiosk.kill()
        self.tally.retire(self.kiosk, killed)
        if counted and killed:
            self.tally.kiosk_kills += 1
        self.kiosk = None

    def _kill_office(self) -> None:
        if self.office.kill():
            self.tally.office_kills += 1
        else:
            self.tally.office_died("ended on its own")
        time.sleep(self.rng.uniform(0, self.plan.office_down_s))
        self._start_office()

    def _start_office(self) -> None:
        for _failed in range(self.office.start()):
            self.tally.office_died("a restart failed")

    def _drain(self) -> None:
        """The kiosk pushes what is pending and pulls to the end, with nobody killing."""
        done = subprocess.run(
            [sys.executable, "-m", "tests.sync.crash_worker", "--data-dir",
             str(self.kiosk_dir), "--office", self.office.url, "--drain"],
            cwd=ROOT, env=_child_env(), capture_output=True, text=True,
            timeout=DRAIN_TIMEOUT_S)
        if done.returncode != 0 or "DRAINED" not in done.stdout:
            raise HarnessError(f"drain failed ({done.returncode}): {done.stderr[-2000:]}")


# ---- the audit ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Event:
    producer: str
    seq: int
    pv_delta: int
    push_delta: int


@dataclass
class Side:
    """What one side holds, read into plain values (the stores are closed again after)."""

    events: dict[str, Event] = field(default_factory=dict)
    rows: int = 0                                   # rows, to catch a UUID held twice
    seq_repeats: int = 0
    balances: dict[str, tuple[int, int]] = field(default_factory=dict)
    pending: int = 0
    rejected: set[str] = field(default_factory=set)    # stored with no effect
    last_seq: int = 0
    integrity: str = ""


@contextlib.contextmanager
def _kiosk_store(kiosk_dir: Path) -> Iterator[Store]:
    store = Store(kiosk_dir / "kiosk.sqlite3",
                  parse_rules(rules_path().read_text(encoding="utf-8"))).open()
    try:
        yield store
    finally:
        store.close()


def read_kiosk(kiosk_dir: Path) -> Side:
    """The kiosk's ledger and balance cache (only ever while no kiosk process runs)."""
    side = Side()
    with _kiosk_store(kiosk_dir) as store:
        for row in LedgerEntry.select(LedgerEntry, Producer).join(Producer):
            side.events[row.uuid] = Event(row.producer.number, row.seq, row.pv_delta,
                                          row.push_delta)
            side.rows += 1
            side.pending += row.synced_at is None
        for cached in BalanceCache.select(BalanceCache, Producer).join(Producer):
            side.balances[cached.producer.number] = (cached.pv_earned, cached.push_points)
        side.integrity = str(store.scalar("PRAGMA integrity_check"))
    side.last_seq = max((event.seq for event in side.events.values()), default=0)
    return side


def read_office(database: Path) -> Side:
    """The office's kiosk-made events and balances (only once the office has stopped)."""
    side = Side()
    office = open_office(str(database))
    try:
        seqs: Counter[tuple[str, int]] = Counter()
        for row in OfficeEvent.select().where(OfficeEvent.kiosk_id != WEBSITE_KIOSK_ID):
            side.events[row.uuid] = Event(row.producer_number, row.seq, row.pv_delta,
                                          row.push_delta)
            side.rows += 1
            if row.rejected is not None:
                side.rejected.add(row.uuid)
            seqs[(row.kiosk_id, row.seq)] += 1
        side.seq_repeats = sum(count - 1 for count in seqs.values())
        for producer in OfficeProducer.select():
            side.balances[producer.number] = (producer.pv_earned, producer.push_points)
        side.last_seq = max((int(k.acked_through) for k in Kiosk.select()), default=0)
    finally:
        office.db.close()
    side.integrity = _integrity_check(database)
    return side


def _integrity_check(database: Path) -> str:
    """`PRAGMA integrity_check` on a closed SQLite file, opened read-only."""
    with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
        return str(db.execute("PRAGMA integrity_check").fetchone()[0])


def _sums(side: Side) -> dict[str, tuple[int, int]]:
    """pv_delta and push_delta summed per producer over the events that took effect."""
    totals: dict[str, tuple[int, int]] = {}
    for entry_uuid, event in side.events.items():
        if entry_uuid in side.rejected:
            continue
        pv, push = totals.get(event.producer, (0, 0))
        totals[event.producer] = (pv + event.pv_delta, push + event.push_delta)
    return totals


def _differing(left: dict[str, tuple[int, int]], right: dict[str, tuple[int, int]]) -> int:
    return sum(left.get(key) != right.get(key) for key in left.keys() | right.keys())


def audit(kiosk_dir: Path, office_db: Path, tally: Tally, wall_time_s: float) -> CrashResult:
    """Compare the drained kiosk with the stopped office, event by event and in sums."""
    kiosk, office = read_kiosk(kiosk_dir), read_office(office_db)
    acknowledged = {entry_uuid for _kind, entry_uuid in tally.acknowledged}
    held = set(kiosk.events)
    at_office = set(office.events)
    kiosk_sums = _sums(kiosk)
    return CrashResult(
        kiosk_kills=tally.kiosk_kills, office_kills=tally.office_kills,
        mid_sync_kills=tally.mid_sync_kills,
        syncs_cut_short=tally.syncs["SYNC"] - tally.syncs["SYNCED"]
        - tally.syncs["SYNC-UNAVAILABLE"],
        unexpected_exits=tally.unexpected_exits,
        acknowledged=len(acknowledged), kiosk_events=len(held), office_events=office.rows,
        lost=len((acknowledged | held) - at_office),
        forgotten=len(acknowledged - held),
        duplicated=(office.rows - len(at_office)) + office.seq_repeats,
        phantom=len(at_office - held),
        altered=sum(kiosk.events[key] != office.events[key] for key in held & at_office),
        rejected=len(office.rejected),
        producers=len(kiosk_sums),
        mismatched_producers=_differing(kiosk_sums, _sums(office)),
        mismatched_balances=_differing(kiosk.balances, office.balances),
        pending_after_drain=kiosk.pending,
        acked_through_ok=office.last_seq == kiosk.last_seq,
        kiosk_integrity=kiosk.integrity, office_integrity=office.integrity,
        wall_time_s=wall_time_s,
        actions={**Counter(kind for kind, _uuid in tally.acknowledged),
                 **{word.lower(): count for word, count in tally.syncs.items()}},
        exit_reasons=tally.exit_reasons)


def run_crash_test(work_dir: Path, plan: CrashPlan) -> CrashResult:
    """Kill, restart, drain, audit: see the module docstring."""
    return CrashRun(work_dir, plan).run()


# ---- the soak ----------------------------------------------------------------------------


def report(result: CrashResult, plan: CrashPlan) -> str:
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (f"# Sync crash soak — {stamp}\n\n"
            f"{plan.kills} kills (seed {plan.seed}), {os.cpu_count()} CPUs, "
            f"Python {sys.version.split()[0]}; `make soak` or "
            f"`python -m tests.sync.crash_harness --kills N`.\n\n{result.markdown()}\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="kill -9 a syncing kiosk and its office")
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=CrashPlan.seed)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "soak.md")
    parser.add_argument("--work-dir", type=Path, default=None,
                        help="keep the stores and logs here (default: a temporary dir)")
    args = parser.parse_args(argv)
    plan = CrashPlan(kills=args.kills, seed=args.seed)
    with contextlib.ExitStack() as stack:
        work_dir = args.work_dir or Path(stack.enter_context(
            tempfile.TemporaryDirectory(prefix="kiosk-crash-")))
        work_dir.mkdir(parents=True, exist_ok=True)
        result = run_crash_test(work_dir, plan)
    text = report(result, plan)
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    return 0 if result.clean else 1


if __name__ == "__main__":
    sys.exit(main())
