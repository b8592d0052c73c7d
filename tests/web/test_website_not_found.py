"""An address that is not a page answers a browser with a page in its language (and the
right status), never a bare JSON error; the kiosks' JSON API keeps its JSON."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

from playwright.sync_api import Page, expect

from tests.sync.conftest import RunningOffice
from tests.web.conftest import on_sqlite_only


def phone_in(page: Page, office: RunningOffice, locale: str) -> Page:
    """A fresh browser context whose Accept-Language is `locale`."""
    browser = page.context.browser
    assert browser is not None
    return browser.new_context(base_url=office.url, locale=locale).new_page()


def test_a_mistyped_address_is_a_page(page: Page, office: RunningOffice) -> None:
    on_sqlite_only(office.office)
    page = phone_in(page, office, "ja-JP")
    reply = page.goto("/no-such-page")
    assert reply is not None and reply.status == 404
    expect(page.locator("h1")).to_have_text("このページはありません")
    expect(page.locator("a.button[href='/']")).to_be_visible()


def test_a_form_address_opened_as_a_link_is_a_page(page: Page, office: RunningOffice) -> None:
    on_sqlite_only(office.office)
    page = phone_in(page, office, "en-GB")
    reply = page.goto("/logout")              # POST only
    assert reply is not None and reply.status == 405
    assert "POST" in (reply.headers.get("allow") or "")
    expect(page.locator("h1")).to_have_text("This page does not exist")


def test_the_api_keeps_answering_json(office: RunningOffice) -> None:
    on_sqlite_only(office.office)
    request = urllib.request.Request(f"{office.url}/v1/no-such-thing",
                                     headers={"Accept": "text/html,application/json"})
    try:
        urllib.request.urlopen(request, timeout=10)
        raise AssertionError("a missing API route answered")
    except urllib.error.HTTPError as error:
        assert error.code == 404
        assert json.loads(error.read()) == {"detail": "Not Found"}
