"""One argon2id verification, the sign-in's unavoidable cost, timed two ways: in this
process before the load (a quiet machine's figure), and by a probe process during the
evening, every half second beside the office, the client and the database.

The second is the sign-in target's baseline. On a machine whose few CPUs the evening
keeps busy, a verification there takes longer than on a quiet one whatever the office
does; what the office adds to it is the sign-in's p95 less the probe's, both measured
under the same load (as the bare endpoint is loaded the same way as the website).
"""

from __future__ import annotations

import secrets
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import NoReturn

from bench.website.spec import ARGON2_SAMPLES, REPO

PROBE_EVERY_S = 0.5         # ~5 % of one CPU: a light load beside the evening's


def _stored() -> tuple[str, str]:
    from kiosk.domain.credentials import hash_password

    password = secrets.token_hex(8)
    return hash_password(password), password


def _timed_verify(stored: str, password: str) -> float:
    from kiosk.domain.credentials import verify_password

    started = time.perf_counter()
    assert verify_password(stored, password)
    return (time.perf_counter() - started) * 1000


def argon2_verify_ms() -> dict[str, float]:
    """One argon2id verification with the parameters the kiosk hashes with (this process,
    one thread, before the load)."""
    from bench.harness import percentile

    stored, password = _stored()
    times = [_timed_verify(stored, password) for _ in range(ARGON2_SAMPLES)]
    return {"median_ms": percentile(times, 0.5), "min_ms": min(times),
            "p95_ms": percentile(times, 0.95)}


def probe_main(out: Path) -> NoReturn:
    """The probe's own process: a verification every `PROBE_EVERY_S`, each time written
    out at once, until it is stopped."""
    stored, password = _stored()
    with out.open("a", encoding="utf-8") as times:
        while True:
            started = time.monotonic()
            times.write(f"{_timed_verify(stored, password):.3f}\n")
            times.flush()
            time.sleep(max(0.0, PROBE_EVERY_S - (time.monotonic() - started)))


class Argon2Probe:
    """`with Argon2Probe(path) as probe:` … `probe.times_ms` once the block is left."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.times_ms: list[float] = []
        self._process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Argon2Probe:
        self.out.unlink(missing_ok=True)
        self._process = subprocess.Popen([sys.executable, "-m", "bench.website_load",
                                          "--argon2-probe", str(self.out)], cwd=REPO)
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        assert self._process is not None
        self._process.terminate()
        self._process.wait(timeout=30)
        if self.out.exists():
            self.times_ms = [float(line) for line in
                             self.out.read_text(encoding="utf-8").split()]
