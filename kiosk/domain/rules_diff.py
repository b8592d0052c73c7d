"""What a new rules version changes, in the terms a manager reads: the ranks (who moves,
what each weighs), prices and points. Pure: the console shows it before publishing."""

from __future__ import annotations

from dataclasses import dataclass, fields

from kiosk.domain.rules import Rank, RuleBook, StayRules

# The figures besides the ranks, in the order a manager thinks of them.
FIGURES = ("yen_per_pv", "max_yen_per_receipt", "push_points_per_visit",
           "push_points_per_daily_login", "max_points_per_push", "offline_push_cap_per_card",
           "card_issue_fee_yen", "ranking_honoured_top", "timezone", "day_ends_at_hour")


@dataclass(frozen=True)
class RuleChange:
    area: str          # "figure", "stay", "rank", "rank_added", "rank_removed"
    what: str          # the field, or "rank N: field"
    before: str
    after: str


def rules_changes(old: RuleBook, new: RuleBook) -> list[RuleChange]:
    changes = [RuleChange("figure", name, str(getattr(old, name)), str(getattr(new, name)))
               for name in FIGURES if getattr(old, name) != getattr(new, name)]
    changes += [RuleChange("stay", f.name, str(getattr(old.stay, f.name)),
                           str(getattr(new.stay, f.name)))
                for f in fields(StayRules) if getattr(old.stay, f.name) !=
                getattr(new.stay, f.name)]
    before = {rank.number: rank for rank in old.ranks}
    after = {rank.number: rank for rank in new.ranks}
    for number in sorted(before.keys() | after.keys()):
        if number not in after:
            changes.append(RuleChange("rank_removed", f"rank {number}",
                                      _rank(before[number]), ""))
        elif number not in before:
            changes.append(RuleChange("rank_added", f"rank {number}", "",
                                      _rank(after[number])))
        else:
            changes += [RuleChange("rank", f"rank {number}: {f.name}",
                                   str(getattr(before[number], f.name)),
                                   str(getattr(after[number], f.name)))
                        for f in fields(Rank) if f.name not in ("number", "names")
                        and getattr(before[number], f.name) != getattr(after[number], f.name)]
    return changes


def _rank(rank: Rank) -> str:
    return f"{rank.name_en} / {rank.name_ja}: from {rank.pv_from} PV, ×{rank.weight}"
