"""The five tabs on one line on the phones producers hold, in every language of the site.

The tab bar is how a producer finds their way around; wrapped onto a second line it looks
broken and pushes every page down. Spanish and French words are the longest. Each tab stays
a comfortable touch target with legible type while the tabs share the line."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from kiosk.domain.rules import RuleBook
from kiosk.server.web.i18n import HTML_LANG, LANGUAGES
from tests.conftest import artifacts_dir
from tests.sync.conftest import KioskBox, RunningOffice
from tests.web.conftest import PHONE, on_sqlite_only, register_and_sync, sign_in

PHONE_WIDTHS = (360, 375, 390, 412, 480)      # common Android and iPhone widths, CSS px
TABS = ("/", "/push", "/ranking", "/history", "/settings")   # each is the bold one in turn

MEASURE = """() => {
    const tabs = [...document.querySelectorAll('.top nav a')];
    return {
        lines: new Set(tabs.map(tab => Math.round(tab.getBoundingClientRect().top))).size,
        clipped: tabs.filter(tab => tab.scrollWidth > tab.clientWidth + 1)
                     .map(tab => tab.textContent.trim()),
        shortest: Math.min(...tabs.map(tab => tab.getBoundingClientRect().height)),
        smallest_type: Math.min(...tabs.map(tab => parseFloat(getComputedStyle(tab).fontSize))),
        sideways: document.documentElement.scrollWidth > window.innerWidth,
    };
}"""


@pytest.mark.slow
def test_the_tabs_share_one_line_on_a_phone_in_every_language(
        page: Page, office: RunningOffice, kiosk: KioskBox, rules: RuleBook) -> None:
    on_sqlite_only(office.office)
    sign_in(page, register_and_sync(kiosk, rules, "Mika", "en"))
    out = artifacts_dir("web")
    problems = []
    for language in LANGUAGES:
        page.set_viewport_size(PHONE)
        page.goto("/settings")
        page.click(f"form[action='/language'] button[value='{language}']")
        assert page.get_attribute("html", "lang") == HTML_LANG[language]
        for width in PHONE_WIDTHS:
            page.set_viewport_size({"width": width, "height": 800})
            for path in TABS:
                page.goto(path)
                seen = page.evaluate(MEASURE)
                where = f"{language} at {width} px on {path}"
                if seen["lines"] != 1:
                    problems.append(f"{where}: the tabs take {seen['lines']} lines")
                if seen["clipped"]:
                    problems.append(f"{where}: cut off: {seen['clipped']}")
                if seen["shortest"] < 44:
                    problems.append(f"{where}: a tab {seen['shortest']:.0f} px tall (< 44)")
                if seen["smallest_type"] < 12:
                    problems.append(f"{where}: tab type {seen['smallest_type']:.1f} px (< 12)")
                if seen["sideways"]:
                    problems.append(f"{where}: the page scrolls sideways")
        page.set_viewport_size({"width": PHONE_WIDTHS[0], "height": 800})
        page.goto("/ranking")
        page.locator(".top").screenshot(path=str(out / f"tabs_{language}_{PHONE_WIDTHS[0]}.png"))
    assert not problems, "\n".join(problems)
