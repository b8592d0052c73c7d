"""A keyboard-wedge scanner over every kind of screen of the real kiosk, on a real X server:
xdotool types a real card (issued by taps on this very kiosk) with the US keymap and with
the Japanese one (a US-configured scanner on a JIS kiosk), Shift for capitals, Caps Lock.

Whatever screen is showing — attract, a focused name field, the number field of the
manual login, staff mode — a scan opens the card and never lands in a field; a barcode
that is not a card is answered on the screen, not swallowed.
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
from tests.ui.real_kiosk import FIRST_PIN, RealKiosk, register_by_taps, x_tools

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "test-artifacts" / "real-scans"
# What a scanner set to the US layout "types" for ":" as read through each kiosk keymap.
COLON_AS_READ = {"us": ":", "jp": "+"}
NOT_A_CARD = "4901234567894"            # a drink's EAN-13, scanned by mistake


@pytest.fixture(autouse=True)
def _x_tools() -> None:
    for program in ("xdotool", "setxkbmap"):
        if shutil.which(program) is None:
            missing_program(f"{program} (apt-get install xdotool x11-xkb-utils)")


@pytest.fixture
def kiosk(tmp_path: Path) -> Iterator[RealKiosk]:
    with xvfb(80, "1280x800") as display:
        env, tap = x_tools(display)
        running = RealKiosk(env, tmp_path / "data", tap)
        try:
            yield running
        finally:
            running.stop()


def scan(kiosk: RealKiosk, text: str, delay_ms: int, suffix: str = "\n") -> None:
    subprocess.run(["xdotool", "type", "--delay", str(delay_ms), text + suffix], check=True,
                   env=kiosk.env, timeout=120)


def close_balance(kiosk: RealKiosk) -> None:
    kiosk.tap("parts.producer.balance.close_button")
    kiosk.wait_for("AttractScreen")


def assert_untouched(kiosk: RealKiosk, field: str, allowed: set[str]) -> None:
    had = set(kiosk.ask(f"watched {field}"))
    assert had <= allowed, f"{field} received the scan: {had - allowed}"


@pytest.mark.parametrize(("keymap", "delay_ms"), [("us", 3), ("jp", 30)])
def test_a_scan_opens_the_card_over_every_screen(kiosk: RealKiosk, keymap: str,
                                                 delay_ms: int) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    token = register_by_taps(kiosk, SHOTS, keymap)
    kiosk.wait_for("AttractScreen")
    subprocess.run(["setxkbmap", keymap], check=True, env=kiosk.env, timeout=30)
    typed = token.replace(":", COLON_AS_READ[keymap])

    # On the attract screen.
    scan(kiosk, typed, delay_ms)
    kiosk.wait_for("BalanceScreen")
    close_balance(kiosk)

    # Over the focused name field, two letters typed by taps.
    kiosk.tap_at(640, 160)
    kiosk.wait_for("WelcomeScreen")
    kiosk.tap("parts.registration.welcome.new_button")
    kiosk.wait_for("NameScreen")
    kiosk.ask("watch parts.registration.name.name_edit")
    for kana in "ミラ":
        kiosk.tap_key(kana)
    scan(kiosk, typed, delay_ms)
    kiosk.wait_for("BalanceScreen")
    assert_untouched(kiosk, "parts.registration.name.name_edit", {"", "ミ", "ミラ"})
    close_balance(kiosk)

    # Over the manual login's number field.
    kiosk.tap_at(640, 160)
    kiosk.wait_for("WelcomeScreen")
    kiosk.tap("parts.registration.welcome.login_button")
    kiosk.wait_for("ManualLoginScreen")
    kiosk.ask("watch parts.producer.login.number")
    scan(kiosk, typed, delay_ms)
    kiosk.wait_for("BalanceScreen")
    assert_untouched(kiosk, "parts.producer.login.number", {""})
    close_balance(kiosk)

    # With Caps Lock on, and a scanner that sends no suffix at all.
    subprocess.run(["xdotool", "key", "Caps_Lock"], check=True, env=kiosk.env, timeout=30)
    try:
        scan(kiosk, typed, delay_ms, suffix="")
        kiosk.wait_for("BalanceScreen")
    finally:
        subprocess.run(["xdotool", "key", "Caps_Lock"], check=True, env=kiosk.env,
                       timeout=30)
    close_balance(kiosk)

    # A barcode that is not a card: said on the screen, which stays.
    scan(kiosk, NOT_A_CARD, delay_ms)
    deadline = time.monotonic() + 10
    state = kiosk.ask("state")
    while not state["overlay"] and time.monotonic() < deadline:
        time.sleep(0.1)
        state = kiosk.ask("state")
    assert state["overlay"], "a barcode that is not a card got no answer"
    assert state["screen"] == "AttractScreen"
    kiosk.grab(SHOTS / f"not_a_card_{keymap}.png")

    # In staff mode: the scanned card opens at the staff desk.
    time.sleep(4.5)                                   # the notice closes by itself
    subprocess.run(["xdotool", "mousemove", "8", "8", "mousedown", "1", "sleep", "3",
                    "mouseup", "1"], check=True, env=kiosk.env, timeout=30)
    kiosk.wait_for("PinPadScreen")
    for digit in FIRST_PIN:
        kiosk.tap("parts.gate.pin.pad.keys." + digit)
    kiosk.tap("parts.gate.pin.ok_button")
    kiosk.wait_for("StaffHomeScreen")
    scan(kiosk, typed, delay_ms)
    kiosk.wait_for("StaffProducerScreen")
    kiosk.grab(SHOTS / f"staff_producer_{keymap}.png")
