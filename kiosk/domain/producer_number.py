"""Producer numbers: `KKK-SSSSSSS-C` — issuing kiosk, that kiosk's serial, Damm check digit.

The kiosk number makes numbers unique across kiosks that issue cards offline at the same
time; the check digit lets staff and the manual-login screen catch a mistyped number before
it reaches the store. The Damm algorithm detects every single-digit error and every
transposition of neighbouring digits (it is built on a weakly totally anti-symmetric
quasigroup of order 10), which is exactly what a person copying a number gets wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

KIOSK_DIGITS = 3
SERIAL_DIGITS = 7
MAX_KIOSK = 10**KIOSK_DIGITS - 1
MAX_SERIAL = 10**SERIAL_DIGITS - 1
STORED_LENGTH = KIOSK_DIGITS + SERIAL_DIGITS + 1     # the stored form: digits, check last

# Damm's quasigroup table (row = interim digit, column = next digit).
_DAMM = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)

_SHAPE = re.compile(rf"^\d{{{KIOSK_DIGITS}}}-?\d{{{SERIAL_DIGITS}}}-?\d$")


class ProducerNumberError(ValueError):
    """A typed producer number is malformed or fails its check digit."""


def damm_check_digit(digits: str) -> int:
    """The digit that makes `digits + check` validate."""
    interim = 0
    for char in digits:
        interim = _DAMM[interim][int(char)]
    return interim


def damm_is_valid(digits: str) -> bool:
    """True when the last digit is the Damm check digit of the rest."""
    return bool(digits) and digits.isdigit() and damm_check_digit(digits) == 0


@dataclass(frozen=True, order=True)
class ProducerNumber:
    kiosk: int
    serial: int

    def __post_init__(self) -> None:
        if not 0 < self.kiosk <= MAX_KIOSK:
            raise ProducerNumberError(f"kiosk number {self.kiosk} out of range 1..{MAX_KIOSK}")
        if not 0 < self.serial <= MAX_SERIAL:
            raise ProducerNumberError(f"serial {self.serial} out of range 1..{MAX_SERIAL}")

    @property
    def digits(self) -> str:
        """All digits, check digit last, no separators (what the store keeps)."""
        body = f"{self.kiosk:0{KIOSK_DIGITS}d}{self.serial:0{SERIAL_DIGITS}d}"
        return body + str(damm_check_digit(body))

    def __str__(self) -> str:
        d = self.digits
        return f"{d[:KIOSK_DIGITS]}-{d[KIOSK_DIGITS:-1]}-{d[-1]}"

    @classmethod
    def from_stored(cls, digits: str) -> ProducerNumber:
        """A number exactly as the store and the wire keep it (the digits, check digit
        last). A fresh kiosk's pull reads 100,000 of them; `parse` also reads what people
        type, at twice the cost."""
        if len(digits) != STORED_LENGTH or not digits.isascii() or not digits.isdigit():
            raise ProducerNumberError(f"not a producer number as stored ({STORED_LENGTH} "
                                      "digits)")
        if damm_check_digit(digits) != 0:
            raise ProducerNumberError("check digit does not match")
        return cls(kiosk=int(digits[:KIOSK_DIGITS]), serial=int(digits[KIOSK_DIGITS:-1]))

    @classmethod
    def parse(cls, text: str) -> ProducerNumber:
        """Read a number as a person types it (spaces and dashes optional, full-width ok)."""
        cleaned = "".join(text.split()).translate(_FULLWIDTH).replace("ー", "-")
        if not _SHAPE.match(cleaned):
            raise ProducerNumberError("not a producer number")
        digits = cleaned.replace("-", "")
        if not damm_is_valid(digits):
            raise ProducerNumberError("check digit does not match")
        return cls(kiosk=int(digits[:KIOSK_DIGITS]), serial=int(digits[KIOSK_DIGITS:-1]))


_FULLWIDTH = str.maketrans("０１２３４５６７８９－", "0123456789-")
