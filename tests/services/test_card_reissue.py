"""A lost card replaced: the old one is refused at once, the new one works, points stay;
a rank-up shows as "card out of date" until the new card is issued."""

from __future__ import annotations

import pytest

from kiosk.db.identity import KioskSigner
from kiosk.db.models import LedgerEntry
from kiosk.db.store import Store
from kiosk.domain.rules import RuleBook
from kiosk.services.card_check import CardProblem, CardRefused
from kiosk.services.card_reissue import CardReissueService, ReplaceReason
from kiosk.services.purchases import PurchaseService
from kiosk.services.registration import RegistrationRequest
from kiosk.services.staff import StaffService
from tests.services.conftest import Services


@pytest.fixture
def reissue(store: Store, rules: RuleBook, signer: KioskSigner,
            services: Services) -> CardReissueService:
    return CardReissueService(store, rules, signer, services.clock)


def test_a_lost_card_is_replaced_and_the_old_one_refused(
        services: Services, reissue: CardReissueService, store: Store) -> None:
    issued = services.registration.register(RegistrationRequest.new("ミク", "ja", True))
    found = services.cards.check_card(issued.token).summary
    assert found is not None
    services.visits.check_in(found.producer_id)
    # Staff find her by number (typed without dashes) and by name.
    by_number = reissue.find(issued.producer_number.replace("-", ""))
    assert [m.producer_id for m in by_number] == [found.producer_id]
    assert [m.nickname for m in reissue.find("ミ")] == ["ミク"]
    assert reissue.find("") == [] and reissue.find("nobody") == []
    new = reissue.reissue(found.producer_id, ReplaceReason.LOST)
    assert (new.card_id, new.generation) == (issued.card_id, 2)
    with pytest.raises(CardRefused) as caught:
        services.cards.check_card(issued.token)
    assert caught.value.problem is CardProblem.REVOKED
    summary = services.cards.check_card(new.token).summary
    assert summary is not None and summary.push_points == 1          # points stayed
    row = LedgerEntry.select().order_by(LedgerEntry.seq.desc()).first()
    assert (row.kind, row.card_generation, row.push_delta) == ("card_issue", 2, 0)
    logged = StaffService(store, services.clock).recent_actions()[0]
    assert (logged.action, logged.detail) == ("card_reissued",
                                              {"generation": 2, "reason": "lost"})
    again = reissue.reissue(found.producer_id, "damaged")       # the text, as stored, too
    assert again.generation == 3
    with pytest.raises(CardRefused):
        services.cards.check_card(new.token)


def test_a_rank_up_makes_the_card_out_of_date_until_reissued(
        services: Services, reissue: CardReissueService, store: Store, rules: RuleBook,
        signer: KioskSigner) -> None:
    issued = services.registration.register(RegistrationRequest.new("Ann", "en", True))
    found = services.cards.check_card(issued.token).summary
    assert found is not None
    assert not reissue.match(found.producer_id).card_out_of_date
    services.clock.advance(minutes=5)
    till = PurchaseService(store, rules, signer, services.clock)
    assert till.record(found.producer_id, "R-1001",
                       rules.ranks[1].pv_from * rules.yen_per_pv).ranked_up
    match = reissue.match(found.producer_id)
    assert match.card_out_of_date and match.rank.number == 2
    services.clock.advance(minutes=5)
    new = reissue.reissue(found.producer_id, ReplaceReason.RANK_UP)
    assert new.rank.number == 2
    assert not reissue.match(found.producer_id).card_out_of_date


def test_a_reason_that_is_not_one_of_the_choices_changes_nothing(
        services: Services, reissue: CardReissueService) -> None:
    issued = services.registration.register(RegistrationRequest.new("Ann", "en", True))
    found = services.cards.check_card(issued.token).summary
    assert found is not None
    with pytest.raises(ValueError, match="lost on the train"):
        reissue.reissue(found.producer_id, "lost on the train")
    assert reissue.match(found.producer_id).card_generation == 1
    assert services.cards.check_card(issued.token).summary is not None
