"""Every translation keeps to its language's glossary (docs/glossary/<lang>.md).

Each glossary ends in a TOML block: the chosen translation of each café term, the button
verbs, and the forbidden variants (a plain text, a whole word where the glossary says
`match = "word"`, or a regular expression written `re:…`). These tests fail when a
translation uses a forbidden variant, when a button reads differently from the glossary,
when a translation's placeholders are not exactly the source's, or when a glossary
contradicts itself.
"""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "assets" / "i18n"
GLOSSARIES = ROOT / "docs" / "glossary"
PLACEHOLDER = re.compile(r"%(?:[1-9]|n)")
TOML_BLOCK = re.compile(r"^```toml\n(.*?)^```", re.MULTILINE | re.DOTALL)
CATALOGUES = sorted(I18N.glob("kiosk_*.ts"))
TRANSLATED = [path for path in CATALOGUES if path.stem != "kiosk_en"]   # en: plurals only


def language(path: Path) -> str:
    return path.stem.removeprefix("kiosk_")


def glossary(lang: str) -> dict[str, Any]:
    text = (GLOSSARIES / f"{lang}.md").read_text(encoding="utf-8")
    blocks = TOML_BLOCK.findall(text)
    assert len(blocks) == 1, f"{lang}.md needs exactly one ```toml block"
    data = tomllib.loads(blocks[0])
    assert data["language"] == lang
    assert data["match"] in ("substring", "word")
    return data


def translations(path: Path) -> Iterator[tuple[str, str, list[str]]]:
    """(context, source, [translation, or each plural form]) for every message."""
    for context in ET.parse(path).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.findall("numerusform")]
            else:
                forms = [translation.text or ""]
            yield name, message.findtext("source") or "", forms


def pattern(variant: str, match: str) -> re.Pattern[str]:
    """A forbidden variant as a pattern: `re:` is a regular expression already; in a
    `match = "word"` language a plain variant is a whole word in any case."""
    if variant.startswith("re:"):
        return re.compile(variant[3:])
    if match == "word":
        return re.compile(rf"(?<!\w){re.escape(variant)}(?!\w)", re.IGNORECASE)
    return re.compile(re.escape(variant))


def found(variant: str, match: str, text: str) -> bool:
    return pattern(variant, match).search(text) is not None


# ---- the glossaries themselves ---------------------------------------------------------

def test_every_translated_language_has_a_glossary() -> None:
    missing = [language(path) for path in TRANSLATED
               if not (GLOSSARIES / f"{language(path)}.md").exists()]
    assert missing == []


@pytest.mark.parametrize("path", TRANSLATED, ids=language)
def test_glossary_does_not_forbid_its_own_choices(path: Path) -> None:
    data = glossary(language(path))
    chosen = [*data["terms"].values(), *data["buttons"].values()]
    clashes = [(variant, text) for variant in data["forbidden"] for text in chosen
               if found(variant, data["match"], text)]
    assert clashes == []


@pytest.mark.parametrize("path", TRANSLATED, ids=language)
def test_glossary_table_shows_every_term(path: Path) -> None:
    """The readable tables and the TOML block say the same thing."""
    lang = language(path)
    text = (GLOSSARIES / f"{lang}.md").read_text(encoding="utf-8")
    prose = TOML_BLOCK.sub("", text)
    data = glossary(lang)
    missing = [term for term in [*data["terms"].values(), *data["buttons"].values()]
               if f"| {term} |" not in prose]
    assert missing == []


# ---- the catalogues against their glossary ---------------------------------------------

@pytest.mark.parametrize("path", TRANSLATED, ids=language)
def test_no_translation_uses_a_forbidden_variant(path: Path) -> None:
    data = glossary(language(path))
    problems = [f"{variant!r} in {context}: {source!r} -> {form!r}"
                for context, source, forms in translations(path) for form in forms
                for variant in data["forbidden"] if found(variant, data["match"], form)]
    assert problems == []


@pytest.mark.parametrize("path", TRANSLATED, ids=language)
def test_buttons_read_as_the_glossary_says(path: Path) -> None:
    buttons = glossary(language(path))["buttons"]
    problems = [f"{context}: {source!r} -> {forms[0]!r}, glossary says {buttons[source]!r}"
                for context, source, forms in translations(path)
                if source in buttons and forms != [buttons[source]]]
    assert problems == []


@pytest.mark.parametrize("path", CATALOGUES, ids=language)
def test_placeholders_are_exactly_the_sources(path: Path) -> None:
    """Each placeholder as many times as in the source: a %1 dropped or doubled in one
    language shows the wrong number on that language's screen only."""
    problems = [f"{context}: {source!r} -> {form!r}"
                for context, source, forms in translations(path) for form in forms
                if Counter(PLACEHOLDER.findall(form)) != Counter(PLACEHOLDER.findall(source))]
    assert problems == []
