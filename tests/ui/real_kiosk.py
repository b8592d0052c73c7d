"""The real kiosk on a real display server, driven like a person: taps and keys go through
the server (xdotool on X, wtype on Wayland), the kiosk answers where its widgets are
(`kiosk_driver.py`). Shared by the screen-size and the scan-over-every-screen tests."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PIL import Image

from tests.support.qr import qr_texts

ROOT = Path(__file__).resolve().parents[2]
FIRST_PIN = "5827"


class RealKiosk:
    """`python -m tests.ui.kiosk_driver --data-dir …` on a display, asked by line."""

    def __init__(self, env: dict[str, str], data_dir: Path, taps: Callable[[int, int], None],
                 *extra: str, launcher: Sequence[str] = (),
                 python: str = sys.executable) -> None:
        """`launcher` runs before the kiosk's command (e.g. a compositor and a user)."""
        self.tap_at = taps
        self.env = env
        self.process = subprocess.Popen(
            [*launcher, python, "-m", "tests.ui.kiosk_driver",
             "--data-dir", str(data_dir), "--idle-timeout", "600", *extra],
            cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True)
        self._answers: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._answers.put(line)

    def ask(self, question: str) -> Any:
        assert self.process.stdin is not None
        if self.process.poll() is not None:
            raise AssertionError(f"the kiosk exited ({self.process.returncode}): "
                                 f"{self.stderr_tail()}")
        self.process.stdin.write(question + "\n")
        self.process.stdin.flush()
        while True:
            line = self._answers.get(timeout=30)
            try:
                return json.loads(line)
            except json.JSONDecodeError:
                continue            # the kiosk's own prints

    def stderr_tail(self) -> str:
        if self.process.poll() is None or self.process.stderr is None:
            return ""
        return self.process.stderr.read()[-3000:]

    def wait_for(self, screen: str, timeout: float = 30) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        state: Any = None
        while time.monotonic() < deadline:
            state = self.ask("state")
            if isinstance(state, dict) and state.get("screen") == screen:
                time.sleep(0.3)              # let the screen settle (layouts, fonts)
                return state
            time.sleep(0.1)
        raise AssertionError(f"waited for {screen}, the kiosk shows {state}")

    def tap(self, path: str) -> None:
        """Tap the widget at `path` (attributes from the window)."""
        where = self.ask(f"where {path}")
        assert "error" not in where, where
        assert where["visible"] and where["enabled"], f"{path} cannot be tapped: {where}"
        self.tap_at(where["x"], where["y"])
        time.sleep(0.15)

    def tap_key(self, text: str) -> None:
        where = self.ask(f"key {text}")
        assert "error" not in where, where
        self.tap_at(where["x"], where["y"])
        time.sleep(0.12)

    def outside(self) -> list[str]:
        answer = self.ask("outside")
        assert isinstance(answer, list), answer
        return answer

    def grab(self, path: Path) -> Path:
        answer = self.ask(f"grab {path}")
        assert answer.get("saved"), answer
        return path

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


def x_tools(display: str) -> tuple[dict[str, str], Callable[[int, int], None]]:
    """The environment for a Qt program on X `display`, and a tap through xdotool."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")

    def tap(x: int, y: int) -> None:
        subprocess.run(["xdotool", "mousemove", str(x), str(y), "click", "1"], check=True,
                       env=env, timeout=30)

    return env, tap


def qr_codes_on(png: Path) -> list[str]:
    """Every QR code zxing-cpp finds on a grab of the screen."""
    return qr_texts(Image.open(png))


def register_by_taps(kiosk: RealKiosk, shots: Path, label: str) -> str:
    """First PIN, then a customer's whole registration by taps; returns the new card's
    token read off the screen. Every screen on the way must lie wholly on the screen."""
    seen: dict[str, list[str]] = {}

    def look(name: str) -> None:
        seen[name] = kiosk.outside()
        kiosk.grab(shots / f"{name}_{label}.png")

    kiosk.wait_for("PinPadScreen", timeout=60)
    look("first_pin")
    for _ in range(2):                               # choose, then repeat
        for digit in FIRST_PIN:
            kiosk.tap("parts.gate.pin.pad.keys." + digit)
        kiosk.tap("parts.gate.pin.ok_button")
    kiosk.wait_for("StaffHomeScreen")               # the new PIN opens staff mode
    look("staff_home")
    kiosk.tap("parts.home.home.close_button")
    state = kiosk.wait_for("AttractScreen")
    look("attract")
    width, height = state["screen_size"]
    kiosk.tap_at(width // 2, height // 5)            # a tap anywhere starts
    kiosk.wait_for("WelcomeScreen")
    look("welcome")
    kiosk.tap("parts.registration.welcome.new_button")
    kiosk.wait_for("NameScreen")
    for kana in "タナカ":
        kiosk.tap_key(kana)
    look("name")
    kiosk.tap("parts.registration.name.next_button")
    kiosk.wait_for("ConfirmScreen")
    kiosk.tap("parts.registration.confirm.terms.agree")
    look("confirm")
    kiosk.tap("parts.registration.confirm.confirm_button")
    kiosk.wait_for("CardReadyScreen", timeout=60)
    time.sleep(0.5)                                  # the card image arrives from a worker
    look("card_ready")
    codes = qr_codes_on(shots / f"card_ready_{label}.png")
    problems = {name: found for name, found in seen.items() if found}
    assert not problems, problems
    assert codes, "no QR code readable on the card screen"
    kiosk.tap("parts.registration.card_ready.done_button")
    return codes[0]
