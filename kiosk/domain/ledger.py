"""Ledger arithmetic: the kinds of event, and balances as a fold over them.

The ledger is append-only; balances (PV earned, push points, rank) are a cache that can be
rebuilt from it at any time with `rebuild_balance`. Keeping the fold here, pure, means the
store's incremental update and the rebuild cannot disagree about what an event is worth.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from kiosk.domain.rules import RuleBook

# The most PV or push points one staff correction may move: more is a typo, and the office
# refuses a larger one from any kiosk.
MAX_CORRECTION = 10_000


class EntryKind(enum.Enum):
    REGISTRATION = "registration"
    PURCHASE = "purchase"
    VISIT = "visit"
    PUSH = "push"
    DAILY_LOGIN = "daily_login"
    CORRECTION = "correction"
    CARD_ISSUE = "card_issue"          # a replacement card (lost, damaged, or a rank-up)
    PASSWORD_RESET = "password_reset"  # a new website password; moves no points


@dataclass(frozen=True)
class Deltas:
    """What one ledger entry changes."""

    pv: int = 0
    push: int = 0


@dataclass(frozen=True)
class Balance:
    pv_earned: int = 0
    push_points: int = 0

    def apply(self, deltas: Deltas) -> Balance:
        return Balance(self.pv_earned + deltas.pv, self.push_points + deltas.push)

    def rank_number(self, rules: RuleBook) -> int:
        return rules.rank_for(self.pv_earned).number


def rebuild_balance(entries: Iterable[Deltas]) -> Balance:
    """The balance the cached row must equal: the sum of every entry, in any order."""
    balance = Balance()
    for deltas in entries:
        balance = balance.apply(deltas)
    return balance
