"""The sync benchmark's report, and the hot spots of its profiles."""

from __future__ import annotations

import pstats
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench.sync_spec import (
    BASELINE_RUNS,
    BATCH,
    KIOSK_BATCH,
    PUSH_RUNS,
    REGISTRATIONS_PER_EVENT,
    TARGET_PULL_S,
    TARGET_RATIO,
)

if TYPE_CHECKING:
    pass


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
        f"day's {events:,} pending events through `SyncEngine` in batches of {KIOSK_BATCH:,}, "
        f"{PUSH_RUNS} times from the same start (the median counts). "
        "Baseline (same run): the same rows, read back from the office's `office_event`, "
        "inserted by the driver's plain `executemany` into an empty table built with the "
        "office's own DDL (same columns and indexes, `uuid` and `(kiosk_id, seq)` unique), "
        f"one transaction per {BATCH} rows; SQLite: a fresh file with the office's settings "
        "(WAL, synchronous=FULL, its cache and checkpoints); "
        "PostgreSQL: `LIKE office_event INCLUDING ALL` in the same database; run "
        f"{BASELINE_RUNS} times, the median counts; and again, for "
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
            f"({push['seconds']:.1f} s{_spread(push)}) | | |",
            f"| {label}: raw executemany baseline, rows/s | {raw['per_s']:,.0f} "
            f"({raw['seconds']:.2f} s{_spread(raw)}) | | |",
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
            f"CPU during the median push: kiosk {push['kiosk_cpu_s']:.1f} s, office process "
            f"{push['office_cpu_s']:.1f} s; during the pull: kiosk {pull['kiosk_cpu_s']:.1f} s, "
            f"office {pull['office_cpu_s']:.1f} s. History ({history['events']:,} "
            f"registrations) pushed at {history['per_s']:,.0f} events/s. Store build "
            f"{r['build_s']:.1f} s.")
    return "\n".join(lines + [""] + [f"- {note}" for note in notes])


def _spread(measured: dict[str, Any]) -> str:
    """"; median of 3: 48,100–52,300" (results from before repeated runs: "")."""
    runs = measured.get("runs_per_s") or []
    if len(runs) < 2:
        return ""
    return f"; median of {len(runs)}: {min(runs):,.0f}–{max(runs):,.0f}"


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
