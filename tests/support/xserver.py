"""A private Xvfb display for tests that need a real X server (real key events, a real
full-screen window). Skips locally without Xvfb; fails under `CI=true`."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.support.outside import missing_program


@contextmanager
def xvfb(number: int, size: str = "1080x1920") -> Iterator[str]:
    """Display `:number` at `size` (WxH) for the duration; yields its DISPLAY value."""
    program = shutil.which("Xvfb")
    if program is None:
        missing_program("Xvfb (apt-get install xvfb)")
    assert program is not None
    socket = Path(f"/tmp/.X11-unix/X{number}")
    server = subprocess.Popen([program, f":{number}", "-screen", "0", f"{size}x24",
                               "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while not socket.exists():
            if time.monotonic() > deadline or server.poll() is not None:
                pytest.fail("Xvfb did not start")
            time.sleep(0.05)
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)
