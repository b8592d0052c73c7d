"""Issuing a new producer's card: register (one transaction), then draw the card front.

This is the whole "confirm" tap: argon2id hash, signature, commit, card art. It runs on a
worker thread; the UI only receives the finished result.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.services.registration import IssuedCard, RegistrationRequest, RegistrationService


@dataclass(frozen=True)
class NewProducerCard:
    issued: IssuedCard
    card_png: bytes


class CardIssuer:
    def __init__(self, registration: RegistrationService, cafe_name: str, website: str,
                 logo: bytes | None = None) -> None:
        self._registration = registration
        self._logo = logo
        self._cafe_name = cafe_name
        self._website = website

    def issue(self, request: RegistrationRequest) -> NewProducerCard:
        # Pillow and qrcode load on the first card, not at start-up (the kiosk shows sooner).
        from kiosk.cards.art import CardFace, render_card_front, to_png

        issued = self._registration.register(request)
        face = CardFace(issued.nickname, issued.producer_number, issued.rank, issued.token,
                        self._cafe_name, self._logo)
        return NewProducerCard(issued, to_png(render_card_front(face)))

    def slip_png(self, issued: IssuedCard) -> bytes:
        """The credentials slip; the password is only available while `issued` is alive."""
        from kiosk.cards.art import SlipContent, render_slip, to_png

        return to_png(render_slip(SlipContent(issued.nickname, issued.producer_number,
                                              issued.login_id, issued.password,
                                              self._website, self._cafe_name)))
