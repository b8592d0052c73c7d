"""Illustrated demo portraits of the cast, drawn with Pillow from the cast id alone.

A demo kiosk (and the screenshot gallery) needs faces on the push screen and the ranking
board, but must not ship or download photos of real people: each demo cast member gets a
stylised avatar instead — her own background, hair colour, hair style and accessory, all
picked from a hash of her id, so the same id always gives the same picture on every machine
and run. The office's real photos replace these when the roster arrives.

Drawn at twice the size and scaled down, which is Pillow's way to smooth edges.
"""

from __future__ import annotations

import hashlib
import io
import math
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter

PORTRAIT_PX = 256                 # stored size: small (≈ 20 kB), sharp at a 128 px tile

_BACKGROUNDS = ("#FFD6E7", "#D7ECFF", "#E3F7D9", "#FFF0C7", "#EADCFF", "#FFDCCF",
                "#CFF4F0", "#F9D9F4")
_HAIR = ("#2B1B17", "#5A3825", "#A0522D", "#E8B860", "#C7385E", "#6A4C9C", "#2F4A8A",
         "#F2A7C3", "#3B3B3B")
_SKIN = ("#FBE3D1", "#F6D3BA", "#EEC3A3", "#F9DCC8")
_EYES = ("#6B3A2E", "#3C5A8C", "#7A4A9E", "#2E6B4F", "#8C3A56")
_ACCENTS = ("#E83E8C", "#FFB400", "#4FC3F7", "#9C6ADE", "#FF7043", "#26A69A")
STYLES = ("bob", "long", "twintails", "ponytail", "bun")
ACCESSORIES = ("ribbon", "star", "flower", "none")


@dataclass(frozen=True)
class PortraitLook:
    """What varies between two demo portraits."""

    background: str
    hair: str
    skin: str
    eyes: str
    accent: str
    style: str
    accessory: str


def look_for(seed: str, index: int | None = None) -> PortraitLook:
    """The look a cast id always gets (a hash, not Python's per-run `hash()`). With the
    member's `index` in a roster, neighbours differ in every trait (a hash alone gives two
    of eight members the same hair now and then)."""
    digest = hashlib.sha256(seed.encode("utf-8")).digest()

    def pick(options: tuple[str, ...], byte: int) -> str:
        if index is not None:
            return options[(index + 3 * byte) % len(options)]
        return options[digest[byte] % len(options)]

    return PortraitLook(pick(_BACKGROUNDS, 0), pick(_HAIR, 1), pick(_SKIN, 2),
                        pick(_EYES, 3), pick(_ACCENTS, 4), pick(STYLES, 5),
                        pick(ACCESSORIES, 6))


def render_portrait(seed: str, size: int = PORTRAIT_PX, index: int | None = None
                    ) -> Image.Image:
    """A square RGB portrait for `seed` (a cast id; `index`: see `look_for`)."""
    look = look_for(seed, index)
    s = size * 2
    image = Image.new("RGB", (s, s), look.background)
    draw = ImageDraw.Draw(image)
    _backdrop(image, s, look)
    draw = ImageDraw.Draw(image)
    _hair_back(draw, s, look)
    _body(draw, s, look)
    _face(draw, s, look)
    _hair_front(draw, s, look)
    _accessory(draw, s, look)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def portrait_png(seed: str, size: int = PORTRAIT_PX, index: int | None = None) -> bytes:
    out = io.BytesIO()
    render_portrait(seed, size, index).save(out, format="PNG", optimize=True)
    return out.getvalue()


# ---- drawing ------------------------------------------------------------------------------

def _u(s: int, *fractions: float) -> tuple[int, ...]:
    """Fractions of the canvas side as pixels (the drawing is resolution-free)."""
    return tuple(round(f * s) for f in fractions)


def _backdrop(image: Image.Image, s: int, look: PortraitLook) -> None:
    """A soft spotlight and dots of the accent colour behind the figure: a stage, not a
    passport photo."""
    glow = Image.new("L", (s, s), 0)
    ImageDraw.Draw(glow).ellipse(_u(s, 0.12, 0.05, 0.88, 0.8), fill=110)
    glow = glow.filter(ImageFilter.GaussianBlur(s // 10))
    image.paste(Image.new("RGB", (s, s), "white"), (0, 0), glow)
    draw = ImageDraw.Draw(image)
    for i, (x, y, r) in enumerate(((0.12, 0.18, 0.035), (0.86, 0.26, 0.025),
                                   (0.8, 0.1, 0.018), (0.18, 0.62, 0.02))):
        colour = look.accent if i % 2 == 0 else "white"
        draw.ellipse(_u(s, x - r, y - r, x + r, y + r), fill=colour)


def _hair_back(draw: ImageDraw.ImageDraw, s: int, look: PortraitLook) -> None:
    hair = look.hair
    if look.style == "long":
        draw.rounded_rectangle(_u(s, 0.22, 0.3, 0.78, 0.92), radius=round(s * 0.16), fill=hair)
    elif look.style == "bob":
        draw.rounded_rectangle(_u(s, 0.24, 0.28, 0.76, 0.66), radius=round(s * 0.14), fill=hair)
    elif look.style == "twintails":
        for x in (0.13, 0.72):
            draw.ellipse(_u(s, x, 0.3, x + 0.15, 0.8), fill=hair)
    elif look.style == "ponytail":
        draw.ellipse(_u(s, 0.62, 0.2, 0.86, 0.72), fill=hair)
    elif look.style == "bun":
        draw.ellipse(_u(s, 0.39, 0.06, 0.61, 0.24), fill=hair)
    draw.ellipse(_u(s, 0.25, 0.14, 0.75, 0.6), fill=hair)            # the crown


def _body(draw: ImageDraw.ImageDraw, s: int, look: PortraitLook) -> None:
    """Shoulders in a café uniform: the accent colour with a white collar."""
    draw.rectangle(_u(s, 0.44, 0.58, 0.56, 0.74), fill=look.skin)      # neck
    draw.rounded_rectangle(_u(s, 0.16, 0.72, 0.84, 1.1), radius=round(s * 0.18),
                           fill=look.accent)
    draw.polygon([_u(s, 0.38, 0.72), _u(s, 0.5, 0.84), _u(s, 0.62, 0.72)], fill="white")
    draw.ellipse(_u(s, 0.475, 0.79, 0.525, 0.84), fill=look.hair)     # a bow's knot


def _face(draw: ImageDraw.ImageDraw, s: int, look: PortraitLook) -> None:
    draw.ellipse(_u(s, 0.31, 0.24, 0.69, 0.66), fill=look.skin)
    for x in (0.39, 0.61):                                             # eyes
        draw.ellipse(_u(s, x - 0.04, 0.42, x + 0.04, 0.52), fill=look.eyes)
        draw.ellipse(_u(s, x - 0.018, 0.435, x + 0.008, 0.46), fill="white")
        draw.arc(_u(s, x - 0.05, 0.4, x + 0.05, 0.48), 200, 340, fill="#2B1B17",
                 width=max(2, s // 120))
    for x in (0.35, 0.65):                                             # blush
        draw.ellipse(_u(s, x - 0.035, 0.53, x + 0.035, 0.56), fill="#F7A8B8")
    draw.arc(_u(s, 0.45, 0.53, 0.55, 0.6), 20, 160, fill="#C2185B", width=max(2, s // 100))


def _hair_front(draw: ImageDraw.ImageDraw, s: int, look: PortraitLook) -> None:
    """Bangs: a fringe over the forehead, cut differently for each style."""
    hair = look.hair
    draw.chord(_u(s, 0.28, 0.16, 0.72, 0.5), 180, 360, fill=hair)
    if look.style in ("bob", "long"):
        draw.pieslice(_u(s, 0.27, 0.2, 0.52, 0.5), 180, 300, fill=hair)
        draw.pieslice(_u(s, 0.48, 0.2, 0.73, 0.5), 240, 360, fill=hair)
    else:
        draw.polygon([_u(s, 0.3, 0.34), _u(s, 0.42, 0.3), _u(s, 0.38, 0.42)], fill=hair)
        draw.polygon([_u(s, 0.7, 0.34), _u(s, 0.56, 0.28), _u(s, 0.62, 0.41)], fill=hair)
    if look.style in ("bob", "long"):                                  # side locks
        for x in (0.27, 0.67):
            draw.rounded_rectangle(_u(s, x, 0.33, x + 0.06, 0.6 if look.style == "bob"
                                      else 0.7), radius=round(s * 0.03), fill=hair)


def _accessory(draw: ImageDraw.ImageDraw, s: int, look: PortraitLook) -> None:
    accent = look.accent
    if look.accessory == "ribbon":
        draw.polygon([_u(s, 0.62, 0.2), _u(s, 0.74, 0.13), _u(s, 0.74, 0.29)], fill=accent)
        draw.polygon([_u(s, 0.62, 0.2), _u(s, 0.5, 0.13), _u(s, 0.52, 0.27)], fill=accent)
        draw.ellipse(_u(s, 0.595, 0.175, 0.645, 0.225), fill="white")
    elif look.accessory == "star":
        cx, cy, r = 0.67, 0.2, 0.06
        points = []
        for i in range(10):
            radius = r if i % 2 == 0 else r * 0.45
            angle = math.pi / 2 + i * math.pi / 5
            points.append(_u(s, cx + radius * math.cos(angle), cy - radius * math.sin(angle)))
        draw.polygon(points, fill="#FFD54F", outline="white")
    elif look.accessory == "flower":
        for dx, dy in ((0, -0.03), (0.03, 0), (0, 0.03), (-0.03, 0)):
            draw.ellipse(_u(s, 0.33 + dx - 0.028, 0.2 + dy - 0.028, 0.33 + dx + 0.028,
                            0.2 + dy + 0.028), fill="white")
        draw.ellipse(_u(s, 0.31, 0.18, 0.35, 0.22), fill=accent)
