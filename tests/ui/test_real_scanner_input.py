"""A keyboard-wedge scanner as the X server delivers it: xdotool types a real card token
into a real full-screen window under Xvfb, with the US and the Japanese (JIS) keymaps,
Shift for every capital, Caps Lock, each suffix, at 3 and at 30 ms per key — and a person
at 150 ms per key is never a scan.

A scanner set to one layout typing into a kiosk set to another presses the keys of its own
layout; typing the text those keys produce on the kiosk's layout (`+` for a US scanner's
`:` on a JIS kiosk, `'` for a JIS scanner's `:` on a US kiosk) sends the same key codes.
"""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.domain.tokens import (
    CardClaims,
    key_id_for,
    new_signing_key,
    raw_public_key,
    sign_card,
    verify_card,
)
from tests.support.outside import missing_program
from tests.support.xserver import xvfb

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
KEY = new_signing_key()
TRUSTED = {key_id_for(raw_public_key(KEY)): raw_public_key(KEY)}
TOKEN = sign_card(CardClaims(key_id=key_id_for(raw_public_key(KEY)), card_id=4242,
                             generation=1), KEY)
# The key a scanner presses for ":" in its layout, read through the kiosk's layout.
AS_READ = {("us", "us"): ":", ("jp", "jp"): ":", ("us", "jp"): "+", ("jp", "us"): "'"}


class Probe:
    """The probe window's output lines, read on a thread."""

    def __init__(self, display: str) -> None:
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.ui.wedge_probe", "120"], cwd=ROOT, env=env,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, prefix: str, seconds: float = 15) -> str:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.1)
            except queue.Empty:
                continue
            if line.startswith(prefix):
                return line
        raise AssertionError(f"no {prefix!r} from the probe")

    def drain(self, settle_s: float = 0.4) -> list[str]:
        time.sleep(settle_s)
        out = []
        while not self.lines.empty():
            out.append(self.lines.get())
        return out

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)
        if self.process.stdout is not None:
            self.process.stdout.close()


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    for program in ("xdotool", "setxkbmap"):
        if shutil.which(program) is None:
            missing_program(f"{program} (apt-get install xdotool x11-xkb-utils)")
    with xvfb(96, "1280x800") as shown:
        yield shown


@pytest.fixture
def probe(display: str) -> Iterator[Probe]:
    running = Probe(display)
    running.wait_for("ready")
    yield running
    running.stop()


def x(display: str, *args: str) -> None:
    subprocess.run(list(args), check=True, env={**os.environ, "DISPLAY": display},
                   timeout=60)


def keymap(display: str, layout: str) -> None:
    x(display, "setxkbmap", layout)


def type_burst(display: str, text: str, delay_ms: int, suffix: str) -> None:
    """The text and its suffix in one xdotool run, so the suffix follows at the scanner's
    pace (xdotool types "\n" as Return, "\t" as Tab, "\r" as Return too)."""
    x(display, "xdotool", "type", "--delay", str(delay_ms), text + suffix)


@pytest.mark.parametrize("delay_ms", [3, 30])
@pytest.mark.parametrize(("scanner", "kiosk"), sorted(AS_READ), ids=lambda v: str(v))
def test_a_card_scans_through_any_layout_pair(display: str, probe: Probe, scanner: str,
                                              kiosk: str, delay_ms: int) -> None:
    keymap(display, kiosk)
    typed = TOKEN.replace(":", AS_READ[(scanner, kiosk)])
    type_burst(display, typed, delay_ms, "\n")
    code = probe.wait_for("scan ").removeprefix("scan ")
    assert verify_card(code, TRUSTED).card_id == 4242
    assert not [line for line in probe.drain() if line.startswith(("field", "enter"))]


@pytest.mark.parametrize("suffix", ["", "\t", "\r\n"], ids=["none", "tab", "cr-lf"])
def test_caps_lock_and_every_suffix(display: str, probe: Probe, suffix: str) -> None:
    keymap(display, "us")
    x(display, "xdotool", "key", "Caps_Lock")
    try:
        type_burst(display, TOKEN, 3, suffix)
        code = probe.wait_for("scan ").removeprefix("scan ")
    finally:
        x(display, "xdotool", "key", "Caps_Lock")
    assert verify_card(code, TRUSTED).card_id == 4242
    assert not [line for line in probe.drain() if line.startswith(("field", "enter"))]


def test_a_person_typing_slowly_is_typing(display: str, probe: Probe) -> None:
    keymap(display, "us")
    x(display, "xdotool", "type", "--delay", "150", "Hello Ann")
    lines = probe.drain(1.0)
    assert "field Hello Ann" in lines
    assert not [line for line in lines if line.startswith("scan")]
