"""The small TOML writer and the atomic file replace behind `save_settings`."""

from __future__ import annotations

import tempfile
import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.settings import load_settings, save_settings
from kiosk.settings_file import dump_toml, toml_string, write_atomically

# Any text TOML can carry: everything but lone surrogates (not encodable as UTF-8).
text = st.text(st.characters(exclude_categories=["Cs"]))
keys = st.text(st.characters(exclude_categories=["Cs"]), min_size=1)
values = st.one_of(text, st.integers(min_value=-(2**63), max_value=2**63 - 1), st.booleans(),
                   st.lists(text, max_size=5))


@given(st.dictionaries(keys, values, max_size=8))
def test_dump_round_trips_through_tomllib(table: dict[str, object]) -> None:
    assert tomllib.loads(dump_toml(table)) == table


@given(text)
def test_any_text_survives_as_a_string(value: str) -> None:
    assert tomllib.loads(f"v = {toml_string(value)}")["v"] == value


@pytest.mark.parametrize("tricky", ['say "hi"', "back\\slash", "C:\\new\\table", "line\nbreak",
                                    "cr\r\nlf", "tab\there", "\x00\x1f\x7f", "🎤☆カフェ",
                                    '\\"', "'''", '"""', "\u2028\u2029\ufeff"])
def test_tricky_strings(tricky: str) -> None:
    assert tomllib.loads(dump_toml({"k": tricky, "l": [tricky, tricky]})) == {
        "k": tricky, "l": [tricky, tricky]}


def test_keys_that_are_not_bare_are_quoted() -> None:
    table = {"plain_key-1": 1, "with space": 2, "dotted.key": 3, "": 4, "カフェ": 5}
    assert tomllib.loads(dump_toml(table)) == table


def test_the_header_is_a_comment() -> None:
    dumped = dump_toml({"a": 1}, header="written by staff mode\nsecond line")
    assert dumped.startswith("# written by staff mode\n# second line\n")
    assert tomllib.loads(dumped) == {"a": 1}


@pytest.mark.parametrize("value", [1.5, None, {"a": 1}, b"bytes", "\ud800", [None]])
def test_values_it_cannot_write_are_refused(value: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        dump_toml({"k": value})


@given(text, text)
def test_arbitrary_scanner_affixes_survive_save_and_load(prefix: str, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        saved = save_settings(Path(tmp), {"scanner_prefix": prefix, "scanner_suffix": suffix})
        loaded = load_settings(Path(tmp))
        assert (loaded.scanner_prefix, loaded.scanner_suffix) == (prefix, suffix)
        assert saved == loaded


def test_write_atomically_replaces_and_creates(tmp_path: Path) -> None:
    target = tmp_path / "x.toml"
    write_atomically(target, "a = 1\n")
    assert target.read_text(encoding="utf-8") == "a = 1\n"
    assert target.stat().st_mode & 0o777 == 0o644
    write_atomically(target, "a = 2\n")
    assert target.read_text(encoding="utf-8") == "a = 2\n"
    assert [p.name for p in tmp_path.iterdir()] == ["x.toml"]
