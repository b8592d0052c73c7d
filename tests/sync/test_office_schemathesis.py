"""`schemathesis run --checks all`, the command line as anyone would run it, against a real
office on loopback (SQLite and PostgreSQL) with a valid kiosk credential and that kiosk's id
fixed: every phase, the stateful one included (it follows the links in /openapi.json), ends
with no finding. Then every kiosk of the chain still pulls and agrees with the office.

Bounded and seeded, so a run is reproducible and takes seconds; `SCHEMATHESIS_EXAMPLES`
asks for more.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.db.office_credential import load_credential
from kiosk.domain.rules import RuleBook
from kiosk.services.purchases import PurchaseService
from kiosk.services.visits import VisitService
from tests.sync.conftest import RunningOffice, enrolled, register
from tests.sync.test_hostile_kiosk import assert_kiosks_agree

pytestmark = pytest.mark.slow
EXAMPLES = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "40"))


def test_every_check_passes_and_every_kiosk_still_pulls(office: RunningOffice,
                                                         tmp_path: Path,
                                                         rules: RuleBook) -> None:
    a = enrolled(office, tmp_path / "a", rules, "entrance")
    b = enrolled(office, tmp_path / "b", rules, "stage side")
    fuzz = enrolled(office, tmp_path / "fuzz", rules, "the fuzzer's credential")
    with a:
        _ann, ann = register(a, rules, "Ann")
        PurchaseService(a.store, rules, a.signer).record(ann, "R-0001", 3000)
        VisitService(a.store, rules, a.signer).check_in(ann)
        a.engine().sync_once()
    credential = load_credential(fuzz.dir)
    assert credential is not None
    config = tmp_path / "schemathesis.toml"
    config.write_text(f'[parameters]\nkiosk_id = "{credential.kiosk_id}"\n', encoding="utf-8")
    website_key = office.office.new_website_key("fuzz")
    run = subprocess.run(
        [str(Path(sys.executable).parent / "schemathesis"), "--config-file", str(config),
         "run", f"{office.url}/openapi.json", "--checks", "all",
         "--phases", "examples,coverage,fuzzing,stateful",
         "-H", f"Authorization: Bearer {credential.kiosk_id}.{credential.secret}",
         "-H", f"X-Website-Key: {website_key}",
         "--max-examples", str(EXAMPLES), "--seed", "20261204", "--workers", "1",
         "--request-timeout", "30"],
        capture_output=True, text=True, timeout=900, cwd=tmp_path)
    summary = run.stdout[-6000:]
    assert run.returncode == 0, summary
    assert "Stateful" in run.stdout and "Scenarios" in run.stdout, summary
    assert_kiosks_agree(office, a, b, fuzz)
