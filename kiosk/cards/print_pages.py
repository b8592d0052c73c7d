"""The PDFs a printer is sent: a card fitted exactly to the driver's card page, and a
credentials slip laid out inside the driver's printable area.

Pages are exactly the driver's size in points (no rounding: Pillow writes the media box with
the resolution worked out for each axis). A card page may be upright (Evolis, Magicard) or
landscape (Zebra, Fargo), exact or with bleed: the landscape card art is turned a quarter
for an upright page and scaled to cover the page edge to edge (a bleed page crops under a
millimetre at the edges, which is what the bleed is for). Pure Pillow: no Qt, no CUPS.
"""

from __future__ import annotations

import io

from PIL import Image, ImageOps

from kiosk.domain.print_media import MM_PER_PT, MediaSize

CARD_DPI = 300
SLIP_DPI = 203            # thermal receipt printers print at 203 dpi (8 dots per mm)
SLIP_NATURAL_MM = 80.0    # the slip's own width: wider paper gets margins, not a poster


def _pixels(points: float, dpi: int) -> int:
    return max(1, round(points / 72 * dpi))


def _pdf(pages: list[Image.Image], media: MediaSize) -> bytes:
    first = pages[0]
    out = io.BytesIO()
    first.save(out, "PDF", save_all=True, append_images=pages[1:],
               dpi=(first.width * 72 / media.width_pt, first.height * 72 / media.height_pt))
    return out.getvalue()


def card_page(png: bytes, media: MediaSize, dpi: int = CARD_DPI) -> Image.Image:
    """One side of the card, turned and scaled to cover `media` exactly."""
    with Image.open(io.BytesIO(png)) as opened:
        image = opened.convert("RGB")
    if media.upright != (image.height > image.width):
        image = image.transpose(Image.Transpose.ROTATE_90)
    size = (_pixels(media.width_pt, dpi), _pixels(media.height_pt, dpi))
    return ImageOps.fit(image, size, Image.Resampling.LANCZOS)


def card_pdf(front_png: bytes, back_png: bytes | None, media: MediaSize) -> bytes:
    """The card's front (and back) as pages of exactly `media`'s size."""
    pages = [card_page(front_png, media)]
    if back_png is not None:
        pages.append(card_page(back_png, media))
    return _pdf(pages, media)


def slip_pdf(slip_png: bytes, media: MediaSize, dpi: int = SLIP_DPI) -> bytes:
    """The slip on `media`: as wide as the printable area allows, from its top; the page is
    white outside it. Grey and colour become black (see `render_slip`)."""
    with Image.open(io.BytesIO(slip_png)) as opened:
        slip = opened.convert("L")
    page = Image.new("L", (_pixels(media.width_pt, dpi), _pixels(media.height_pt, dpi)), 255)
    left, bottom, right, top = media.margins_pt
    room_w = page.width - _pixels(left + right, dpi)
    room_h = page.height - _pixels(top + bottom, dpi)
    natural_w = _pixels(SLIP_NATURAL_MM / MM_PER_PT, dpi)   # no poster on an A4 sheet
    scale = min(min(room_w, natural_w) / slip.width, room_h / slip.height)
    fitted = slip.resize((max(1, int(slip.width * scale)), max(1, int(slip.height * scale))),
                         Image.Resampling.LANCZOS)
    page.paste(fitted, (_pixels(left, dpi), _pixels(top, dpi)))
    return _pdf([page], media)
