"""The translation catalogues are complete, current and consistent with the code.

Fails when a source string lacks a translation in any language, when a translation is
marked unfinished, obsolete or vanished, when placeholders (%1…%9, %n) differ between the
source and a translation, or when the code has strings the .ts files do not (run
`make i18n`, then translate).
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.paths import assets_dir
from kiosk.settings import KNOWN_LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"%(?:[1-9]|n)")
CATALOGUES = sorted((assets_dir() / "i18n").glob("kiosk_*.ts"))


def messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).iter("message"))


def test_every_offered_language_has_a_catalogue() -> None:
    names = {path.stem.removeprefix("kiosk_") for path in CATALOGUES}
    assert set(KNOWN_LANGUAGES) <= names


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.stem)
def test_every_message_is_translated_and_placeholders_match(path: Path) -> None:
    problems = []
    for message in messages(path):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        if kind in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{kind}: {source!r}")
            continue
        forms = ([form.text or "" for form in translation.findall("numerusform")]
                 if message.get("numerus") == "yes" else [translation.text or ""])
        for form in forms:
            if not form.strip():
                problems.append(f"empty translation: {source!r}")
            elif sorted(set(PLACEHOLDER.findall(form))) != sorted(set(
                    PLACEHOLDER.findall(source))):
                problems.append(f"placeholders differ: {source!r} -> {form!r}")
    assert problems == []


def _extract(tmp_path: Path, plural_only: bool) -> set[tuple[str, str]]:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    out = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "kiosk" / "ui").rglob("*.py"))
    command = [str(lupdate), *(["-pluralonly"] if plural_only else []), *sources,
               "-ts", str(out)]
    subprocess.run(command, check=True, capture_output=True)
    return _keys(out)


def _keys(path: Path) -> set[tuple[str, str]]:
    tree = ET.parse(path)
    return {(context.findtext("name") or "", message.findtext("source") or "")
            for context in tree.iter("context") for message in context.iter("message")}


@pytest.mark.slow
def test_catalogues_hold_exactly_the_strings_of_the_code(tmp_path: Path) -> None:
    every_string = _extract(tmp_path, plural_only=False)
    plural_strings = _extract(tmp_path, plural_only=True)
    for path in CATALOGUES:
        wanted = plural_strings if path.stem == "kiosk_en" else every_string
        assert _keys(path) == wanted, f"{path.name} is out of date: run `make i18n`"


def test_no_english_left_in_other_languages() -> None:
    """A translation identical to its English source is English left on a foreign screen
    (a few words are the same in every language, like "PV")."""
    same_everywhere = {"PV", "OK", "Correction",      # "Correction" is French as well
                       "MMMM yyyy"}                   # a date pattern, not words
    for path in CATALOGUES:
        if path.stem in ("kiosk_en",):
            continue
        for message in messages(path):
            source = message.findtext("source") or ""
            text = message.findtext("translation") or ""
            if message.get("numerus") != "yes" and source not in same_everywhere:
                assert text != source, f"{path.name}: {source!r} left in English"
