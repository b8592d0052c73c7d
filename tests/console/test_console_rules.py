"""Rules at the console, in a real browser: a new version edited in the page, checked and
shown as what it changes, published — and a kiosk takes it at its next sync; files with
mistakes are refused with what is wrong and where, and nothing is published."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

from kiosk.db.kiosk_state import StateKey
from kiosk.db.models import KioskState
from kiosk.domain.rules import RuleBook
from kiosk.paths import rules_path
from tests.console.conftest import owner_signed_in
from tests.sync.conftest import RunningOffice, enrolled

BUNDLED = rules_path().read_text(encoding="utf-8")


def check(page: Page, text: str) -> None:
    page.goto("/console/rules")
    page.fill("#text", text)
    page.click("form[action='/console/rules/check'] button[type=submit]")


def test_publish_a_new_version_and_a_kiosk_takes_it(console: Page, office: RunningOffice,
                                                    tmp_path: Path, rules: RuleBook) -> None:
    kiosk = enrolled(office, tmp_path / "kiosk", rules, "entrance")
    owner_signed_in(console, office)
    new = BUNDLED.replace("version = 1", "version = 2", 1).replace(
        "push_points_per_visit = 1", "push_points_per_visit = 2", 1)
    assert new != BUNDLED
    check(console, new)
    row = console.locator("tbody tr", has_text="push_points_per_visit")
    expect(row).to_contain_text("1")
    expect(row.locator("strong")).to_have_text("2")
    console.check("form[action='/console/rules/publish'] input[name=confirm]")
    console.click("form[action='/console/rules/publish'] button[type=submit]")
    expect(console.locator(".notice")).to_contain_text("2")
    expect(console.locator("h1")).to_contain_text("2")
    assert office.office.rules.version == 2
    with kiosk:
        kiosk.engine().sync_once()
        taken = KioskState.read(StateKey.OFFICE_RULES)
        assert taken is not None and "push_points_per_visit = 2" in taken
    audit = [line for line in office.office.audit_lines()[0] if line.action == "rules.publish"]
    assert audit and "push_points_per_visit" in audit[0].after


def test_rules_with_mistakes_are_refused_saying_where(console: Page,
                                                      office: RunningOffice) -> None:
    owner_signed_in(console, office)
    mistakes = {
        "not TOML": BUNDLED.replace("version = 1", "version = = 2", 1),
        "same version": BUNDLED,
        "older version": BUNDLED.replace("version = 1", "version = 0", 1),
        "no ranks": "\n".join(line for line in BUNDLED.replace(
            "version = 1", "version = 3", 1).splitlines() if "rank" not in line),
        "a text where a number goes": BUNDLED.replace("version = 1", "version = 4", 1)
        .replace("push_points_per_visit = 1", 'push_points_per_visit = "one"', 1),
    }
    for name, text in mistakes.items():
        check(console, text)
        expect(console.locator(".alert"), name).to_be_visible()
        expect(console.locator("form[action='/console/rules/publish']"), name).to_have_count(0)
    assert office.office.rules.version == 1 and office.office.rules_history() == []
