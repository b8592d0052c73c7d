"""Screenshots of the website at phone and desktop sizes, in several languages, written to
test-artifacts/web/ for people to look at; each page is checked for text cut off at the
right edge (nothing may scroll sideways) and for its five tabs on one line."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from kiosk.domain.rules import RuleBook
from tests.conftest import artifacts_dir
from tests.sync.conftest import KioskBox, RunningOffice
from tests.web.conftest import DESKTOP, PHONE, on_sqlite_only, register_and_sync, sign_in

PAGES = ("/", "/push", "/ranking?period=month&cast=aoi", "/history", "/settings", "/my-data")


@pytest.mark.slow
@pytest.mark.parametrize("language", ["ja", "en", "th", "zh_TW"])
def test_every_page_fits_a_phone_and_a_desktop(browser: Browser, office: RunningOffice,
                                               kiosk: KioskBox, rules: RuleBook,
                                               language: str) -> None:
    on_sqlite_only(office.office)
    office.office.set_cast_member("aoi", "葵", "Aoi")
    office.office.set_cast_member("rin", "凛", "Rin")
    office.office.set_cast_member("mirai", "星野ミライ", "Mirai Hoshino")   # a long name
    producer = register_and_sync(kiosk, rules, "ミク" if language == "ja" else "Mika",
                                 language)
    out = artifacts_dir("web")
    for name, size in (("phone", PHONE), ("desktop", DESKTOP)):
        context = browser.new_context(base_url=office.url, viewport=size)
        page = context.new_page()
        sign_in(page, producer)
        signed_in_lang = page.get_attribute("html", "lang")     # the producer's language
        if name == "phone":                         # one push, so the board has a row
            page.goto("/push")
            page.screenshot(path=str(out / f"push-form_{language}_phone.png"), full_page=True)
            spill = page.evaluate("""[...document.querySelectorAll('.tile')].filter(tile =>
                tile.querySelector('.tile-name').getBoundingClientRect().right
                > tile.getBoundingClientRect().right - 2).length""")
            assert spill == 0, f"a cast member's name runs out of its tile in {language}"
            page.locator(".tile").first.click()
            page.click("form[action='/push'] button[type=submit]")
            page.screenshot(path=str(out / f"push-preview_{language}_phone.png"), full_page=True)
            page.click("form[action='/push'] button[type=submit]")
            page.evaluate("Promise.all(document.getAnimations().map(a => a.finished))")
            page.screenshot(path=str(out / f"push-done_{language}_phone.png"), full_page=True)
        for path in PAGES:
            page.goto(path)
            slug = path.strip("/").split("?")[0] or "home"
            page.screenshot(path=str(out / f"{slug}_{language}_{name}.png"), full_page=True)
            overflow = page.evaluate("document.documentElement.scrollWidth")
            assert overflow <= size["width"], f"{path} scrolls sideways in {language} {name}"
            rows = page.evaluate("""new Set([...document.querySelectorAll('.top nav li')]
                .map(tab => Math.round(tab.getBoundingClientRect().top))).size""")
            assert rows == 1, f"the tabs take {rows} lines on {path} in {language} {name}"
        page.goto("/")
        context.close()
    # Signed out, on a phone set to the language: the page follows its Accept-Language.
    context = browser.new_context(base_url=office.url, viewport=PHONE,
                                  locale=language.replace("_", "-"))
    page = context.new_page()
    page.goto("/login")
    assert page.get_attribute("html", "lang") == signed_in_lang
    page.screenshot(path=str(out / f"login_{language}_phone.png"), full_page=True)
    context.close()
