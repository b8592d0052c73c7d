"""Issuing a new producer's card: register (one transaction), then draw the card front.

This is the whole "confirm" tap: argon2id hash, signature, commit, card art. It runs on a
worker thread; the UI only receives the finished result. The card is drawn with the café's
branding as it is at that moment (`CurrentBranding`), the same the print queue prints with;
`credentials_slip` is the slip the kiosk prints beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.cards.branding import CardBranding
from kiosk.services.branding import CurrentBranding
from kiosk.services.registration import IssuedCard, RegistrationRequest, RegistrationService

if TYPE_CHECKING:
    from kiosk.cards.art import SlipContent


@dataclass(frozen=True)
class NewProducerCard:
    issued: IssuedCard
    card_png: bytes


class CardIssuer:
    def __init__(self, registration: RegistrationService, branding: CurrentBranding) -> None:
        self._registration = registration
        self._branding = branding

    def issue(self, request: RegistrationRequest) -> NewProducerCard:
        # Pillow and qrcode load on the first card, not at start-up (the kiosk shows sooner).
        from kiosk.cards.art import render_card_front, to_png

        issued = self._registration.register(request)
        face = self._branding.current().face(issued.nickname, issued.producer_number,
                                             issued.rank, issued.token)
        return NewProducerCard(issued, to_png(render_card_front(face)))


def credentials_slip(issued: IssuedCard, branding: CardBranding) -> SlipContent:
    """The new producer's credentials slip (login ID and initial password): printed at once
    or never, since the password exists only while `issued` does."""
    return branding.slip(issued.nickname, issued.producer_number, issued.login_id,
                         issued.password)
