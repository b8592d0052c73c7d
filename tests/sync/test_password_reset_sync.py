"""A password reset at one kiosk reaches the office's website login and every other kiosk;
a replayed batch changes nothing, and a reset still waiting to be sent survives a pull."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from kiosk.db.models import Producer
from kiosk.db.office_credential import load_credential
from kiosk.domain.credentials import hash_password, verify_password
from kiosk.domain.rules import RuleBook
from kiosk.server.models import OfficeProducer
from kiosk.services.card_check import CardCheckService, CardRefused
from kiosk.services.password_reset import NewPassword, PasswordResetService
from kiosk.sync.apply import apply_changes
from kiosk.sync.outbox import pending_batch
from kiosk.sync.protocol import MAX_BATCH, EventBatch, EventIn
from tests.sync.conftest import KioskBox, RunningOffice, enrolled, register
from tests.sync.wire import DAY, NOON

WEBSITE = "https://producer.example.cafe/login"



def reset(box: KioskBox, rules: RuleBook, producer_id: int) -> NewPassword:
    return PasswordResetService(box.store, rules, box.signer).configure(WEBSITE).reset(
        producer_id)


def kiosk_id(box: KioskBox) -> str:
    credential = load_credential(box.dir)
    assert credential is not None
    return credential.kiosk_id


def test_a_new_password_works_on_the_website_and_at_every_kiosk(
        office: RunningOffice, tmp_path: Path, rules: RuleBook) -> None:
    a = enrolled(office, tmp_path / "a", rules, "entrance")
    b = enrolled(office, tmp_path / "b", rules, "stage side")
    with a:
        issued, producer_id = register(a, rules, "Ann")
        a.engine().sync_once()
    with b:
        b.engine().sync_once()                       # b knows Ann with her first password
    digits = issued.producer_number.replace("-", "")
    assert office.office.website_login(issued.login_id, issued.password) == digits
    with a:
        new = reset(a, rules, producer_id)
        batch = pending_batch(MAX_BATCH)
        assert batch is not None and [e.kind for e in batch.events] == ["password_reset"]
        report = a.engine().sync_once()
        assert (report.pushed, report.problems) == (1, 0)
    assert office.office.website_login(issued.login_id, new.password) == digits
    assert office.office.website_login(issued.login_id, issued.password) is None
    with b:
        b.engine().sync_once()
        cards = CardCheckService(b.store, rules)
        assert cards.check_password(issued.producer_number, new.password).nickname == "Ann"
        with pytest.raises(CardRefused):
            cards.check_password(issued.producer_number, issued.password)
    # The same batch again (an answer lost on the way back): nothing changes.
    replayed = office.office.accept(kiosk_id(a), batch)
    assert [r.status for r in replayed.results] == ["duplicate"]
    assert office.office.website_login(issued.login_id, new.password) == digits
    # The same UUID with another hash is a conflict and changes nothing either.
    forged = batch.events[0].model_copy(update={"password_hash": hash_password("Stolen1234")})
    answer = office.office.accept(kiosk_id(a), EventBatch(events=[forged]))
    assert [r.status for r in answer.results] == ["conflict"]
    assert office.office.website_login(issued.login_id, "Stolen1234") is None
    assert office.office.website_login(issued.login_id, new.password) == digits


def test_two_resets_before_a_sync_the_last_one_wins(
        office: RunningOffice, tmp_path: Path, rules: RuleBook) -> None:
    a = enrolled(office, tmp_path / "a", rules, "entrance")
    with a:
        issued, producer_id = register(a, rules, "Ann")
        first = reset(a, rules, producer_id)
        second = reset(a, rules, producer_id)
        assert a.engine().sync_once().problems == 0
    assert office.office.website_login(issued.login_id, second.password) is not None
    for stale in (first.password, issued.password):
        assert office.office.website_login(issued.login_id, stale) is None


def test_a_lost_answer_between_two_resets_still_ends_on_the_newest_password(
        office: RunningOffice, tmp_path: Path, rules: RuleBook) -> None:
    """Events carry the producer's current hash when sent, so the first reset, sent again
    after the second, no longer matches what the office stored: a logged conflict without
    effect, and the second reset brings the newest hash."""
    a = enrolled(office, tmp_path / "a", rules, "entrance")
    with a:
        issued, producer_id = register(a, rules, "Ann")
        a.engine().sync_once()
        first = reset(a, rules, producer_id)
        lost = pending_batch(MAX_BATCH)
        assert lost is not None
        assert [r.status for r in office.office.accept(kiosk_id(a), lost).results] == [
            "stored"]                                 # stored, but the kiosk never heard
        second = reset(a, rules, producer_id)
        a.engine().sync_once()
    assert office.office.website_login(issued.login_id, second.password) is not None
    assert office.office.website_login(issued.login_id, first.password) is None


def test_a_reset_not_yet_sent_survives_a_pull_of_the_older_hash(
        office: RunningOffice, tmp_path: Path, rules: RuleBook) -> None:
    a = enrolled(office, tmp_path / "a", rules, "entrance")
    with a:
        issued, producer_id = register(a, rules, "Ann")
        a.engine().sync_once()
        new = reset(a, rules, producer_id)
        with a.store.atomic():              # a pull that ran while staff reset the password
            apply_changes(office.office.changes(0), rules)
        assert verify_password(Producer.get_by_id(producer_id).password_hash, new.password)
        a.engine().sync_once()
        assert verify_password(Producer.get_by_id(producer_id).password_hash, new.password)
    assert office.office.website_login(issued.login_id, new.password) is not None


def _reset_event(seq: int, number: str, password_hash: str | None, card_id: int,
                 pv_delta: int = 0) -> EventIn:
    return EventIn(uuid=f"reset-test-{seq:04d}", seq=seq, producer_number=number,
                   card_id=card_id,
                   kind="password_reset", pv_delta=pv_delta, push_delta=0, votes=0,
                   rule_version=1, business_day=DAY,
                   recorded_at=datetime.fromisoformat(NOON),
                   password_hash=password_hash)


def test_resets_the_office_cannot_apply_are_rejected_with_their_reason(
        office: RunningOffice, tmp_path: Path, rules: RuleBook) -> None:
    a = enrolled(office, tmp_path / "a", rules, "entrance")
    with a:
        issued, _producer_id = register(a, rules, "Ann")
        a.engine().sync_once()
    digits = issued.producer_number.replace("-", "")
    stolen = hash_password("Stolen1234")
    card = issued.card_id
    answer = office.office.accept(kiosk_id(a), EventBatch(events=[
        _reset_event(2, "00100000990", stolen, card),
        _reset_event(3, digits, None, card),
        _reset_event(4, digits, stolen, card, pv_delta=5),
        _reset_event(5, digits, stolen, card + 1)]))
    assert [(r.status, r.problem, r.reason) for r in answer.results] == [
        ("rejected", "unknown_producer", "no producer 00100000990 at the office"),
        ("rejected", "malformed", "a password_reset must carry password_hash"),
        ("rejected", "wrong_amount", "a password_reset moves no points"),
        ("rejected", "not_this_producer",
         f"card {card + 1} is not producer {digits}'s card at the office")]
    assert answer.acked_through == 5                  # rejected events still count
    with office.office.reading():
        assert OfficeProducer.get_by_id(digits).pv_earned == 0
    assert office.office.website_login(issued.login_id, issued.password) == digits
    assert office.office.website_login(issued.login_id, "Stolen1234") is None


def test_the_website_login_takes_id_and_password_as_printed_or_typed_on_a_phone(
        office: RunningOffice, tmp_path: Path, rules: RuleBook) -> None:
    from kiosk.domain.credentials import PASSWORD_GROUP, group_for_reading

    full_width = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in
                                "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"})
    a = enrolled(office, tmp_path / "a", rules, "entrance")
    with a:
        issued, _ = register(a, rules, "Ann")
        a.engine().sync_once()
    digits = issued.producer_number.replace("-", "")
    login, password = issued.login_id, issued.password
    shown_login, shown_password = group_for_reading(login), group_for_reading(
        password, PASSWORD_GROUP)
    for typed_login, typed_password in (
            (login, password), (shown_login, shown_password),
            (" ".join(shown_login.split()), " ".join(shown_password.split())),
            ("-".join(shown_login.split()), "-".join(shown_password.split())),
            (login.capitalize(), password),                    # a phone's first capital
            (login.translate(full_width), password.translate(full_width)),
            ("\u3000".join(shown_login.translate(full_width).split()),
             "\u3000".join(shown_password.translate(full_width).split()))):
        assert office.office.website_login(typed_login, typed_password) == digits, \
            (typed_login, typed_password)
    assert office.office.website_login(shown_login, shown_password[:-1]) is None
    assert office.office.website_login(shown_login, password.upper()) is None
    assert office.office.website_login(login + "x", password) is None
