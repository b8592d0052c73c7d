"""Start-up to the first painted attract screen, against a bare PySide6 window.

Both are started as fresh processes the same way (`python …`, offscreen platform), timed
from spawn to the line the process prints on its first paint. Runs alternate so machine
noise hits both alike; the figure that matters is the ratio (target ≤ 1.5).

The kiosk's first paint is the frame it kept from its last start (kiosk.ui.first_frame);
the report also gives the time until the live window has painted (the kiosk answers a
touch from then on) and the first start, which has no kept frame yet.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.harness import kiosk_process_env, spread_text

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 1.5


def _time_to_paint(command: list[str]) -> tuple[float, float]:
    """Seconds from spawn to the first paint and to the live paint (the same for a
    program without a kept frame)."""
    env = kiosk_process_env()           # the bare window starts the same way
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True, env=env, cwd=ROOT)
    assert process.stdout is not None
    first = live = 0.0
    for line in process.stdout:
        if line.startswith("first-paint-in-process"):
            first = time.perf_counter() - started
        if line.startswith("live-paint-in-process"):
            live = time.perf_counter() - started
            break
    process.wait(timeout=30)
    process.stdout.close()
    if not first:
        raise RuntimeError(f"{command} never painted")
    return first, live or first


def run(rounds: int = 9) -> dict[str, Any]:
    data_dir = Path(tempfile.mkdtemp(prefix="kiosk-bench-"))
    kiosk = [sys.executable, "-m", "kiosk", "--data-dir", str(data_dir), "--demo",
             "--exit-after-paint", "--windowed", "portrait"]
    bare = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
    cold, _ = _time_to_paint(kiosk)         # first start: creates store, key, demo data
    first, live, unkept, bare_times = [], [], [], []
    for _ in range(rounds):
        with_frame = _time_to_paint(kiosk)
        first.append(with_frame[0] * 1000)
        live.append(with_frame[1] * 1000)
        bare_times.append(_time_to_paint(bare)[0] * 1000)
        shutil.rmtree(data_dir / "cache", ignore_errors=True)    # no kept frame this time
        unkept.append(_time_to_paint(kiosk)[0] * 1000)
    return {
        "kiosk_cold_ms": cold * 1000, "kiosk_first_ms": first, "kiosk_live_ms": live,
        "kiosk_unkept_ms": unkept, "bare_ms": bare_times,
        "ratio": statistics.median(first) / statistics.median(bare_times),
        "live_ratio": statistics.median(live) / statistics.median(bare_times),
    }


def report(result: dict[str, Any]) -> str:
    verdict = "meets" if result["ratio"] <= TARGET_RATIO else "MISSES"
    return "\n".join([
        "## Start-up to first painted attract screen",
        f"- kiosk, first painted frame (the one kept from its last start): "
        f"{spread_text(result['kiosk_first_ms'], 'ms')}",
        f"- kiosk, live window painted (touches answered from here): "
        f"{spread_text(result['kiosk_live_ms'], 'ms')} (ratio to bare "
        f"{result['live_ratio']:.2f})",
        f"- kiosk without a kept frame (deleted before each run): "
        f"{spread_text(result['kiosk_unkept_ms'], 'ms')}",
        f"- kiosk, first start ever (new data dir, demo data): "
        f"{result['kiosk_cold_ms']:.0f} ms",
        f"- bare PySide6 window (same run, alternating): {spread_text(result['bare_ms'], 'ms')}",
        f"- ratio kiosk / bare (medians): {result['ratio']:.2f} (target ≤ {TARGET_RATIO}: "
        f"{verdict})",
    ])
