from __future__ import annotations

import io

import pytest
from fontTools.ttLib import TTFont
from PIL import Image, ImageFont

from kiosk.cards.art import (
    CARD_PX,
    CardFace,
    SlipContent,
    render_card_front,
    render_slip,
    to_png,
)
from kiosk.cards.qr import QRTooLarge, qr_matrix
from kiosk.domain.rules import RuleBook
from kiosk.paths import assets_dir, font_path
from kiosk.services.card_issue import CardIssuer, credentials_slip
from kiosk.services.registration import RegistrationRequest
from tests.conftest import BRANDING, artifacts_dir
from tests.support.qr import qr_texts


def decode_qr(png: bytes) -> list[str]:
    image = Image.open(io.BytesIO(png))
    return qr_texts(image)


def test_card_png_is_cr80_at_300_dpi_and_its_qr_decodes_to_the_token(
        issuer: CardIssuer) -> None:
    card = issuer.issue(RegistrationRequest.new("タナカ ミライ", "ja", True))
    image = Image.open(io.BytesIO(card.card_png))
    assert image.size == CARD_PX == (1011, 638)
    assert image.info["dpi"] == pytest.approx((300, 300), abs=0.01)
    assert decode_qr(card.card_png) == [card.issued.token]
    (artifacts_dir("cards") / "card_front_rank1.png").write_bytes(card.card_png)
    slip = credentials_slip(card.issued, BRANDING)            # as the kiosk prints it
    (artifacts_dir("cards") / "slip.png").write_bytes(to_png(render_slip(slip)))


@pytest.mark.parametrize("rank_index", range(10))
def test_every_rank_colour_keeps_the_qr_readable(rules: RuleBook, rank_index: int,
                                                 issuer: CardIssuer) -> None:
    token = issuer.issue(RegistrationRequest.new("Alexander Smithson", "en", True)).issued.token
    rank = rules.ranks[rank_index]
    png = to_png(render_card_front(CardFace("ゼネラル・ミライ☆", "001-0000001-1", rank, token)))
    assert decode_qr(png) == [token]
    (artifacts_dir("cards") / f"card_front_rank{rank.number}.png").write_bytes(png)


def test_slip_renders_the_credentials() -> None:
    image = render_slip(SlipContent("ミク", "001-0000001-1", "kq7mxtar", "AbCd3EfGh4",
                                    "https://producer.example.cafe/login"))
    assert image.width == 945 and image.height > 600


def test_oversized_data_is_a_domain_error() -> None:
    with pytest.raises(QRTooLarge):
        qr_matrix("A" * 5000)


def _missing_glyphs(text: str, bold: bool) -> set[str]:
    """Characters the bundled card font would draw as tofu (the .notdef box)."""
    font = ImageFont.truetype(str(font_path("Bold" if bold else "Regular")), 40)
    notdef = font.getmask("\U0010fffd").getbbox(), bytes(font.getmask("\U0010fffd"))
    return {ch for ch in set(text) if ch.strip() and
            (font.getmask(ch).getbbox(), bytes(font.getmask(ch))) == notdef}


def test_card_font_covers_everything_a_card_can_show(rules: RuleBook) -> None:
    """The card prints the rank's Japanese and English names (never the others)."""
    texts = ["".join(r.name_ja + r.name_en for r in rules.ranks),
             (assets_dir() / "i18n" / "kiosk_ja.ts").read_text(encoding="utf-8"),
             "アイウエオカキクケコガギグゲゴパピプペポァィゥェォッャュョヮヴー・☆♪",
             "ABCxyz0123456789éèàüñçÉÀÖ'-.", "PRODUCER CARD プロデューサー証 No."]
    for bold in (False, True):
        assert _missing_glyphs("".join(texts), bold) == set()


@pytest.mark.parametrize("language", ["ja", "en", "zh_CN", "zh_TW", "ko", "th", "es", "fr"])
def test_each_language_is_covered_by_its_fonts(language: str) -> None:
    """Every character of a catalogue is in one of the fonts the UI tries for it."""
    order = {"zh_CN": "SC", "zh_TW": "TC", "ko": "KR", "th": "Thai"}
    names = [f"NotoSans{order[language]}" if language in order else "NotoSansJP",
             "NotoSansJP", "NotoSansThai"]
    text = (assets_dir() / "i18n" / f"kiosk_{language}.ts").read_text(encoding="utf-8")
    text += (assets_dir() / "rules.toml").read_text(encoding="utf-8")   # rank names
    for weight in ("Regular", "Bold"):
        covered: set[int] = set()
        for name in names:
            path = next((assets_dir() / "fonts").glob(f"{name}-{weight}.*"))
            covered |= set(TTFont(path)["cmap"].getBestCmap())
        missing = {ch for ch in text if ch.strip() and ord(ch) not in covered}
        assert missing == set(), (language, weight)


def test_a_character_outside_the_card_font_is_detected() -> None:
    assert _missing_glyphs("ก", bold=False) == {"ก"}   # Thai: not in the Japanese subset
