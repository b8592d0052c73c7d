"""The office's own card-signing key: the website shows a producer's card with a QR code
that any kiosk scans like the printed one.

Kiosks verify a card's QR with the public key its key id names; they learn the office's
key with the kiosks' keys on every pull, so a phone's screen scans at a kiosk that has
pulled once since the key was made (the office makes it on first start).
"""

from __future__ import annotations

import base64

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.domain.tokens import (
    CardClaims,
    key_id_for,
    new_signing_key,
    private_key_from_pem,
    private_key_to_pem,
    raw_public_key,
    sign_card,
)
from kiosk.server.hot_sql import LIVE_CARD, one_row
from kiosk.server.models import OfficeSigningKey
from kiosk.server.office.base import OfficeBase, now_iso


class CardKey(OfficeBase):

    def ensure_signing_key(self) -> None:
        """Make the office's key once (writers are serialised, so two offices starting
        together on one database still make one)."""
        with self.writing():
            if OfficeSigningKey.select().exists():
                return
            key = new_signing_key()
            public = raw_public_key(key)
            OfficeSigningKey.create(key_id=key_id_for(public),
                                    public_key=base64.b64encode(public).decode("ascii"),
                                    private_pem=private_key_to_pem(key).decode("ascii"),
                                    created_at=now_iso())

    def _signing_key(self) -> tuple[str, Ed25519PrivateKey]:
        """The office's key, read and parsed once per process: it is made once and never
        replaced (every phone's card QR is signed with it)."""
        kept: tuple[str, Ed25519PrivateKey] | None = getattr(self, "_kept_signing_key", None)
        if kept is None:
            row = OfficeSigningKey.select().order_by(OfficeSigningKey.created_at).first()
            if row is None:
                raise LookupError("the office has no signing key yet")
            kept = row.key_id, private_key_from_pem(row.private_pem.encode("ascii"))
            self._kept_signing_key = kept
        return kept

    def card_token(self, number: str) -> str | None:
        """The QR text of the producer's live card, signed by the office (None: every card
        of theirs is revoked)."""
        with self.reading():
            card = one_row(self.db, LIVE_CARD, [number])
            if card is None:
                return None
            key_id, key = self._signing_key()
        return sign_card(CardClaims(key_id, int(card[0]), int(card[1])), key)
