"""Numbers, prices and times for people, through QLocale (the current language's habits)."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

_PLACEHOLDER = re.compile(r"%([1-9])")


def current_language() -> str:
    """Our language code for the current QLocale: "zh_CN", "zh_TW", else two letters."""
    name = QLocale().name()
    return name if name in ("zh_CN", "zh_TW") else name.split("_")[0]


def date_time(moment: datetime, timezone: str) -> str:
    """A moment as the current language writes a short date and time, in the café's zone."""
    local = moment.astimezone(ZoneInfo(timezone))
    stamp = QDateTime(QDate(local.year, local.month, local.day),
                      QTime(local.hour, local.minute))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def clock_time(moment: datetime) -> str:
    """Hours and minutes of an aware moment, as the current language writes them."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def number(value: int) -> str:
    return QLocale().toString(value)


def yen(amount: int) -> str:
    """A yen price as the current language writes it: 300円 in Japanese, ¥300 elsewhere."""
    locale = QLocale()
    if locale.language() == QLocale.Language.Japanese:
        return f"{locale.toString(amount)}円"
    return locale.toCurrencyString(amount, "¥", 0)


def fill(text: str, *values: str) -> str:
    """Replace %1, %2 … in one pass (a value containing "%2" is never re-expanded)."""
    return _PLACEHOLDER.sub(
        lambda m: values[int(m.group(1)) - 1] if int(m.group(1)) <= len(values)
        else m.group(0), text)
