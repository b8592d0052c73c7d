"""Staff: the PIN (right, wrong, lockout, first start), purchases once per receipt,
corrections as new entries, and the action log."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from kiosk.db.identity import KioskSigner
from kiosk.db.models import BalanceCache, LedgerEntry
from kiosk.db.store import Store
from kiosk.domain.ledger import EntryKind
from kiosk.domain.rules import RuleBook
from kiosk.services.purchases import PurchaseProblem, PurchaseRefused, PurchaseService
from kiosk.services.registration import RegistrationRequest
from kiosk.services.staff import PinProblem, PinRefused, StaffService, pin_problem
from tests.services.conftest import Services
from tests.services.test_visits_and_pushes import new_producer


@pytest.fixture
def staff(store: Store, services: Services) -> StaffService:
    return StaffService(store, services.clock)


@pytest.fixture
def till(store: Store, rules: RuleBook, signer: KioskSigner,
         services: Services) -> PurchaseService:
    return PurchaseService(store, rules, signer, services.clock)


@pytest.mark.parametrize("pin", ["", "123", "123456789", "12a4", "１２３４", "0000", "1234",
                                 "9876", "55555"])
def test_weak_or_malformed_pins_are_refused(pin: str) -> None:
    assert pin_problem(pin) is PinProblem.TOO_SIMPLE


def test_the_pin_is_set_once_then_opens_staff_mode(staff: StaffService) -> None:
    assert not staff.has_pin()
    with pytest.raises(PinRefused) as caught:
        staff.unlock("2580")
    assert caught.value.problem is PinProblem.NOT_SET
    staff.set_first_pin("2580")
    assert staff.has_pin()
    with pytest.raises(PinRefused) as caught:          # nobody can "set the first" again
        staff.set_first_pin("1357")
    assert caught.value.problem is PinProblem.ALREADY_SET
    staff.unlock("2580")
    assert [a.action for a in staff.recent_actions()] == ["staff_mode_opened", "pin_set"]


def test_wrong_pins_lock_for_growing_delays(staff: StaffService, services: Services) -> None:
    staff.set_first_pin("2580")
    for _ in range(2):
        with pytest.raises(PinRefused) as caught:
            staff.unlock("0852")
        assert caught.value.problem is PinProblem.WRONG
    delays = []
    for _ in range(3):
        with pytest.raises(PinRefused) as caught:
            staff.unlock("0852")
        assert caught.value.problem is PinProblem.LOCKED
        assert caught.value.retry_after is not None
        delays.append(caught.value.retry_after)
        with pytest.raises(PinRefused) as locked:       # even the right PIN waits
            staff.unlock("2580")
        assert locked.value.problem is PinProblem.LOCKED
        services.clock.advance(seconds=caught.value.retry_after.total_seconds() + 1)
    assert delays == [timedelta(seconds=30), timedelta(seconds=60), timedelta(seconds=120)]
    staff.unlock("2580")                                # and a success resets the count
    with pytest.raises(PinRefused) as caught:
        staff.unlock("0852")
    assert caught.value.problem is PinProblem.WRONG
    assert sum(a.action == "wrong_pin" for a in staff.recent_actions()) == 6


def test_the_log_takes_only_known_actions_and_reads_unknown_ones_back_as_text(
        staff: StaffService, store: Store, services: Services) -> None:
    from kiosk.db.models import StaffAction
    from kiosk.services.staff import StaffLogAction

    staff.record(StaffLogAction.KIOSK_QUIT)
    staff.record("settings_changed", keys=["cafe_name"])    # the stored text names it too
    with pytest.raises(ValueError, match="kiosk_quitt"):
        staff.record("kiosk_quitt")                          # a typo writes nothing
    with store.atomic():                                     # as a newer kiosk might write
        StaffAction.create(at=services.clock().isoformat(), action="coffee_made",
                           producer_number=None, detail="{}")
    newest, settings, quit_ = staff.recent_actions()
    assert (newest.action, settings.action, quit_.action) == (
        "coffee_made", StaffLogAction.SETTINGS_CHANGED, StaffLogAction.KIOSK_QUIT)
    assert isinstance(settings.action, StaffLogAction) and settings.detail == {
        "keys": ["cafe_name"]}


def test_changing_the_pin_needs_the_current_one(staff: StaffService) -> None:
    staff.set_first_pin("2580")
    with pytest.raises(PinRefused):
        staff.change_pin("0000", "4826")
    staff.change_pin("2580", "4826")
    staff.unlock("4826")
    with pytest.raises(PinRefused):
        staff.unlock("2580")


def test_a_purchase_earns_pv_once_per_receipt(till: PurchaseService, services: Services,
                                              rules: RuleBook) -> None:
    ann, bob = new_producer(services, "Ann"), new_producer(services, "Bob")
    done = till.record(ann, "r-20261120-0042", 3_200)
    assert (done.pv, done.pv_earned) == (rules.pv_for_yen(3_200), 6)
    with pytest.raises(PurchaseRefused) as caught:      # the same receipt, another producer
        till.record(bob, "R-20261120-0042", 900)
    assert caught.value.problem is PurchaseProblem.RECEIPT_USED
    earlier = caught.value.earlier
    assert earlier is not None and (earlier.nickname, earlier.yen, earlier.pv) == ("Ann", 3200, 6)
    purchases = LedgerEntry.select().where(LedgerEntry.kind == EntryKind.PURCHASE.value)
    assert purchases.count() == 1
    assert services.cards.summary(bob).pv_earned == 0


def test_a_purchase_can_rank_a_producer_up(till: PurchaseService, services: Services,
                                           rules: RuleBook) -> None:
    ann = new_producer(services)
    second = rules.ranks[1]
    done = till.record(ann, "R-0001", second.pv_from * rules.yen_per_pv)
    assert done.ranked_up and done.rank_number == second.number


@pytest.mark.parametrize(("receipt", "yen", "problem"), [
    ("", 1000, PurchaseProblem.BAD_RECEIPT),
    ("12", 1000, PurchaseProblem.BAD_RECEIPT),
    ("R 0001", 1000, PurchaseProblem.BAD_RECEIPT),
    ("レシート0001", 1000, PurchaseProblem.BAD_RECEIPT),
    ("R-" + "9" * 40, 1000, PurchaseProblem.BAD_RECEIPT),
    ("R-0001", 0, PurchaseProblem.BAD_AMOUNT),
    ("R-0001", -500, PurchaseProblem.BAD_AMOUNT),
    ("R-0001", 2_000_000, PurchaseProblem.ABSURD_AMOUNT),
])
def test_bad_purchases_get_a_reason_and_change_nothing(till: PurchaseService,
                                                       services: Services, receipt: str,
                                                       yen: int,
                                                       problem: PurchaseProblem) -> None:
    ann = new_producer(services)
    with pytest.raises(PurchaseRefused) as caught:
        till.record(ann, receipt, yen)
    assert caught.value.problem is problem
    assert services.cards.summary(ann).pv_earned == 0
    assert not LedgerEntry.select().where(LedgerEntry.kind == EntryKind.PURCHASE.value).exists()


def test_corrections_are_new_entries_with_a_reason(till: PurchaseService, services: Services,
                                                   staff: StaffService) -> None:
    ann = new_producer(services)
    till.record(ann, "R-0002", 5_000)
    till.correct(ann, -4, 0, "  typed 5,000 instead of 3,000  ")
    assert services.cards.summary(ann).pv_earned == 6
    kinds = [e.kind for e in LedgerEntry.select().order_by(LedgerEntry.seq)]
    assert kinds == ["registration", "purchase", "correction"]   # nothing edited
    logged = staff.recent_actions()[0]
    assert (logged.action, logged.detail) == (
        "correction", {"pv": -4, "push": 0, "reason": "typed 5,000 instead of 3,000"})
    for pv, push, reason, problem in [(0, 0, "nothing", PurchaseProblem.BAD_CORRECTION),
                                      (1, 0, "   ", PurchaseProblem.BAD_CORRECTION),
                                      (99_999, 0, "huge", PurchaseProblem.BAD_CORRECTION),
                                      (-100, 0, "too far", PurchaseProblem.BELOW_ZERO),
                                      (0, -1, "no points", PurchaseProblem.BELOW_ZERO)]:
        with pytest.raises(PurchaseRefused) as caught:
            till.correct(ann, pv, push, reason)
        assert caught.value.problem is problem, (pv, push, reason)
    assert services.cards.summary(ann).pv_earned == 6


def test_a_pv_correction_is_allowed_for_a_card_overdrawn_elsewhere(
        till: PurchaseService, services: Services, store: Store) -> None:
    """Offline pushes at two kiosks left the card at -3 push points: a correction that
    only moves PV lowers nothing, so it is not refused as "below zero"."""
    ann = new_producer(services)
    till.record(ann, "R-0003", 5_000)
    with store.atomic():
        BalanceCache.update(push_points=-3).where(BalanceCache.producer == ann).execute()
    till.correct(ann, -4, 0, "typed 5,000 instead of 3,000")
    till.correct(ann, 2, 0, "a forgotten drink")
    assert services.cards.summary(ann).pv_earned == 8
    with pytest.raises(PurchaseRefused) as caught:          # lowering push points is not
        till.correct(ann, 0, -1, "no points")
    assert caught.value.problem is PurchaseProblem.BELOW_ZERO


def test_the_till_format_and_the_largest_bill_come_from_the_settings(
        tmp_path: Path, rules: RuleBook) -> None:
    from kiosk.bootstrap import open_kiosk
    from kiosk.settings import SettingsError, load_settings

    (tmp_path / "settings.toml").write_text(
        'receipt_pattern = "T[0-9]{6}"\nmax_purchase_yen = 50000\n', encoding="utf-8")
    store, services = open_kiosk(load_settings(tmp_path), rules)
    try:
        card = services.issuer.issue(RegistrationRequest.new("Ann", "en", True))
        found = services.cards.check_card(card.issued.token).summary
        assert found is not None
        with pytest.raises(PurchaseRefused) as caught:
            services.purchases.record(found.producer_id, "R-0001", 1000)   # not this till's
        assert caught.value.problem is PurchaseProblem.BAD_RECEIPT
        with pytest.raises(PurchaseRefused) as caught:
            services.purchases.record(found.producer_id, "T000001", 60_000)
        assert (caught.value.problem, caught.value.limit) == (PurchaseProblem.ABSURD_AMOUNT,
                                                              50_000)
        assert services.purchases.record(found.producer_id, "t000001", 1000).pv == 2
    finally:
        store.close()
    for bad, message in [('receipt_pattern = "[unclosed"', "receipt_pattern is not a valid"),
                         ("max_purchase_yen = 0", "max_purchase_yen must be between")]:
        (tmp_path / "settings.toml").write_text(bad + "\n", encoding="utf-8")
        with pytest.raises(SettingsError, match=message):
            load_settings(tmp_path)
