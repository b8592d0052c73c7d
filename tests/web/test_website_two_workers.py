"""The website's tests once more against `kiosk-server serve --workers 2` on PostgreSQL: the
office keeps sessions, lockouts and rate limits in the database, so two processes answering
one browser (each request may reach either) must behave as one. Plus what only two processes
can show: a lockout counted by both, and two tabs pushing at the same moment."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from playwright.sync_api import Page

from kiosk.domain.rules import RuleBook
from kiosk.server.app import open_office
from tests.support.postgres import PostgresCluster
from tests.sync.conftest import KioskBox, RunningOffice, free_port
from tests.web.conftest import register_and_sync, sign_in

# The same tests, collected here so that they use this module's `office` (two workers).
from tests.web.test_website_bad_input import (  # noqa: F401
    test_a_deleted_account_ends_its_session_and_login,
    test_a_form_without_its_token_is_refused,
    test_a_token_from_an_earlier_session_is_stale,
    test_html_in_a_nickname_is_shown_as_text,
    test_lockout_grows_and_says_how_long,
    test_the_same_push_sent_twice_pushes_once_and_never_overdraws,
    test_wrong_password_and_unknown_id_read_alike_then_lock,
)
from tests.web.test_website_flow import (  # noqa: F401
    test_sign_in_daily_point_push_and_the_kiosk_agrees,
)

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


@pytest.fixture
def office(postgres_cluster: PostgresCluster, tmp_path: Path) -> Iterator[RunningOffice]:
    database = postgres_cluster.fresh_database()
    local = open_office(database)             # for the test's own look at the tables
    port = free_port()
    log = (tmp_path / "office.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "kiosk.server", "--database", database, "serve",
         "--port", str(port), "--workers", "2"],
        stdout=log, stderr=subprocess.STDOUT, cwd=ROOT, env=dict(os.environ))
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url, server, tmp_path / "office.log")
        yield RunningOffice(url, local)
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
        local.db.close_all()


def wait_until_up(url: str, server: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 60
    workers_ready = 0
    while workers_ready < 2:
        assert server.poll() is None and time.monotonic() < deadline, log.read_text()
        workers_ready = log.read_text(errors="replace").count("Application startup complete")
        time.sleep(0.1)
    with urllib.request.urlopen(f"{url}/v1/health", timeout=10) as answer:
        assert answer.status == 200


def test_two_tabs_pushing_at_the_same_moment_spend_each_point_once(
        page: Page, office: RunningOffice, kiosk: KioskBox, rules: RuleBook) -> None:
    """Eight different push forms sent at once (new connections, so both workers answer)
    by a producer holding one point: exactly one is taken."""
    office.office.set_cast_member("aoi", "葵", "Aoi")
    producer = register_and_sync(kiosk, rules)
    sign_in(page, producer)                            # the daily point: 1 push point
    csrf = page.locator("input[name=csrf]").first.get_attribute("value") or ""
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in page.context.cookies())

    def push(form_id: str) -> int:
        body = urllib.parse.urlencode({"csrf": csrf, "form_id": form_id, "cast": "aoi",
                                       "points": "1", "step": "confirm"}).encode()
        request = urllib.request.Request(f"{office.url}/push", data=body, method="POST",
                                         headers={"Cookie": cookies,
                                                  "Origin": office.url})
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                return int(answer.status)
        except urllib.error.HTTPError as refused:
            return int(refused.code)

    with ThreadPoolExecutor(8) as pool:
        statuses = sorted(pool.map(push, [f"tab-{n}" for n in range(8)]))
    assert statuses == [200] + [409] * 7, statuses
    view = office.office.producer_view(producer.number)
    assert view.push_points == 0 and view.month_votes == rules.ranks[0].weight
