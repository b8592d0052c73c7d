"""Start-up and memory of the kiosk beside the usual alternative, a browser kiosk, and a bare
PySide6 window, all measured in the same run on the same display.

The browser kiosk is Chromium, started fresh each time (a new temporary profile), showing
bench/browser_page/attract.html: the attract screen as a local page, in the same pink theme
with the kiosk's own bundled fonts (@font-face file URLs into assets/fonts), the café name,
the card fan as CSS shapes, the cycling welcome and "touch to start", the guide teaser and
its button.

Display: a private Xvfb server (1080 × 1920) when Xvfb is installed, with Chromium as a
café would run it (`--kiosk`, a real window) and both Qt programs on the xcb platform;
without Xvfb, Chromium `--headless=new` and Qt offscreen.

Method, for each of the three, rounds alternating so machine noise hits all alike:
- start-up: from spawning the process to its first paint. The Qt programs print
  `first-paint-in-process` on their first paint (as the start-up benchmark uses; for the
  kiosk, the live window's first paint, never the frame kept from its last start); the page
  logs `performance.timeOrigin + startTime` of its first-contentful-paint entry to the
  console, which Chromium writes to stderr (`--enable-logging=stderr`), and that wall-clock
  time is compared with the wall-clock time of the spawn.
- memory: `SETTLE_S` after that paint (the kiosk: after it has also opened its store and
  is ready for a customer, which it does right after the paint, as in the café; its flows
  and desks are built at their first use, so none is yet), summed
  over the whole process tree: RSS (shared pages counted in every process, which
  over-states a multi-process browser), PSS (shared pages divided among their sharers: the
  fair figure) and USS (pages no other process shares), from /proc/<pid>/smaps_rollup via
  psutil. The X server's own memory is counted for none of them.
Run as root (a container), Chromium needs `--no-sandbox`: one process fewer (no sandbox
helper) than on a café machine.
The kiosk and the bare window normally quit at their first paint (`--exit-after-paint`,
bench/bare_window.py); here each is started through a tiny `python -c` wrapper that keeps it
running (see `_KIOSK_HELD`, `_BARE_HELD`).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import psutil

from bench.harness import percentile

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "bench" / "browser_page" / "attract.html"
WIDTH, HEIGHT = 1080, 1920
SETTLE_S = 2.0
PAINT_TIMEOUT_S = 60.0
PROGRAMS = ("kiosk", "bare", "chromium")
LABELS = {"kiosk": "Producer Kiosk", "bare": "bare PySide6 window",
          "chromium": "Chromium kiosk (same screen as a page)"}
QT_MARKER = "first-paint-in-process"
READY_MARKER = "kiosk-started-up"      # the held kiosk: store open, ready for a customer
FCP_MARKER = "first-contentful-paint-at "

# The kiosk as `python -m kiosk` runs it, printing the start-up benchmark's line at its first
# paint (the moment `--exit-after-paint` prints it) but then carrying on starting up.
_KIOSK_HELD = """
import sys, time
import kiosk.ui.first_paint as first_paint
_after = first_paint.after_first_paint
def _announcing(widget, callback):
    def both():
        print("first-paint-in-process", flush=True)
        callback()
        print("kiosk-started-up", flush=True)
    _after(widget, both)
first_paint.after_first_paint = _announcing
from kiosk.app import main, without_postgres_drivers
without_postgres_drivers()
sys.exit(main(sys.argv[1:]))
"""
# bench/bare_window.py, with the quit at its first paint turned into nothing.
_BARE_HELD = """
import runpy, sys
from PySide6.QtWidgets import QApplication
QApplication.quit = staticmethod(lambda: None)
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


@dataclass(frozen=True)
class Sample:
    """One start of one program."""

    paint_ms: float
    rss_mb: float
    pss_mb: float
    uss_mb: float
    processes: int


@dataclass(frozen=True)
class Display:
    """Where the three programs draw: `xvfb` (a private X server) or `headless`."""

    mode: str
    env: dict[str, str]


# ---- the display ----------------------------------------------------------------------------


@contextlib.contextmanager
def private_display(mode: str = "auto") -> Iterator[Display]:
    """A private Xvfb of the kiosk's portrait size, or headless/offscreen without one."""
    if mode == "headless" or (mode == "auto" and shutil.which("Xvfb") is None):
        yield Display("headless", {"QT_QPA_PLATFORM": "offscreen"})
        return
    if shutil.which("Xvfb") is None:
        raise RuntimeError("Xvfb is not installed (apt-get install xvfb)")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{WIDTH}x{HEIGHT}x24",
         "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    try:
        with os.fdopen(read_end) as announced:
            number = announced.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield Display("xvfb", {"DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"})
    finally:
        server.terminate()
        server.wait(timeout=10)


# ---- the three programs -----------------------------------------------------------------------


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _chromium_command(display: Display, profile: Path) -> list[str]:
    chromium = chromium_path()
    if chromium is None:
        raise RuntimeError("Chromium is not installed (apt-get install chromium)")
    command = [
        chromium, f"--user-data-dir={profile}", "--no-first-run", "--no-default-browser-check",
        "--noerrdialogs", "--disable-infobars", "--disable-session-crashed-bubble",
        "--disable-component-update", "--disable-background-networking",
        "--password-store=basic", "--disable-features=Translate",   # no "translate?" bubble
        "--enable-logging=stderr", "--v=0",
        f"--window-size={WIDTH},{HEIGHT}", "--window-position=0,0",
    ]
    if os.geteuid() == 0:
        command.append("--no-sandbox")   # Chromium refuses to run as root with its sandbox
    command += ["--kiosk"] if display.mode == "xvfb" else ["--headless=new", "--hide-scrollbars"]
    return [*command, PAGE.as_uri()]


def _qt_command(program: str, data_dir: Path) -> list[str]:
    if program == "kiosk":
        return [sys.executable, "-c", _KIOSK_HELD, "--data-dir", str(data_dir), "--demo",
                "--windowed", "portrait"]
    return [sys.executable, "-c", _BARE_HELD, str(ROOT / "bench" / "bare_window.py")]


def _env(display: Display) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return {**env, **display.env, "PYTHONPATH": str(ROOT)}


# ---- one start ----------------------------------------------------------------------------------


class _Watch:
    """Reads a child's stream to its end (a full pipe would stall the child) and notes the
    moment, and the line, where the paint marker first appears (and the held kiosk's
    started-up line)."""

    def __init__(self, stream: IO[str], marker: str) -> None:
        self.line: str | None = None
        self.seen_at = 0.0
        self.painted = threading.Event()
        self.started_up = threading.Event()
        self._marker = marker
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream: IO[str]) -> None:
        for line in stream:
            if self.line is None and self._marker in line:
                self.seen_at = time.perf_counter()
                self.line = line
                self.painted.set()
            elif READY_MARKER in line:
                self.started_up.set()

    def join(self) -> None:
        self._thread.join(timeout=10)


def measure_once(program: str, display: Display, data_dir: Path,
                 settle_s: float = SETTLE_S) -> Sample:
    """Start `program`, wait for its first paint, let it settle, weigh it, stop it."""
    with tempfile.TemporaryDirectory(prefix="bench-chromium-") as profile:
        if program == "chromium":
            command, marker = _chromium_command(display, Path(profile)), FCP_MARKER
        else:
            command, marker = _qt_command(program, data_dir), QT_MARKER
        spawned_wall, spawned = time.time(), time.perf_counter()
        process = subprocess.Popen(
            command, env=_env(display), cwd=ROOT, text=True, errors="replace",
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL if program == "chromium" else subprocess.PIPE,
            stderr=subprocess.PIPE if program == "chromium" else subprocess.DEVNULL)
        stream = process.stderr if program == "chromium" else process.stdout
        assert stream is not None
        watch = _Watch(stream, marker)
        try:
            if not watch.painted.wait(PAINT_TIMEOUT_S):
                raise RuntimeError(f"{program} did not paint within {PAINT_TIMEOUT_S:.0f} s: "
                                   f"{command}")
            if program == "chromium":
                assert watch.line is not None
                painted_wall = float(watch.line.split(FCP_MARKER)[1].split('"')[0]) / 1000
                paint_s = painted_wall - spawned_wall
            else:
                paint_s = watch.seen_at - spawned
            if program == "kiosk" and not watch.started_up.wait(PAINT_TIMEOUT_S):
                raise RuntimeError(f"the kiosk did not finish starting up: {command}")
            time.sleep(settle_s)
            if process.poll() is not None:
                raise RuntimeError(f"{program} exited ({process.returncode}) before it was "
                                   "weighed")
            rss, pss, uss, count = tree_memory(process.pid)
        finally:
            stop_tree(process)
            watch.join()             # the stream has ended with the program
            stream.close()
    return Sample(paint_s * 1000, rss / 2**20, pss / 2**20, uss / 2**20, count)


def tree_memory(pid: int) -> tuple[int, int, int, int]:
    """RSS, PSS and USS summed over `pid` and all its descendants, and how many there are."""
    root = psutil.Process(pid)
    rss = pss = uss = count = 0
    for process in [root, *root.children(recursive=True)]:
        try:
            info = process.memory_full_info()
        except (psutil.NoSuchProcess, psutil.ZombieProcess):
            continue
        rss += info.rss
        pss += getattr(info, "pss", info.rss)
        uss += info.uss
        count += 1
    return rss, pss, uss, count


def stop_tree(process: subprocess.Popen[str]) -> None:
    """Terminate a program this benchmark started, and its descendants."""
    try:
        parent = psutil.Process(process.pid)    # not yet reaped: still this child
        family = [parent, *parent.children(recursive=True)]
    except psutil.NoSuchProcess:
        family = []
    for member in family:
        with contextlib.suppress(psutil.NoSuchProcess):
            member.terminate()
    _, alive = psutil.wait_procs(family, timeout=5)
    for member in alive:
        with contextlib.suppress(psutil.NoSuchProcess):
            member.kill()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)


# ---- the benchmark -----------------------------------------------------------------------------


def run(rounds: int = 5, display_mode: str = "auto",
        settle_s: float = SETTLE_S) -> dict[str, object]:
    """`rounds` measured starts of each program (after one unmeasured warm-up of each; the
    kiosk's also creates its data dir and demo data), alternating."""
    samples: dict[str, list[Sample]] = {program: [] for program in PROGRAMS}
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-browser-") as tmp, \
            private_display(display_mode) as display:
        data_dir = Path(tmp) / "data"
        for program in PROGRAMS:
            measure_once(program, display, data_dir, settle_s=0.0)
        for _ in range(rounds):
            for program in PROGRAMS:
                samples[program].append(measure_once(program, display, data_dir, settle_s))
    return {"rounds": rounds, "display": display.mode, "settle_s": settle_s,
            "chromium": chromium_version(), "samples": samples}


TARGET_MEMORY_RATIO = 2.0
MEMORY_WHY = ("what a bare window lacks, measured with smaps and tracemalloc: the attract "
              "screen alone, at its first paint, is already ~1.85× (its code, Qt's enums, "
              "the CJK fonts, its widgets); the store and services the next step needs (a "
              "scan verifies a signature: cryptography; peewee and SQLite) add ~16 MB and "
              "the attract screen's guide teaser and sample cards ~5 MB. Flows and desks "
              "are built at their first use (+30 MB once all are)")


def chromium_version() -> str:
    chromium = chromium_path()
    if chromium is None:
        return "not installed"
    done = subprocess.run([chromium, "--version"], capture_output=True, text=True, timeout=30)
    return done.stdout.strip() or "unknown"


def summary(result: dict[str, object]) -> dict[str, dict[str, float]]:
    """Median and p95 of every figure of every program."""
    samples: dict[str, list[Sample]] = result["samples"]  # type: ignore[assignment]
    out: dict[str, dict[str, float]] = {}
    for program, runs in samples.items():
        figures: dict[str, float] = {"processes": max(run.processes for run in runs)}
        for name in ("paint_ms", "rss_mb", "pss_mb", "uss_mb"):
            values = [getattr(run, name) for run in runs]
            figures[f"{name}_median"] = statistics.median(values)
            figures[f"{name}_p95"] = percentile(values, 0.95)
        out[program] = figures
    return out


def verdicts(result: dict[str, object]) -> list[tuple[str, str, str, str]]:
    """(figure, measured, target, met / missed by how much) for the summary table."""
    figures = summary(result)
    kiosk, browser = figures["kiosk"], figures["chromium"]
    rows = []
    for name, unit, label in (("paint_ms", "ms", "start-up to its live window painted (median)"),
                              ("pss_mb", "MB", "memory, PSS of the process tree (median)"),
                              ("rss_mb", "MB", "memory, RSS of the process tree (median)")):
        mine, theirs = kiosk[f"{name}_median"], browser[f"{name}_median"]
        met = (f"met ({theirs - mine:,.0f} {unit} below)" if mine < theirs
               else f"**missed** by {mine - theirs:,.0f} {unit}")
        rows.append((f"kiosk {label}", f"{mine:,.0f} {unit}",
                     f"< browser kiosk's {theirs:,.0f} {unit}", met))
    if "bare" in figures:
        mine, bare = kiosk["pss_mb_median"], figures["bare"]["pss_mb_median"]
        ratio = mine / bare
        rows.append(("memory (PSS, store open, ready for a customer) ÷ bare PySide6 window",
                     f"{ratio:.2f} ({mine:,.0f} / {bare:,.0f} MB)",
                     f"≤ {TARGET_MEMORY_RATIO:g}",
                     "met" if ratio <= TARGET_MEMORY_RATIO else
                     f"**missed** by {ratio - TARGET_MEMORY_RATIO:.2f}: {MEMORY_WHY}"))
    return rows


def report(result: dict[str, object]) -> str:
    figures = summary(result)
    rounds, display = int(result["rounds"]), str(result["display"])  # type: ignore[call-overload]
    how = ("a private Xvfb (1080 × 1920 × 24); Chromium as a real `--kiosk` window, the Qt "
           "programs on the xcb platform" if display == "xvfb" else
           "no X server: Chromium `--headless=new`, the Qt programs offscreen")
    lines = [
        "## Start-up and memory beside a browser kiosk and a bare PySide6 window",
        "",
        f"{rounds} starts of each, alternating, after one unmeasured warm-up of each; display: "
        f"{how}. {result['chromium']}, a fresh temporary profile every start, showing "
        "`bench/browser_page/attract.html` (the attract screen as a local page: same theme, "
        "bundled fonts, card fan, welcome, teaser). Start-up: spawn → first paint (Qt: the "
        "`first-paint-in-process` line; Chromium: the page's first-contentful-paint time). "
        f"Memory: {float(result['settle_s']):.0f} s after that paint, summed over the process "  # type: ignore[arg-type]
        "tree; the kiosk with its store open and ready for a customer (it opens it right "
        "after its first paint; the wait starts once it has), as in the café; its flows "
        "and desks are built at their first use.",
        "",
        "| program | processes | start-up median / p95 | PSS median / p95 | "
        "RSS median / p95 | USS median |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for program in PROGRAMS:
        f = figures[program]
        lines.append(
            f"| {LABELS[program]} | {f['processes']:.0f} | **{f['paint_ms_median']:,.0f}** / "
            f"{f['paint_ms_p95']:,.0f} ms | **{f['pss_mb_median']:,.0f}** / "
            f"{f['pss_mb_p95']:,.0f} MB | {f['rss_mb_median']:,.0f} / {f['rss_mb_p95']:,.0f} "
            f"MB | {f['uss_mb_median']:,.0f} MB |")
    lines += ["", "Targets (issue 7): start-up and memory below the browser kiosk's."]
    lines += [f"- {figure}: {measured} (target {target}: {met})"
              for figure, measured, target, met in verdicts(result)]
    kiosk, bare = figures["kiosk"], figures["bare"]
    lines.append(f"- for scale: the kiosk over a bare PySide6 window, same run: start-up "
                 f"{kiosk['paint_ms_median'] / bare['paint_ms_median']:.2f}×, PSS "
                 f"{kiosk['pss_mb_median'] / bare['pss_mb_median']:.2f}×")
    return "\n".join(lines)


def screenshot(path: Path) -> Path:
    """The page as Chromium draws it at the kiosk's portrait size (to compare by eye with
    the kiosk's gallery PNG)."""
    chromium = chromium_path()
    if chromium is None:
        raise RuntimeError("Chromium is not installed (apt-get install chromium)")
    with tempfile.TemporaryDirectory(prefix="bench-chromium-") as profile:
        command = [chromium, "--headless=new", "--hide-scrollbars", f"--user-data-dir={profile}",
                   "--no-first-run", f"--window-size={WIDTH},{HEIGHT}",
                   f"--screenshot={path.resolve()}", PAGE.as_uri()]
        if os.geteuid() == 0:
            command.insert(1, "--no-sandbox")
        subprocess.run(command, capture_output=True, timeout=60, check=True)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.browser_kiosk", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--display", choices=("auto", "xvfb", "headless"), default="auto")
    parser.add_argument("--screenshot", type=Path, default=None,
                        help="also save Chromium's rendering of the page here (PNG)")
    args = parser.parse_args()
    if args.screenshot is not None:
        print(f"page screenshot: {screenshot(args.screenshot)}", file=sys.stderr)
    print(report(run(args.rounds, args.display)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
