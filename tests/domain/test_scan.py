from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.scan import RepeatFilter, ScannerSettings, clean_scan, is_scanner_burst
from kiosk.domain.tokens import (
    CardClaims,
    TokenError,
    key_id_for,
    new_signing_key,
    raw_public_key,
    sign_card,
    verify_card,
)

KEY = new_signing_key()
KEYS = {key_id_for(raw_public_key(KEY)): raw_public_key(KEY)}
TOKEN = sign_card(CardClaims(key_id_for(raw_public_key(KEY)), 77, 1), KEY)
SETTINGS = ScannerSettings(max_gap_ms=40, min_length=12, prefix="]Q1", suffix="\t")


def test_scanner_timing_versus_people() -> None:
    scanner = [i * 4.0 for i in range(131)]                       # 4 ms a key
    person = [i * 120.0 for i in range(20)]                       # 120 ms a key
    hesitant_scanner = scanner[:60] + [t + 200 for t in scanner[60:]]
    assert is_scanner_burst(scanner, SETTINGS)
    assert not is_scanner_burst(person, SETTINGS)
    assert not is_scanner_burst(hesitant_scanner, SETTINGS)
    assert not is_scanner_burst(scanner[:5], SETTINGS)            # too short: a shortcut


@pytest.mark.parametrize("noise", [
    "{t}", "{t}\r", "{t}\r\n", "  {t}  ", "]Q1{t}\t", "]Q1{t}", "\x02{t}\x03", "{t}\x00",
    "{tl}", "\x1b{t}\n",
])
def test_real_world_scanner_noise_still_verifies(noise: str) -> None:
    raw = noise.format(t=TOKEN, tl=TOKEN.lower())
    assert verify_card(clean_scan(raw, SETTINGS), KEYS).card_id == 77


@given(st.binary(max_size=300))
def test_random_bytes_never_crash_the_parser(raw: bytes) -> None:
    text = raw.decode("latin-1")
    cleaned = clean_scan(text, SETTINGS)
    assert all(ord(ch) >= 0x20 or ch == " " for ch in cleaned)
    with pytest.raises(TokenError):
        verify_card(cleaned, KEYS)


@given(st.text(max_size=40), st.text(max_size=40))
def test_noise_around_a_token_is_never_accepted_as_another_card(before: str,
                                                                after: str) -> None:
    cleaned = clean_scan(before + TOKEN + after, SETTINGS)
    try:
        claims = verify_card(cleaned, KEYS)
    except TokenError:
        return
    assert claims.card_id == 77


def test_same_card_twice_within_the_window_is_one_scan() -> None:
    repeats = RepeatFilter(window_s=4.0)
    assert repeats.accept("A", 100.0)
    assert not repeats.accept("A", 102.0)
    assert repeats.accept("B", 102.5)
    assert repeats.accept("A", 103.0)
    assert not repeats.accept("A", 106.9)
    assert repeats.accept("A", 111.0)
    repeats.forget()
    assert repeats.accept("A", 111.5)
