"""Card and slip artwork, drawn with Pillow at print resolution.

The card front is an ISO/IEC 7810 ID-1 (CR80) card, 85.6 × 54 mm, drawn at 300 dpi in the
colour of the producer's rank: café band (the café's logo, when it has one, and its name),
name, rank, producer number and the QR code; its back says how to use it.
The credentials slip carries the website login ID and initial password, the one place they
exist after the card screen closes. Text uses the bundled Noto Sans JP subset so a fresh
machine draws katakana and kanji, never tofu. Outputs are PNG bytes, usable by the screen
(QPixmap), the printer adapter and tests (zxing-cpp reads the QR back).
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont, ImageOps

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
HEADER_BAND_PX = 104             # the accent band across the top: logo, café name, title
LOGO_MAX_PX = (220, 76)          # the logo's box at the band's left (about 19 × 6 mm)
QR_SIDE_PX = 400
CARD_TITLE = "PRODUCER CARD  プロデューサー証"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CardFace:
    nickname: str
    producer_number: str
    rank: Rank
    token: str
    cafe_name: str = "IDOL CAFÉ"
    logo_image: bytes | None = None     # the café logo file's bytes (PNG or JPEG)


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


def qr_area() -> tuple[int, int, int, int]:
    """The card front's QR square (left, top, right, bottom), quiet zone included."""
    width, height = CARD_PX
    left = width - QR_SIDE_PX - 36
    top = HEADER_BAND_PX + (height - HEADER_BAND_PX - QR_SIDE_PX) // 2 + 6
    return left, top, left + QR_SIDE_PX, top + QR_SIDE_PX


def _logo(data: bytes) -> Image.Image | None:
    """The logo scaled to fit `LOGO_MAX_PX`, or None when its bytes are not a PNG/JPEG.

    Settings validate the file when saved and at start; if it was broken since, the card
    is still issued, with the café name alone (a card matters more than its decoration).
    """
    try:
        with Image.open(io.BytesIO(data), formats=["PNG", "JPEG"]) as opened:
            logo = ImageOps.exif_transpose(opened).convert("RGBA")
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        log.warning("café logo not drawn, it cannot be read: %s", exc)
        return None
    scale = min(LOGO_MAX_PX[0] / logo.width, LOGO_MAX_PX[1] / logo.height)
    size = (max(1, round(logo.width * scale)), max(1, round(logo.height * scale)))
    return logo.resize(size, Image.Resampling.LANCZOS)


def _band_lines(draw: ImageDraw.ImageDraw, text: str, max_width: int
                ) -> tuple[list[str], ImageFont.FreeTypeFont]:
    """The café name in the band: one line shrinking to 28 px, else two lines shrinking to
    20 px split where they balance best, else two lines with the second cut short (…)."""
    def width(line: str, font: ImageFont.FreeTypeFont) -> float:
        return draw.textlength(line, font=font)

    for size in range(40, 27, -2):
        if width(text, _font(size, True)) <= max_width:
            return [text], _font(size, True)
    words = text.split(" ")
    if len(words) > 1:
        splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    else:
        splits = [(text[:i], text[i:]) for i in range(1, len(text))] or [(text, "")]
    for size in range(30, 19, -2):
        font = _font(size, True)
        first, second = min(splits, key=lambda s: max(width(s[0], font), width(s[1], font)))
        if max(width(first, font), width(second, font)) <= max_width:
            return [first, second], font
    font = _font(20, True)
    cut = len(text)
    while cut > 1 and width(text[:cut], font) > max_width:
        cut -= 1
    if " " in text[1:cut] and cut < len(text) and text[cut] != " ":
        cut = text.rindex(" ", 1, cut)               # break between words where possible
    first, second = text[:cut].rstrip(), text[cut:].strip()
    while second and width(second + "…", font) > max_width:
        second = second[:-1].rstrip()
    return [first, second + "…"], font


def _draw_band(image: Image.Image, face: CardFace, accent: tuple[int, int, int]) -> None:
    """Logo (if any) and café name at the left, the card's title at the right."""
    width, band = CARD_PX[0], HEADER_BAND_PX
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, band), fill=accent)
    title_font = _font(30, True)
    title_left = width - 40 - round(draw.textlength(CARD_TITLE, font=title_font))
    draw.text((width - 40, band // 2), CARD_TITLE, font=title_font, fill="white", anchor="rm")
    name_left = 40
    logo = _logo(face.logo_image) if face.logo_image is not None else None
    if logo is not None:
        image.paste(logo, (name_left, (band - logo.height) // 2), logo)
        name_left += logo.width + 18
    if not face.cafe_name.strip():
        return
    lines, font = _band_lines(draw, face.cafe_name.strip(), title_left - 32 - name_left)
    line_height = round(font.size * 1.2)
    top = band // 2 - (len(lines) - 1) * line_height // 2
    for i, line in enumerate(lines):
        draw.text((name_left, top + i * line_height), line, font=font, fill="white",
                  anchor="lm")


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
    _draw_band(image, face, accent)
    band = HEADER_BAND_PX
    # QR on the right, on its white quiet zone.
    qr_left, qr_top, _, _ = qr_area()
    paint_qr(image, face.token, qr_left, qr_top, QR_SIDE_PX)
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


BACK_LINES = (
    ("キオスクでこのカードをかざすと、ポイントとランクが見られます。", 26, True),
    ("Scan this card at the kiosk to see your points and rank.", 24, False),
    ("", 14, False),
    ("拾われた方は店舗までお届けください。", 24, True),
    ("If found, please return it to the café.", 22, False),
)


def render_card_back(face: CardFace, website: str = "") -> Image.Image:
    """The back (printed where the card printer does duplex): the café band, how to use
    the card, the website, and the number — nothing a finder could misuse (no QR)."""
    width, height = CARD_PX
    image = Image.new("RGB", CARD_PX, (255, 255, 255))
    _draw_band(image, face, (232, 62, 140))
    draw = ImageDraw.Draw(image)
    inner = width - 88
    y = HEADER_BAND_PX + 40
    for text, size, bold in BACK_LINES:
        font = _fitted(draw, text, inner, size, bold)
        if text:
            draw.text((44, y), text, font=font, fill=(40, 24, 48))
        y += int(font.size) + 14
    if website:
        draw.text((44, y + 12), website, font=_fitted(draw, website, inner, 28, True),
                  fill=(194, 24, 91))
    draw.text((width - 44, height - 36), f"No. {face.producer_number}", font=_font(24),
              fill=(122, 102, 128), anchor="rs")
    return image


def render_slip(slip: SlipContent) -> Image.Image:
    """The credentials slip: 80 mm wide, for a receipt printer or cut from A4. Every line is
    pure black: a thermal printer dithers grey and colour into dots, and the login and the
    password must read at first glance."""
    width = mm_to_px(SLIP_WIDTH_MM)
    margin = 40
    inner = width - 2 * margin
    lines: list[tuple[str, ImageFont.FreeTypeFont, str, int]] = []
    probe = ImageDraw.Draw(Image.new("RGB", (1, 1)))

    def add(text: str, size: int, bold: bool = False, gap: int = 12) -> None:
        lines.append((text, _fitted(probe, text, inner, size, bold), "black", gap))

    add(slip.cafe_name, 44, True)
    add("プロデューサー登録のご案内", 36, True)
    add("Your producer login", 30, False, 36)
    add("お名前 / Name", 26, False, 4)
    add(slip.nickname, 44, True, gap=24)
    add("プロデューサー番号 / Producer No.", 26, False, 4)
    add(slip.producer_number, 44, True, gap=24)
    add("ログインID / Login ID", 26, False, 4)
    add(group_for_reading(slip.login_id), 56, True, gap=24)
    add("パスワード / Password", 26, False, 4)
    add(group_for_reading(slip.password, 5), 56, True, gap=32)
    add(slip.website, 30, True, 24)
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
