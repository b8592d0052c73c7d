"""Reading a page of the change feed so that one unreadable record costs that record, not
the whole pull.

A page is first read strictly as a whole (the usual case, and the fast one). If that fails,
each producer, kiosk key, cast member, board and the rules are read one by one: what cannot
be read is left out and named as a `PullProblem` (reported to the office and to staff), and
the rest is applied. Only a page whose frame is unreadable (no cursor, no time) is refused
whole: the kiosk cannot know where it is in the feed, so it asks again later.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from kiosk.sync.protocol import (
    CastRecord,
    Changes,
    KioskKey,
    ProducerBalance,
    PullProblem,
    RankingBoard,
    RulesRecord,
)

Kind = Literal["producer", "kiosk_key", "cast", "rules", "board"]
_LISTS: tuple[tuple[str, type[BaseModel], Kind, str], ...] = (
    ("producers", ProducerBalance, "producer", "number"),
    ("kiosk_keys", KioskKey, "kiosk_key", "key_id"),
    ("cast", CastRecord, "cast", "cast_id"),
    ("boards", RankingBoard, "board", "period"),
)
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f]")


def printable(value: object, limit: int) -> str:
    """`value` as text fit for a report: control characters shown escaped, cut to `limit`."""
    text = value if isinstance(value, str) else repr(value)
    return _UNPRINTABLE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)[:limit]


def problem(kind: Kind, key: object, reason: str) -> PullProblem:
    return PullProblem(kind=kind, key=printable(key, 200), reason=printable(reason, 500))


def read_changes(raw: bytes) -> tuple[Changes, list[PullProblem]]:
    """The page and the records left out of it (none, usually). Raises ValidationError or
    ValueError when the page's frame cannot be read."""
    try:
        return Changes.model_validate_json(raw), []
    except ValidationError as whole:
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise whole from None
        problems: list[PullProblem] = []
        page: dict[str, Any] = dict(data)
        for name, model, kind, key in _LISTS:
            items = data.get(name, [])
            if not isinstance(items, list):
                raise whole from None
            page[name] = _each(items, model.model_validate, kind, key, problems)
        rules = data.get("rules")
        if rules is not None:
            kept = _each([rules], RulesRecord.model_validate, "rules", "version", problems)
            page["rules"] = kept[0] if kept else None
        return Changes.model_validate(page), problems


def _each(items: list[Any], read: Callable[[Any], BaseModel], kind: Kind, key: str,
          problems: list[PullProblem]) -> list[BaseModel]:
    kept = []
    for item in items:
        try:
            kept.append(read(item))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(part) for part in first.get("loc", ()))
            name = item.get(key, "?") if isinstance(item, dict) else "?"
            problems.append(problem(kind, name, f"{where}: {first.get('msg')}"))
    return kept
