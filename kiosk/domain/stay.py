"""A visit's timetable: when the first period ends, what each extension costs, when to
tell a cast member, and when the next stage show starts. All figures from the rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from kiosk.domain.rules import RuleBook


@dataclass(frozen=True)
class StayPlan:
    entered_at: datetime                 # in the café's time zone
    first_period_ends: datetime
    extension_minutes: int
    extension_charge_yen: int
    extension_min_orders: int
    leave_notice_minutes: int
    next_show_at: datetime


def next_show(after: datetime, every_minutes: int) -> datetime:
    """The next show start at or after `after`; shows run every N minutes from midnight."""
    midnight = after.replace(hour=0, minute=0, second=0, microsecond=0)
    elapsed = (after - midnight).total_seconds() / 60
    slots = int(-(-elapsed // every_minutes))          # ceiling
    return midnight + timedelta(minutes=slots * every_minutes)


def plan_stay(entered_at: datetime, rules: RuleBook) -> StayPlan:
    if entered_at.tzinfo is None:
        raise ValueError("plan_stay needs an aware datetime")
    local = entered_at.astimezone(ZoneInfo(rules.timezone))
    stay = rules.stay
    return StayPlan(
        entered_at=local,
        first_period_ends=local + timedelta(minutes=stay.first_hour_minutes),
        extension_minutes=stay.extension_minutes,
        extension_charge_yen=stay.extension_charge_yen,
        extension_min_orders=stay.extension_min_orders,
        leave_notice_minutes=stay.leave_notice_minutes,
        next_show_at=next_show(local, stay.stage_show_every_minutes),
    )
