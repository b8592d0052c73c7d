"""What counts as a problem at a kiosk, from when the office last heard from it and what
it last reported about itself (`KioskHealth` in the sync protocol). Pure: the console's
kiosks page and its tests judge the same way."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

SILENT_AFTER = timedelta(minutes=30)       # kiosks sync every 30 s when they can
BACKLOG_EVENTS = 200                       # events waiting to reach the office
CLOCK_OFF_S = 120                          # minutes off: business days and lockouts drift
LOW_DISK_BYTES = 1 << 30

# Problem codes, worst first (the page sorts by the first one).
PROBLEMS = ("silent", "never_seen", "printer", "backlog", "clock", "disk", "error")


@dataclass(frozen=True)
class KioskCondition:
    problems: list[str] = field(default_factory=list)
    silent_for: timedelta | None = None


def parse_health(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def judge(last_seen_at: str | None, health: dict[str, Any], now: datetime) -> KioskCondition:
    problems: list[str] = []
    silent_for = None
    if last_seen_at is None:
        problems.append("never_seen")
    else:
        silent_for = now - datetime.fromisoformat(last_seen_at)
        if silent_for > SILENT_AFTER:
            problems.append("silent")
    printer = health.get("printer")
    if isinstance(printer, dict) and (printer.get("state") not in ("ready", "not_set", None)
                                      or "cards" in (printer.get("low") or [])):
        problems.append("printer")
    if _number(health.get("pending")) > BACKLOG_EVENTS:
        problems.append("backlog")
    if abs(_number(health.get("clock_offset_s"))) > CLOCK_OFF_S:
        problems.append("clock")
    free = health.get("free_disk_bytes")
    if isinstance(free, int) and free < LOW_DISK_BYTES:
        problems.append("disk")
    if health.get("last_error"):
        problems.append("error")
    problems.sort(key=PROBLEMS.index)
    return KioskCondition(problems, silent_for)


def _number(value: object) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) \
        else 0.0
