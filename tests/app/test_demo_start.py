"""`make run`'s demo, started as a real process: its own data dir, never the café's default
one, and a staff PIN printed in the terminal so a newcomer can open staff mode (and quit)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.services.demo import DEMO_STAFF_PIN
from kiosk.ui.staff.gesture import HOLD_MS

ROOT = Path(__file__).resolve().parents[2]


def run_kiosk(home: Path, *args: str, xdg: bool = True) -> subprocess.CompletedProcess[str]:
    """The kiosk with its own HOME (and XDG_DATA_HOME): the default data dir is in there."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home)}
    env.pop("XDG_DATA_HOME", None)
    if xdg:
        env["XDG_DATA_HOME"] = str(home / "xdg-data")
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True,
                          text=True, timeout=120, cwd=ROOT, env=env)


def default_dir(home: Path, xdg: bool = True) -> Path:
    return (home / "xdg-data" if xdg else home / ".local" / "share") / "producer-kiosk"


def producers(data: Path) -> int:
    with sqlite3.connect(data / "kiosk.sqlite3") as con:
        return int(con.execute("SELECT count(*) FROM producer").fetchone()[0])


def test_the_demo_lives_in_its_own_dir_and_prints_its_staff_pin(tmp_path: Path) -> None:
    demo = tmp_path / "demo-data"
    first = run_kiosk(tmp_path, "--data-dir", str(demo), "--demo", "--exit-when-ready",
                      "--windowed", "portrait")
    assert first.returncode == 0, first.stderr
    assert f"Demo staff PIN: {DEMO_STAFF_PIN} — hold a finger" in first.stdout
    assert "top-left corner" in first.stdout and f"{HOLD_MS / 1000:g} s" in first.stdout
    assert str(demo) in first.stdout
    assert producers(demo) == 5
    again = run_kiosk(tmp_path, "--data-dir", str(demo), "--demo", "--exit-when-ready",
                      "--windowed", "portrait")
    assert again.returncode == 0, again.stderr
    assert f"Demo staff PIN: {DEMO_STAFF_PIN} " in again.stdout        # the same PIN
    assert producers(demo) == 5                                       # not twice
    assert not default_dir(tmp_path).exists()
    assert not default_dir(tmp_path, xdg=False).exists()


@pytest.mark.parametrize("xdg", [True, False], ids=["XDG_DATA_HOME", "HOME"])
def test_demo_data_is_refused_in_the_default_data_dir(tmp_path: Path, xdg: bool) -> None:
    """`--demo` alone (or naming the default dir) would put demo producers and a known PIN
    where a café's real store lives: refused before anything is written there."""
    for args in (("--demo",), ("--data-dir", str(default_dir(tmp_path, xdg)), "--demo")):
        result = run_kiosk(tmp_path, *args, "--exit-when-ready", xdg=xdg)
        assert result.returncode == 2, result.stderr
        assert "--demo needs a data dir of its own" in result.stderr
        assert "Traceback" not in result.stderr
        assert not default_dir(tmp_path, xdg).exists()


def test_opening_a_kiosk_with_demo_data_in_the_default_dir_is_refused_too(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The backstop under the app's check: whoever calls `open_kiosk` with demo data."""
    from kiosk.bootstrap import load_rules, open_kiosk
    from kiosk.db.errors import StoreError
    from kiosk.paths import default_data_dir, rules_path
    from kiosk.settings import KioskSettings

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    settings = KioskSettings(data_dir=default_data_dir(), demo_data=True)
    with pytest.raises(StoreError, match="needs a data dir of its own"):
        open_kiosk(settings, load_rules(rules_path()))
    assert not default_data_dir().exists()
