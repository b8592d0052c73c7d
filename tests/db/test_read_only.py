"""A data dir the kiosk cannot write: one clear message, exit status 2, nothing written.

Root ignores permission bits, so as root the kiosk runs under `setpriv` without the
capabilities that bypass them (util-linux; present on Debian and Ubuntu).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from kiosk.db.store import Store
from kiosk.domain.rules import RuleBook
from tests.support.outside import missing_program

ROOT = Path(__file__).resolve().parents[2]


def run_kiosk_unprivileged(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "kiosk", *args]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            missing_program("setpriv (util-linux), to test permissions as root")
        assert setpriv is not None
        command = [setpriv, "--bounding-set",
                   "-dac_override,-dac_read_search,-fowner", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, cwd=ROOT,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def test_unwritable_new_data_dir(tmp_path: Path) -> None:
    parent = tmp_path / "locked"
    parent.mkdir()
    parent.chmod(0o555)
    try:
        result = run_kiosk_unprivileged("--data-dir", str(parent / "kiosk"),
                                        "--exit-after-paint")
    finally:
        parent.chmod(0o755)
    assert result.returncode == 2, result.stderr
    assert "cannot use the data dir" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (parent / "kiosk").exists()


def test_read_only_existing_store(tmp_path: Path, rules: RuleBook) -> None:
    data = tmp_path / "data"
    Store(data / "kiosk.sqlite3", rules).open().close()
    before = {p.name: p.read_bytes() for p in data.iterdir()}
    data.chmod(0o555)
    for path in data.iterdir():
        path.chmod(0o444)
    try:
        result = run_kiosk_unprivileged("--data-dir", str(data), "--exit-after-paint")
    finally:
        data.chmod(0o755)
    assert result.returncode == 2, result.stderr
    assert "cannot use the data dir" in result.stderr and "Traceback" not in result.stderr
    assert {p.name: p.read_bytes() for p in data.iterdir()} == before


def test_bad_rules_file_is_named(tmp_path: Path) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text("version = 1\n[points\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "kiosk", "--data-dir", str(tmp_path / "d"),
                             "--rules", str(rules), "--exit-after-paint"],
                            capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 2
    assert str(rules) in result.stderr and "line 2" in result.stderr
    assert "Traceback" not in result.stderr
