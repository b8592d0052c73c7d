"""What makes a card this café's: its name, its logo and the website its back and its
credentials slip name.

One value serves every place a card or slip is drawn — the card on screen at registration,
the printed card, "save as PDF", the slip — so a change in Settings reaches them all alike
(the services hold the current one: `kiosk.services.branding`; `kiosk.settings.card_branding`
reads it from the settings). Pillow loads with the first card drawn, not with this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.cards.art import CardFace, SlipContent
    from kiosk.domain.rules import Rank


@dataclass(frozen=True)
class CardBranding:
    cafe_name: str = "IDOL CAFÉ"
    logo: bytes | None = None           # the logo file's bytes (PNG or JPEG)
    website: str = ""                   # where producers log in (card back, slip)

    def face(self, nickname: str, producer_number: str, rank: Rank, token: str) -> CardFace:
        """A producer's card as this café prints it."""
        from kiosk.cards.art import CardFace

        return CardFace(nickname, producer_number, rank, token, self.cafe_name, self.logo)

    def slip(self, nickname: str, producer_number: str, login_id: str,
             password: str) -> SlipContent:
        """A producer's credentials slip as this café prints it."""
        from kiosk.cards.art import SlipContent

        return SlipContent(nickname, producer_number, login_id, password, self.website,
                           self.cafe_name)
