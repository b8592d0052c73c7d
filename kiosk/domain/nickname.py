"""Nickname validation: what a producer may be called on their card.

The card printer's font, the staff who read names aloud and the website all cope with
katakana and Latin letters; so the rule is katakana, Latin letters (accents included, for
tourists), digits, single spaces and a few friendly symbols. Everything else is refused with
a `NicknameProblem` the UI turns into a message in the customer's language. Input is NFKC
normalised first, so half-width katakana and full-width Latin typed on a physical keyboard
become the same name the on-screen keyboard would have produced.
"""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import dataclass

MIN_LENGTH = 1
MAX_LENGTH = 20
ALLOWED_SYMBOLS = frozenset("・ー-.'☆♪")


class NicknameProblem(enum.Enum):
    EMPTY = "empty"
    TOO_LONG = "too_long"
    EMOJI = "emoji"
    CONTROL = "control"
    UNSUPPORTED = "unsupported"


@dataclass(frozen=True)
class NicknameCheck:
    """The outcome: `name` is the normalised name when `problem` is None."""

    name: str
    problem: NicknameProblem | None = None
    offending: str = ""

    @property
    def ok(self) -> bool:
        return self.problem is None


def normalise_nickname(raw: str) -> str:
    """NFKC, trimmed, inner runs of spaces collapsed to one (ideographic space included)."""
    text = unicodedata.normalize("NFKC", raw)
    return " ".join(text.replace("\u3000", " ").split())


def _is_katakana(char: str) -> bool:
    return "\u30a1" <= char <= "\u30fa" or char in "ヽヾ"


def _is_latin_letter(char: str) -> bool:
    if char.isascii():
        return char.isalpha()
    return ("\u00c0" <= char <= "\u024f" and char not in "×÷") and char.isalpha()


def _is_emoji(char: str) -> bool:
    code = ord(char)
    return (
        0x1F000 <= code <= 0x1FAFF
        or (0x2600 <= code <= 0x27BF and char not in ALLOWED_SYMBOLS)
        or code in (0x200D, 0xFE0F, 0x20E3)
        or 0x1F1E6 <= code <= 0x1F1FF
        or 0xE0020 <= code <= 0xE007F
    )


def check_nickname(raw: str) -> NicknameCheck:
    """Validate `raw`; the first problem found wins, with the offending character."""
    for char in raw:
        if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") and char not in "\u200d":
            return NicknameCheck(raw, NicknameProblem.CONTROL, repr(char))
    name = normalise_nickname(raw)
    if len(name) < MIN_LENGTH:
        return NicknameCheck(name, NicknameProblem.EMPTY)
    for char in name:
        if _is_emoji(char):
            return NicknameCheck(name, NicknameProblem.EMOJI, char)
    if len(name) > MAX_LENGTH:
        return NicknameCheck(name, NicknameProblem.TOO_LONG)
    for char in name:
        if not (_is_katakana(char) or _is_latin_letter(char) or (char.isdigit() and char.isascii())
                or char == " " or char in ALLOWED_SYMBOLS):
            return NicknameCheck(name, NicknameProblem.UNSUPPORTED, char)
    if all(char in ALLOWED_SYMBOLS or char == " " for char in name):
        return NicknameCheck(name, NicknameProblem.UNSUPPORTED, name[0])
    return NicknameCheck(name)
