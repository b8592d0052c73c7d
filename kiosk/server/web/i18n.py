"""The website's languages: the kiosk's eight, with gettext catalogues (Babel) in
`web/locale/<language>/LC_MESSAGES/website.po`, compiled in memory when the office starts.

A visitor's language is, in order: the one they chose on the website (remembered in
their profile once signed in, in a cookie before), the one they registered in at the
kiosk, their browser's preference, Japanese.
"""

from __future__ import annotations

import functools
import gettext
import io
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from babel import Locale, UnknownLocaleError
from babel.dates import format_datetime, format_skeleton
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "website"
LANGUAGES = ("ja", "en", "zh_CN", "zh_TW", "ko", "th", "es", "fr")
DEFAULT = "ja"
# Each language named in its own script, as a language picker must.
NAMES = {"ja": "日本語", "en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文",
         "ko": "한국어", "th": "ไทย", "es": "Español", "fr": "Français"}
# The `lang` attribute (browsers pick fonts and line breaking by it).
HTML_LANG = {"ja": "ja", "en": "en", "zh_CN": "zh-Hans", "zh_TW": "zh-Hant", "ko": "ko",
             "th": "th", "es": "es", "fr": "fr"}


@functools.cache
def translations(language: str, domain: str = DOMAIN,
                 locale_dir: Path = LOCALE_DIR) -> gettext.NullTranslations:
    """The compiled catalogue of `language` (English is the source text); the manager
    console keeps its own `domain` in its own `locale_dir`."""
    po = locale_dir / language / "LC_MESSAGES" / f"{domain}.po"
    if language == "en" or not po.exists():
        return gettext.NullTranslations()
    with po.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def supported(language: str | None) -> str | None:
    return language if language in LANGUAGES else None


def from_accept_language(header: str) -> str | None:
    """The best supported language a browser asks for (`Accept-Language`)."""
    wanted: list[tuple[float, int, str]] = []
    for index, part in enumerate(header.split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                continue
        wanted.append((-quality, index, tag.strip().replace("-", "_")))
    for _q, _i, tag in sorted(wanted):
        match = _match(tag)
        if match:
            return match
    return None


def _match(tag: str) -> str | None:
    if not tag or tag == "*":
        return None
    lowered = tag.lower()
    if lowered.startswith("zh"):
        traditional = any(mark in lowered for mark in ("tw", "hk", "mo", "hant"))
        return "zh_TW" if traditional else "zh_CN"
    return supported(lowered.split("_")[0])


def _babel_locale(language: str) -> Locale:
    try:
        return Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def number(value: int, language: str) -> str:
    return format_decimal(value, locale=_babel_locale(language))


def when(stamp: str, language: str, timezone: str) -> str:
    """An office timestamp in the café's time, in the reader's own date format."""
    moment = datetime.fromisoformat(stamp).astimezone(ZoneInfo(timezone))
    return format_datetime(moment, "medium", tzinfo=ZoneInfo(timezone),
                           locale=_babel_locale(language))


def month_name(month: str, language: str) -> str:
    """"2026-12" as the reader says it (2026年12月, December 2026, ธันวาคม 2026, …)."""
    year, number_ = (int(part) for part in month.split("-"))
    return format_skeleton("yMMMM", datetime(year, number_, 1), locale=_babel_locale(language))
