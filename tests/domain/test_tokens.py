from __future__ import annotations

import base64

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.domain.tokens import (
    PREFIX,
    CardClaims,
    TokenError,
    TokenProblem,
    key_id_for,
    new_signing_key,
    raw_public_key,
    sign_card,
    verify_card,
)

KEY = new_signing_key()
KEY_ID = key_id_for(raw_public_key(KEY))
TRUSTED = {KEY_ID: raw_public_key(KEY)}
OTHER = new_signing_key()


def token(card_id: int = 42, generation: int = 1) -> str:
    return sign_card(CardClaims(KEY_ID, card_id, generation), KEY)


def decode(text: str) -> bytes:
    body = text[len(PREFIX):]
    return base64.b32decode(body + "=" * (-len(body) % 8))


def problem_of(text: str, keys: dict[str, bytes] = TRUSTED) -> TokenProblem:
    with pytest.raises(TokenError) as caught:
        verify_card(text, keys)
    return caught.value.problem


@given(st.integers(0, 2**63 - 1), st.integers(1, 2**16 - 1))
def test_round_trip(card_id: int, generation: int) -> None:
    claims = verify_card(token(card_id, generation), TRUSTED)
    assert (claims.key_id, claims.card_id, claims.generation) == (KEY_ID, card_id, generation)


def test_token_is_compact_and_qr_alphanumeric() -> None:
    text = token()
    assert len(text) == 131
    assert set(text) <= set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")


def test_scanner_noise_is_tolerated() -> None:
    """Caps Lock, a trailing Enter and stray spaces from keyboard-wedge scanners."""
    text = token()
    assert verify_card("  " + text.lower() + "\r\n", TRUSTED).card_id == 42


@settings(max_examples=300)
@given(st.data())
def test_every_single_bit_flip_is_rejected(data: st.DataObject) -> None:
    text = token()
    raw = bytearray(decode(text))
    bit = data.draw(st.integers(0, len(raw) * 8 - 1))
    raw[bit // 8] ^= 1 << (bit % 8)
    forged = PREFIX + base64.b32encode(bytes(raw)).decode().rstrip("=")
    assert problem_of(forged) in (TokenProblem.BAD_SIGNATURE, TokenProblem.WRONG_VERSION,
                                  TokenProblem.UNKNOWN_KEY)


@given(st.data())
def test_every_character_substitution_is_rejected(data: st.DataObject) -> None:
    text = token()
    position = data.draw(st.integers(len(PREFIX), len(text) - 1))
    replacement = data.draw(st.sampled_from(
        [c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" if c != text[position]]))
    altered = text[:position] + replacement + text[position + 1:]
    with pytest.raises(TokenError):
        verify_card(altered, TRUSTED)


@pytest.mark.parametrize("cut", [1, 2, 10, 60, 126])
def test_truncated_tokens_say_so(cut: int) -> None:
    assert problem_of(token()[:-cut]) is TokenProblem.TRUNCATED


def test_appended_data_is_rejected() -> None:
    assert problem_of(token() + "AAAA") is TokenProblem.WRONG_LENGTH


@pytest.mark.parametrize("text", ["", "https://example.com", "4901234567894", "PKC",
                                  "pkd:" + "A" * 127])
def test_foreign_codes_are_not_cards(text: str) -> None:
    assert problem_of(text) is TokenProblem.NOT_A_CARD


def test_non_base32_characters_are_damage() -> None:
    text = token()
    assert problem_of(text[:20] + "1" + text[21:]) is TokenProblem.DAMAGED
    assert problem_of(text[:20] + "#" + text[21:]) is TokenProblem.DAMAGED


def test_unknown_key() -> None:
    foreign = sign_card(CardClaims(key_id_for(raw_public_key(OTHER)), 1, 1), OTHER)
    assert problem_of(foreign) is TokenProblem.UNKNOWN_KEY


def test_forgery_with_a_trusted_key_id_but_another_key() -> None:
    """An attacker copies our key id into a payload signed with their own key."""
    body_and_sig = decode(token())
    other = sign_card(CardClaims(key_id_for(raw_public_key(OTHER)), 42, 1), OTHER)
    other_raw = decode(other)
    forged_raw = body_and_sig[:15] + other_raw[15:]
    forged = PREFIX + base64.b32encode(forged_raw).decode().rstrip("=")
    assert problem_of(forged) is TokenProblem.BAD_SIGNATURE


def test_wrong_version() -> None:
    raw = bytearray(decode(token()))
    raw[0] = 2
    assert problem_of(PREFIX + base64.b32encode(bytes(raw)).decode().rstrip("=")) \
        is TokenProblem.WRONG_VERSION


def test_non_canonical_trailing_bits_are_rejected() -> None:
    text = token()
    last = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".index(text[-1])
    twin = text[:-1] + "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"[last ^ 1]
    assert problem_of(twin) is TokenProblem.BAD_SIGNATURE


def test_signing_refuses_claims_for_another_key() -> None:
    with pytest.raises(ValueError):
        sign_card(CardClaims(KEY_ID, 1, 1), OTHER)


@given(st.text(max_size=200))
def test_garbage_never_crashes(text: str) -> None:
    with pytest.raises(TokenError):
        verify_card(text, TRUSTED)


# What the host reads when a scanner types for one layout into a kiosk set to another: the
# key a scanner presses for a character, read back through the host's layout (US and JIS
# differ on punctuation; letters and 2–7 sit on the same keys).
US_SCANNER_ON_JIS_HOST = {":": "+", "'": ":", '"': "*", "@": '"', "^": "&", "&": "'",
                          "*": "(", "(": ")", ")": "", "_": "=", "=": "^", "+": "~"}
JIS_SCANNER_ON_US_HOST = {v: k for k, v in US_SCANNER_ON_JIS_HOST.items() if v}
LAYOUT_PAIRS = {"us→us": {}, "jis→jis": {}, "us→jis": US_SCANNER_ON_JIS_HOST,
                "jis→us": JIS_SCANNER_ON_US_HOST}


@settings(max_examples=200)
@given(card_id=st.integers(1, 10**9), generation=st.integers(1, 50),
       pair=st.sampled_from(sorted(LAYOUT_PAIRS)), caps_lock=st.booleans())
def test_a_card_scans_whatever_the_layout_pair_and_caps_lock(
        card_id: int, generation: int, pair: str, caps_lock: bool) -> None:
    printed = token(card_id, generation)
    typed = "".join(LAYOUT_PAIRS[pair].get(ch, ch) for ch in printed)
    if caps_lock:
        typed = typed.swapcase()
    claims = verify_card(typed, TRUSTED)
    assert (claims.card_id, claims.generation) == (card_id, generation)
