"""Every character the website shows in a language is in a font its stylesheet gives that
language: a phone without CJK or Thai fonts of its own (many in a tourist's hand) would
otherwise show empty boxes. The chains are read from the real site.css."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from fontTools.ttLib import TTFont

from kiosk.paths import assets_dir
from kiosk.server.web.i18n import LANGUAGES, LOCALE_DIR, NAMES, month_name, when

SITE_CSS = Path(__file__).resolve().parents[2] / "kiosk/server/web/static/site.css"
FACE = re.compile(r'@font-face \{ font-family: "([^"]+)"; src: url\("/fonts/([^"]+)"\); '
                  r"font-weight: (\d+);")
RULE = re.compile(r"^([^{}\n]+)\{[^}]*?font-family: ([^;]+);", re.M)


@cache
def faces() -> dict[tuple[str, str], frozenset[int]]:
    """(family, weight) → the code points of the file the page loads for it."""
    css = SITE_CSS.read_text(encoding="utf-8")
    return {(family, weight): frozenset(TTFont(assets_dir() / "fonts" / name)["cmap"]
                                        .getBestCmap())
            for family, name, weight in FACE.findall(css)}


def chain(selector: str) -> list[str]:
    """The bundled families of the rule whose selector is exactly `selector`."""
    css = SITE_CSS.read_text(encoding="utf-8")
    for selectors, families in RULE.findall(css):
        if selector in (s.strip() for s in selectors.split(",")):
            return [f.strip().strip('"') for f in families.split(",")
                    if f.strip().startswith('"')]
    raise AssertionError(f"no rule for {selector} in site.css")


def missing(text: str, families: list[str]) -> set[str]:
    gaps: set[str] = set()
    for weight in ("400", "700"):
        covered = frozenset().union(*(faces()[(f, weight)] for f in families
                                      if (f, weight) in faces()))
        gaps |= {ch for ch in text if ch.strip() and ord(ch) not in covered}
    return gaps


def shown_text(language: str) -> str:
    """The catalogue's translations, and the dates and months Babel writes."""
    text = ""
    if language != "en":
        with (LOCALE_DIR / language / "LC_MESSAGES" / "website.po").open("rb") as handle:
            for message in read_po(handle, locale=language):
                forms = message.string if isinstance(message.string, tuple) \
                    else (message.string,)
                text += "".join(forms)
    text += "".join(month_name(f"2026-{m:02d}", language) for m in range(1, 13))
    text += "".join(when(f"2026-12-07T{h:02d}:30:00+00:00", language, "Asia/Tokyo")
                    for h in range(24))
    return text


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_page_has_every_glyph_it_shows(language: str) -> None:
    families = chain(f".lang-{language}") if language in ("zh_CN", "zh_TW", "ko", "th") \
        else chain(":root")
    assert missing(shown_text(language), families) == set(), language


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_name_draws_in_its_own_script_on_any_page(language: str) -> None:
    button = f'.languages button[lang="{language.replace("_", "-")}"]'
    families = chain(button) if language in ("zh_CN", "zh_TW", "ko", "th") \
        else chain(".languages button[lang]")
    assert missing(NAMES[language], families) == set(), language


def test_a_missing_glyph_is_detected() -> None:
    assert missing("ก", ["Kiosk JP"]) == {"ก"}      # Thai is not in the Japanese font
