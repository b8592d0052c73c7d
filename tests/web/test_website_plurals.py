"""Counts read right in every language: "1 vote", "3 votes", "3票", and the push form's
live preview (the browser's Intl.PluralRules picks among the page's own forms)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from kiosk.domain.rules import RuleBook
from kiosk.server.web.i18n import translations
from kiosk.server.web.render import counted
from tests.sync.conftest import KioskBox, RunningOffice
from tests.web.conftest import on_sqlite_only, register_and_sync, sign_in


@pytest.mark.parametrize(("language", "count", "text"), [
    ("en", 1, "1 vote"), ("en", 3, "3 votes"), ("en", 1000, "1,000 votes"),
    ("fr", 1, "1 vote"), ("fr", 2, "2 votes"), ("es", 1, "1 voto"),
    ("es", 1_000_000, "1.000.000 votos"), ("ja", 1, "1票"), ("th", 2, "2 โหวต")])
def test_a_count_takes_its_languages_plural(language: str, count: int, text: str) -> None:
    assert counted(translations(language), "votes", count, language) == text


def test_one_point_one_vote_in_english_on_every_push_page(
        page: Page, office: RunningOffice, kiosk: KioskBox, rules: RuleBook) -> None:
    on_sqlite_only(office.office)
    office.office.set_cast_member("mirai", "ミライ", "Mirai")
    producer = register_and_sync(kiosk, rules, "Ann", "en")
    sign_in(page, producer)                       # home takes the day's point: 1 point
    page.goto("/push")
    expect(page.locator(".lead")).to_contain_text("1 push point is 1 vote.")
    page.fill("#points", "3")
    expect(page.locator("#preview")).to_have_text("3 push points → 3 votes")
    page.fill("#points", "1")
    expect(page.locator("#preview")).to_have_text("1 push point → 1 vote")
    page.locator(".tile").first.click()
    page.click("form[action='/push'] button[type=submit]")
    expect(page.locator(".big")).to_have_text("1 push point → 1 vote")
    page.click("form[action='/push'] button[type=submit]")
    expect(page.locator("h1")).to_contain_text("with 1 vote!")


def test_the_preview_speaks_french_plurals(page: Page, office: RunningOffice,
                                           kiosk: KioskBox, rules: RuleBook) -> None:
    on_sqlite_only(office.office)
    office.office.set_cast_member("mirai", "ミライ", "Mirai")
    producer = register_and_sync(kiosk, rules, "Chloé", "fr")
    sign_in(page, producer)
    page.goto("/push")
    page.fill("#points", "1")
    expect(page.locator("#preview")).to_have_text("1 point de soutien → 1 vote")
    page.fill("#points", "2")
    expect(page.locator("#preview")).to_have_text("2 points de soutien → 2 votes")
