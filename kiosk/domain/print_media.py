"""What a printer driver offers, read for a card and a slip: which page is the card, which
option prints both sides, which page a slip goes on.

Card printer drivers describe the same CR80 card (85.6 × 54 mm) in many ways: landscape or
upright, exact or with a bleed of up to a couple of millimetres (Evolis: an upright "Card"
≈ 54.9 × 86.0 mm; Zebra: 241.5 × 153.6 pt; Magicard: upright `1XCR80`), and ask for both
sides through their own options (`Duplex`, Zebra's `DualSidePrinting`, Magicard's
`UTDuplex` …). These rules find them by shape and by meaning, not by one vendor's names.
Sizes are in PostScript points (1/72 in), as drivers give them; nothing here rounds them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

MM_PER_PT = 25.4 / 72
CARD_MM = (85.6, 54.0)                  # ISO/IEC 7810 ID-1 (CR80)
CARD_PT = (CARD_MM[0] / MM_PER_PT, CARD_MM[1] / MM_PER_PT)
# A driver's card page: each side no smaller than the card less rounding, no larger than
# the card plus a bleed (Evolis adds about 1 mm to each side).
CARD_SHORT_MM = (53.5, 56.5)
CARD_LONG_MM = (85.0, 88.5)


@dataclass(frozen=True)
class MediaSize:
    """One page size a driver offers: its name (the PPD `PageSize` / IPP `media` keyword),
    its size and, where known, the area it can print on (left, bottom, right, top)."""

    name: str
    width_pt: float
    height_pt: float
    imageable: tuple[float, float, float, float] | None = None

    @property
    def width_mm(self) -> float:
        return self.width_pt * MM_PER_PT

    @property
    def height_mm(self) -> float:
        return self.height_pt * MM_PER_PT

    @property
    def upright(self) -> bool:
        return self.height_pt > self.width_pt

    @property
    def margins_pt(self) -> tuple[float, float, float, float]:
        """Unprintable (left, bottom, right, top) edges; zero where the driver says nothing."""
        if self.imageable is None:
            return (0.0, 0.0, 0.0, 0.0)
        left, bottom, right, top = self.imageable
        return (max(0.0, left), max(0.0, bottom), max(0.0, self.width_pt - right),
                max(0.0, self.height_pt - top))


def is_card(size: MediaSize) -> bool:
    """A CR80 card page, whichever way up and with or without bleed."""
    short, long = sorted((size.width_mm, size.height_mm))
    return CARD_SHORT_MM[0] <= short <= CARD_SHORT_MM[1] and \
        CARD_LONG_MM[0] <= long <= CARD_LONG_MM[1]


def find_card_media(sizes: Iterable[MediaSize]) -> MediaSize | None:
    """The driver's card page: the card-shaped size closest to an exact CR80 (a driver's
    exact size before its bleed variant), else None — the printer offers no card."""
    cards = [size for size in sizes if is_card(size)]
    if not cards:
        return None

    def distance(size: MediaSize) -> float:
        short, long = sorted((size.width_mm, size.height_mm))
        return abs(long - CARD_MM[0]) + abs(short - CARD_MM[1])

    return min(cards, key=distance)


# ---- both sides ---------------------------------------------------------------------------

@dataclass(frozen=True)
class DriverOption:
    """A driver option: its keyword, its choices (keyword, text) and its default."""

    keyword: str
    choices: tuple[tuple[str, str], ...]
    default: str = ""
    text: str = ""


_DUPLEX_KEYWORD = re.compile(r"duplex|dualside|both.?sides?|two.?sided|2.?sided|recto.?verso",
                             re.IGNORECASE)
_OFF = re.compile(r"^(none|off|false|no|simplex|one.?sided|single|front|frontonly|"
                  r"disabled?|0)$", re.IGNORECASE)
_SHORT_EDGE = re.compile(r"tumble|short", re.IGNORECASE)
# A choice that means "both sides" in an option not named for it (e.g. a "Print side" option
# with Front / Back / Both).
_BOTH_CHOICE = re.compile(r"^both|duplex|front.?(and|&|\+).?back|recto.?verso|two.?sided|"
                          r"2.?sided|dual", re.IGNORECASE)


@dataclass(frozen=True)
class DuplexSetting:
    """How to ask this driver for both sides, and for one side."""

    keyword: str
    both: str
    one: str | None


def find_duplex(options: Sequence[DriverOption]) -> DuplexSetting | None:
    """The option that prints both sides of a card, or None (the printer has none: the
    back cannot be printed). Standard `Duplex` first; otherwise any option whose name says
    duplex / dual side / both sides. "Both" is a choice that is not an "off" word, a long
    edge (no tumble) one where there are several. Last, an option of another name with a
    choice that says both sides and one that says one side ("Print side: Front / Both")."""
    ranked = sorted((option for option in options
                     if _DUPLEX_KEYWORD.search(option.keyword)
                     or _DUPLEX_KEYWORD.search(option.text)),
                    key=lambda option: option.keyword != "Duplex")
    for option in ranked:
        on = [choice for choice, text in option.choices
              if not _OFF.match(choice) and not _OFF.match(text.strip())]
        off = [choice for choice, text in option.choices
               if _OFF.match(choice) or _OFF.match(text.strip())]
        if not on:
            continue
        long_edge = [choice for choice in on if not _SHORT_EDGE.search(choice)]
        return DuplexSetting(option.keyword, (long_edge or on)[0], off[0] if off else None)
    for option in options:
        both = [choice for choice, text in option.choices
                if _BOTH_CHOICE.search(choice) or _BOTH_CHOICE.search(text.strip())]
        one = [choice for choice, text in option.choices
               if _OFF.match(choice) or _OFF.match(text.strip())]
        if both and one:
            return DuplexSetting(option.keyword, both[0], one[0])
    return None


_PAPER_SAVING = re.compile(r"paper.?reduction|blank.?(line.?)?skip|reduce.?(blank|paper)|"
                           r"paper.?sav", re.IGNORECASE)
_TRIMS_THE_END = re.compile(r"both|bottom|end|trail|on$|^true$|^yes$", re.IGNORECASE)


def find_paper_saving(options: Sequence[DriverOption]) -> tuple[str, str] | None:
    """The receipt driver's option that feeds no blank paper after the slip (Epson's
    `TmtPaperReduction`, blank-skip options of other roll drivers) and the choice that
    trims the end of the page: (keyword, choice), or None. With it, a fixed-length page
    (an 80 × 297 mm "roll" size) comes out only as long as what is printed on it."""
    for option in options:
        if not (_PAPER_SAVING.search(option.keyword) or _PAPER_SAVING.search(option.text)):
            continue
        trimming = [choice for choice, text in option.choices
                    if _TRIMS_THE_END.search(choice) or _TRIMS_THE_END.search(text.strip())]
        both = [choice for choice in trimming if "both" in choice.lower()]
        if trimming:
            return option.keyword, (both or trimming)[0]
    return None


# ---- the credentials slip -----------------------------------------------------------------

SLIP_WIDTH_MM = {"receipt": (80.0, 58.0), "label": (62.0,), "a4": (210.0, 215.9),
                 "card": (CARD_MM[0],)}
ROLL_TOLERANCE_MM = 1.5


@dataclass(frozen=True)
class SlipPage:
    """Where a slip goes: a size the driver offers, or a custom one it accepts."""

    media: MediaSize
    custom: bool              # ask for `Custom.WxHpt` (a roll cut to the slip's length)


def slip_page(paper: str, sizes: Sequence[MediaSize], slip_aspect: float,
              custom_range: tuple[float, float, float, float] | None) -> SlipPage | None:
    """The page for a slip `slip_aspect` (height ÷ width) long, on `paper` ("receipt": an
    80 or 58 mm roll; "a4": A4 or Letter; "label"; "card").

    A roll is cut to the slip's length when the driver takes custom sizes (`custom_range`:
    min width, min height, max width, max height in pt) — no blank tail; otherwise the
    shortest fixed page of the roll's width that holds the slip, else the longest. A sheet
    is the driver's own A4 / Letter. None: the driver offers nothing of that kind.
    """
    if paper == "card":
        card = find_card_media(sizes)
        return SlipPage(card, False) if card else None
    widths = SLIP_WIDTH_MM.get(paper, SLIP_WIDTH_MM["receipt"])
    for width_mm in widths:
        fitting = [size for size in sizes
                   if abs(size.width_mm - width_mm) <= ROLL_TOLERANCE_MM]
        if paper == "a4":
            sheets = [size for size in fitting if size.height_mm > size.width_mm * 1.2]
            if sheets:
                return SlipPage(min(sheets, key=lambda size: size.height_pt), False)
            continue
        printable = _printable_width(fitting[0]) if fitting else width_mm / MM_PER_PT
        needed_pt = printable * slip_aspect + _vertical_margins(fitting)
        if custom_range is not None and fitting:
            low_w, low_h, high_w, high_h = custom_range
            width_pt = fitting[0].width_pt
            if low_w <= width_pt <= high_w:
                length = min(max(needed_pt, low_h), high_h)
                return SlipPage(MediaSize(f"Custom.{width_pt:.2f}x{length:.2f}",
                                          width_pt, length, _shifted(fitting[0], length)),
                                True)
        if fitting:
            long_enough = [size for size in fitting if size.height_pt >= needed_pt - 1]
            chosen = min(long_enough, key=lambda size: size.height_pt) if long_enough \
                else max(fitting, key=lambda size: size.height_pt)
            return SlipPage(chosen, False)
    return None


def _printable_width(size: MediaSize) -> float:
    left, _bottom, right, _top = size.margins_pt
    return size.width_pt - left - right


def _vertical_margins(sizes: Sequence[MediaSize]) -> float:
    if not sizes:
        return 0.0
    _left, bottom, _right, top = sizes[0].margins_pt
    return bottom + top


def _shifted(template: MediaSize, length: float) -> tuple[float, float, float, float] | None:
    """The template roll's printable area, for a page `length` long (same edge margins)."""
    if template.imageable is None:
        return None
    left, bottom, right, top = template.margins_pt
    return (left, bottom, template.width_pt - right, length - top)
