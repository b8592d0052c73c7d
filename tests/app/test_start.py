"""The kiosk started the way `make run` starts it, as a real process."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_kiosk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True,
                          text=True, timeout=120, cwd=ROOT,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def test_first_start_creates_store_key_and_demo_data(tmp_path: Path) -> None:
    data = tmp_path / "kiosk-data"
    result = run_kiosk("--data-dir", str(data), "--demo", "--exit-when-ready",
                       "--windowed", "landscape")
    assert result.returncode == 0, result.stderr
    # Nothing but the attract screen: each flow and desk (and the staff PIN pad) is built
    # when first used; the staff gate watches the corner from the start.
    assert "ready screens=1 parts=gate " in result.stdout
    # Start-up's objects are set aside from the garbage collector: a full collection then
    # walks only what came later, not every screen's wrappers (44 ms on the UI thread).
    ready = dict(part.split("=", 1) for part in result.stdout.split("ready ", 1)[1].split())
    assert int(ready["heap-set-aside"]) > 10_000 > 10 * int(ready["heap-tracked"])
    assert (data / "signing_key.pem").stat().st_mode & 0o777 == 0o600
    with sqlite3.connect(data / "kiosk.sqlite3") as con:
        assert con.execute("SELECT count(*) FROM producer").fetchone()[0] == 5
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    again = run_kiosk("--data-dir", str(data), "--demo", "--exit-when-ready")
    assert again.returncode == 0, again.stderr
    with sqlite3.connect(data / "kiosk.sqlite3") as con:
        assert con.execute("SELECT count(*) FROM producer").fetchone()[0] == 5   # not twice


def test_first_paint_is_reported(tmp_path: Path) -> None:
    result = run_kiosk("--data-dir", str(tmp_path / "d"), "--exit-after-paint")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("first-paint-in-process ")


def test_settings_file_mistakes_are_named(tmp_path: Path) -> None:
    data = tmp_path / "d"
    data.mkdir()
    (data / "settings.toml").write_text("idle_timeout_seconds = 'soon'\n", encoding="utf-8")
    result = run_kiosk("--data-dir", str(data), "--exit-after-paint")
    assert result.returncode == 2
    assert "idle_timeout_seconds must be int" in result.stderr


def test_a_relative_data_dir_works_every_time(tmp_path: Path) -> None:
    """`--data-dir kiosk-data` from the folder it lives in: the second start (the store
    exists) used to fail on "relative path can't be expressed as a file URI"."""
    for _ in range(2):
        result = subprocess.run(
            [sys.executable, "-m", "kiosk", "--data-dir", "kiosk-data", "sync", "--once"],
            capture_output=True, text=True, timeout=120, cwd=tmp_path,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                 "PYTHONPATH": str(ROOT)})
        assert result.returncode == 2, result.stderr           # refused, not a traceback
        assert "not enrolled yet" in result.stderr
        assert "Traceback" not in result.stderr
    assert (tmp_path / "kiosk-data" / "kiosk.sqlite3").exists()


def test_the_data_dir_is_private_however_the_kiosk_is_started(tmp_path: Path) -> None:
    """Started by hand with a permissive umask (not by the systemd unit): the store, its
    WAL, the logs and the key still end up readable by the kiosk's user alone; files an
    older version left world-readable are closed too."""
    data = tmp_path / "kiosk-data"
    (data / "logs").mkdir(parents=True)
    data.chmod(0o755)
    old_log = data / "logs" / "kiosk.log.1"
    old_log.write_text("an older log\n", encoding="utf-8")
    old_log.chmod(0o644)
    result = subprocess.run(
        ["sh", "-c", 'umask 022 && exec "$0" -m kiosk "$@"', sys.executable,
         "--data-dir", str(data), "--demo", "--exit-when-ready", "--windowed", "portrait"],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    loose = {str(path.relative_to(data)): oct(path.stat().st_mode & 0o777)
             for path in [data, *data.rglob("*")]
             if path.stat().st_mode & 0o077}
    assert loose == {}
    assert data.stat().st_mode & 0o777 == 0o700


def test_sigterm_ends_the_kiosk_like_staff_quit(tmp_path: Path) -> None:
    """A service manager's stop (SIGTERM) and Ctrl-C (SIGINT) end the event loop: the store
    is closed properly (no WAL left behind) and the status says which signal it was."""
    import signal
    import time

    for number in (signal.SIGTERM, signal.SIGINT):
        data = tmp_path / number.name
        kiosk = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "--data-dir", str(data), "--demo", "--windowed",
             "portrait"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        assert kiosk.stdout is not None
        while "Demo staff PIN" not in kiosk.stdout.readline():   # the store is open
            assert kiosk.poll() is None
        time.sleep(1)
        kiosk.send_signal(number)
        _out, err = kiosk.communicate(timeout=60)
        assert kiosk.returncode == 128 + number, err[-2000:]
        assert "Traceback" not in err
        assert not (data / "kiosk.sqlite3-wal").exists()      # closed, checkpointed
