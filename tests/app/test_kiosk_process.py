"""The kiosk's own process leaves PostgreSQL's drivers out (peewee would load psycopg and
libpq when it loads: 15–20 MB and ~30 ms for a kiosk whose store is SQLite), and its store
still opens and answers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys, tempfile
from pathlib import Path
from kiosk.app import without_postgres_drivers
without_postgres_drivers()
import peewee
from kiosk.db.store import Store
from kiosk.domain.rules import parse_rules
from kiosk.paths import rules_path
store = Store(Path(tempfile.mkdtemp()) / "kiosk.sqlite3",
              parse_rules(rules_path().read_text(encoding="utf-8"))).open()
store.close()
print(peewee.psycopg is None, any(name.startswith("psycopg") and sys.modules[name]
                                  for name in list(sys.modules)))
"""


def test_the_kiosk_process_runs_its_store_without_postgres_drivers() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["True", "False"]
