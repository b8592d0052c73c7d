from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest

from kiosk.db.models import LedgerEntry
from kiosk.db.store import Store
from kiosk.domain.ledger import EntryKind
from kiosk.domain.rules import RuleBook
from kiosk.services.pushes import PushProblem, PushRefused
from kiosk.services.registration import RegistrationRequest
from tests.services.conftest import Services


def new_producer(services: Services, name: str = "Ann") -> int:
    issued = services.registration.register(RegistrationRequest.new(name, "en", True))
    summary = services.cards.check_card(issued.token).summary
    assert summary is not None
    return summary.producer_id


def visits() -> int:
    return LedgerEntry.select().where(LedgerEntry.kind == EntryKind.VISIT.value).count()


def test_check_in_once_per_business_day(services: Services, rules: RuleBook) -> None:
    producer = new_producer(services)
    first = services.visits.check_in(producer)
    assert not first.already and first.points_added == rules.push_points_per_visit
    again = services.visits.check_in(producer)
    assert again.already and again.points_added == 0
    assert again.stay.entered_at == first.stay.entered_at
    assert visits() == 1
    assert services.cards.summary(producer).push_points == rules.push_points_per_visit
    assert services.cards.summary(producer).visited_today


def test_the_business_day_ends_at_five_not_midnight(services: Services) -> None:
    producer = new_producer(services)
    services.clock.now = datetime(2026, 11, 20, 14, 30, tzinfo=UTC)   # 23:30 Tokyo
    assert not services.visits.check_in(producer).already
    services.clock.now = datetime(2026, 11, 20, 16, 0, tzinfo=UTC)    # 01:00 next day
    assert services.visits.check_in(producer).already                 # same business day
    services.clock.now = datetime(2026, 11, 20, 20, 0, tzinfo=UTC)    # 05:00 Tokyo
    assert not services.visits.check_in(producer).already             # a new day
    assert visits() == 2


def test_two_check_ins_racing_count_once(services: Services) -> None:
    producer = new_producer(services)
    results: list[bool] = []

    def check_in() -> None:
        results.append(services.visits.check_in(producer).already)

    threads = [threading.Thread(target=check_in) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [False, True, True, True]
    assert visits() == 1


def test_stay_plan_from_the_rules(services: Services, rules: RuleBook) -> None:
    producer = new_producer(services)
    services.clock.now = datetime(2026, 11, 20, 9, 20, tzinfo=UTC)    # 18:20 Tokyo
    stay = services.visits.check_in(producer).stay
    assert (stay.entered_at.hour, stay.entered_at.minute) == (18, 20)
    assert (stay.first_period_ends.hour, stay.first_period_ends.minute) == (19, 20)
    assert (stay.next_show_at.hour, stay.next_show_at.minute) == (19, 0)
    assert stay.extension_charge_yen == rules.stay.extension_charge_yen


def give_points(services: Services, producer: int, days: int) -> None:
    for _ in range(days):
        services.visits.check_in(producer)
        services.clock.advance(days=1)


def test_push_spends_points_and_counts_votes_by_weight(services: Services,
                                                       store: Store) -> None:
    producer = new_producer(services)
    give_points(services, producer, 3)
    done = services.pushes.push(producer, "mirai", 2)
    assert (done.points, done.votes, done.points_left) == (2, 2, 1)    # weight 1 at rank 1
    assert done.cast.votes_this_month == 2
    assert services.cards.summary(producer).push_points == 1
    other = new_producer(services, "Bob")
    give_points(services, other, 1)
    assert services.pushes.push(other, "mirai", 1).cast.votes_this_month == 3
    roster = {c.cast_id: c.votes_this_month for c in services.pushes.roster()}
    assert roster["mirai"] == 3 and roster["sakura"] == 0


@pytest.mark.parametrize(("points", "problem"), [
    (0, PushProblem.BAD_AMOUNT), (-3, PushProblem.BAD_AMOUNT),
    (51, PushProblem.TOO_MANY_AT_ONCE), (10**9, PushProblem.TOO_MANY_AT_ONCE),
    (2, PushProblem.NOT_ENOUGH_POINTS),
])
def test_absurd_or_unaffordable_pushes_are_refused(services: Services, points: int,
                                                   problem: PushProblem) -> None:
    producer = new_producer(services)
    give_points(services, producer, 1)
    with pytest.raises(PushRefused) as caught:
        services.pushes.push(producer, "mirai", points)
    assert caught.value.problem is problem
    assert services.cards.summary(producer).push_points == 1


def test_unknown_cast_and_repeated_request(services: Services) -> None:
    producer = new_producer(services)
    give_points(services, producer, 2)
    with pytest.raises(PushRefused) as caught:
        services.pushes.push(producer, "nobody", 1)
    assert caught.value.problem is PushProblem.NO_SUCH_CAST
    services.pushes.push(producer, "rin", 1, request_id="tap-1")
    with pytest.raises(PushRefused) as caught:
        services.pushes.push(producer, "rin", 1, request_id="tap-1")
    assert caught.value.problem is PushProblem.ALREADY_DONE
    assert services.cards.summary(producer).push_points == 1


def test_offline_cap_limits_unsynced_pushes(services: Services, rules: RuleBook,
                                           store: Store) -> None:
    producer = new_producer(services)
    give_points(services, producer, rules.offline_push_cap_per_card + 5)
    services.pushes.push(producer, "nana", rules.offline_push_cap_per_card - 1)
    assert services.pushes.allowance(producer) == 1
    with pytest.raises(PushRefused) as caught:
        services.pushes.push(producer, "nana", 2)
    assert caught.value.problem is PushProblem.OFFLINE_CAP and caught.value.allowed == 1
    with store.atomic():          # what a successful sync will do: mark the rows synced
        LedgerEntry.update(synced_at=datetime.now(UTC).isoformat()).execute()
    assert services.pushes.allowance(producer) == 6
    services.pushes.push(producer, "nana", 6)


def test_monthly_votes_reset_with_the_tokyo_month(services: Services) -> None:
    producer = new_producer(services)
    services.clock.now = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)    # 19:00, 30 Nov Tokyo
    give_points(services, producer, 1)
    services.clock.now = datetime(2026, 11, 30, 14, 59, tzinfo=UTC)   # 23:59 Tokyo
    services.pushes.push(producer, "yui", 1)
    services.clock.now = datetime(2026, 11, 30, 15, 1, tzinfo=UTC)    # 00:01, 1 Dec Tokyo
    assert {c.cast_id: c.votes_this_month for c in services.pushes.roster()}["yui"] == 0


def test_roster_search(services: Services) -> None:
    assert [c.cast_id for c in services.pushes.roster("ミライ")] == ["mirai"]
    assert [c.cast_id for c in services.pushes.roster("  SAKU ")] == ["sakura"]
    assert len(services.pushes.roster()) == 8
    assert services.pushes.roster("zzz") == []
