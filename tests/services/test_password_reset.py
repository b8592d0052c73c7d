"""A forgotten website password: staff issue a new initial one, shown once; the old one stops
working at once, the ledger carries the reset to the office, and the staff log records it
without the password or its hash."""

from __future__ import annotations

import pytest

from kiosk.db.identity import KioskSigner
from kiosk.db.models import LedgerEntry, Producer, StaffAction
from kiosk.db.store import Store
from kiosk.domain.credentials import verify_password
from kiosk.domain.rules import RuleBook
from kiosk.services.card_check import CardRefused
from kiosk.services.password_reset import (
    PasswordResetProblem,
    PasswordResetRefused,
    PasswordResetService,
)
from kiosk.services.registration import IssuedCard, RegistrationRequest
from kiosk.services.staff import StaffService
from tests.services.conftest import Services

WEBSITE = "https://producer.example.cafe/login"


@pytest.fixture
def passwords(store: Store, rules: RuleBook, signer: KioskSigner,
              services: Services) -> PasswordResetService:
    return PasswordResetService(store, rules, signer, services.clock).configure(WEBSITE)


def _registered(services: Services) -> tuple[IssuedCard, int]:
    issued = services.registration.register(RegistrationRequest.new("ミク", "ja", True))
    found = services.cards.check_card(issued.token).summary
    assert found is not None
    return issued, found.producer_id


def test_a_new_password_replaces_the_old_one(
        services: Services, passwords: PasswordResetService, store: Store) -> None:
    issued, producer_id = _registered(services)
    services.visits.check_in(producer_id)
    new = passwords.reset(producer_id)
    assert (new.producer_id, new.number, new.nickname, new.login_id, new.website) == (
        producer_id, issued.producer_number, "ミク", issued.login_id, WEBSITE)
    assert new.password != issued.password
    stored = Producer.get_by_id(producer_id).password_hash
    assert verify_password(stored, new.password)
    assert not verify_password(stored, issued.password)
    # The kiosk's own manual login (a damaged card) follows at once.
    assert services.cards.check_password(issued.producer_number, new.password).nickname == "ミク"
    with pytest.raises(CardRefused):
        services.cards.check_password(issued.producer_number, issued.password)
    row = LedgerEntry.select().order_by(LedgerEntry.seq.desc()).first()
    assert (row.kind, row.pv_delta, row.push_delta, row.synced_at) == (
        "password_reset", 0, 0, None)
    assert services.cards.summary(producer_id).push_points == 1          # points untouched
    logged = StaffService(store, services.clock).recent_actions()[0]
    assert (logged.action, logged.producer_number, logged.detail) == (
        "password_reset", issued.producer_number, {})


def test_the_password_and_its_hash_never_reach_the_staff_log(
        services: Services, passwords: PasswordResetService) -> None:
    _issued, producer_id = _registered(services)
    new = passwords.reset(producer_id)
    stored = Producer.get_by_id(producer_id).password_hash
    for action in StaffAction.select():
        assert new.password not in action.detail and stored not in action.detail
        assert "$argon2" not in action.detail


def test_each_reset_draws_a_fresh_password(
        services: Services, passwords: PasswordResetService) -> None:
    _issued, producer_id = _registered(services)
    first = passwords.reset(producer_id)
    second = passwords.reset(producer_id)
    assert first.password != second.password
    stored = Producer.get_by_id(producer_id).password_hash
    assert verify_password(stored, second.password)
    assert not verify_password(stored, first.password)
    assert LedgerEntry.select().where(LedgerEntry.kind == "password_reset").count() == 2


def test_an_unknown_producer_is_refused_and_nothing_is_written(
        passwords: PasswordResetService) -> None:
    with pytest.raises(PasswordResetRefused) as caught:
        passwords.reset(4242)
    assert caught.value.problem is PasswordResetProblem.UNKNOWN_PRODUCER
    assert "4242" in str(caught.value)
    assert LedgerEntry.select().count() == 0
    assert StaffAction.select().count() == 0


def test_the_same_request_twice_changes_the_password_once(
        services: Services, passwords: PasswordResetService) -> None:
    _issued, producer_id = _registered(services)
    first = passwords.reset(producer_id, request_id="reset-request-0001")
    with pytest.raises(PasswordResetRefused) as caught:
        passwords.reset(producer_id, request_id="reset-request-0001")
    assert caught.value.problem is PasswordResetProblem.ALREADY_SUBMITTED
    assert verify_password(Producer.get_by_id(producer_id).password_hash, first.password)
    assert LedgerEntry.select().where(LedgerEntry.kind == "password_reset").count() == 1
