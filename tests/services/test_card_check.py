from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.db.identity import KioskSigner
from kiosk.db.models import Card
from kiosk.db.store import Store
from kiosk.domain.producer_number import ProducerNumber
from kiosk.domain.tokens import CardClaims, new_signing_key, sign_card
from kiosk.services.card_check import FREE_ATTEMPTS, CardProblem, CardRefused
from kiosk.services.registration import RegistrationRequest
from tests.services.conftest import Services


def refused(call: object, *args: str) -> CardRefused:
    with pytest.raises(CardRefused) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value


def test_a_fresh_card_shows_its_producer(services: Services) -> None:
    issued = services.registration.register(RegistrationRequest.new("ミク", "ja", True))
    check = services.cards.check_card(issued.token)
    assert check.summary is not None
    summary = check.summary
    assert (summary.nickname, summary.number, summary.rank.number) == \
        ("ミク", issued.producer_number, 1)
    assert summary.pv_earned == 0 and summary.push_points == 0
    assert summary.next_rank is not None and summary.pv_to_next_rank == 20
    assert [item.kind.value for item in summary.history] == ["registration"]
    assert summary.history[0].synced is False and summary.last_sync_at is None


def test_scanner_noise_around_a_real_card_is_fine(services: Services) -> None:
    issued = services.registration.register(RegistrationRequest.new("Ann", "en", True))
    assert services.cards.check_card(f"  {issued.token.lower()}\r\n").summary is not None


@pytest.mark.parametrize(("text", "problem"), [
    ("https://example.com/promo", CardProblem.NOT_A_CARD),
    ("4901234567894", CardProblem.NOT_A_CARD),
    ("PKC:AAAA", CardProblem.DAMAGED),
    ("PKC:" + "1" * 127, CardProblem.DAMAGED),
])
def test_foreign_and_damaged_codes_are_refused(services: Services, text: str,
                                               problem: CardProblem) -> None:
    assert refused(services.cards.check_card, text).problem is problem


def test_forged_and_foreign_kiosk_cards(services: Services, signer: KioskSigner) -> None:
    issued = services.registration.register(RegistrationRequest.new("Ann", "en", True))
    flipped = issued.token[:40] + ("A" if issued.token[40] != "A" else "B") + issued.token[41:]
    assert refused(services.cards.check_card, flipped).problem is CardProblem.FORGED
    stranger = new_signing_key()
    from kiosk.domain.tokens import key_id_for, raw_public_key

    foreign = sign_card(CardClaims(key_id_for(raw_public_key(stranger)), 5, 1), stranger)
    assert refused(services.cards.check_card, foreign).problem is CardProblem.UNKNOWN_ISSUER


def test_a_valid_card_not_yet_synced_here_is_accepted_without_balance(
        services: Services, signer: KioskSigner) -> None:
    elsewhere = sign_card(CardClaims(signer.key_id, 123456789, 1), signer.signing_key)
    check = services.cards.check_card(elsewhere)
    assert check.summary is None and check.card_id == 123456789


def test_revoked_generations_are_refused(services: Services, signer: KioskSigner,
                                         store: Store) -> None:
    issued = services.registration.register(RegistrationRequest.new("Ann", "en", True))
    card = Card.get(Card.card_id == issued.card_id)
    replacement = sign_card(CardClaims(signer.key_id, issued.card_id, 2), signer.signing_key)
    with store.atomic():
        Card.create(card_id=issued.card_id, generation=2, producer=card.producer,
                    key_id=signer.key_id, token=replacement, issued_at=card.issued_at)
    assert refused(services.cards.check_card, issued.token).problem is CardProblem.REVOKED
    assert services.cards.check_card(replacement).summary is not None
    with store.atomic():
        Card.update(revoked_at=datetime.now(UTC).isoformat()).where(
            Card.generation == 2).execute()
    assert refused(services.cards.check_card, replacement).problem is CardProblem.REVOKED


def test_manual_login_and_growing_lockout(services: Services) -> None:
    issued = services.registration.register(RegistrationRequest.new("Ann", "en", True))
    number = issued.producer_number
    assert services.cards.check_password(number, issued.password).nickname == "Ann"
    for _ in range(FREE_ATTEMPTS - 1):
        assert refused(services.cards.check_password, number, "wrong").problem is \
            CardProblem.WRONG_PASSWORD
    locked = refused(services.cards.check_password, number, "wrong")
    assert locked.problem is CardProblem.LOCKED and locked.retry_after is not None
    # Even the right password waits out the lock …
    assert refused(services.cards.check_password, number, issued.password).problem is \
        CardProblem.LOCKED
    services.clock.advance(seconds=31)
    # … and works afterwards, which also clears the count.
    assert services.cards.check_password(number, issued.password).nickname == "Ann"
    for _ in range(FREE_ATTEMPTS):
        refused(services.cards.check_password, number, "wrong")
    services.clock.advance(seconds=31)
    again = refused(services.cards.check_password, number, "still wrong")
    assert again.retry_after is not None and again.retry_after.total_seconds() == 60


def test_manual_login_with_unknown_or_mistyped_numbers(services: Services) -> None:
    assert refused(services.cards.check_password, "001-0000001-0", "x").problem is \
        CardProblem.NO_SUCH_PRODUCER                                 # bad check digit
    unknown = str(ProducerNumber(999, 9_999_999))              # well-formed, never issued
    # Answered like a wrong password, so the reply does not reveal which numbers exist.
    assert refused(services.cards.check_password, unknown, "x").problem is \
        CardProblem.WRONG_PASSWORD


def test_service_reads_keys_lazily(services: Services, data_dir: Path) -> None:
    services.cards.reload_keys()
    issued = services.registration.register(RegistrationRequest.new("Ann", "en", True))
    assert services.cards.check_card(issued.token).summary is not None


FULL_WIDTH = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in
                            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"})


def test_manual_login_takes_the_password_as_shown_or_without_gaps(services: Services) -> None:
    from kiosk.domain.credentials import PASSWORD_GROUP, group_for_reading

    issued = services.registration.register(RegistrationRequest.new("Ann", "en", True))
    number = issued.producer_number
    shown = group_for_reading(issued.password, PASSWORD_GROUP)       # as on screen and slip
    groups = shown.split()
    for typed in (issued.password, shown, " ".join(groups), "-".join(groups),
                  issued.password.translate(FULL_WIDTH),
                  "\u3000".join(g.translate(FULL_WIDTH) for g in groups)):
        assert services.cards.check_password(number, typed).nickname == "Ann", repr(typed)
    wrong = " ".join([*groups[:-1], groups[-1][::-1]])
    if wrong.replace(" ", "") != issued.password:
        assert refused(services.cards.check_password, number, wrong).problem is \
            CardProblem.WRONG_PASSWORD
    assert refused(services.cards.check_password, number, issued.password.upper()).problem \
        is CardProblem.WRONG_PASSWORD
