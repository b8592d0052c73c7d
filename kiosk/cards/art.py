"""Card and slip artwork, drawn with Pillow at print resolution.

The card front is an ISO/IEC 7810 ID-1 (CR80) card, 85.6 × 54 mm, drawn at 300 dpi in the
colour of the producer's rank: café name band, name, rank, producer number and the QR code.
The credentials slip carries the website login ID and initial password, the one place they
exist after the card screen closes. Text uses the bundled Noto Sans JP subset so a fresh
machine draws katakana and kanji, never tofu. Outputs are PNG bytes, usable by the screen
(QPixmap), the printer adapter and tests (zxing-cpp reads the QR back).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from kiosk.cards.qr import QUIET_ZONE_MODULES, qr_matrix
from kiosk.domain.credentials import group_for_reading
from kiosk.domain.rules import Rank
from kiosk.paths import font_path

DPI = 300
CARD_MM = (85.6, 54.0)
SLIP_WIDTH_MM = 80.0


def mm_to_px(mm: float, dpi: int = DPI) -> int:
    return round(mm / 25.4 * dpi)


CARD_PX = (mm_to_px(CARD_MM[0]), mm_to_px(CARD_MM[1]))   # 1011 × 638


@dataclass(frozen=True)
class CardFace:
    nickname: str
    producer_number: str
    rank: Rank
    token: str
    cafe_name: str = "IDOL CAFÉ"


@dataclass(frozen=True)
class SlipContent:
    nickname: str
    producer_number: str
    login_id: str
    password: str
    website: str
    cafe_name: str = "IDOL CAFÉ"


@lru_cache(maxsize=64)
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path("Bold" if bold else "Regular")), size)


def _fitted(draw: ImageDraw.ImageDraw, text: str, max_width: int, size: int,
            bold: bool = False, min_size: int = 18) -> ImageFont.FreeTypeFont:
    """The largest font ≤ `size` in which `text` fits `max_width` (long names shrink)."""
    while size > min_size and draw.textlength(text, font=_font(size, bold)) > max_width:
        size -= 2
    return _font(size, bold)


def _hex(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _mix(a: tuple[int, int, int], b: tuple[int, int, int], t: float) -> tuple[int, int, int]:
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t),
            round(a[2] + (b[2] - a[2]) * t))


def paint_qr(image: Image.Image, data: str, left: int, top: int, size: int) -> int:
    """Paint `data` as a QR code (white quiet zone included) into a `size` square.

    Modules are whole pixels so scanners see crisp edges; returns the pixels per module.
    """
    matrix = qr_matrix(data)
    modules = len(matrix) + 2 * QUIET_ZONE_MODULES
    scale = size // modules
    if scale < 1:
        raise ValueError("QR area too small for this token")
    drawn = scale * modules
    offset_x, offset_y = left + (size - drawn) // 2, top + (size - drawn) // 2
    draw = ImageDraw.Draw(image)
    draw.rectangle((offset_x, offset_y, offset_x + drawn - 1, offset_y + drawn - 1),
                   fill="white")
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                px = offset_x + (x + QUIET_ZONE_MODULES) * scale
                py = offset_y + (y + QUIET_ZONE_MODULES) * scale
                draw.rectangle((px, py, px + scale - 1, py + scale - 1), fill="black")
    return scale


def render_card_front(face: CardFace) -> Image.Image:
    width, height = CARD_PX
    base = _hex(face.rank.card_colour)
    ink = (255, 255, 255) if face.rank.is_dark else (40, 24, 48)
    accent = (232, 62, 140)
    image = Image.new("RGB", CARD_PX, base)
    draw = ImageDraw.Draw(image)
    # Soft diagonal sheen so even the white card looks like a card, not a sheet of paper.
    sheen = _mix(base, (255, 255, 255) if not face.rank.is_dark else (90, 90, 90), 0.35)
    draw.polygon([(width * 0.45, 0), (width * 0.75, 0), (width * 0.35, height),
                  (width * 0.05, height)], fill=sheen)
    # Header band: café name and the card's title, in both languages.
    band = 104
    draw.rectangle((0, 0, width, band), fill=accent)
    draw.text((40, band // 2), face.cafe_name, font=_font(40, True), fill="white", anchor="lm")
    draw.text((width - 40, band // 2), "PRODUCER CARD  プロデューサー証", font=_font(30, True),
              fill="white", anchor="rm")
    # QR on the right, on its white quiet zone.
    qr_size = 400
    qr_left, qr_top = width - qr_size - 36, band + (height - band - qr_size) // 2 + 6
    paint_qr(image, face.token, qr_left, qr_top, qr_size)
    # Name, rank and number on the left.
    text_left, text_width = 44, qr_left - 44 - 28
    muted = _mix(ink, base, 0.35)
    draw.text((text_left, band + 40), "PRODUCER / プロデューサー", font=_font(24), fill=muted)
    draw.text((text_left, band + 78), face.nickname,
              font=_fitted(draw, face.nickname, text_width, 70, True), fill=ink)
    draw.text((text_left, band + 200), face.rank.name_ja,
              font=_fitted(draw, face.rank.name_ja, text_width, 38, True), fill=ink)
    draw.text((text_left, band + 250), face.rank.name_en.upper(), font=_font(26), fill=muted)
    draw.text((text_left, height - 110), "No.", font=_font(26), fill=muted)
    draw.text((text_left, height - 80), face.producer_number,
              font=_fitted(draw, face.producer_number, text_width, 46, True), fill=ink)
    # A thin rank-number pip row: how far up the ladder this card is.
    for i in range(10):
        x = text_left + i * 26
        filled = i < face.rank.number
        draw.ellipse((x, band + 300, x + 16, band + 316),
                     fill=accent if filled else None, outline=accent, width=2)
    return image


def render_slip(slip: SlipContent) -> Image.Image:
    """The credentials slip: 80 mm wide, for a receipt printer or cut from A4."""
    width = mm_to_px(SLIP_WIDTH_MM)
    margin = 40
    inner = width - 2 * margin
    lines: list[tuple[str, ImageFont.FreeTypeFont, str, int]] = []
    probe = ImageDraw.Draw(Image.new("RGB", (1, 1)))

    def add(text: str, size: int, bold: bool = False, colour: str = "black", gap: int = 12
            ) -> None:
        lines.append((text, _fitted(probe, text, inner, size, bold), colour, gap))

    add(slip.cafe_name, 44, True, "#E83E8C")
    add("プロデューサー登録のご案内", 36, True)
    add("Your producer login", 30, False, "#555555", 36)
    add("お名前 / Name", 26, False, "#555555", 4)
    add(slip.nickname, 44, True, gap=24)
    add("プロデューサー番号 / Producer No.", 26, False, "#555555", 4)
    add(slip.producer_number, 44, True, gap=24)
    add("ログインID / Login ID", 26, False, "#555555", 4)
    add(group_for_reading(slip.login_id), 56, True, gap=24)
    add("パスワード / Password", 26, False, "#555555", 4)
    add(group_for_reading(slip.password, 5), 56, True, gap=32)
    add(slip.website, 30, True, "#E83E8C", 24)
    add("初回ログイン後、パスワードを変更してください。", 24)
    add("Please change your password after your first login.", 24, gap=16)
    add("この紙は大切に保管し、他の人に見せないでください。", 24)
    add("Keep this slip safe and do not show it to anyone.", 24, gap=8)
    height = int(margin * 2 + sum(font.size + 10 + gap for _, font, _, gap in lines))
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    y = margin
    for text, font, colour, gap in lines:
        draw.text((margin, y), text, font=font, fill=colour)
        y += int(font.size) + 10 + gap
    return image


def to_png(image: Image.Image, dpi: int = DPI) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(dpi, dpi), optimize=False, compress_level=1)
    return out.getvalue()
