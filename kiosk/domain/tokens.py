"""The signed credential in a producer card's QR code.

Layout (79 bytes, then Base32 without padding behind the `PKC:` prefix, 131 characters):

    version (1) | key id (4) | card id (8, big-endian) | generation (2) | Ed25519 signature (64)

The signature covers the first 15 bytes. Base32 upper case keeps the whole text inside the QR
"alphanumeric" mode (denser than bytes: a version-6 symbol at level M) and survives
keyboard-wedge scanners that type it with Caps Lock on. No name, balance or password is in
the code: a photographed card leaks only an opaque card id.

Each kiosk signs with its own key; the key id (first 4 bytes of SHA-256 of the raw public key)
tells a verifier which public key to use, so any kiosk can verify a card it has never seen
once it knows the issuer's public key, and a stolen kiosk can be cut off by revoking its key.
"""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import struct
from collections.abc import Mapping
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PREFIX = "PKC:"
# The prefix's colon is the one character of a card whose key differs between keyboard
# layouts (Base32 is letters and 2–7, in the same place on US and JIS keyboards). A
# scanner set to US typing into a JIS kiosk sends Shift+";" for ":", which JIS reads as
# "+"; a scanner set to JIS typing into a US kiosk presses the JIS ":" key, which US
# reads as "'". Caps Lock only changes the case, which the check ignores.
LAYOUT_PREFIXES = (PREFIX, "PKC+", "PKC'")
TOKEN_VERSION = 1
_BODY = struct.Struct(">B4sQH")
_SIGNATURE_LENGTH = 64
_RAW_LENGTH = _BODY.size + _SIGNATURE_LENGTH
MAX_CARD_ID = 2**63 - 1
MAX_GENERATION = 2**16 - 1


class TokenProblem(enum.Enum):
    """Why a scanned text is not a valid card; each gets its own message in the UI."""

    NOT_A_CARD = "not_a_card"          # some other QR code / barcode entirely
    DAMAGED = "damaged"                # our prefix, but characters that Base32 cannot hold
    TRUNCATED = "truncated"            # too short: a partial read
    WRONG_LENGTH = "wrong_length"      # too long: extra data appended
    WRONG_VERSION = "wrong_version"    # a format this kiosk does not understand
    UNKNOWN_KEY = "unknown_key"        # signed by a key this kiosk does not know (yet)
    BAD_SIGNATURE = "bad_signature"    # altered or forged


class TokenError(ValueError):
    def __init__(self, problem: TokenProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem


@dataclass(frozen=True)
class CardClaims:
    """What a valid token asserts: this card (id, generation) was issued under this key."""

    key_id: str
    card_id: int
    generation: int
    version: int = TOKEN_VERSION

    def __post_init__(self) -> None:
        if len(bytes.fromhex(self.key_id)) != 4:
            raise ValueError("key id must be 4 bytes of hex")
        if not 0 <= self.card_id <= MAX_CARD_ID:
            raise ValueError("card id out of range")
        if not 1 <= self.generation <= MAX_GENERATION:
            raise ValueError("generation out of range")


# ---- keys ----------------------------------------------------------------------------------


def new_signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def raw_public_key(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id_for(public_key_raw: bytes) -> str:
    """Short public identifier of a signing key, as carried in every token it signs."""
    return hashlib.sha256(public_key_raw).digest()[:4].hex()


def private_key_to_pem(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def private_key_from_pem(pem: bytes) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(pem, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("the kiosk signing key is not an Ed25519 key")
    return key


# ---- sign / verify -------------------------------------------------------------------------


def sign_card(claims: CardClaims, key: Ed25519PrivateKey) -> str:
    """The QR text for a card; `claims.key_id` must be this key's id."""
    if key_id_for(raw_public_key(key)) != claims.key_id:
        raise ValueError("claims name a different key than the one signing")
    body = _BODY.pack(claims.version, bytes.fromhex(claims.key_id), claims.card_id,
                      claims.generation)
    raw = body + key.sign(body)
    return PREFIX + base64.b32encode(raw).decode("ascii").rstrip("=")


def verify_card(text: str, public_keys: Mapping[str, bytes]) -> CardClaims:
    """Check a scanned text; return its claims or raise `TokenError` with the precise reason.

    `public_keys` maps key id → raw Ed25519 public key for every key this kiosk trusts.
    Revocation of card generations is the store's business, not the token's.
    """
    cleaned = "".join(text.split()).upper()
    if not cleaned.startswith(LAYOUT_PREFIXES):
        raise TokenError(TokenProblem.NOT_A_CARD)
    encoded = cleaned[len(PREFIX):]
    expected_chars = -(-_RAW_LENGTH * 8 // 5)
    if any(c not in _B32_ALPHABET for c in encoded):
        raise TokenError(TokenProblem.DAMAGED, "characters outside Base32")
    if len(encoded) < expected_chars:
        raise TokenError(TokenProblem.TRUNCATED, f"{len(encoded)} of {expected_chars} chars")
    if len(encoded) > expected_chars:
        raise TokenError(TokenProblem.WRONG_LENGTH, f"{len(encoded)} chars")
    try:
        raw = base64.b32decode(encoded + "=" * (-len(encoded) % 8))
    except binascii.Error as exc:
        raise TokenError(TokenProblem.DAMAGED, str(exc)) from exc
    if base64.b32encode(raw).decode("ascii").rstrip("=") != encoded:
        # The last character carries 3 unused bits; only the canonical spelling is ours.
        raise TokenError(TokenProblem.BAD_SIGNATURE, "non-canonical encoding")
    body, signature = raw[: _BODY.size], raw[_BODY.size:]
    version, key_id_raw, card_id, generation = _BODY.unpack(body)
    if version != TOKEN_VERSION:
        raise TokenError(TokenProblem.WRONG_VERSION, f"version {version}")
    key_id = key_id_raw.hex()
    public_raw = public_keys.get(key_id)
    if public_raw is None:
        raise TokenError(TokenProblem.UNKNOWN_KEY, key_id)
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, body)
    except InvalidSignature as exc:
        raise TokenError(TokenProblem.BAD_SIGNATURE) from exc
    if generation == 0 or card_id > MAX_CARD_ID:
        # Correctly signed yet impossible: only a buggy issuer could produce it.
        raise TokenError(TokenProblem.BAD_SIGNATURE, "impossible claims")
    return CardClaims(key_id=key_id, card_id=card_id, generation=generation, version=version)


_B32_ALPHABET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
