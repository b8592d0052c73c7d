"""The cast roster at the console, in a real browser: a member added, a phone's photo
uploaded (EXIF and all), and a kiosk has it after one sync — the same bytes the office
serves the website; an SVG upload is refused with a reason and changes nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

from playwright.sync_api import Page, expect

from kiosk.db.models import CastMember
from kiosk.domain.rules import RuleBook
from tests.console.conftest import owner_signed_in
from tests.sync.conftest import RunningOffice, enrolled
from tests.sync.test_cast_photos import two_colour_jpeg


def test_a_photo_reaches_a_kiosk_in_one_sync(console: Page, office: RunningOffice,
                                             tmp_path: Path, rules: RuleBook) -> None:
    kiosk = enrolled(office, tmp_path / "kiosk", rules, "entrance")
    owner_signed_in(console, office)
    console.goto("/console/cast")
    console.fill("#cast_id", "hikari")
    console.fill("#name_ja", "ヒカリ")
    console.fill("#name_en", "Hikari")
    console.click("form[action='/console/cast'] button[type=submit]")
    expect(console.locator(".notice")).to_be_visible()
    photo = tmp_path / "IMG_0042.JPG"
    photo.write_bytes(two_colour_jpeg(orientation=6))
    form = console.locator("form[action='/console/cast/hikari/photo']")
    form.locator("input[type=file]").set_input_files(str(photo))
    form.locator("button").click()
    expect(console.locator("img.thumb")).to_be_visible()
    sha256 = next(c.photo_sha256 for c in office.office.cast() if c.cast_id == "hikari")
    with kiosk:
        kiosk.engine().sync_once()
        member = CastMember.get(CastMember.cast_id == "hikari")
    assert hashlib.sha256((kiosk.dir / str(member.photo)).read_bytes()).hexdigest() == sha256
    served = console.request.get(f"/cast-photos/{sha256}.jpg")
    assert served.status == 200 and "immutable" in served.headers["cache-control"]
    svg = tmp_path / "evil.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    form = console.locator("form[action='/console/cast/hikari/photo']")
    form.locator("input[type=file]").set_input_files(str(svg))
    form.locator("button").click()
    expect(console.locator(".alert")).to_be_visible()
    assert next(c.photo_sha256 for c in office.office.cast() if c.cast_id == "hikari") == sha256
