"""The real kiosk under cage, the Wayland kiosk compositor the shipped session uses
(headless backend): it must cover the output, build every screen, and lay the first screen
out wholly on it.

What this cage (0.1.4, wlroots headless) can and cannot do here: it refuses to run as
root, so as root the test runs it as another user (`KIOSK_TEST_CAGE_USER`, default
`kiosktest`) on the system Python with this checkout's packages; its output size is fixed
(no output-management protocol, so no `wlr-randr` modes), it offers no virtual keyboard
(`wtype` is refused) and no pointer injection, and its screen copies come out black. So:
no taps and no scans here — those run on X (`test_real_screens.py`, `test_real_scans.py`).
Where any of that is missing, the test says so and skips, CI included.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.real_kiosk import ROOT, RealKiosk

pytestmark = pytest.mark.slow
CAGE_USER = os.environ.get("KIOSK_TEST_CAGE_USER", "kiosktest")


def _no_taps(_x: int, _y: int) -> None:
    pytest.skip("cage here offers no pointer injection")


def _as_user(user: pwd.struct_passwd) -> list[str]:
    return ["setpriv", f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}", "--clear-groups"]


def _site_packages() -> str:
    return next(p for p in sys.path if p.endswith("site-packages") and "venv" in p)


@pytest.fixture
def under_cage() -> Iterator[RealKiosk]:
    for program in ("cage", "Xwayland"):
        if shutil.which(program) is None:
            pytest.skip(f"{program} is not installed (apt-get install cage xwayland)")
    launcher: list[str] = []
    python = sys.executable
    owner: pwd.struct_passwd | None = None
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam(CAGE_USER)
        except KeyError:
            pytest.skip(f"cage refuses root; no user {CAGE_USER!r} to run it as")
        launcher = _as_user(owner)
        python = f"/usr/bin/python{sys.version_info.major}.{sys.version_info.minor}"
    work = Path(tempfile.mkdtemp(prefix="kiosk-cage-"))
    runtime = work / "runtime"
    runtime.mkdir(mode=0o700)
    if owner is not None:
        for path in (work, runtime):
            os.chown(path, owner.pw_uid, owner.pw_gid)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(work),
           "XDG_RUNTIME_DIR": str(runtime), "WLR_BACKENDS": "headless",
           "WLR_LIBINPUT_NO_DEVICES": "1", "WLR_RENDERER": "pixman",
           "QT_QPA_PLATFORM": "wayland", "PYTHONPATH": f"{ROOT}:{_site_packages()}"}
    probe = subprocess.run([*launcher, "env", *(f"{k}={v}" for k, v in env.items()), python,
                            "-c", "import kiosk.ui.main_window, tests.ui.kiosk_driver"],
                           cwd=ROOT, capture_output=True, text=True, timeout=120,
                           check=False)
    if probe.returncode != 0:
        shutil.rmtree(work, ignore_errors=True)
        pytest.skip(f"the cage user cannot run the kiosk from {ROOT} with {python}: "
                    f"{probe.stderr.strip()[-300:]}")
    kiosk = RealKiosk(env, work / "data", _no_taps,
                      launcher=[*launcher, "env", *(f"{k}={v}" for k, v in env.items()),
                                "cage", "--"], python=python)
    try:
        yield kiosk
    finally:
        kiosk.stop()
        shutil.rmtree(work, ignore_errors=True)


def test_the_kiosk_covers_cages_output_and_fits_it(under_cage: RealKiosk) -> None:
    state = under_cage.wait_for("PinPadScreen", timeout=90)
    width, height = state["screen_size"]
    assert state["window"] == [0, 0, width, height], state
    assert under_cage.outside() == []
    minimums = under_cage.ask("minimums")
    assert {"AttractScreen", "WelcomeScreen", "BalanceScreen", "PinPadScreen",
            "StaffHomeScreen", "PrintQueueScreen"} <= set(minimums)   # flows and desks built
    too_big = {name: size for name, size in minimums.items()
               if size[0] > width or size[1] > height}
    assert not too_big, f"screens larger than the {width}x{height} output: {too_big}"
    shots = ROOT / "test-artifacts" / "real-screens"
    shots.mkdir(parents=True, exist_ok=True)
    shot = under_cage.grab(Path(under_cage.env["HOME"]) / "first_pin.png")  # the user's dir
    shutil.copy(shot, shots / f"first_pin_cage_{width}x{height}.png")
