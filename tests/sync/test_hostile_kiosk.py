"""A hostile kiosk (an ordinary credential, any bytes it likes) cannot mint points or stop
anyone's pull, on SQLite and PostgreSQL: every malformed or inflated event is stored
"rejected" with its reason and no effect, alone or mixed into real traffic, and two honest
kiosks keep pulling and agree with the office to the point.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kiosk.db.models import BalanceCache, Producer
from kiosk.domain.rules import RuleBook
from kiosk.server.models import OfficeProducer
from kiosk.services.card_check import CardCheckService
from kiosk.services.demo import DEMO_CAST
from kiosk.services.purchases import PurchaseService
from kiosk.services.pushes import PushService
from kiosk.services.registration import IssuedCard
from kiosk.services.visits import VisitService
from tests.sync.conftest import KioskBox, RunningOffice, enrolled, register
from tests.sync.hostile import Target, hostile_events
from tests.sync.wire import YESTERDAY, enrol, event, post_events, purchase

Balances = dict[str, tuple[int, int]]



def digits(issued: IssuedCard) -> str:
    return issued.producer_number.replace("-", "")


def office_balances(office: RunningOffice) -> Balances:
    with office.office.reading():
        return {p.number: (p.pv_earned, p.push_points) for p in OfficeProducer.select()}


def kiosk_balances(box: KioskBox) -> Balances:
    """Every producer's cached balance at a kiosk (inside `with box`)."""
    return {b.producer.number: (b.pv_earned, b.push_points)
            for b in BalanceCache.select(BalanceCache, Producer).join(Producer)}


def assert_kiosks_agree(office: RunningOffice, *boxes: KioskBox) -> None:
    """Each kiosk syncs (no exception, nothing left out) and holds the office's balances."""
    expected = office_balances(office)
    for box in boxes:
        with box:
            box.engine().sync_once()
            assert kiosk_balances(box) == expected, box.dir.name


def two_kiosks(office: RunningOffice, tmp_path: Path, rules: RuleBook
               ) -> tuple[KioskBox, KioskBox]:
    return (enrolled(office, tmp_path / "a", rules, "entrance"),
            enrolled(office, tmp_path / "b", rules, "stage side"))


def honest_traffic(office: RunningOffice, a: KioskBox,
                   rules: RuleBook) -> tuple[IssuedCard, IssuedCard]:
    """The office's roster; Ann and Bob at kiosk A: a purchase, a visit, a push; synced."""
    for order, (cast_id, name_ja, name_en) in enumerate(DEMO_CAST):
        office.office.set_cast_member(cast_id, name_ja, name_en, sort_order=order)
    with a:
        ann, ann_id = register(a, rules, "Ann")
        bob, bob_id = register(a, rules, "Bob")
        PurchaseService(a.store, rules, a.signer).record(ann_id, "R-0001", 3000)
        VisitService(a.store, rules, a.signer).check_in(ann_id)
        VisitService(a.store, rules, a.signer).check_in(bob_id)
        PushService(a.store, rules, a.signer).push(bob_id, "mirai", 1)
        assert a.engine().sync_once().problems == 0
    return ann, bob


def test_every_hostile_event_alone_is_refused_and_changes_nothing(
        office: RunningOffice, tmp_path: Path, rules: RuleBook) -> None:
    a, b = two_kiosks(office, tmp_path, rules)
    ann, _bob = honest_traffic(office, a, rules)
    h = enrol(office, "hostile")
    before = office_balances(office)
    cases = hostile_events(h, Target(digits(ann), ann.card_id))
    for seq, case in enumerate(cases, start=1):
        answer = post_events(office, h, [case.build(seq)])
        assert answer.status == 200, (case.name, answer)
        assert (answer.statuses(), answer.problems()) == (["rejected"], [case.problem]), \
            (case.name, answer.body)
        assert answer.body["results"][0]["reason"], case.name
        assert answer.body["acked_through"] == seq          # the queue never stalls
        assert office_balances(office) == before, case.name
    assert [r.problem for r in office.office.refused_events(h.number, 100)] == \
        [case.problem for case in reversed(cases)]
    assert_kiosks_agree(office, a, b)


def test_hostile_events_mixed_into_real_traffic_change_only_what_is_real(
        office: RunningOffice, tmp_path: Path, rules: RuleBook) -> None:
    """One batch from the hostile kiosk: its honest events (a visit and a purchase for Ann,
    a push for Bob, all legitimate at any kiosk) count, every hostile one is refused."""
    a, b = two_kiosks(office, tmp_path, rules)
    ann, bob = honest_traffic(office, a, rules)
    h = enrol(office, "hostile")
    ann_t = Target(digits(ann), ann.card_id)
    day_before = {"business_day": YESTERDAY, "recorded_at": f"{YESTERDAY}T20:00:00+09:00"}
    honest: list[Any] = [
        lambda seq: event(seq, producer_number=ann_t.number, card_id=ann.card_id,
                          **day_before),
        lambda seq: purchase(seq, 1, 5000, "H-REAL-1", producer_number=ann_t.number,
                             card_id=ann.card_id),
        lambda seq: event(seq, kind="push", producer_number=digits(bob), card_id=bob.card_id,
                          push_delta=-1, votes=1, cast_id="rin"),
    ]
    builders = [case.build for case in hostile_events(h, ann_t)]
    mixed = [*builders[:5], honest[0], *builders[5:12], honest[1], *builders[12:], honest[2]]
    before = office_balances(office)
    answer = post_events(office, h, [build(seq) for seq, build in enumerate(mixed, start=1)])
    stored = [i for i, status in enumerate(answer.statuses()) if status == "stored"]
    assert stored == [5, 13, len(mixed) - 1], answer.body
    assert answer.statuses().count("rejected") == len(builders)
    expected = dict(before)
    pv, points = expected[ann_t.number]
    expected[ann_t.number] = (pv + 10, points + 1)
    pv, points = expected[digits(bob)]
    expected[digits(bob)] = (pv, points - 1)
    assert office_balances(office) == expected
    assert_kiosks_agree(office, a, b)


def test_a_visit_counts_once_a_day_across_the_chain(office: RunningOffice, tmp_path: Path,
                                                    rules: RuleBook) -> None:
    a, b = two_kiosks(office, tmp_path, rules)
    with a:
        ann, ann_a = register(a, rules, "Ann")
        a.engine().sync_once()
    with b:
        b.engine().sync_once()
        ann_b = Producer.get(Producer.number == digits(ann)).id
    # Both kiosks are offline; Ann checks in at each on the same business day.
    with a:
        assert not VisitService(a.store, rules, a.signer).check_in(ann_a).already
    with b:
        assert not VisitService(b.store, rules, b.signer).check_in(ann_b).already
    with a:
        a.engine().sync_once()
    with b:
        report = b.engine().sync_once()
        assert report.problems == 1
        summary = CardCheckService(b.store, rules).summary(ann_b)
        assert summary.push_points == 1                    # the office's figure, at once
        assert [item.counted for item in summary.history[:1]] == [False]
        assert summary.visited_today
    assert office_balances(office)[digits(ann)] == (0, 1)
    assert [e.problem for e in office.office.refused_events()] == ["visited_today"]
    assert_kiosks_agree(office, a, b)
    # Online, B knows of today's visit at A: it refuses a second check-in itself.
    with a:
        _cy, cy_a = register(a, rules, "Cy")
        VisitService(a.store, rules, a.signer).check_in(cy_a)
        a.engine().sync_once()
    with b:
        b.engine().sync_once()
        cy_b = Producer.get(Producer.nickname == "Cy").id
        visits = VisitService(b.store, rules, b.signer)
        assert visits.todays_stay(cy_b) is not None
        again = visits.check_in(cy_b)
        assert again.already and again.points_added == 0
        assert CardCheckService(b.store, rules).summary(cy_b).visited_today
        assert b.engine().sync_once().pushed == 0       # nothing sent to be refused


def test_a_receipt_earns_pv_once_across_the_chain(office: RunningOffice, tmp_path: Path,
                                                  rules: RuleBook) -> None:
    a, b = two_kiosks(office, tmp_path, rules)
    with a:
        ann, ann_a = register(a, rules, "Ann")
        a.engine().sync_once()
    with b:
        bob, bob_b = register(b, rules, "Bob")
        b.engine().sync_once()
    with a:
        PurchaseService(a.store, rules, a.signer).record(ann_a, "R-7777", 6000)   # 12 PV
        a.engine().sync_once()
    with b:
        PurchaseService(b.store, rules, b.signer).record(bob_b, "R-7777", 6000)   # again
        assert b.engine().sync_once().problems == 1
        assert CardCheckService(b.store, rules).summary(bob_b).pv_earned == 0
    balances = office_balances(office)
    assert (balances[digits(ann)], balances[digits(bob)]) == ((12, 0), (0, 0))
    refused = office.office.refused_events()
    assert [(e.problem, e.kind) for e in refused] == [("receipt_used", "purchase")]
    assert "R-7777" in refused[0].reason and digits(ann) in refused[0].reason
    assert_kiosks_agree(office, a, b)
