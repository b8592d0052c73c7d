"""The café's rules as an immutable `RuleBook`, parsed from `assets/rules.toml`.

Every figure the kiosk uses (rank thresholds and weights, yen per PV, fees, stay prices,
the business-day boundary) lives in the rules file, never in code. A bad file is refused
as a whole with a `RulesError` naming the file and line, so a typo made while editing
prices cannot silently change what customers are told or credited.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cached_property
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.domain.receipts import DEFAULT_MAX_YEN

RANK_COUNT = 10
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


class RulesError(ValueError):
    """The rules file is unusable; the message names the source and line."""


@dataclass(frozen=True)
class Rank:
    """One rung of the producer ladder (number is 1-based, as customers count)."""

    number: int
    name_en: str
    name_ja: str
    pv_from: int
    weight: int
    card_colour: str
    names: tuple[tuple[str, str], ...] = ()     # (language, name) for other languages

    def name_for(self, language: str) -> str:
        """The rank's name for a customer reading `language` (English when none given)."""
        if language == "ja":
            return self.name_ja
        return dict(self.names).get(language, self.name_en)

    @property
    def is_dark(self) -> bool:
        """True when white text reads better than black on the card colour."""
        r, g, b = (int(self.card_colour[i : i + 2], 16) for i in (1, 3, 5))
        return (0.299 * r + 0.587 * g + 0.114 * b) < 110


def pv_to_reach(next_rank: Rank | None, pv_earned: int) -> int:
    """PV still needed for `next_rank` (0 at the top of the ladder)."""
    return 0 if next_rank is None else max(0, next_rank.pv_from - pv_earned)


def rank_progress(rank: Rank, next_rank: Rank | None, pv_earned: int) -> float:
    """0.0 … 1.0 of the way from this rank's threshold to the next one (1.0 at the top)."""
    if next_rank is None:
        return 1.0
    span = next_rank.pv_from - rank.pv_from
    return min(1.0, max(0.0, (pv_earned - rank.pv_from) / span))


@dataclass(frozen=True)
class StayRules:
    first_hour_minutes: int
    first_hour_charge_yen: int
    first_hour_min_drinks: int
    extension_minutes: int
    extension_charge_yen: int
    extension_min_orders: int
    leave_notice_minutes: int
    stage_show_every_minutes: int


@dataclass(frozen=True)
class RuleBook:
    """The whole rule set of one `version`; ledger entries record which version they used."""

    version: int
    yen_per_pv: int
    max_yen_per_receipt: int     # the most one till receipt can be worth (the office checks)
    push_points_per_visit: int
    push_points_per_daily_login: int
    card_issue_fee_yen: int
    max_points_per_push: int
    offline_push_cap_per_card: int
    ranking_honoured_top: int
    stay: StayRules
    timezone: str
    day_ends_at_hour: int
    ranks: tuple[Rank, ...]

    # ---- ranks ---------------------------------------------------------------------------

    def rank_for(self, pv_earned: int) -> Rank:
        """The rank for lifetime PV earned (never a spendable balance)."""
        current = self.ranks[0]
        for rank in self.ranks:
            if pv_earned >= rank.pv_from:
                current = rank
        return current

    @cached_property
    def rank_weights(self) -> frozenset[int]:
        """Every weight of the ladder: a push's votes are its points times one of them."""
        return frozenset(rank.weight for rank in self.ranks)

    def next_rank(self, pv_earned: int) -> Rank | None:
        """The next rank up, or None at the top of the ladder."""
        number = self.rank_for(pv_earned).number
        return self.ranks[number] if number < len(self.ranks) else None

    # ---- points --------------------------------------------------------------------------

    def pv_for_yen(self, yen: int) -> int:
        """PV earned by one purchase; the remainder below `yen_per_pv` earns nothing."""
        if yen < 0:
            raise ValueError("yen must not be negative")
        return yen // self.yen_per_pv

    # ---- time ----------------------------------------------------------------------------

    def business_day(self, moment: datetime) -> date:
        """The business day `moment` belongs to: days end at `day_ends_at_hour`, not midnight."""
        if moment.tzinfo is None:
            raise ValueError("business_day needs an aware datetime")
        local = moment.astimezone(ZoneInfo(self.timezone))
        return (local - timedelta(hours=self.day_ends_at_hour)).date()


# ---- parsing -------------------------------------------------------------------------------


def parse_rules(text: str, source: str = "rules.toml") -> RuleBook:
    """Parse and validate rules text; raise `RulesError` naming the offending line."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RulesError(f"{source}: not valid TOML: {exc}") from exc
    return _Validator(data, _LineIndex(text), source).rule_book()


class _LineIndex:
    """Finds the line of a table or key, so errors can point at it (tomllib keeps no positions)."""

    _HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.]+)\s*\]\]?")
    _KEY = re.compile(r"^\s*([A-Za-z0-9_]+)\s*=")

    def __init__(self, text: str) -> None:
        self._lines: dict[tuple[str, int | None, str | None], int] = {}
        table: str = ""
        index: int | None = None
        counts: dict[str, int] = {}
        for number, line in enumerate(text.splitlines(), start=1):
            header = self._HEADER.match(line)
            if header:
                table = header.group(2)
                if header.group(1) == "[[":
                    index = counts.get(table, 0)
                    counts[table] = index + 1
                else:
                    index = None
                self._lines.setdefault((table, index, None), number)
                continue
            key = self._KEY.match(line)
            if key:
                self._lines.setdefault((table, index, key.group(1)), number)
        self.last_line = max(1, len(text.splitlines()))

    def line_of(self, table: str, index: int | None = None, key: str | None = None) -> int | None:
        return self._lines.get((table, index, key)) or self._lines.get((table, index, None))


class _Validator:
    def __init__(self, data: dict[str, Any], lines: _LineIndex, source: str) -> None:
        self._data = data
        self._lines = lines
        self._source = source

    def _fail(self, message: str, table: str, index: int | None = None, key: str | None = None
              ) -> RulesError:
        line = self._lines.line_of(table, index, key)
        where = f"line {line}" if line else "(missing)"
        return RulesError(f"{self._source}, {where}: {message}")

    def _table(self, name: str) -> dict[str, Any]:
        table = self._data.get(name)
        if not isinstance(table, dict):
            raise RulesError(f"{self._source}, line {self._lines.last_line}: "
                             f"missing table [{name}]")
        return table

    def _int(self, table: str, key: str, *, minimum: int = 0, maximum: int | None = None,
             row: dict[str, Any] | None = None, index: int | None = None,
             default: int | None = None) -> int:
        source = row if row is not None else (self._data if table == "" else self._table(table))
        value = source.get(key, default)
        label = f"{table}.{key}" if table else key
        if value is None:
            raise self._fail(f"missing {label}", table, index, None)
        if not isinstance(value, int) or isinstance(value, bool):
            raise self._fail(f"{label} must be a whole number, not {value!r}", table, index, key)
        if value < minimum:
            kind = "negative" if value < 0 else "too small"
            raise self._fail(f"{label} is {kind} ({value}); it must be at least {minimum}",
                             table, index, key)
        if maximum is not None and value > maximum:
            raise self._fail(f"{label} must be at most {maximum}, not {value}", table, index, key)
        return value

    def _str(self, table: str, key: str, *, row: dict[str, Any] | None = None,
             index: int | None = None) -> str:
        source = row if row is not None else self._table(table)
        value = source.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self._fail(f"{table}.{key} must be a non-empty text", table, index,
                             key if key in source else None)
        return value

    def rule_book(self) -> RuleBook:
        version = self._int("", "version", minimum=1)
        yen_per_pv = self._int("points", "yen_per_pv", minimum=1)
        timezone = self._str("business_day", "timezone")
        try:
            ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise self._fail(f"unknown time zone {timezone!r}", "business_day", None,
                             "timezone") from exc
        return RuleBook(
            version=version,
            yen_per_pv=yen_per_pv,
            max_yen_per_receipt=self._int("points", "max_yen_per_receipt", minimum=yen_per_pv,
                                          default=DEFAULT_MAX_YEN),
            push_points_per_visit=self._int("points", "push_points_per_visit"),
            push_points_per_daily_login=self._int("points", "push_points_per_daily_login"),
            card_issue_fee_yen=self._int("card", "issue_fee_yen"),
            max_points_per_push=self._int("pushes", "max_points_per_push", minimum=1),
            offline_push_cap_per_card=self._int("pushes", "offline_cap_per_card"),
            ranking_honoured_top=self._int("ranking", "honoured_top", minimum=1),
            stay=self._stay(),
            timezone=timezone,
            day_ends_at_hour=self._int("business_day", "ends_at_hour", maximum=23),
            ranks=self._ranks(),
        )

    def _stay(self) -> StayRules:
        return StayRules(
            first_hour_minutes=self._int("stay", "first_hour_minutes", minimum=1),
            first_hour_charge_yen=self._int("stay", "first_hour_charge_yen"),
            first_hour_min_drinks=self._int("stay", "first_hour_min_drinks"),
            extension_minutes=self._int("stay", "extension_minutes", minimum=1),
            extension_charge_yen=self._int("stay", "extension_charge_yen"),
            extension_min_orders=self._int("stay", "extension_min_orders"),
            leave_notice_minutes=self._int("stay", "leave_notice_minutes"),
            stage_show_every_minutes=self._int("stay", "stage_show_every_minutes", minimum=1),
        )

    def _names(self, row: dict[str, Any], index: int) -> tuple[tuple[str, str], ...]:
        names = row.get("names", {})
        if not isinstance(names, dict) or not all(
                isinstance(v, str) and v.strip() for v in names.values()):
            raise self._fail("names must map language codes to non-empty texts",
                             "ranks", index, "names")
        return tuple(sorted(names.items()))

    def _ranks(self) -> tuple[Rank, ...]:
        rows = self._data.get("ranks")
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise RulesError(f"{self._source}, line {self._lines.last_line}: "
                             f"missing the [[ranks]] ladder")
        if len(rows) != RANK_COUNT:
            where = self._lines.line_of("ranks", len(rows) - 1) or self._lines.last_line
            raise RulesError(f"{self._source}, line {where}: the ladder has {len(rows)} ranks; "
                             f"it must have exactly {RANK_COUNT}")
        ranks: list[Rank] = []
        for index, row in enumerate(rows):
            rank = Rank(
                number=index + 1,
                name_en=self._str("ranks", "name_en", row=row, index=index),
                name_ja=self._str("ranks", "name_ja", row=row, index=index),
                pv_from=self._int("ranks", "pv_from", row=row, index=index),
                weight=self._int("ranks", "weight", minimum=1, row=row, index=index),
                card_colour=self._str("ranks", "card_colour", row=row, index=index),
                names=self._names(row, index),
            )
            if not _COLOUR.match(rank.card_colour):
                raise self._fail(f"rank {rank.number} card_colour must look like #RRGGBB",
                                 "ranks", index, "card_colour")
            if index == 0 and rank.pv_from != 0:
                raise self._fail("the first rank must start at pv_from = 0",
                                 "ranks", index, "pv_from")
            if ranks and rank.pv_from <= ranks[-1].pv_from:
                raise self._fail(
                    f"rank {rank.number} pv_from ({rank.pv_from}) must be above rank "
                    f"{rank.number - 1}'s ({ranks[-1].pv_from}): thresholds out of order",
                    "ranks", index, "pv_from")
            if ranks and rank.weight < ranks[-1].weight:
                raise self._fail(f"rank {rank.number} weight must not be below rank "
                                 f"{rank.number - 1}'s", "ranks", index, "weight")
            ranks.append(rank)
        return tuple(ranks)
