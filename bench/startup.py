"""Start-up to the first painted attract screen, against a bare PySide6 window.

Both are started as fresh processes the same way (`python …`, offscreen platform), timed
from spawn to the line the process prints on its first paint. Runs alternate so machine
noise hits both alike; the figure that matters is the ratio (target ≤ 1.5).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 1.5


def _time_to_paint(command: list[str]) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    # An installed kiosk starts from compiled bytecode (pip compiles on install; a checkout
    # writes it on its first start), so both programs may write and use theirs here too.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True, env=env, cwd=ROOT)
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("first-paint-in-process"):
            elapsed = time.perf_counter() - started
            break
    else:
        raise RuntimeError(f"{command} never painted")
    process.wait(timeout=30)
    process.stdout.close()
    return elapsed


def run(rounds: int = 9) -> dict[str, float]:
    data_dir = Path(tempfile.mkdtemp(prefix="kiosk-bench-"))
    kiosk = [sys.executable, "-m", "kiosk", "--data-dir", str(data_dir), "--demo",
             "--exit-after-paint", "--windowed", "portrait"]
    bare = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
    cold = _time_to_paint(kiosk)            # first start: creates store, key, demo data
    kiosk_times, bare_times = [], []
    for _ in range(rounds):
        kiosk_times.append(_time_to_paint(kiosk))
        bare_times.append(_time_to_paint(bare))
    result = {
        "kiosk_cold_s": cold,
        "kiosk_warm_median_s": statistics.median(kiosk_times),
        "bare_median_s": statistics.median(bare_times),
    }
    result["ratio"] = result["kiosk_warm_median_s"] / result["bare_median_s"]
    return result


def report(result: dict[str, float]) -> str:
    verdict = "meets" if result["ratio"] <= TARGET_RATIO else "MISSES"
    return "\n".join([
        "## Start-up to first painted attract screen",
        f"- kiosk, first start (new data dir, demo data): {result['kiosk_cold_s']*1000:.0f} ms",
        f"- kiosk, warm start (median): {result['kiosk_warm_median_s']*1000:.0f} ms",
        f"- bare PySide6 window (median, same run): {result['bare_median_s']*1000:.0f} ms",
        f"- ratio kiosk / bare: {result['ratio']:.2f} (target ≤ {TARGET_RATIO}: {verdict})",
    ])
