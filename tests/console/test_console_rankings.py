"""The console's rankings in a real browser: last month's board closed for the award
evening stays as announced while late pushes still reach the live totals; the CSV has the
board; staff may look but not close (403, audited); this month cannot be closed."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from playwright.sync_api import Page, expect

from kiosk.server.models import CastMonth
from tests.console.conftest import owner_signed_in, sign_in
from tests.sync.conftest import RunningOffice


def votes(office: RunningOffice, month: str, cast_id: str, count: int) -> None:
    """Votes as the office's pushes add them (`rankings.add_votes`), for a past month."""
    from kiosk.server import rankings
    with office.office.db.connection_context(), office.office.db.atomic():
        rankings.add_votes({cast_id: count}, month, f"{month}-15T12:00:00+00:00")


def test_close_last_month_and_late_votes_stay_out(console: Page, office: RunningOffice,
                                                  tmp_path: Path) -> None:
    office.office.set_cast_member("aoi", "葵", "Aoi")
    office.office.set_cast_member("rin", "凛", "Rin")
    last = office.office.month_of_now(1)
    votes(office, last, "aoi", 120)
    votes(office, last, "rin", 90)
    owner_signed_in(console, office)
    console.goto(f"/console/rankings?period={last}")
    console.check("form[action='/console/rankings/close'] input[name=confirm]")
    console.click("form[action='/console/rankings/close'] button")
    expect(console.locator(".notice")).to_be_visible()
    votes(office, last, "rin", 100)                      # a kiosk that was offline syncs
    console.reload()
    final, live = console.locator("table").nth(0), console.locator("table").nth(1)
    expect(final.locator("tbody tr").first).to_contain_text("葵")
    expect(live.locator("tbody tr").first).to_contain_text("凛")
    with console.expect_download() as download:
        console.click("a[href^='/console/rankings.csv']")
    rows = list(csv.reader(io.StringIO(Path(download.value.path()).read_text("utf-8-sig"))))
    assert rows[0][:3] == ["period", "position", "cast_id"] and rows[1][2] == "rin"
    assert office.office.closed_month(last).board.entries[0].cast_id == "aoi"
    with office.office.reading():
        assert CastMonth.get((CastMonth.cast_id == "rin") & (CastMonth.month == last)).votes == 190
    # This month is still running: no close button, and a forged close changes nothing.
    console.goto("/console/rankings")
    expect(console.locator("form[action='/console/rankings/close']")).to_have_count(0)
    csrf = console.locator("input[name=csrf]").first.get_attribute("value") or ""
    console.request.post("/console/rankings/close", form={
        "csrf": csrf, "month": office.office.month_of_now(), "confirm": "yes"})
    assert office.office.closed_month(office.office.month_of_now()) is None


def test_staff_see_rankings_but_may_not_close(console: Page, office: RunningOffice) -> None:
    office.office.create_staff_account("clerk", "staff", "clerk's long password")
    sign_in(console, "clerk", "clerk's long password")
    console.goto("/console/rankings")
    expect(console.locator("h1")).to_contain_text("ランキング")
    csrf = console.locator("input[name=csrf]").first.get_attribute("value") or ""
    answer = console.request.post("/console/rankings/close", form={
        "csrf": csrf, "month": office.office.month_of_now(1), "confirm": "yes"})
    assert answer.status == 403
    assert office.office.closed_month(office.office.month_of_now(1)) is None
