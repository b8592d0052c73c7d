"""The café logo in the card's header band: scaled to fit, never near the QR."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageChops, ImageDraw

from kiosk.cards.art import (
    CARD_PX,
    HEADER_BAND_PX,
    CardFace,
    qr_area,
    render_card_front,
    to_png,
)
from kiosk.domain.rules import RuleBook
from kiosk.services.card_issue import CardIssuer
from kiosk.services.registration import RegistrationRequest
from tests.cards.test_art import decode_qr
from tests.conftest import artifacts_dir


def logo_bytes(size: tuple[int, int], fmt: str = "PNG", mode: str = "RGBA") -> bytes:
    """A recognisable logo: a white disc with a dark ring on transparency (or white)."""
    image = Image.new(mode, size, (0, 0, 0, 0) if mode == "RGBA" else "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse((2, 2, size[0] - 3, size[1] - 3), fill="white", outline=(30, 30, 80),
                 width=max(2, min(size) // 12))
    out = io.BytesIO()
    image.save(out, format=fmt)
    return out.getvalue()


@pytest.fixture
def token(issuer: CardIssuer) -> str:
    return issuer.issue(RegistrationRequest.new("タナカ ミライ", "ja", True)).issued.token


@pytest.mark.parametrize(("size", "fmt", "mode"), [
    ((400, 400), "PNG", "RGBA"), ((1200, 200), "PNG", "RGBA"), ((60, 300), "JPEG", "RGB"),
    ((16, 16), "PNG", "RGBA")])
def test_a_logo_stays_in_the_band_and_the_qr_still_decodes(
        rules: RuleBook, token: str, size: tuple[int, int], fmt: str, mode: str) -> None:
    rank = rules.ranks[0]
    plain = render_card_front(CardFace("タナカ ミライ", "001-0000001-1", rank, token))
    with_logo = render_card_front(CardFace("タナカ ミライ", "001-0000001-1", rank, token,
                                           logo_image=logo_bytes(size, fmt, mode)))
    assert with_logo.size == CARD_PX
    png = to_png(with_logo)
    assert decode_qr(png) == [token]
    changed = ImageChops.difference(plain, with_logo).getbbox()
    assert changed is not None and changed[3] <= HEADER_BAND_PX   # only the band changed
    left, top, right, bottom = qr_area()
    assert ImageChops.difference(plain.crop((left, top, right, bottom)),
                                 with_logo.crop((left, top, right, bottom))).getbbox() is None
    (artifacts_dir("cards") / f"card_front_logo_{size[0]}x{size[1]}.png").write_bytes(png)


def test_no_logo_is_todays_card(rules: RuleBook, token: str) -> None:
    face = CardFace("ミク", "001-0000001-1", rules.ranks[3], token)
    assert face.logo_image is None
    assert decode_qr(to_png(render_card_front(face))) == [token]


@pytest.mark.parametrize("cafe_name", ["IDOL CAFÉ", "カフェ☆ミライ 秋葉原本店",
                                       "The Very Long Name Of An Idol Café Branch",
                                       "アイドルカフェ・プロデューサーズ・ラウンジ秋葉原駅前本店スペシャル"])
@pytest.mark.parametrize("with_logo", [False, True])
def test_long_cafe_names_never_run_into_the_title(rules: RuleBook, token: str,
                                                  cafe_name: str, with_logo: bool) -> None:
    """The title sits at the band's right; the name (and logo) must end before it."""
    logo = logo_bytes((600, 200)) if with_logo else None
    rank = rules.ranks[0]
    image = render_card_front(CardFace("ミク", "001-0000001-1", rank, token, cafe_name[:40],
                                       logo_image=logo))
    untitled = render_card_front(CardFace("ミク", "001-0000001-1", rank, token, "",
                                          logo_image=None))
    # Where the title is drawn: compare a card whose band is empty of name and logo.
    band = (0, 0, CARD_PX[0], HEADER_BAND_PX)
    title_only = untitled.crop(band)
    accent = title_only.getpixel((5, 5))
    title_left = next(x for x in range(CARD_PX[0])
                      if any(title_only.getpixel((x, y)) != accent
                             for y in range(HEADER_BAND_PX)))
    left_part = image.crop((0, 0, title_left - 8, HEADER_BAND_PX))
    right_part = image.crop((title_left - 8, 0, CARD_PX[0], HEADER_BAND_PX))
    assert ImageChops.difference(right_part, title_only.crop(
        (title_left - 8, 0, CARD_PX[0], HEADER_BAND_PX))).getbbox() is None
    assert ImageChops.difference(left_part, untitled.crop(
        (0, 0, title_left - 8, HEADER_BAND_PX))).getbbox() is not None   # the name is there
    assert decode_qr(to_png(image)) == [token]


def test_a_logo_broken_since_it_was_checked_still_gives_a_card(
        rules: RuleBook, token: str, caplog: pytest.LogCaptureFixture) -> None:
    face = CardFace("ミク", "001-0000001-1", rules.ranks[0], token)
    broken = CardFace("ミク", "001-0000001-1", rules.ranks[0], token,
                      logo_image=logo_bytes((200, 100))[:60])
    with caplog.at_level("WARNING", logger="kiosk.cards.art"):
        image = render_card_front(broken)
    assert "café logo not drawn" in caplog.text
    assert ImageChops.difference(image, render_card_front(face)).getbbox() is None


def test_the_card_back_says_how_to_use_it_and_has_no_qr(rules: RuleBook) -> None:
    """The back is printed where the printer does duplex: no QR a finder could scan."""
    import zxingcpp

    from kiosk.cards.art import CARD_PX, CardFace, render_card_back

    back = render_card_back(CardFace("ミク", "007-0000001-5", rules.ranks[0], "token",
                                     "IDOL CAFÉ"), "https://producer.example.cafe/login")
    assert back.size == CARD_PX
    assert zxingcpp.read_barcodes(back) == []
    colours = back.convert("RGB").resize((64, 64)).getcolors(64 * 64)
    assert colours is not None and len(colours) > 8          # text was drawn
