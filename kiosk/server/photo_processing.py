"""A cast member's photo as uploaded by a manager, made safe and the right size.

Only JPEG and PNG are accepted (an SVG, a GIF or anything else is refused by what the bytes
are, not by the file name); the size is checked before the pixels are decoded (a small file
can claim a huge picture); the camera's EXIF orientation is applied and every bit of
metadata is dropped (location, camera, owner); the picture is cropped to a square around its
middle-top (faces) and re-encoded as a fresh JPEG, so nothing of the upload survives but its
pixels — a polyglot file (a JPEG that is also a ZIP or an HTML page) comes out a plain JPEG.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

MAX_UPLOAD_BYTES = 8 * 1024 * 1024
MAX_SIDE = 10_000                  # pixels a side in the upload
MIN_SIDE = 120
SIZE = 720                         # the square kept: the kiosk's push tiles and the website
ACCEPTED = ("JPEG", "PNG")


class PhotoRefused(ValueError):
    """`code`: too_big, not_an_image, format, too_large_picture, too_small_picture."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Photo:
    jpeg: bytes
    sha256: str


def process_photo(data: bytes) -> Photo:
    if len(data) > MAX_UPLOAD_BYTES:
        raise PhotoRefused("too_big")
    try:
        with Image.open(io.BytesIO(data)) as probe:
            kind = probe.format
            width, height = probe.size
    except Image.DecompressionBombError as exc:        # claims more pixels than Pillow takes
        raise PhotoRefused("too_large_picture") from exc
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise PhotoRefused("not_an_image") from exc
    if kind not in ACCEPTED:
        raise PhotoRefused("format")
    if max(width, height) > MAX_SIDE:
        raise PhotoRefused("too_large_picture")
    if min(width, height) < MIN_SIDE:
        raise PhotoRefused("too_small_picture")
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            upright = ImageOps.exif_transpose(image)
            rgb = upright.convert("RGB")
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        raise PhotoRefused("not_an_image") from exc
    side = min(rgb.size)
    left = (rgb.width - side) // 2
    top = (rgb.height - side) // 4             # a portrait's face sits above the middle
    square = rgb.crop((left, top, left + side, top + side)).resize(
        (SIZE, SIZE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    square.save(out, "JPEG", quality=86, optimize=True, progressive=True)
    jpeg = out.getvalue()
    return Photo(jpeg, hashlib.sha256(jpeg).hexdigest())
