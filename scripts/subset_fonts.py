"""Developer tool: rebuild the bundled font subsets in assets/fonts/.

Sources: Debian's fonts-noto-cjk and fonts-noto-core (Noto Sans CJK and Noto Sans Thai,
SIL Open Font License 1.1). The main (Japanese) font keeps Latin with accents, kana,
punctuation, the 2,965 JIS level-1 kanji and every character of every text of ours: it is
the fallback for everything. Each other language gets a small font holding exactly the
characters of its own catalogues (the kiosk's and the website's, and the dates Babel
writes), so Chinese and Korean screens draw their own glyph variants (the same Han
character differs between JP, SC and TC designs). Run `make fonts` after changing
translations; the font-coverage tests fail when a glyph is missing.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parent.parent
CJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-{weight}.ttc"
THAI = "/usr/share/fonts/truetype/noto/NotoSansThai-{weight}.ttf"
# target file stem -> (source, family inside a collection, catalogue whose text it must cover)
TARGETS = {
    "NotoSansJP": (CJK, "CJK JP", None),
    "NotoSansSC": (CJK, "CJK SC", "zh_CN"),
    "NotoSansTC": (CJK, "CJK TC", "zh_TW"),
    "NotoSansKR": (CJK, "CJK KR", "ko"),
    "NotoSansThai": (THAI, None, "th"),
}
RANGES = [
    (0x20, 0x7E), (0xA0, 0x24F), (0x2000, 0x206F), (0x2190, 0x21FF), (0x2460, 0x24FF),
    (0x25A0, 0x25FF), (0x2600, 0x266F), (0x3000, 0x30FF), (0x31F0, 0x31FF), (0xFF01, 0xFF9F),
]
BASIC = [(0x20, 0x7E), (0xA0, 0xFF), (0x2010, 0x2027), (0x3000, 0x303F), (0xFF01, 0xFF5E)]


def jis_level1_kanji() -> set[str]:
    chars = set()
    for row in range(0xB0, 0xD0):          # EUC-JP rows 16..47: JIS X 0208 level 1
        for cell in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(bytes((row, cell)).decode("euc_jp"))
    return chars


def project_text(catalogue: str | None = None) -> set[str]:
    """Characters our texts use: all catalogues and sources, or one language's catalogues
    (the kiosk's and the website's: the office serves these fonts to phones too)."""
    patterns = (f"assets/i18n/kiosk_{catalogue}.ts", "assets/rules.toml", "kiosk/**/*.py",
                f"kiosk/server/*/locale/{catalogue}/LC_MESSAGES/*.po") if catalogue else (
        "assets/i18n/*.ts", "assets/rules.toml", "kiosk/**/*.py", "kiosk/**/*.po",
        "kiosk/**/*.html")
    chars: set[str] = set()
    for pattern in patterns:
        for path in ROOT.glob(pattern):
            chars.update(path.read_text(encoding="utf-8"))
    chars.update(website_dates(catalogue))
    return {c for c in chars if ord(c) >= 0x20}


def website_dates(catalogue: str | None) -> str:
    """Dates and months as the website writes them (Babel's words, e.g. Korean 오전/오후,
    which no catalogue spells): every month, and every hour of a day."""
    from kiosk.server.web.i18n import LANGUAGES, month_name, when

    languages = [catalogue] if catalogue else list(LANGUAGES)
    return "".join(
        [month_name(f"2026-{month:02d}", lang) for lang in languages for month in range(1, 13)]
        + [when(f"2026-12-07T{hour:02d}:00:00+00:00", lang, "Asia/Tokyo")
           for lang in languages for hour in range(24)])


def _load(source: str, family: str | None) -> TTFont:
    if source.endswith(".ttc"):
        collection = TTCollection(source)
        return next(f for f in collection.fonts if f["name"].getDebugName(1).endswith(family))
    return TTFont(source)


def _ranges(ranges: list[tuple[int, int]]) -> set[str]:
    return set().union(*(map(chr, range(a, b + 1)) for a, b in ranges))


def main() -> int:
    for stem, (source, family, catalogue) in TARGETS.items():
        if catalogue is None:     # the main font: broad coverage, every text of ours
            wanted = _ranges(RANGES) | jis_level1_kanji() | project_text()
        else:                     # a per-language font: exactly what that language shows
            wanted = _ranges(BASIC) | project_text(catalogue)
        if catalogue == "th":
            # The whole (small) Thai block: the shaper splits SARA AM (U+0E33) into
            # NIKHAHIT + SARA AA, which must be in the font though no text spells them.
            wanted |= _ranges([(0x0E01, 0x0E7F)])
        for weight in ("Regular", "Bold"):
            font = _load(source.format(weight=weight), family)
            options = subset.Options()
            options.layout_features = ["*"]
            options.name_IDs = ["*"]
            options.notdef_outline = True
            options.drop_tables += ["DSIG"]
            subsetter = subset.Subsetter(options)
            subsetter.populate(unicodes=[ord(c) for c in wanted])
            subsetter.subset(font)
            suffix = ".otf" if source.endswith(".ttc") else ".ttf"
            out = ROOT / "assets" / "fonts" / f"{stem}-{weight}{suffix}"
            font.save(out)
            print(f"{out.relative_to(ROOT)}: {out.stat().st_size / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
