"""The kiosk's log file: `<data dir>/logs/kiosk.log`, rotated, and never a reason to stop."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.logs import log_path, setup_logging, stop_logging

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    yield
    stop_logging()          # close the file handlers this test opened


def test_lines_go_to_the_log_file_in_the_data_dir(data_dir: Path) -> None:
    path = setup_logging(data_dir)
    assert path == data_dir / "logs" / "kiosk.log" == log_path(data_dir)
    logging.getLogger("kiosk.test").info("hello from the kiosk")
    text = path.read_text(encoding="utf-8")
    assert "INFO kiosk.test: hello from the kiosk" in text


def test_the_log_rotates_and_keeps_a_few_old_files(data_dir: Path) -> None:
    path = setup_logging(data_dir, max_bytes=500, backups=2)
    assert path is not None
    for number in range(100):
        logging.getLogger("kiosk.test").info("line %03d %s", number, "x" * 40)
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == ["kiosk.log", "kiosk.log.1", "kiosk.log.2"]
    assert all(p.stat().st_size <= 500 for p in path.parent.iterdir())
    assert "line 099" in path.read_text(encoding="utf-8")


def test_setting_up_twice_does_not_double_the_lines(data_dir: Path) -> None:
    setup_logging(data_dir)
    path = setup_logging(data_dir)
    assert path is not None
    logging.getLogger("kiosk.test").info("only once")
    assert path.read_text(encoding="utf-8").count("only once") == 1


def test_an_unwritable_data_dir_falls_back_to_stderr(
        data_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    (data_dir / "logs").write_text("a file where the log folder should be", encoding="utf-8")
    assert setup_logging(data_dir) is None
    assert "logging to stderr only: cannot write" in caplog.text
    logging.getLogger("kiosk.test").warning("still logged")      # and nothing raises
    assert "still logged" in caplog.text


def test_the_kiosk_writes_its_log_into_its_data_dir(tmp_path: Path) -> None:
    data = tmp_path / "kiosk-data"
    result = subprocess.run([sys.executable, "-m", "kiosk", "--data-dir", str(data),
                             "--exit-after-paint"], capture_output=True, text=True,
                            timeout=120, cwd=ROOT,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    log = (data / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "language switched to" in log
    assert "language switched to" in result.stderr        # and on stderr as before
