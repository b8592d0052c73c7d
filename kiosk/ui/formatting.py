"""Numbers, prices and times for people, through QLocale (the current language's habits)."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QTime

_PLACEHOLDER = re.compile(r"%([1-9])")


def current_language() -> str:
    """Our language code for the current QLocale: "zh_CN", "zh_TW", else two letters."""
    name = QLocale().name()
    return name if name in ("zh_CN", "zh_TW") else name.split("_")[0]


# A date a person cannot misread: Qt's short formats are numeric and order day and month
# by country ("5/12/26" is 5 December in Bangkok and 12 May in New York), so dates show with
# the month named or marked. These are CLDR's medium forms, except where CLDR's medium is
# numeric (Japanese, Korean): there its long form without the weekday. Month names come
# from QLocale. Thai uses the Gregorian year (2026, not BE 2569): Thai customers read both,
# and the café's receipts, website and slips all count in Gregorian years.
_DATE_PATTERNS = {
    "ja": "yyyy年M月d日",
    "zh_CN": "yyyy年M月d日",
    "zh_TW": "yyyy年M月d日",
    "ko": "yyyy년 M월 d일",
    "en": "MMM d, yyyy",
    "th": "d MMM yyyy",
    "es": "d MMM yyyy",
    "fr": "d MMM yyyy",
}
_DATE_TIME_GLUE = {"en": ", ", "es": ", "}        # CLDR's "{1}, {0}"; else "{1} {0}"
_WEEKDAY = re.compile(r"[,、\s]*dddd(?:ที่)?[,、\s]*")


def date_pattern(language: str) -> str:
    """The QLocale pattern for a date in `language`; a language not in the table gets its
    locale's long date without the weekday (month named, so still unambiguous)."""
    if language in _DATE_PATTERNS:
        return _DATE_PATTERNS[language]
    long = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    return _WEEKDAY.sub(" ", long).strip() or long


def date_time(moment: datetime, timezone: str) -> str:
    """A moment as the current language writes a date (month named or marked, never
    d/m/yy) and a time, in the café's zone: "2026年12月5日 14:30", "Dec 5, 2026, 2:30 PM"."""
    local = moment.astimezone(ZoneInfo(timezone))
    locale, language = QLocale(), current_language()
    day = locale.toString(QDate(local.year, local.month, local.day), date_pattern(language))
    time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{day}{_DATE_TIME_GLUE.get(language, ' ')}{time}"


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
