"""Developer tool: rebuild the bundled Japanese font subsets in assets/fonts/.

Source: Debian's fonts-noto-cjk (Noto Sans CJK, SIL Open Font License 1.1). We keep Latin
(with accents), kana, punctuation, JIS X 0208 level-1 kanji (the 2,965 everyday kanji) and
every character used by our translations and rules file, so a fresh machine renders every
screen and card without system fonts. Run `make fonts` after adding text with new kanji;
`tests/cards/test_fonts.py` fails if a string needs a glyph the subset lacks.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

ROOT = Path(__file__).resolve().parent.parent
SOURCES = {
    "NotoSansJP-Regular.otf": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "NotoSansJP-Bold.otf": "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
}
RANGES = [
    (0x20, 0x7E), (0xA0, 0x24F), (0x2000, 0x206F), (0x2190, 0x21FF), (0x2460, 0x24FF),
    (0x25A0, 0x25FF), (0x2600, 0x266F), (0x3000, 0x30FF), (0x31F0, 0x31FF), (0xFF01, 0xFF9F),
]


def jis_level1_kanji() -> set[str]:
    chars = set()
    for row in range(0xB0, 0xD0):          # EUC-JP rows 16..47: JIS X 0208 level 1
        for cell in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(bytes((row, cell)).decode("euc_jp"))
    return chars


def project_text() -> set[str]:
    chars: set[str] = set()
    for pattern in ("assets/i18n/*.ts", "assets/rules.toml", "kiosk/**/*.py"):
        for path in ROOT.glob(pattern):
            chars.update(path.read_text(encoding="utf-8"))
    return {c for c in chars if ord(c) >= 0x20}


def main() -> int:
    wanted = set().union(*(map(chr, range(a, b + 1)) for a, b in RANGES))
    wanted |= jis_level1_kanji() | project_text()
    for target, source in SOURCES.items():
        collection = TTCollection(source)
        font = next(f for f in collection.fonts
                    if f["name"].getDebugName(1).endswith("CJK JP"))
        options = subset.Options()
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        options.notdef_outline = True
        options.drop_tables += ["DSIG"]
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=[ord(c) for c in wanted])
        subsetter.subset(font)
        out = ROOT / "assets" / "fonts" / target
        font.save(out)
        print(f"{out.relative_to(ROOT)}: {out.stat().st_size / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
