"""Screenshots of the console at 1280 × 800 and 1920 × 1080 in Japanese and English, written
to test-artifacts/console/ for people to look at, with a chain that has something to show:
a healthy kiosk, one silent since the morning, one whose printer is out of cards and whose
clock is off, one never synced, one disabled; producers; an audit log. Nothing may scroll
sideways, and the kiosks table must fit without its own scroll bar at either size."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from kiosk.domain.rules import RuleBook
from kiosk.server.models import Kiosk
from kiosk.sync.protocol import KioskHealth, PrinterHealth
from tests.conftest import artifacts_dir
from tests.console.conftest import DESKTOP, WIDE, owner_signed_in
from tests.sync.conftest import RunningOffice, enrolled
from tests.web.conftest import on_sqlite_only, register_and_sync

PAGES = ("/console/kiosks", "/console/producers?q=%E3%83%9F", "/console/accounts",
         "/console/audit")


def a_chain(office: RunningOffice, tmp_path: Path, rules: RuleBook) -> str:
    """Five kiosks in five states and three producers; returns one producer's number."""
    boxes = [enrolled(office, tmp_path / f"k{n}", rules, label) for n, label in enumerate(
        ("秋葉原 入口", "秋葉原 ステージ横", "池袋 入口", "新宿 2F", "予備機"))]
    number = register_and_sync(boxes[0], rules, "ミク").number
    register_and_sync(boxes[0], rules, "ミライ")
    register_and_sync(boxes[1], rules, "ミサキ")
    register_and_sync(boxes[2], rules, "Alex", "en")
    now = datetime.now(UTC)
    ids = {k.info.label: k.info.kiosk_id for k in office.office.kiosk_conditions()}
    healthy = dict(app_version="0.1.0", pending=0, store_bytes=48 << 20,
                   free_disk_bytes=120 << 30)
    office.office.record_health(ids["秋葉原 入口"], KioskHealth(
        sent_at=now, printer=PrinterHealth(queue="Evolis_Primacy", state="ready",
                                           ribbon_percent=62), **healthy))
    office.office.record_health(ids["秋葉原 ステージ横"], KioskHealth(
        sent_at=now, printer=PrinterHealth(queue="Evolis_Primacy", state="ready",
                                           low=["ribbon"], ribbon_percent=8), **healthy))
    office.office.record_health(ids["池袋 入口"], KioskHealth(
        sent_at=now + timedelta(minutes=7),
        printer=PrinterHealth(queue="Magicard_Enduro", state="out_of_cards", low=["cards"]),
        last_error="2026-12-06 09:12 UTC: office unreachable: timed out",
        **{**healthy, "pending": 412}))
    with office.office.db.connection_context():
        Kiosk.update(last_seen_at=(now - timedelta(hours=5)).isoformat()).where(
            Kiosk.kiosk_id == ids["秋葉原 ステージ横"]).execute()
        Kiosk.update(last_seen_at=None).where(Kiosk.kiosk_id == ids["新宿 2F"]).execute()
    office.office.disable_kiosk(5)
    return number


@pytest.mark.slow
@pytest.mark.parametrize("language", ["ja", "en"])
def test_console_pages_fit_both_screens(browser: Browser, office: RunningOffice,
                                        tmp_path: Path, rules: RuleBook,
                                        language: str) -> None:
    on_sqlite_only(office.office)
    number = a_chain(office, tmp_path, rules)
    out = artifacts_dir("console")
    context = browser.new_context(base_url=office.url, viewport=DESKTOP,
                                  locale="ja-JP" if language == "ja" else "en-GB")
    page = context.new_page()
    page.goto("/console/login")
    page.screenshot(path=str(out / f"login_{language}.png"))
    owner_signed_in(page, office)
    if language == "en":
        page.click("form[action='/console/language'] button[value=en]")
    page.goto("/console/kiosks")
    assert page.locator("tbody tr").first.locator(".chip.bad").count() > 0   # problems first
    for name, size in (("1280", DESKTOP), ("1920", WIDE)):
        page.set_viewport_size(size)
        for path in (*PAGES, f"/console/producers/{number}", "/console/kiosks/1/disable"):
            page.goto(path)
            slug = path.split("/console/")[1].split("?")[0].replace("/", "-")
            page.screenshot(path=str(out / f"{slug}_{language}_{name}.png"), full_page=True)
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= size["width"], f"{path} scrolls sideways at {name}"
        page.goto("/console/kiosks")
        wrap = page.locator(".table-wrap").first
        assert wrap.evaluate("e => e.scrollWidth <= e.clientWidth"), f"kiosks table at {name}"
    page.goto("/console/kiosks")
    page.fill("#label", "渋谷 入口")
    page.click("form[action='/console/kiosks/enrolment-code'] button[type=submit]")
    page.screenshot(path=str(out / f"enrolment-code_{language}.png"), full_page=True)
    context.close()
