"""The office's admin command line, run as staff would (a real process, a real file)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kiosk.paths import rules_path


def office_cli(database: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk.server", "--database", str(database),
                           *args], capture_output=True, text=True, timeout=60)


def test_staff_manage_kiosks_cast_and_rules(tmp_path: Path) -> None:
    database = tmp_path / "office.sqlite3"
    code = office_cli(database, "enrolment-code", "entrance")
    assert code.returncode == 0 and len(code.stdout.strip()) == 10
    assert office_cli(database, "kiosks").stdout == ""           # none enrolled yet
    unknown = office_cli(database, "disable-kiosk", "7")
    assert unknown.returncode == 2 and "no kiosk number 7" in unknown.stderr
    assert office_cli(database, "cast", "set", "hikari", "ひかり", "Hikari",
                      "--order", "3").returncode == 0
    assert "hikari  ひかり  Hikari" in office_cli(database, "cast", "list").stdout
    tab = office_cli(database, "cast", "set", "bad\tid", "ひかり", "Hikari")
    assert tab.returncode == 2 and "no control characters" in tab.stderr
    newer = tmp_path / "rules.toml"
    text = rules_path().read_text(encoding="utf-8")
    newer.write_text(text.replace("version = 1", "version = 2", 1), encoding="utf-8")
    published = office_cli(database, "rules", "publish", str(newer))
    assert published.returncode == 0, published.stderr
    assert "rules version 2 published" in published.stdout
    again = office_cli(database, "rules", "publish", str(newer))
    assert again.returncode == 2 and "not newer" in again.stderr
    assert office_cli(database, "overdrawn").stdout == ""
    missing = office_cli(database, "overdrawn", "--clear", "00000000000")
    assert missing.returncode == 2
    assert office_cli(database, "rejected").stdout == ""         # nothing refused yet
    assert office_cli(database, "pull-problems").stdout == ""
    assert office_cli(database, "quarantine").stdout == ""
    nobody = office_cli(database, "quarantine", "00100000011")
    assert nobody.returncode == 2 and "00100000011" in nobody.stderr
