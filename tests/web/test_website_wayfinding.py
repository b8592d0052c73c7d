"""Small things that tell a producer where they are: signing out says so, and fans with
equal votes share a place in a cast member's top producers."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from kiosk.domain.rules import RuleBook
from tests.sync.conftest import KioskBox, RunningOffice
from tests.web.conftest import on_sqlite_only, register_and_sync, sign_in


def test_signing_out_says_so(page: Page, office: RunningOffice, kiosk: KioskBox,
                             rules: RuleBook) -> None:
    on_sqlite_only(office.office)
    sign_in(page, register_and_sync(kiosk, rules, "Ann", "en"))
    page.click("form[action='/logout'] button[type=submit]")
    expect(page.locator(".notice[role=status]")).to_have_text("You have signed out.")
    page.goto("/login")                                  # not on a fresh visit
    expect(page.locator(".notice[role=status]")).to_have_count(0)


def test_equal_votes_share_a_place(page: Page, office: RunningOffice, kiosk: KioskBox,
                                   rules: RuleBook) -> None:
    on_sqlite_only(office.office)
    office.office.set_cast_member("aoi", "葵", "Aoi")
    fans = [register_and_sync(kiosk, rules, name, "en") for name in ("Ann", "Bob", "Cy")]
    for fan, points in zip(fans, (1, 1, 0), strict=True):
        assert office.office.claim_daily_point(fan.number)
        if points:
            office.office.website_push(fan.number, "aoi", points, f"form-{fan.number}")
    sign_in(page, fans[2])
    page.goto("/ranking?period=month&cast=aoi")
    expect(page.locator("#top .place")).to_have_text(["1", "1"])
