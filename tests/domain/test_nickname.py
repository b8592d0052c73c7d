from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.nickname import MAX_LENGTH, NicknameProblem, check_nickname

KATAKANA = st.characters(min_codepoint=0x30A1, max_codepoint=0x30FA)
LATIN = st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzéèüñçÀÖ")


@pytest.mark.parametrize("name", ["タナカ", "ミライ☆", "Alex", "Chloé", "R2", "サクラ・ミク",
                                  "ユウキ ー", "O'Brien", "Anne-Marie"])
def test_good_names_pass(name: str) -> None:
    assert check_nickname(name).ok


@given(st.text(st.one_of(KATAKANA, LATIN), min_size=1, max_size=MAX_LENGTH))
def test_any_katakana_or_latin_name_within_length_passes(name: str) -> None:
    check = check_nickname(name)
    assert check.ok, check


@given(st.text(st.one_of(KATAKANA, LATIN), min_size=MAX_LENGTH + 1, max_size=40))
def test_any_longer_name_is_too_long(name: str) -> None:
    assert check_nickname(name).problem is NicknameProblem.TOO_LONG


@pytest.mark.parametrize(("raw", "problem"), [
    ("", NicknameProblem.EMPTY),
    ("   ", NicknameProblem.EMPTY),
    ("\u3000", NicknameProblem.EMPTY),
    ("😀", NicknameProblem.EMOJI),
    ("🎀🎀🎀", NicknameProblem.EMOJI),
    ("ミク💖", NicknameProblem.EMOJI),
    ("👨‍👩‍👧", NicknameProblem.EMOJI),
    ("🇯🇵", NicknameProblem.EMOJI),
    ("Ann\x00", NicknameProblem.CONTROL),
    ("Ann\nBob", NicknameProblem.CONTROL),
    ("A\u202eB", NicknameProblem.CONTROL),
    ("たなか", NicknameProblem.UNSUPPORTED),
    ("田中", NicknameProblem.UNSUPPORTED),
    ("<script>", NicknameProblem.UNSUPPORTED),
    ("☆☆", NicknameProblem.UNSUPPORTED),
    ("ア" * 200, NicknameProblem.TOO_LONG),
])
def test_bad_names_are_refused_with_a_reason(raw: str, problem: NicknameProblem) -> None:
    assert check_nickname(raw).problem is problem


def test_unsupported_names_the_offending_character() -> None:
    assert check_nickname("ミク様").offending == "様"


def test_halfwidth_katakana_and_fullwidth_latin_are_normalised() -> None:
    assert check_nickname("ﾀﾅｶ").name == "タナカ"
    assert check_nickname("Ａｌｅｘ").name == "Alex"
    assert check_nickname("  Mary   Ann ").name == "Mary Ann"


@given(st.text(max_size=30))
def test_never_crashes_and_ok_names_are_clean(raw: str) -> None:
    check = check_nickname(raw)
    if check.ok:
        assert 1 <= len(check.name) <= MAX_LENGTH
        assert check.name == check.name.strip()
        assert all(ch.isprintable() for ch in check.name)
