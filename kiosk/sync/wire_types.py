"""The wire format's field types: what a number, a time, a day or a piece of text may be on
the wire, each stated in the JSON schema as exactly what the validator accepts (see
`protocol.py` for the rules they serve), and the two kinds of model built on them: strict
requests, and answers an older kiosk can still read.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, WithJsonSchema

MAX_SEQ = 2**31 - 1          # fits every store's integer column (PostgreSQL's is 4 bytes)
MAX_ID = 2**63 - 1

ASCII_DIGITS_11 = r"^[0-9]{11}$"
# Any text but control characters (C0, DEL, C1) and the line and paragraph separators.
CONTROLS = "\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029"
NO_CONTROLS = rf"^[^{CONTROLS}]*$"
SHORT_TEXT = rf"^[^{CONTROLS}]{{1,64}}$"       # a receipt number, a cast id
PRINTABLE_ASCII = r"^[!-~]+$"                   # visible ASCII, no spaces
# Years 1970–2999: a kiosk's clock is never outside them, and every moment in them can be
# converted to any time zone (year 1 minus nine hours cannot).
_YEAR = r"(19[7-9][0-9]|2[0-9]{3})"
_TIMESTAMP = (rf"^{_YEAR}-[0-9]{{2}}-[0-9]{{2}}[Tt][0-9]{{2}}:[0-9]{{2}}:[0-9]{{2}}"
              r"(\.[0-9]{1,6})?([Zz]|[+-][0-9]{2}:[0-9]{2})$")
_DAY = rf"^{_YEAR}-[0-9]{{2}}-[0-9]{{2}}$"


def _timestamp(value: Any) -> Any:
    """RFC 3339 text with an offset → an aware datetime (datetimes pass, if aware)."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("a timestamp needs its UTC offset")
        return value
    if not isinstance(value, str):
        raise ValueError("a timestamp is RFC 3339 text, e.g. 2024-03-04T12:00:00+09:00")
    if not re.fullmatch(_TIMESTAMP, value):
        raise ValueError("a timestamp is RFC 3339 text with an offset, "
                         "e.g. 2024-03-04T12:00:00+09:00")
    try:
        return datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    except ValueError as exc:
        raise ValueError(f"not a real moment: {exc}") from exc


def _whole(value: Any) -> Any:
    """JSON Schema's integer: 12 and 12.0 are the same number; "12", true and 1.5 are not."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _day(value: Any) -> Any:
    """`YYYY-MM-DD` of a day that exists (2024-02-30 does not)."""
    if not isinstance(value, str):
        raise ValueError("a day is text, YYYY-MM-DD")
    return _known_day(value)


@lru_cache(maxsize=256)
def _known_day(value: str) -> str:
    """(A batch of 2,000 events names a day or two: each is checked once.)"""
    if not re.fullmatch(_DAY, value):
        raise ValueError("a day is YYYY-MM-DD")
    try:
        date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"no such day: {value}") from exc
    return value


Timestamp = Annotated[datetime, BeforeValidator(_timestamp), WithJsonSchema(
    {"type": "string", "format": "date-time", "pattern": _TIMESTAMP})]
Day = Annotated[str, BeforeValidator(_day), WithJsonSchema(
    {"type": "string", "format": "date", "pattern": _DAY})]
# Whole numbers within bounds (the bounds before the validator, so the schema shows them).
_W = BeforeValidator(_whole)
CardId = Annotated[int, Field(ge=1, le=MAX_ID), _W]
Sequence = Annotated[int, Field(ge=1, le=MAX_SEQ), _W]
Generation = Annotated[int, Field(ge=1, le=65535), _W]
LaterGeneration = Annotated[int, Field(ge=2, le=65535), _W]
Points = Annotated[int, Field(ge=-1_000_000, le=1_000_000), _W]
Votes = Annotated[int, Field(ge=0, le=10_000_000), _W]
Yen = Annotated[int, Field(ge=0, le=100_000_000), _W]
Count = Annotated[int, Field(ge=0, le=MAX_SEQ), _W]           # events waiting, say
ByteCount = Annotated[int, Field(ge=0, le=1 << 52), _W]       # a file's or a disk's size
Percent = Annotated[int, Field(ge=0, le=100), _W]
ProducerNumberText = Annotated[str, Field(pattern=ASCII_DIGITS_11,
                                          description="11 ASCII digits, check digit last")]
KeyId = Annotated[str, Field(pattern=r"^[0-9a-f]{8}$")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Answer(BaseModel):
    """What the office answers: read strictly by type, but a field or a refusal code added
    by a newer office is ignored by an older kiosk instead of making every answer
    unreadable (it would resend forever)."""

    model_config = ConfigDict(extra="ignore", frozen=True, strict=True)
