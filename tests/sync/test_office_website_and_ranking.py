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
from kiosk.services.card_check import CardCheckService
from kiosk.services.pushes import PushService
from kiosk.services.registration import RegistrationRequest, RegistrationService
from kiosk.services.visits import VisitService
from kiosk.sync.client import OfficeClient
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
