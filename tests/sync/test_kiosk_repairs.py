"""What a kiosk does with the office's answers besides "stored", on SQLite and PostgreSQL:

- events named for rules the office has not published wait (deferred), in order, and count
  once the office has the rules;
- a website login ID another kiosk drew first: the person gets a new one, nothing is lost;
- a card already overdrawn pushes no more until staff look, at any kiosk.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.db.models import LedgerEntry, Producer, StaffAction
from kiosk.domain.rules import RuleBook, parse_rules
from kiosk.paths import rules_path
from kiosk.services.purchases import PurchaseService
from kiosk.services.pushes import PushService
from kiosk.services.visits import VisitService
from kiosk.sync.protocol import MAX_BATCH
from tests.sync.conftest import RunningOffice, enrolled, register
from tests.sync.test_hostile_kiosk import assert_kiosks_agree, digits, office_balances
from tests.sync.wire import enrol, event, post_events


def newer_rules(rules: RuleBook) -> tuple[str, RuleBook]:
    text = rules_path().read_text(encoding="utf-8").replace(
        f"version = {rules.version}", f"version = {rules.version + 1}", 1)
    return text, parse_rules(text)


def test_events_by_rules_the_office_has_not_published_wait_and_then_count(
        office: RunningOffice, tmp_path: Path, rules: RuleBook) -> None:
    """A kiosk upgraded before the office runs rules version 2: nothing of it is refused or
    lost; it all waits, and counts once the office publishes version 2."""
    text, upgraded = newer_rules(rules)
    a = enrolled(office, tmp_path / "a", upgraded, "upgraded first")
    with a:
        ann, ann_id = register(a, upgraded, "Ann")
        PurchaseService(a.store, upgraded, a.signer).record(ann_id, "R-0001", 3000)
        VisitService(a.store, upgraded, a.signer).check_in(ann_id)
        report = a.engine().sync_once()
        assert (report.pushed, report.problems) == (0, 0)
        assert LedgerEntry.select().where(LedgerEntry.synced_at.is_null()).count() == 3
        assert not LedgerEntry.select().where(LedgerEntry.rejected_at.is_null(False)).exists()
    assert office_balances(office) == {}
    assert office.office.refused_events() == []
    office.office.publish_rules(text)
    with a:
        assert a.engine().sync_once().pushed == 3
    assert office_balances(office) == {digits(ann): (6, 1)}


def test_deferral_holds_back_the_rest_of_the_batch(office: RunningOffice) -> None:
    h = enrol(office, "entrance")
    answer = post_events(office, h, [event(1, serial=9, rule_version=99), event(2, serial=9)])
    assert answer.statuses() == ["deferred", "deferred"]
    assert [r["code"] for r in answer.body["results"]] == [503, 503]
    assert answer.body["acked_through"] == 0              # nothing stored, nothing to skip


# In one batch, all three of Bea's events are refused and sent again. In batches of two the
# visit either went while the first batch was at the office (refused and sent again with
# it) or waited at the kiosk, where the repair placed the copies before it (it goes once).
@pytest.mark.parametrize(("batch", "refused"), [(MAX_BATCH, {3}), (2, {2, 3})])
def test_a_login_id_another_kiosk_drew_first_is_replaced_not_lost(
        office: RunningOffice, tmp_path: Path, rules: RuleBook, batch: int,
        refused: set[int]) -> None:
    a = enrolled(office, tmp_path / "a", rules, "entrance")
    b = enrolled(office, tmp_path / "b", rules, "stage side")
    with a:
        ann, _ = register(a, rules, "Ann")
        a.engine().sync_once()
    with b:
        bea, bea_id = register(b, rules, "Bea")
        with b.store.atomic():                       # the one-in-10¹¹ draw, made certain
            Producer.update(login_id=ann.login_id).where(Producer.id == bea_id).execute()
        PurchaseService(b.store, rules, b.signer).record(bea_id, "R-0009", 5000)   # 10 PV
        VisitService(b.store, rules, b.signer).check_in(bea_id)
        problems = b.engine(push_batch=batch).sync_once().problems
        assert problems in refused
        renewed = Producer.get_by_id(bea_id).login_id
        assert renewed != ann.login_id
        told = [json.loads(row.detail) for row in StaffAction.select().where(
            StaffAction.action == "login_renewed")]
        assert [(t["new"], t["events_sent_again"]) for t in told] == [(renewed, problems)]
        assert not LedgerEntry.select().where(LedgerEntry.synced_at.is_null()).exists()
    assert office_balances(office)[digits(bea)] == (10, 1)
    # Bea's password opens her account under the new login ID; Ann's stays Ann's.
    assert office.office.website_login(renewed, bea.password) == digits(bea)
    assert office.office.website_login(ann.login_id, ann.password) == digits(ann)
    assert_kiosks_agree(office, a, b)


def test_an_overdrawn_card_pushes_no_more_until_staff_look(
        office: RunningOffice, tmp_path: Path, rules: RuleBook) -> None:
    a = enrolled(office, tmp_path / "a", rules, "entrance")
    b = enrolled(office, tmp_path / "b", rules, "stage side")
    c = enrolled(office, tmp_path / "c", rules, "upstairs")
    with a:
        ann, ann_a = register(a, rules, "Ann")
        VisitService(a.store, rules, a.signer).check_in(ann_a)
        a.engine().sync_once()
    ids = {}
    for box in (b, c):
        with box:
            box.engine().sync_once()
            ids[box.dir.name] = Producer.get(Producer.number == digits(ann)).id
    # All three offline: the card's one point is spent at each.
    for box, producer in ((a, ann_a), (b, ids["b"]), (c, ids["c"])):
        with box:
            PushService(box.store, rules, box.signer).push(producer, "mirai", 1)
    with a:
        assert a.engine().sync_once().problems == 0
    with b:
        assert b.engine().sync_once().problems == 0       # overdraws: counted, flagged
    with c:
        assert c.engine().sync_once().problems == 1       # already overdrawn: refused
    assert office_balances(office)[digits(ann)] == (0, -1)
    assert [(e.kind, e.problem) for e in office.office.refused_events()] == [
        ("push", "overdrawn")]
    assert_kiosks_agree(office, a, b, c)
