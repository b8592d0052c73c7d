"""The demo that `make run` seeds: producers once, and a staff PIN that opens staff mode."""

from __future__ import annotations

from kiosk.db.identity import KioskSigner
from kiosk.db.models import Producer
from kiosk.db.store import Store
from kiosk.domain.rules import RuleBook
from kiosk.services.demo import DEMO_PRODUCERS, DEMO_STAFF_PIN, seed_demo
from kiosk.services.staff import StaffLogAction, StaffService, pin_problem


def test_the_demo_pin_is_one_the_kiosk_would_accept_from_staff() -> None:
    assert pin_problem(DEMO_STAFF_PIN) is None


def test_a_demo_start_seeds_producers_and_a_pin_that_unlocks_staff_mode(
        store: Store, rules: RuleBook, signer: KioskSigner) -> None:
    seed = seed_demo(store, rules, signer)
    assert seed.producers_added == len(DEMO_PRODUCERS)
    assert seed.staff_pin == DEMO_STAFF_PIN
    staff = StaffService(store)
    staff.unlock(DEMO_STAFF_PIN)                 # raises if the PIN does not open staff mode
    assert [a.action for a in staff.recent_actions()] == [StaffLogAction.STAFF_MODE_OPENED,
                                                          StaffLogAction.PIN_SET]


def test_a_second_demo_start_adds_nothing_and_keeps_the_pin(
        store: Store, rules: RuleBook, signer: KioskSigner) -> None:
    seed_demo(store, rules, signer)
    again = seed_demo(store, rules, signer)
    assert again.producers_added == 0
    assert again.staff_pin == DEMO_STAFF_PIN
    assert Producer.select().count() == len(DEMO_PRODUCERS)
    pin_set = [a for a in StaffService(store).recent_actions()
               if a.action is StaffLogAction.PIN_SET]
    assert len(pin_set) == 1


def test_a_pin_changed_in_staff_mode_is_kept_and_not_announced_as_the_demo_pin(
        store: Store, rules: RuleBook, signer: KioskSigner) -> None:
    seed_demo(store, rules, signer)
    StaffService(store).change_pin(DEMO_STAFF_PIN, "4096")
    again = seed_demo(store, rules, signer)
    assert again.staff_pin is None
    StaffService(store).unlock("4096")
