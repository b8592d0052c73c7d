"""A producer's evening on the website, end to end in a real browser: sign in with the
slip, take the daily point, push, see the board move, and a kiosk pull agrees."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from kiosk.domain.rules import RuleBook
from kiosk.services.card_check import CardCheckService
from tests.sync.conftest import KioskBox, RunningOffice
from tests.web.conftest import register_and_sync, sign_in


def test_sign_in_daily_point_push_and_the_kiosk_agrees(page: Page, office: RunningOffice,
                                                       kiosk: KioskBox,
                                                       rules: RuleBook) -> None:
    office.office.set_cast_member("aoi", "葵", "Aoi")
    producer = register_and_sync(kiosk, rules, "ミク")
    sign_in(page, producer)
    expect(page.locator(".celebrate")).to_be_visible()
    expect(page.locator(".card-name")).to_have_text("ミク")
    expect(page.locator(".notice")).to_contain_text("パスワード")
    assert page.locator(".figures dd").first.inner_text() == "1"
    page.reload()                                     # the same day: no second point
    expect(page.locator(".celebrate")).to_have_count(0)
    page.click("a[href='/push'].button")
    page.locator(".tile").first.click()
    page.fill("#points", "1")
    page.click("form[action='/push'] button[type=submit]")
    weight = rules.ranks[0].weight
    expect(page.locator(".big")).to_contain_text(f"{weight}")
    page.click("form[action='/push'] button[type=submit]")
    expect(page.locator(".celebrate")).to_be_visible()
    page.click("a[href='/ranking'].button")
    expect(page.locator(".board li").first).to_contain_text(f"{weight}")
    with kiosk:
        kiosk.engine().sync_once()
        summary = CardCheckService(kiosk.store, rules).check_card(producer.issued.token).summary
        assert summary is not None and summary.push_points == 0
