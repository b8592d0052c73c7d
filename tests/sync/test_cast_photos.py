"""Cast photos: what the office makes of an upload (orientation applied, metadata gone, a
fresh square JPEG; SVG, GIF, corrupt, oversized, huge-picture and polyglot files refused or
defused), and how a kiosk gets it — once, checked against its hash, retried when broken."""

from __future__ import annotations

import hashlib
import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from kiosk.db.models import CastMember
from kiosk.domain.rules import RuleBook
from kiosk.server.models_console import CastPhoto
from kiosk.server.photo_processing import SIZE, PhotoRefused, process_photo
from tests.sync.conftest import RunningOffice, enrolled

RED, BLUE = (220, 20, 30), (20, 40, 220)


def two_colour_jpeg(orientation: int | None = None, size: tuple[int, int] = (400, 300)
                    ) -> bytes:
    """Left half red, right half blue; with an EXIF orientation and a GPS-ish comment."""
    image = Image.new("RGB", size, RED)
    image.paste(BLUE, (size[0] // 2, 0, size[0], size[1]))
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"                 # Make
    if orientation:
        exif[0x0112] = orientation
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes(), quality=95)
    return out.getvalue()


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that says it is `width` × `height` but carries almost no pixels."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body)))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00" * 16)) + chunk(b"IEND", b""))


def test_orientation_is_applied_and_metadata_dropped() -> None:
    photo = process_photo(two_colour_jpeg(orientation=6))      # "rotate 90° clockwise"
    image = Image.open(io.BytesIO(photo.jpeg))
    assert image.format == "JPEG" and image.size == (SIZE, SIZE)
    assert not image.getexif()
    top, bottom = image.getpixel((SIZE // 2, 20)), image.getpixel((SIZE // 2, SIZE - 20))
    assert top[0] > 150 and bottom[2] > 150                     # red above, blue below
    assert b"SecretCam" not in photo.jpeg
    assert photo.sha256 == hashlib.sha256(photo.jpeg).hexdigest()


@pytest.mark.parametrize(("data", "code"), [
    (b"\xff\xd8\xff\xe0" + b"\x00garbage" * 100, "not_an_image"),
    (b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
     "not_an_image"),
    (png_header_only(60_000, 60_000), "too_large_picture"),
    (png_header_only(12_000, 500), "too_large_picture"),
    (png_header_only(50, 50), "too_small_picture"),
    (b"\xff\xd8" + b"\x00" * (9 * 1024 * 1024), "too_big"),
], ids=["corrupt", "svg", "bomb", "too-wide", "tiny", "oversized-file"])
def test_bad_uploads_are_refused(data: bytes, code: str) -> None:
    with pytest.raises(PhotoRefused) as refused:
        process_photo(data)
    assert refused.value.code == code


def test_a_gif_is_refused_and_a_polyglot_comes_out_plain() -> None:
    gif = io.BytesIO()
    Image.new("RGB", (200, 200), RED).save(gif, "GIF")
    with pytest.raises(PhotoRefused) as refused:
        process_photo(gif.getvalue())
    assert refused.value.code == "format"
    polyglot = two_colour_jpeg() + b"PK\x03\x04zip-payload<script>alert(1)</script>"
    photo = process_photo(polyglot)
    assert b"zip-payload" not in photo.jpeg and b"<script>" not in photo.jpeg


def test_a_kiosk_fetches_a_photo_once_and_retries_a_broken_one(
        office: RunningOffice, tmp_path: Path, rules: RuleBook) -> None:
    office.office.set_cast_member("aoi", "葵", "Aoi")
    sha256 = office.office.set_cast_photo("aoi", two_colour_jpeg())
    good = office.office.cast_photo(sha256)
    assert good is not None
    with office.office.db.connection_context():                # the office's copy damaged
        CastPhoto.update(jpeg=b"not the photo").where(CastPhoto.sha256 == sha256).execute()
    kiosk = enrolled(office, tmp_path / "kiosk", rules, "entrance")
    with kiosk:
        kiosk.engine().sync_once()
        assert CastMember.get(CastMember.cast_id == "aoi").photo != \
            f"cast-photos/office-{sha256[:32]}.jpg"
    with office.office.db.connection_context():
        CastPhoto.update(jpeg=good).where(CastPhoto.sha256 == sha256).execute()
    with kiosk:
        kiosk.engine().sync_once()
        member = CastMember.get(CastMember.cast_id == "aoi")
    saved = kiosk.dir / str(member.photo)
    assert member.photo == f"cast-photos/office-{sha256[:32]}.jpg"
    assert hashlib.sha256(saved.read_bytes()).hexdigest() == sha256
    modified = saved.stat().st_mtime_ns
    with kiosk:
        kiosk.engine().sync_once()                              # nothing fetched again
    assert saved.stat().st_mtime_ns == modified
