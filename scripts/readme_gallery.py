"""Pick the README's screenshots from a `make gallery` run and shrink them for the page.

`make readme-gallery` renders Japanese and Thai (a customer from abroad) portrait screens
with the gallery command, then keeps the screens the README shows, 360 px wide, in
docs/gallery/. Run it after a screen changes; the PNGs are committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

SCREENS = ("attract", "welcome", "name", "confirm", "card_ready", "balance", "push",
           "push_celebration", "explainer2", "ranking_board", "staff_home", "staff_queue",
           "staff_purchase", "balance_accessible")
LANGUAGES = ("ja", "th")
WIDTH = 360


def main(argv: list[str]) -> int:
    source, target = Path(argv[0]), Path(argv[1])
    target.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        for screen in SCREENS:
            # `make gallery --accessible` names its shots <screen>_<lang>_<size>_accessible.
            base, accessible, _ = screen.partition("_accessible")
            path = source / f"{base}_{language}_1080x1920{accessible}.png"
            with Image.open(path) as image:
                height = round(image.height * WIDTH / image.width)
                small = image.convert("RGB").resize((WIDTH, height), Image.Resampling.LANCZOS)
                small.save(target / f"{screen}_{language}.png", optimize=True)
    print(f"wrote {len(SCREENS) * len(LANGUAGES)} screenshots to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
