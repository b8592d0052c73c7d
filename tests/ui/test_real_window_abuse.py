"""What a window manager, or another program, can do to the kiosk's window on a real X
server — unmap it, destroy it, iconify it, kill its connection — never leaves a black
screen over a live process: the window comes back full screen, or the kiosk exits
non-zero so its supervisor restarts it."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.outside import missing_program
from tests.support.xserver import xvfb
from tests.ui.real_kiosk import RealKiosk, x_tools

pytestmark = pytest.mark.slow


@pytest.fixture
def kiosk(tmp_path: Path) -> Iterator[RealKiosk]:
    if shutil.which("xdotool") is None:
        missing_program("xdotool (apt-get install xdotool)")
    with xvfb(90, "1366x768") as display:
        env, tap = x_tools(display)
        running = RealKiosk(env, tmp_path / "data", tap)
        try:
            running.wait_for("PinPadScreen", timeout=60)
            yield running
        finally:
            running.stop()


def abuse(kiosk: RealKiosk, action: str) -> None:
    found = subprocess.run(["xdotool", "search", "--name", "Producer Kiosk"], env=kiosk.env,
                           capture_output=True, text=True, timeout=30, check=False)
    windows = found.stdout.split()
    assert windows, "the kiosk's window is not on the X server"
    for window in windows:
        subprocess.run(["xdotool", action, window], env=kiosk.env, timeout=30, check=False,
                       capture_output=True)


def back_on_screen(kiosk: RealKiosk, timeout: float = 10) -> Any:
    deadline = time.monotonic() + timeout
    state = kiosk.ask("state")
    while not (state["exposed"] and state["fullscreen"]) and time.monotonic() < deadline:
        time.sleep(0.1)
        state = kiosk.ask("state")
    return state


@pytest.mark.parametrize("action", ["windowunmap", "windowclose", "windowminimize"])
def test_the_window_comes_back_full_screen(kiosk: RealKiosk, action: str) -> None:
    abuse(kiosk, action)
    time.sleep(0.3)
    state = back_on_screen(kiosk)
    assert state["exposed"] and state["fullscreen"], state
    assert state["window"] == [0, 0, 1366, 768]
    assert state["screen"] == "PinPadScreen"          # the kiosk carried on where it was


def test_a_killed_connection_ends_the_process_with_an_error(kiosk: RealKiosk) -> None:
    abuse(kiosk, "windowkill")
    assert kiosk.process.wait(timeout=20) != 0
