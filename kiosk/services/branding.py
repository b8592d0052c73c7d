"""The café's card branding as it is now, for every use case that draws a card or a slip.

Built at start from the settings; staff mode replaces it when Settings are saved
(`update`), while cards may be being drawn on worker threads: the issuer (the card on
screen) and the print queue (the printed card, "save as PDF") read `current()` each time,
so the card a producer sees and the card that prints carry the same logo.
"""

from __future__ import annotations

import threading

from kiosk.cards.branding import CardBranding


class CurrentBranding:
    def __init__(self, branding: CardBranding | None = None) -> None:
        self._lock = threading.Lock()
        self._branding = branding or CardBranding()

    def current(self) -> CardBranding:
        with self._lock:
            return self._branding

    def update(self, branding: CardBranding) -> None:
        with self._lock:
            self._branding = branding
