"""Demo cast portraits: drawn in code, the same every time, different for each member,
small enough to travel in a data dir."""

from __future__ import annotations

import io
from itertools import pairwise

from PIL import Image

from kiosk.cards.portraits import PORTRAIT_PX, look_for, portrait_png, render_portrait
from kiosk.services.demo import DEMO_CAST


def test_a_portrait_is_the_same_on_every_run() -> None:
    assert portrait_png("mirai", index=0) == portrait_png("mirai", index=0)
    assert render_portrait("someone").tobytes() == render_portrait("someone").tobytes()


def test_every_demo_member_looks_different() -> None:
    looks = [look_for(cast_id, index) for index, (cast_id, _, _) in enumerate(DEMO_CAST)]
    assert len({look.background for look in looks}) == len(DEMO_CAST)
    assert len({look.hair for look in looks}) == len(DEMO_CAST)
    for before, after in pairwise(looks):
        assert before.style != after.style and before.hair != after.hair
    pictures = {render_portrait(cast_id, 64, index).tobytes()
                for index, (cast_id, _, _) in enumerate(DEMO_CAST)}
    assert len(pictures) == len(DEMO_CAST)


def test_a_portrait_is_a_small_square_png() -> None:
    data = portrait_png("sakura", index=1)
    assert len(data) < 40_000
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "PNG" and image.size == (PORTRAIT_PX, PORTRAIT_PX)
        colours = image.convert("RGB").getcolors(PORTRAIT_PX * PORTRAIT_PX)
        assert colours is None or len(colours) > 50          # a picture, not a flat fill
