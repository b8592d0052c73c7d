"""The producer website in a real browser (Playwright driving Debian's Chromium) against a
real office on loopback, on SQLite and on PostgreSQL; producers registered at a real
kiosk store and synced, as in the café."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.domain.rules import RuleBook
from kiosk.server.office import Office
from kiosk.services.registration import IssuedCard, RegistrationRequest, RegistrationService
from tests.support.browser import DESKTOP, PHONE  # noqa: F401 (used by the tests)
from tests.sync.conftest import (  # noqa: F401 (fixtures)
    KioskBox,
    RunningOffice,
    enrolled,
    office,
    office_database,
    postgres_cluster,
)


@pytest.fixture
def page(browser: object, office: RunningOffice) -> Iterator[object]:  # noqa: F811
    context = browser.new_context(base_url=office.url, viewport=PHONE,  # type: ignore[attr-defined]
                                  locale="ja-JP")
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()


def on_sqlite_only(instance: Office) -> None:
    """For pages that look the same whichever store the office uses: once is enough."""
    if "sqlite" not in type(instance.db).__name__.lower():
        pytest.skip("the pages are the same on both office stores: once is enough")


@dataclass
class Producer:
    issued: IssuedCard
    kiosk: KioskBox

    @property
    def number(self) -> str:
        return self.issued.producer_number.replace("-", "")


@pytest.fixture
def kiosk(office: RunningOffice, tmp_path: Path, rules: RuleBook) -> KioskBox:  # noqa: F811
    return enrolled(office, tmp_path / "kiosk", rules, "entrance")


def register_and_sync(kiosk: KioskBox, rules: RuleBook, name: str = "ミク",
                      language: str = "ja") -> Producer:
    """A customer registers at the kiosk, which syncs: the office knows them."""
    with kiosk:
        issued = RegistrationService(kiosk.store, rules, kiosk.signer).register(
            RegistrationRequest.new(name, language, True))
        assert kiosk.engine().sync_once().problems == 0
    return Producer(issued, kiosk)


def sign_in(page: object, producer: Producer, password: str | None = None) -> None:
    """Type the slip's login ID and password as printed (with the grouping space)."""
    from kiosk.domain.credentials import group_for_reading
    page.goto("/login")  # type: ignore[attr-defined]
    page.fill("#login_id", group_for_reading(producer.issued.login_id))  # type: ignore[attr-defined]
    page.fill("#password", password or group_for_reading(producer.issued.password))  # type: ignore[attr-defined]
    page.click("form[action='/login'] button[type=submit]")  # type: ignore[attr-defined]
