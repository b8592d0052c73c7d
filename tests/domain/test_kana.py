from __future__ import annotations

import pytest

from kiosk.domain.kana import apply_to_last, toggle_dakuten, toggle_handakuten, toggle_small


@pytest.mark.parametrize(("plain", "voiced"), [("カ", "ガ"), ("シ", "ジ"), ("ト", "ド"),
                                               ("ハ", "バ"), ("ウ", "ヴ")])
def test_dakuten_toggles(plain: str, voiced: str) -> None:
    assert toggle_dakuten(plain) == voiced
    assert toggle_dakuten(voiced) == plain


def test_handakuten_and_switching_marks() -> None:
    assert toggle_handakuten("ハ") == "パ"
    assert toggle_handakuten("パ") == "ハ"
    assert toggle_handakuten("バ") == "パ"
    assert toggle_dakuten("パ") == "バ"


@pytest.mark.parametrize("char", ["ア", "ン", "ー", "A", "1", " "])
def test_marks_leave_other_characters_alone(char: str) -> None:
    assert toggle_dakuten(char) == char
    assert toggle_handakuten(char) == char


def test_small_kana() -> None:
    for big, small in ("ツッ", "ヤャ", "ユュ", "ヨョ", "アァ"):
        assert toggle_small(big) == small
        assert toggle_small(small) == big
    assert toggle_small("カ") == "ヵ"
    assert toggle_small("ン") == "ン"


def test_apply_to_last() -> None:
    assert apply_to_last("ハナコ", "dakuten") == "ハナゴ"
    assert apply_to_last("", "small") == ""
