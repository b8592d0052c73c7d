"""The real kiosk, full screen on a real X server at the screen sizes cafés buy, in both
orientations: nobody resizes the window but the kiosk itself. A first PIN, a registration
and a card check are done by taps (xdotool) and a scan; every screen on the way must lie
wholly on the screen with no text clipped, and the card's QR code must read off the screen.

Screenshots land in `test-artifacts/real-screens/` (look at them).
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.outside import missing_program
from tests.support.xserver import xvfb
from tests.ui.real_kiosk import RealKiosk, register_by_taps, x_tools

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "test-artifacts" / "real-screens"
# Every size a café is likely to have, each way round.
SIZES = ["1080x1920", "1920x1080", "1366x768", "768x1366", "1280x800", "800x1280",
         "1280x1024", "1024x1280", "1024x768", "768x1024"]


@pytest.fixture(autouse=True)
def _x_tools() -> None:
    if shutil.which("xdotool") is None:
        missing_program("xdotool (apt-get install xdotool)")


@pytest.fixture
def kiosk_on(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[RealKiosk]:
    size: str = request.param
    with xvfb(60 + SIZES.index(size), size) as display:
        env, tap = x_tools(display)
        kiosk = RealKiosk(env, tmp_path / "data", tap)
        try:
            yield kiosk
        finally:
            kiosk.stop()


@pytest.mark.parametrize("kiosk_on", SIZES, indirect=True)
def test_register_and_scan_by_taps_full_screen(kiosk_on: RealKiosk) -> None:
    kiosk = kiosk_on
    SHOTS.mkdir(parents=True, exist_ok=True)
    state = kiosk.wait_for("PinPadScreen", timeout=60)
    width, height = state["screen_size"]
    label = f"{width}x{height}"
    assert state["fullscreen"], state
    assert state["window"] == [0, 0, width, height], "the kiosk does not cover the screen"
    assert state["portrait"] == (height > width)

    token = register_by_taps(kiosk, SHOTS, label)

    state = kiosk.wait_for("AttractScreen")
    assert state["window"] == [0, 0, width, height]
    subprocess.run(["xdotool", "type", "--delay", "5", token + "\n"], check=True,
                   env=kiosk.env, timeout=60)
    kiosk.wait_for("BalanceScreen")
    time.sleep(0.3)
    assert kiosk.outside() == []
    kiosk.grab(SHOTS / f"balance_{label}.png")
    kiosk.tap("parts.producer.balance.check_in_button")
    time.sleep(0.8)
    assert kiosk.outside() == []
    kiosk.grab(SHOTS / f"checked_in_{label}.png")
    state = kiosk.ask("state")
    assert state["window"] == [0, 0, width, height], "a screen made the window grow"
