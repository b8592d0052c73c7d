"""A real office on loopback, as its own process, for the benchmarks: started, enrolled
to, stopped."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass


REPO = Path(__file__).resolve().parent.parent


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
