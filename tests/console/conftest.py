"""The manager console in a real browser (Playwright driving Debian's Chromium) against a
real office on loopback, on SQLite and on PostgreSQL, as for the producer website."""

from __future__ import annotations

from collections.abc import Iterator

import pyotp
import pytest

from tests.sync.conftest import (  # noqa: F401 (fixtures)
    RunningOffice,
    office,
    office_database,
    postgres_cluster,
)

DESKTOP = {"width": 1280, "height": 800}
WIDE = {"width": 1920, "height": 1080}
OWNER_PASSWORD = "owner's long password"


@pytest.fixture
def console(browser: object, office: RunningOffice) -> Iterator[object]:  # noqa: F811
    context = browser.new_context(base_url=office.url, viewport=DESKTOP,  # type: ignore[attr-defined]
                                  locale="ja-JP")
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()


def sign_in(page: object, username: str, password: str) -> None:
    page.goto("/console/login")  # type: ignore[attr-defined]
    page.fill("#username", username)  # type: ignore[attr-defined]
    page.fill("#password", password)  # type: ignore[attr-defined]
    page.click("form[action='/console/login'] button[type=submit]")  # type: ignore[attr-defined]


def set_up_second_factor(page: object) -> tuple[str, list[str]]:
    """On the setup page: read the key as a person would type it into the app, answer
    with the app's code; returns the key and the recovery codes shown."""
    secret = page.locator("code.secret").inner_text()  # type: ignore[attr-defined]
    page.fill("#code", pyotp.TOTP(secret).now())  # type: ignore[attr-defined]
    page.click("form[action='/console/setup'] button[type=submit]")  # type: ignore[attr-defined]
    codes = page.locator(".codes code").all_inner_texts()  # type: ignore[attr-defined]
    return secret, codes


def owner_signed_in(page: object, running: RunningOffice, username: str = "mika"
                    ) -> tuple[str, list[str]]:
    running.office.create_staff_account(username, "owner", OWNER_PASSWORD)
    sign_in(page, username, OWNER_PASSWORD)
    found = set_up_second_factor(page)
    page.click("a.button.primary")  # type: ignore[attr-defined]
    return found
