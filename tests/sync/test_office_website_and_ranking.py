"""The website's daily logins reach kiosks as push points; the office ranks the cast."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kiosk.db.office_credential import load_credential
from kiosk.domain.rules import RuleBook
from kiosk.server import rankings
from kiosk.server.hot_sql import TOP_PRODUCERS_OF_CAST
from kiosk.services.card_check import CardCheckService
from kiosk.services.pushes import PushService
from kiosk.services.registration import RegistrationRequest, RegistrationService
from kiosk.services.visits import VisitService
from kiosk.sync.client import OfficeClient
from kiosk.sync.protocol import DailyLogin
from tests.sync.conftest import RunningOffice, enrolled


def post(url: str, body: dict[str, object], headers: dict[str, str]) -> tuple[int, dict]:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json", **headers})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_daily_login_credits_once_and_reaches_the_kiosk(office: RunningOffice,
                                                        tmp_path: Path,
                                                        rules: RuleBook) -> None:
    kiosk = enrolled(office, tmp_path / "a", rules, "entrance")
    with kiosk:
        issued = RegistrationService(kiosk.store, rules, kiosk.signer).register(
            RegistrationRequest.new("Ann", "en", True))
        kiosk.engine().sync_once()
    key = office.office.new_website_key("café website")
    number = issued.producer_number.replace("-", "")
    url = f"{office.url}/v1/website/daily-logins"
    body = {"producer_number": number, "day": "2026-11-23"}
    assert post(url, body, {"X-Website-Key": "wrong"})[0] == 401
    status, answer = post(url, body, {"X-Website-Key": key})
    assert status == 200 and answer == {"status": "credited", "push_points": 1}
    status, answer = post(url, body, {"X-Website-Key": key})
    assert answer["status"] == "already_credited" and answer["push_points"] == 1
    assert post(url, {**body, "producer_number": "00199999990"},
                {"X-Website-Key": key})[0] in (404, 422)
    assert post(url, {**body, "day": "yesterday"}, {"X-Website-Key": key})[0] == 422
    with kiosk:
        kiosk.engine().sync_once()
        summary = CardCheckService(kiosk.store, rules).check_card(issued.token).summary
        assert summary is not None and summary.push_points == 1
        assert any(item.kind.value == "registration" for item in summary.history)


def test_the_monthly_ranking_by_the_office_clock(office: RunningOffice, tmp_path: Path,
                                                 rules: RuleBook) -> None:
    kiosk = enrolled(office, tmp_path / "a", rules, "entrance")
    with kiosk:
        pushes = PushService(kiosk.store, rules, kiosk.signer)
        fans = []
        for name in ("Ann", "Bob", "Cy"):
            issued = RegistrationService(kiosk.store, rules, kiosk.signer).register(
                RegistrationRequest.new(name, "en", True))
            summary = CardCheckService(kiosk.store, rules).check_card(issued.token).summary
            assert summary is not None
            VisitService(kiosk.store, rules, kiosk.signer).check_in(summary.producer_id)
            fans.append(summary.producer_id)
        pushes.push(fans[0], "rin", 1)
        pushes.push(fans[1], "mirai", 1)
        kiosk.engine().sync_once()
        pushes.push(fans[2], "mirai", 1)
        kiosk.engine().sync_once()
    credential = load_credential(kiosk.dir)
    assert credential is not None
    month = datetime.now(UTC).astimezone(ZoneInfo(rules.timezone)).strftime("%Y-%m")
    client = OfficeClient(credential.url, credential.kiosk_id, credential.secret)
    board = client.ranking(month)
    assert [(e.position, e.cast_id, e.votes) for e in board.entries] == \
        [(1, "mirai", 2), (2, "rin", 1)]
    year = client.ranking(month[:4])
    assert (year.period, [(e.cast_id, e.votes) for e in year.entries]) == \
        (month[:4], [("mirai", 2), ("rin", 1)])


def test_ranking_periods_are_validated(office: RunningOffice, tmp_path: Path,
                                       rules: RuleBook) -> None:
    from kiosk.sync.client import SyncRejected

    kiosk = enrolled(office, tmp_path / "a", rules, "entrance")
    credential = load_credential(kiosk.dir)
    assert credential is not None
    client = OfficeClient(credential.url, credential.kiosk_id, credential.secret)
    assert client.ranking("2026-12").entries == []         # nothing pushed yet
    for bad in ("2026-13", "2026-00", "26-11", "november", "2026-1"):
        with pytest.raises(SyncRejected) as caught:
            client.ranking(bad)
        assert caught.value.status == 422, bad


def test_a_cast_members_top_producers(office: RunningOffice, tmp_path: Path,
                                      rules: RuleBook) -> None:
    """Most votes first, a tie in producer-number order; a nickname only for a producer who
    opted in and still has an account (staff see every one); the list is of this member's
    pushes in this month, and marks the producer looking at it."""
    kiosk = enrolled(office, tmp_path / "a", rules, "entrance")
    with kiosk:
        register = RegistrationService(kiosk.store, rules, kiosk.signer).register
        numbers = [register(RegistrationRequest.new(name, "en", True)).producer_number
                   .replace("-", "") for name in ("Ann", "Bob", "Cy", "Dee", "Eve")]
        kiosk.engine().sync_once()
    desk = office.office
    desk.set_cast_member("mirai", "ホシノ ミライ", "Mirai Hoshino")
    desk.set_cast_member("rin", "リン", "Rin")
    for number in numbers:
        for day in range(1, 5):
            desk.daily_login(DailyLogin(producer_number=number, day=f"2026-11-0{day}"))
    ann, bob, cy, dee, eve = numbers
    for form, (number, cast, points) in enumerate([(ann, "mirai", 3), (bob, "mirai", 1),
                                                   (cy, "mirai", 2), (cy, "mirai", 1),
                                                   (dee, "rin", 4), (eve, "mirai", 2)]):
        assert desk.website_push(number, cast, points, f"form-{form}").status == "pushed"
    desk.set_website_preferences(cy, ranking_visible=True)
    desk.set_website_preferences(eve, ranking_visible=True)
    desk.delete_account(eve, "test")
    month = desk.month_of_now()
    weight = rules.rank_for(0).weight
    top = desk.top_producers("mirai", month, you=bob)
    assert [(t.nickname, t.votes // weight, t.is_you, t.number) for t in top] == [
        (None, 3, False, ""), ("Cy", 3, False, ""), (None, 2, False, ""), (None, 1, True, "")]
    staff = desk.top_producers("mirai", month, staff=True, limit=2)
    assert [(t.nickname, t.number) for t in staff] == [("Ann", ann), ("Cy", cy)]
    assert [t.votes // weight for t in desk.top_producers("rin", month)] == [4]
    assert desk.top_producers("mirai", rankings.previous_month(month)) == []


def test_the_top_producers_are_read_from_an_index_alone(office: RunningOffice,
                                                        office_database: str) -> None:
    """At a month's end a member has thousands of pushes: the list must not read each one
    from the table. PostgreSQL picks its plan by the table's statistics (a nearly empty
    table here), so it is asked with sequential and bitmap scans switched off: an index-only
    scan proves the index can answer alone."""
    db = office.office.db
    params = ["mirai", "2026-11-01", "2026-12-01", 10]
    with db.connection_context(), db.atomic():
        sql = db.execute_sql  # type: ignore[attr-defined]
        if "://" in office_database:
            sql("SET LOCAL enable_seqscan = off")
            sql("SET LOCAL enable_bitmapscan = off")
            explain, wanted = "EXPLAIN ", "Index Only Scan using office_event_cast_pushes"
        else:
            explain, wanted = "EXPLAIN QUERY PLAN ", "COVERING INDEX office_event_cast_pushes"
        text = TOP_PRODUCERS_OF_CAST.replace("{p}", db.param)
        plan = " ".join(str(row[-1]) for row in sql(explain + text, params).fetchall())
    assert wanted in plan, plan
