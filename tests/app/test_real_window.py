"""The kiosk on a real X server (Xvfb), full-screen and frameless, as `make run` starts it.

Catches what the offscreen platform cannot: missing xcb libraries on a fresh machine, and
the full-screen window really taking the screen. Skips locally without Xvfb; under CI it
must run (`.ci/run` installs Xvfb).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.xserver import xvfb

ROOT = Path(__file__).resolve().parents[2]
DISPLAY_NUMBER = 97


@pytest.fixture
def x_display() -> Iterator[str]:
    with xvfb(DISPLAY_NUMBER) as display:
        yield display


@pytest.mark.slow
def test_full_screen_kiosk_on_a_real_x_server(x_display: str, tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=x_display, QT_QPA_PLATFORM="xcb")
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "--data-dir", str(tmp_path / "d"), "--demo",
         "--exit-when-ready"], capture_output=True, text=True, timeout=120, cwd=ROOT,
        env=env)
    assert result.returncode == 0, result.stderr
    assert "ready screens=1 parts=gate size=1080x1920 fullscreen=1" in result.stdout, result.stdout
