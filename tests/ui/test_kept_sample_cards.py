"""The attract screen's sample cards are kept for the next start, and a kept set that does
not match, or is damaged, is never shown: the cards are drawn again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.cards.branding import CardBranding
from kiosk.domain.rules import RuleBook
from kiosk.ui import kept_sample_cards
from kiosk.ui.kept_sample_cards import sample_cards
from kiosk.ui.widgets import card_fan

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Counts the drawings; each is four tiny PNG-signed pictures named after the café."""
    calls: list[str] = []

    def draw(branding: CardBranding, ranks: list[object]) -> list[bytes]:
        calls.append(branding.cafe_name)
        return [PNG + f"{branding.cafe_name} {i}".encode() for i in range(4)]

    monkeypatch.setattr(card_fan, "sample_card_pngs", draw)
    return calls


def test_drawn_once_then_read_back(tmp_path: Path, rules: RuleBook, drawn: list[str]) -> None:
    branding, ranks = CardBranding("Café A"), list(rules.ranks)
    first = sample_cards(tmp_path / "cache", branding, ranks)
    again = sample_cards(tmp_path / "cache", branding, ranks)
    assert drawn == ["Café A"]
    assert again == first and len(first) == 4


def test_a_new_name_logo_or_ladder_draws_them_again(tmp_path: Path, rules: RuleBook,
                                                    drawn: list[str]) -> None:
    ranks = list(rules.ranks)
    sample_cards(tmp_path, CardBranding("Café A"), ranks)
    renamed = sample_cards(tmp_path, CardBranding("Café B"), ranks)
    assert renamed[0].endswith(b"Caf\xc3\xa9 B 0")
    sample_cards(tmp_path, CardBranding("Café B", logo=b"logo"), ranks)
    sample_cards(tmp_path, CardBranding("Café B", logo=b"logo"), ranks[:-1])
    assert drawn == ["Café A", "Café B", "Café B", "Café B"]


def test_a_new_version_of_the_kiosk_draws_them_again(
        tmp_path: Path, rules: RuleBook, drawn: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    branding, ranks = CardBranding("Café A"), list(rules.ranks)
    sample_cards(tmp_path, branding, ranks)
    monkeypatch.setattr(kept_sample_cards, "code_fingerprint", lambda: "another version")
    sample_cards(tmp_path, branding, ranks)
    assert len(drawn) == 2


@pytest.mark.parametrize("damage", ["truncated", "not a png", "garbage key file",
                                    "sizes lie", "no pictures"])
def test_a_damaged_set_is_drawn_again(tmp_path: Path, rules: RuleBook, drawn: list[str],
                                      damage: str) -> None:
    branding, ranks = CardBranding("Café A"), list(rules.ranks)
    sample_cards(tmp_path, branding, ranks)
    data, meta = tmp_path / "sample-cards.bin", tmp_path / "sample-cards.json"
    key = json.loads(meta.read_text())["key"]
    if damage == "truncated":                    # power cut while the pictures were written
        data.write_bytes(data.read_bytes()[:-5])
    elif damage == "not a png":
        data.write_bytes(b"X" + data.read_bytes()[1:])
    elif damage == "garbage key file":
        meta.write_text("{not json")
    elif damage == "sizes lie":
        meta.write_text(json.dumps({"key": key, "sizes": [-3, 10**6]}))
    else:
        meta.write_text(json.dumps({"key": key, "sizes": []}))
    cards = sample_cards(tmp_path, branding, ranks)
    assert len(drawn) == 2 and len(cards) == 4
    assert sample_cards(tmp_path, branding, ranks) == cards      # kept afresh
    assert len(drawn) == 2


def test_a_cache_that_cannot_be_written_still_gives_cards(
        tmp_path: Path, rules: RuleBook, drawn: list[str],
        caplog: pytest.LogCaptureFixture) -> None:
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the folder should be")
    cards = sample_cards(blocked, CardBranding("Café A"), list(rules.ranks))
    assert len(cards) == 4
    assert "not kept" in caplog.text


def test_the_real_cards_round_trip(tmp_path: Path, rules: RuleBook) -> None:
    """Real card art (Pillow): what is read back is what was drawn, byte for byte."""
    branding, ranks = CardBranding("Idol Café"), list(rules.ranks)
    drawn = sample_cards(tmp_path, branding, ranks)
    assert len(drawn) == 4 and all(png.startswith(PNG) for png in drawn)
    assert sample_cards(tmp_path, branding, ranks) == drawn
