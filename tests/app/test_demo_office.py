"""`make run` shows the whole loop: a local office serving the website, the kiosk enrolled to
it, the demo data synced, the website's address printed, the office stopped when the kiosk
quits. Started as `make run` starts it (`scripts/run_demo.py`), as real processes on loopback."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from kiosk.services.demo import DEMO_CAST, DEMO_PRODUCERS
from scripts.run_demo import free_port, port_is_free

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def run_demo(data: Path, port: int) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "scripts/run_demo.py", "--data-dir", str(data), "--port", str(port),
         "--exit-when-ready"], capture_output=True, text=True, timeout=180, cwd=ROOT, env=env)


def office_rows(data: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(data / "office" / "office.sqlite3") as con:
        return con.execute(sql).fetchall()


def kiosk_pending(data: Path) -> int:
    with sqlite3.connect(data / "kiosk.sqlite3") as con:
        return int(con.execute(
            "SELECT count(*) FROM ledger_entry WHERE synced_at IS NULL").fetchone()[0])


def test_make_run_starts_an_office_syncs_the_demo_and_stops_it(tmp_path: Path) -> None:
    data, port = tmp_path / "demo-data", free_port("127.0.0.1")
    first = run_demo(data, port)
    assert first.returncode == 0, first.stderr[-3000:]
    address = f"http://127.0.0.1:{port}/"
    assert f"Producer website (and the office the kiosk syncs with): {address}" in first.stdout
    assert "Demo staff PIN" in first.stdout
    assert port_is_free("127.0.0.1", port), "the office must stop when the kiosk quits"
    # The kiosk enrolled once; every demo producer and purchase reached the office.
    assert office_rows(data, "SELECT count(*) FROM kiosk") == [(1,)]
    names = {row[0] for row in office_rows(data, "SELECT nickname FROM office_producer")}
    assert names == {nickname for nickname, _, _ in DEMO_PRODUCERS}
    assert office_rows(data, "SELECT count(*) FROM office_cast") == [(len(DEMO_CAST),)]
    assert office_rows(data, "SELECT count(*) FROM office_event WHERE problem IS NOT NULL "
                             "AND problem != ''") == [(0,)]
    assert kiosk_pending(data) == 0
    settings = (data / "settings.toml").read_text(encoding="utf-8")
    assert f'website_url = "{address}login"' in settings


def test_a_taken_port_moves_the_office_and_the_kiosk_follows(tmp_path: Path) -> None:
    data = tmp_path / "demo-data"
    assert run_demo(data, free_port("127.0.0.1")).returncode == 0
    with socket.socket() as squatter:                 # someone else now has the usual port
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        taken = squatter.getsockname()[1]
        second = run_demo(data, taken)
    assert second.returncode == 0, second.stderr[-3000:]
    line = next(text for text in second.stdout.splitlines() if "Producer website" in text)
    moved = line.rsplit(" ", 1)[1].rstrip("/")
    assert moved != f"http://127.0.0.1:{taken}"
    credential = json.loads((data / "office.json").read_text(encoding="utf-8"))
    assert credential["url"] == moved
    assert office_rows(data, "SELECT count(*) FROM kiosk") == [(1,)]     # not enrolled twice
    assert kiosk_pending(data) == 0


def test_the_website_answers_at_the_printed_address_while_the_kiosk_runs(
        tmp_path: Path) -> None:
    """A kiosk left running (windowed) while the login page is opened at the printed
    address; then the launcher is stopped as a service manager would (SIGTERM)."""
    data, port = tmp_path / "demo-data", free_port("127.0.0.1")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    launcher = subprocess.Popen(
        [sys.executable, "scripts/run_demo.py", "--data-dir", str(data), "--port", str(port),
         "--windowed", "portrait", "--allow-exit"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT, env=env)
    try:
        assert launcher.stdout is not None
        line = launcher.stdout.readline()
        address = line.rsplit(" ", 1)[1].strip()
        with urllib.request.urlopen(f"{address}login", timeout=10) as page:
            html = page.read().decode()
        assert page.status == 200 and "<form" in html
    finally:
        launcher.terminate()                         # as Ctrl-C in the terminal would
        launcher.wait(timeout=60)
        launcher.stdout.close()
    assert port_is_free("127.0.0.1", port), "the office must stop with the launcher"
