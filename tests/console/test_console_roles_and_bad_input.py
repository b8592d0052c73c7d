"""What the console must withstand: a role that may not do something gets 403 and the
attempt is in the audit log; forms without their token change nothing; wrong passwords
lock the account; nicknames with HTML are text; and producers are exported and deleted
from the console with the website's rules, each logged."""

from __future__ import annotations

import json
from pathlib import Path

from playwright.sync_api import Page, expect

from kiosk.domain.rules import RuleBook
from kiosk.server.models import OfficeProducer
from tests.console.conftest import owner_signed_in, sign_in
from tests.sync.conftest import RunningOffice, enrolled
from tests.web.conftest import register_and_sync

CLERK_PASSWORD = "clerk's long password"


def test_staff_may_look_but_not_change_and_the_attempt_is_audited(
        console: Page, office: RunningOffice) -> None:
    office.office.create_staff_account("clerk", "staff", CLERK_PASSWORD)
    sign_in(console, "clerk", CLERK_PASSWORD)          # staff need no second factor
    expect(console.locator("h1")).to_have_text("キオスク")
    expect(console.locator("form[action='/console/kiosks/enrolment-code']")).to_have_count(0)
    expect(console.locator("a[href='/console/accounts']")).to_have_count(0)
    for path in ("/console/accounts", "/console/audit", "/console/audit.csv"):
        assert console.request.get(path).status == 403, path
    csrf = console.locator("form[action='/console/logout'] input[name=csrf]").get_attribute(
        "value")
    answer = console.request.post("/console/kiosks/enrolment-code",
                                  form={"csrf": csrf or "", "label": "sneaky"})
    assert answer.status == 403
    refused = [line for line in office.office.audit_lines()[0] if not line.allowed]
    assert {(line.actor, line.target) for line in refused} >= {
        ("clerk", "GET /console/accounts"), ("clerk", "POST /console/kiosks/enrolment-code")}
    assert all(kiosk.info.label != "sneaky" for kiosk in office.office.kiosk_conditions())


def test_a_manager_without_a_second_factor_can_do_nothing_else(
        console: Page, office: RunningOffice) -> None:
    office.office.create_staff_account("boss", "manager", CLERK_PASSWORD)
    sign_in(console, "boss", CLERK_PASSWORD)
    expect(console).to_have_url(f"{office.url}/console/setup")
    for path in ("/console/kiosks", "/console/producers?q=1"):
        console.goto(path)
        expect(console).to_have_url(f"{office.url}/console/setup")


def test_forms_without_their_token_and_wrong_passwords(console: Page,
                                                       office: RunningOffice) -> None:
    owner_signed_in(console, office)
    for form in ({"label": "x"}, {"label": "x", "csrf": "forged"}):
        assert console.request.post("/console/kiosks/enrolment-code", form=form).status == 403
    assert office.office.kiosk_conditions() == []
    console.locator("form[action='/console/logout'] button").click()
    statuses = []
    for _ in range(3):
        console.goto("/console/login")
        token = console.locator("input[name=csrf]").get_attribute("value") or ""
        statuses.append(console.request.post("/console/login", form={
            "csrf": token, "username": "mika", "password": "not the password"}).status)
    assert statuses == [401, 401, 429]
    assert console.request.post("/console/login", form={
        "csrf": "", "username": "mika", "password": "x"}).status == 403


def test_find_export_and_delete_a_producer(console: Page, office: RunningOffice,
                                           tmp_path: Path, rules: RuleBook) -> None:
    kiosk = enrolled(office, tmp_path / "kiosk", rules, "entrance")
    producer = register_and_sync(kiosk, rules, "ミク")
    nickname = "<img src=x onerror=alert(1)>ミク"
    with office.office.reading():
        OfficeProducer.update(nickname=nickname).where(
            OfficeProducer.number == producer.number).execute()
    owner_signed_in(console, office)
    console.goto("/console/producers")
    console.fill("#q", "<img")
    console.click("form[role=search] button")
    expect(console.locator("tbody td", has_text=nickname)).to_have_count(1)
    assert console.locator("tbody img").count() == 0
    console.goto("/console/producers?q=" + producer.issued.producer_number)
    console.locator(f"a[href='/console/producers/{producer.number}']").click()
    with console.expect_download() as download:
        console.click(f"form[action='/console/producers/{producer.number}/export'] button")
    exported = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert nickname in json.dumps(exported, ensure_ascii=False)
    console.fill("#confirm_number", producer.issued.producer_number)
    console.click(f"form[action='/console/producers/{producer.number}/delete'] button")
    expect(console.locator(".notice")).to_be_visible()
    gone = office.office.producer_view(producer.number, any_state=True)
    assert gone.deleted and gone.nickname != nickname
    actions = {line.action for line in office.office.audit_lines()[0]}
    assert {"producer.export", "producer.delete"} <= actions
