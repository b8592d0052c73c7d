"""The machine a report was measured on, and how busy it was: a figure means little without
them (the dev machines are shared; ratios against a baseline of the same run travel better
than times)."""

from __future__ import annotations

import os
import platform
from pathlib import Path


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def memory_gb() -> float:
    try:
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 2**20
    except OSError:
        pass
    return 0.0


def describe() -> dict[str, object]:
    return {"cpu": cpu_model(), "cpus": os.cpu_count() or 0, "memory_gb": round(memory_gb(), 1),
            "python": platform.python_version(), "system": platform.platform(terse=True),
            "load_at_start": round(os.getloadavg()[0], 2)}


def sentence(machine: dict[str, object], load_at_end: float) -> str:
    return (f"{machine['cpu']}, {machine['cpus']} CPUs, {machine['memory_gb']} GB, "
            f"{machine['system']}, Python {machine['python']}; load average "
            f"{machine['load_at_start']} at the start and {load_at_end:.2f} at the end")
