"""Katakana edits for the on-screen keyboard's ゛, ゜ and 小 keys.

A customer types the plain kana and then taps a modifier, as on a phone's kana keypad:
カ + ゛ → ガ, ハ + ゜ → パ, ツ + 小 → ッ. Tapping the same modifier again undoes it, and a
modifier that does not apply to the last character changes nothing.
"""

from __future__ import annotations

import unicodedata

_DAKUTEN = "\u3099"
_HANDAKUTEN = "\u309a"
_SMALL_PAIRS = "アァイィウゥエェオォツッヤャユュヨョワヮカヵケヶ"
_TO_SMALL = {_SMALL_PAIRS[i]: _SMALL_PAIRS[i + 1] for i in range(0, len(_SMALL_PAIRS), 2)}
_TO_BIG = {small: big for big, small in _TO_SMALL.items()}


def _base_and_mark(char: str) -> tuple[str, str]:
    decomposed = unicodedata.normalize("NFD", char)
    if len(decomposed) == 2 and decomposed[1] in (_DAKUTEN, _HANDAKUTEN):
        return decomposed[0], decomposed[1]
    return char, ""


def _with_mark(char: str, mark: str) -> str:
    base, current = _base_and_mark(char)
    if current == mark:
        return base                      # tapping ゛ on ガ gives カ back
    composed = unicodedata.normalize("NFC", base + mark)
    return composed if len(composed) == 1 else char


def toggle_dakuten(char: str) -> str:
    """カ ↔ ガ, ウ ↔ ヴ, パ → バ; anything else unchanged."""
    return _with_mark(char, _DAKUTEN)


def toggle_handakuten(char: str) -> str:
    """ハ ↔ パ, バ → パ; anything else unchanged."""
    return _with_mark(char, _HANDAKUTEN)


def toggle_small(char: str) -> str:
    """ツ ↔ ッ, ヤ ↔ ャ, ア ↔ ァ …; anything else unchanged."""
    return _TO_SMALL.get(char) or _TO_BIG.get(char) or char


def apply_to_last(text: str, edit: str) -> str:
    """Apply the modifier named `edit` ("dakuten", "handakuten", "small") to the last char."""
    if not text:
        return text
    change = {"dakuten": toggle_dakuten, "handakuten": toggle_handakuten,
              "small": toggle_small}[edit]
    return text[:-1] + change(text[-1])
