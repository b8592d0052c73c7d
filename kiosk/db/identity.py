"""This kiosk's identity: its UUID, its number (the prefix of the producer numbers it issues)
and its Ed25519 signing key, created on first start and registered as a trusted key.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.db.keyfile import load_or_create_signing_key
from kiosk.db.models import KioskIdentity, TrustedKey
from kiosk.db.store import Store, now_iso, store_errors
from kiosk.domain.tokens import key_id_for, raw_public_key


@dataclass(frozen=True)
class KioskSigner:
    """Who this kiosk is, with the key it signs cards with (kept in memory, never stored)."""

    kiosk_uuid: str
    kiosk_number: int
    key_id: str
    signing_key: Ed25519PrivateKey


def ensure_identity(store: Store, data_dir: Path, kiosk_number: int) -> KioskSigner:
    """Load this kiosk's identity, creating the key and the row on first start.

    If the key file was lost (a restored backup without it), a new key is made and trusted
    next to the old one: cards signed with the old key still verify.
    """
    key, _created = load_or_create_signing_key(data_dir)
    public = raw_public_key(key)
    key_id = key_id_for(public)
    with store_errors(), store.atomic():
        identity = KioskIdentity.get_or_none()
        if identity is None:
            identity = KioskIdentity.create(kiosk_uuid=str(uuid.uuid4()),
                                            kiosk_number=kiosk_number, key_id=key_id,
                                            created_at=now_iso())
        elif identity.key_id != key_id:
            identity.key_id = key_id
            identity.save()
        if TrustedKey.get_or_none(TrustedKey.key_id == key_id) is None:
            TrustedKey.create(key_id=key_id, public_key=public, label="this kiosk",
                              added_at=now_iso())
    return KioskSigner(identity.kiosk_uuid, identity.kiosk_number, key_id, key)


def trusted_keys(store: Store) -> dict[str, bytes]:
    """Key id → raw public key of every key whose cards this kiosk accepts: all it knows,
    including disabled kiosks' keys (see `disabled_keys`)."""
    with store_errors():
        return {k.key_id: bytes(k.public_key) for k in TrustedKey.select()}


def disabled_keys(store: Store) -> frozenset[str]:
    """Keys of kiosks the office disabled: only cards the office already knew stay valid."""
    with store_errors():
        return frozenset(k.key_id for k in TrustedKey.select(TrustedKey.key_id)
                         .where(TrustedKey.revoked_at.is_null(False)))
