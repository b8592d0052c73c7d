"""Dates on the kiosk in every language: the month named or marked, never d/m/yy, in the
café's time zone. "5/12/26" is 5 December to a Thai customer and 12 May to an American one;
a date that can be read both ways is a wrong date to half of them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale

from kiosk.settings import KNOWN_LANGUAGES
from kiosk.ui.formatting import date_pattern, date_time

TOKYO = "Asia/Tokyo"
DEC_5 = datetime(2026, 12, 5, 5, 30, tzinfo=UTC)     # 14:30 in Tokyo
MAY_12 = datetime(2026, 5, 12, 5, 30, tzinfo=UTC)
Switch = Callable[[str], QLocale]
NUMERIC_DATE = re.compile(r"\d{1,4}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{1,4}")


@pytest.fixture
def in_language() -> Iterator[Callable[[str], QLocale]]:
    before = QLocale()

    def switch(language: str) -> QLocale:
        QLocale.setDefault(QLocale(language))
        return QLocale()

    yield switch
    QLocale.setDefault(before)


def month_of(locale: QLocale, month: int) -> tuple[str, ...]:
    return (locale.monthName(month, QLocale.FormatType.ShortFormat),
            locale.monthName(month, QLocale.FormatType.LongFormat))


@pytest.mark.parametrize("language", KNOWN_LANGUAGES)
def test_no_date_reads_as_day_month_digits(in_language: Switch, language: str) -> None:
    locale = in_language(language)
    december, may = date_time(DEC_5, TOKYO), date_time(MAY_12, TOKYO)
    for text in (december, may):
        assert not NUMERIC_DATE.search(text), text
        assert "2026" in text, text                        # Gregorian, all four digits
    assert any(name in december for name in month_of(locale, 12)), december
    assert any(name in may for name in month_of(locale, 5)), may
    assert december != may
    assert re.search(r"(?<!\d)5(?!\d)", december) and re.search(r"(?<!\d)12(?!\d)", may)


@pytest.mark.parametrize(("language", "expected"), [
    ("ja", "2026年12月5日 14:30"),
    ("en", "Dec 5, 2026, 2:30 PM"),
    ("zh_CN", "2026年12月5日 14:30"),
    ("ko", "2026년 12월 5일 오후 2:30"),
    ("th", "5 ธ.ค. 2026 14:30"),
    ("fr", "5 déc. 2026 14:30"),
    ("es", "5 dic 2026, 14:30"),
])
def test_each_language_writes_its_own_way_in_the_cafes_zone(
        in_language: Switch, language: str, expected: str) -> None:
    in_language(language)
    shown = date_time(DEC_5, TOKYO)
    assert shown.replace("\u202f", " ").replace("\xa0", " ") == expected


def test_the_cafes_zone_decides_the_day(in_language: Switch) -> None:
    in_language("ja")
    late = datetime(2026, 12, 4, 16, 0, tzinfo=UTC)      # 4 Dec in London, 5 Dec in Tokyo
    assert date_time(late, TOKYO).startswith("2026年12月5日")


def test_a_language_without_a_pattern_gets_its_long_date_without_weekday(
        in_language: Switch) -> None:
    in_language("de")
    assert date_pattern("de") == "d. MMMM yyyy"
    assert date_time(DEC_5, TOKYO).startswith("5. Dezember 2026")
