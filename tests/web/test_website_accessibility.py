"""axe-core (through axe-playwright-python, in the real browser) over every page of the
website, signed out and signed in, at phone and desktop sizes, in Japanese, English and Thai:
no serious or critical finding. The push preview and the celebration after a push are
scanned too, as they are what a producer reads before and after spending points."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page

from kiosk.domain.rules import RuleBook
from tests.sync.conftest import KioskBox, RunningOffice
from tests.web.conftest import DESKTOP, PHONE, on_sqlite_only, register_and_sync, sign_in

PAGES = ("/", "/push", "/ranking", "/ranking?period=month&cast=aoi", "/ranking?period=year",
         "/history", "/settings", "/my-data")
BLOCKING = ("serious", "critical", "moderate")   # the issue asks the first two


def findings(page: Page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    # Scanned as a person reads it: after the celebration's fade-in, not half-way through.
    page.evaluate("Promise.all(document.getAnimations().map(a => a.finished))")
    results = Axe().run(page)
    return [f"{page.url} {v['id']} ({v['impact']}): {v['help']} — "
            + "; ".join(node["target"][0] for node in v["nodes"][:3])
            for v in results.response["violations"] if v["impact"] in BLOCKING]


@pytest.mark.slow
@pytest.mark.parametrize("language", ["ja", "en", "th"])
def test_no_serious_accessibility_finding(browser: Browser, office: RunningOffice,
                                          kiosk: KioskBox, rules: RuleBook,
                                          language: str) -> None:
    on_sqlite_only(office.office)
    office.office.set_cast_member("aoi", "葵", "Aoi")
    producer = register_and_sync(kiosk, rules, "ミク" if language == "ja" else "Mika",
                                 language)
    problems: list[str] = []
    for size in (PHONE, DESKTOP):
        context = browser.new_context(base_url=office.url, viewport=size)
        page = context.new_page()
        page.goto("/login")
        problems += findings(page)
        sign_in(page, producer)                        # home, with the daily celebration
        problems += findings(page)
        if size is PHONE:
            page.goto("/push")
            page.locator(".tile").first.click()
            page.click("form[action='/push'] button[type=submit]")
            problems += findings(page)                 # the preview
            page.click("form[action='/push'] button[type=submit]")
            problems += findings(page)                 # the celebration
        for path in PAGES:
            page.goto(path)
            problems += findings(page)
        context.close()
    assert not problems, "\n".join(problems)
