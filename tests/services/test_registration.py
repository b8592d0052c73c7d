from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.db.identity import KioskSigner, ensure_identity, trusted_keys
from kiosk.db.models import Producer, TrustedKey
from kiosk.db.store import Store
from kiosk.domain.credentials import verify_password
from kiosk.domain.nickname import NicknameProblem
from kiosk.domain.producer_number import ProducerNumber
from kiosk.domain.rules import RuleBook
from kiosk.domain.tokens import verify_card
from kiosk.services.registration import (
    RegistrationProblem,
    RegistrationRefused,
    RegistrationRequest,
    RegistrationService,
)


def test_issued_card_verifies_with_the_kiosks_own_key(registration: RegistrationService,
                                                      store: Store) -> None:
    issued = registration.register(RegistrationRequest.new("タナカ", "ja", True))
    claims = verify_card(issued.token, trusted_keys(store))
    assert claims.card_id == issued.card_id and claims.generation == 1
    assert verify_password(Producer.get().password_hash, issued.password)


def test_producer_numbers_carry_the_kiosk_number_and_count_up(
        registration: RegistrationService) -> None:
    numbers = [ProducerNumber.parse(registration.register(
        RegistrationRequest.new(f"P{i}", "en", True)).producer_number) for i in range(3)]
    assert [(n.kiosk, n.serial) for n in numbers] == [(7, 1), (7, 2), (7, 3)]


@pytest.mark.parametrize(("name", "problem"), [
    ("", NicknameProblem.EMPTY), ("😀😀", NicknameProblem.EMOJI),
    ("A\x07", NicknameProblem.CONTROL), ("ア" * 40, NicknameProblem.TOO_LONG),
])
def test_bad_names_are_refused_before_anything_is_written(
        registration: RegistrationService, name: str, problem: NicknameProblem) -> None:
    with pytest.raises(RegistrationRefused) as caught:
        registration.register(RegistrationRequest.new(name, "ja", True))
    assert caught.value.problem is problem
    assert Producer.select().count() == 0


def test_consent_is_required(registration: RegistrationService) -> None:
    with pytest.raises(RegistrationRefused) as caught:
        registration.register(RegistrationRequest.new("Ann", "en", False))
    assert caught.value.problem is RegistrationProblem.NO_CONSENT


def test_names_are_stored_normalised(registration: RegistrationService) -> None:
    assert registration.register(RegistrationRequest.new(" ﾐｸ ", "ja", True)).nickname == "ミク"


def test_business_day_uses_the_rules_hour(store: Store, rules: RuleBook,
                                          signer: KioskSigner) -> None:
    late_night = datetime(2026, 11, 1, 19, 30, tzinfo=UTC)   # 04:30 on the 2nd in Tokyo
    service = RegistrationService(store, rules, signer, clock=lambda: late_night)
    service.register(RegistrationRequest.new("Owl", "en", True))
    assert Producer.get().ledger[0].business_day == "2026-11-01"


def test_identity_survives_restart_and_key_loss(store: Store, data_dir: Path,
                                                signer: KioskSigner) -> None:
    again = ensure_identity(store, data_dir, kiosk_number=99)
    assert (again.kiosk_uuid, again.kiosk_number, again.key_id) == \
        (signer.kiosk_uuid, 7, signer.key_id)
    key_file = data_dir / "signing_key.pem"
    assert key_file.stat().st_mode & 0o777 == 0o600
    key_file.unlink()
    replaced = ensure_identity(store, data_dir, kiosk_number=7)
    assert replaced.key_id != signer.key_id
    assert {signer.key_id, replaced.key_id} <= set(trusted_keys(store))
    assert TrustedKey.select().count() == 2
