"""A manager's first morning at the console, in a real browser: the owner made with the
command line signs in, sets up the authenticator app (QR, code, recovery codes), makes an
enrolment code that a real kiosk process enrols with, sees the kiosk, then signs in again —
where a code already used is refused and a recovery code works once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyotp
from playwright.sync_api import Page, expect

from kiosk.server.office.staff import RECOVERY_CODES
from tests.console.conftest import OWNER_PASSWORD, set_up_second_factor, sign_in
from tests.sync.conftest import RunningOffice

ROOT = Path(__file__).resolve().parents[2]


def test_owner_sets_up_totp_enrols_a_kiosk_and_replays_fail(console: Page,
                                                           office: RunningOffice,
                                                           tmp_path: Path) -> None:
    made = subprocess.run(
        [sys.executable, "-m", "kiosk.server", "--database", office_database_of(office),
         "create-owner", "Mika"], input=OWNER_PASSWORD + "\n", capture_output=True,
        text=True, cwd=ROOT, timeout=60)
    assert made.returncode == 0, made.stderr
    sign_in(console, "mika", OWNER_PASSWORD)
    expect(console).to_have_url(f"{office.url}/console/setup")
    secret, codes = set_up_second_factor(console)
    assert len(codes) == RECOVERY_CODES and len(set(codes)) == RECOVERY_CODES
    used_code = pyotp.TOTP(secret).now()
    console.click("a.button.primary")
    expect(console.locator("h1")).to_have_text("キオスク")
    # An enrolment code for a new kiosk, and a real kiosk process enrolling with it.
    console.fill("#label", "秋葉原 入口")
    console.click("form[action='/console/kiosks/enrolment-code'] button[type=submit]")
    code = console.locator(".code-big code").inner_text()
    expect(console.locator(".qr svg")).to_be_visible()
    enrol = subprocess.run(
        [sys.executable, "-m", "kiosk", "--data-dir", str(tmp_path / "kiosk"), "enrol",
         "--office", office.url, "--code", code, "--label", "秋葉原 入口"],
        capture_output=True, text=True, cwd=ROOT, timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert enrol.returncode == 0, enrol.stderr
    sync = subprocess.run(
        [sys.executable, "-m", "kiosk", "--data-dir", str(tmp_path / "kiosk"), "sync",
         "--once"], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert sync.returncode == 0, sync.stderr
    console.goto("/console/kiosks")
    row = console.locator("tbody tr", has_text="秋葉原 入口")
    expect(row.locator(".chip.ok")).to_be_visible()
    # Again tomorrow: the code the app showed at setup is spent; a recovery code works once.
    console.locator("form[action='/console/logout'] button").click()
    sign_in(console, "mika", OWNER_PASSWORD)
    console.fill("#code", used_code)
    console.click("form[action='/console/second-factor'] button[type=submit]")
    expect(console.locator(".alert")).to_be_visible()
    console.fill("#code", codes[0])
    console.click("form[action='/console/second-factor'] button[type=submit]")
    expect(console.locator("h1")).to_have_text("キオスク")
    console.locator("form[action='/console/logout'] button").click()
    sign_in(console, "mika", OWNER_PASSWORD)
    console.fill("#code", codes[0])
    console.click("form[action='/console/second-factor'] button[type=submit]")
    expect(console.locator(".alert")).to_be_visible()
    actions = [line.action for line in office.office.audit_lines()[0]]
    assert {"account.create", "second_factor.set_up", "kiosk.enrolment_code",
            "second_factor.wrong"} <= set(actions)


def office_database_of(office: RunningOffice) -> str:
    """The database the running office uses, as `kiosk-server --database` takes it."""
    db = office.office.db
    if "sqlite" in type(db).__name__.lower():
        return str(db.database)
    params = db.connect_params
    return (f"postgresql://{params.get('user', '')}@{params.get('host', '')}:"
            f"{params.get('port', 5432)}/{db.database}")
