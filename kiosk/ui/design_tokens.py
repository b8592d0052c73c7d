"""The design system's tokens: colour roles, a type scale and a spacing scale.

Screens never name a colour or a font size: widgets carry a theme role and the style sheet
(`kiosk.ui.theme`) builds every rule from these tokens. Two palettes share the same roles —
the café's pink one and a high-contrast one for the accessible mode — and both are checked
by the tests: text ≥ 4.5 : 1 and control outlines ≥ 3 : 1 against what they sit on
(`kiosk.ui.colour`). Sizes are reference pixels for a 1080 × 1920 panel; `kiosk.ui.scale`
turns them into this screen's pixels, and the accessible mode enlarges type by
`ACCESSIBLE_TEXT_FACTOR`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


@dataclass(frozen=True)
class Palette:
    """Colour roles. `on_X` is text or a glyph drawn on a fill of role X."""

    ink: str                 # body text
    ink_muted: str           # secondary text (captions, status)
    surface: str             # cards, fields, keys
    backdrop_top: str        # the screen's gradient, top …
    backdrop_bottom: str     # … and bottom (text sits on either)
    brand: str               # primary actions, brand text
    brand_pressed: str
    on_brand: str
    brand_soft: str          # a selected tile or chip's fill
    on_brand_soft: str
    outline: str             # the edge of every control (keys, tiles, fields, checkboxes)
    divider: str             # decorative separators around non-interactive rows
    disabled_fill: str
    disabled_ink: str
    disabled_outline: str
    danger: str
    success: str
    warning_fill: str
    on_warning: str
    notice_fill: str         # a tag such as "not synced yet"
    on_notice: str
    staff_fill: str
    on_staff: str
    focus: str


CAFE = Palette(
    ink="#2D1B33", ink_muted="#66536D", surface="#FFFFFF",
    backdrop_top="#FFFFFF", backdrop_bottom="#FFEBF3",
    brand="#C8216A", brand_pressed="#A3164F", on_brand="#FFFFFF",
    brand_soft="#FFE3EF", on_brand_soft="#8E1446",
    outline="#B0708F", divider="#EDC3D5",
    disabled_fill="#EEE6EA", disabled_ink="#5E5064", disabled_outline="#8F7F8A",
    danger="#B00020", success="#1B5E20", warning_fill="#FFF1C9", on_warning="#6B3600",
    notice_fill="#EDE7F6", on_notice="#4527A0", staff_fill="#2D1B33", on_staff="#FFFFFF",
    focus="#1F4FB8",
)

HIGH_CONTRAST = Palette(
    ink="#000000", ink_muted="#2B2B2B", surface="#FFFFFF",
    backdrop_top="#FFFFFF", backdrop_bottom="#FFFFFF",
    brand="#9B0040", brand_pressed="#5E0027", on_brand="#FFFFFF",
    brand_soft="#FFD6E7", on_brand_soft="#5E0027",
    outline="#000000", divider="#000000",
    disabled_fill="#E0E0E0", disabled_ink="#1F1F1F", disabled_outline="#4D4D4D",
    danger="#8A0017", success="#0B3D0F", warning_fill="#FFF1C9", on_warning="#3D1F00",
    notice_fill="#E3DCF2", on_notice="#2A1666", staff_fill="#000000", on_staff="#FFFFFF",
    focus="#0033AA",
)


class Type(IntEnum):
    """The type scale, in reference pixels (one step per purpose, not per screen)."""

    CAPTION = 20             # status lines, tags
    LABEL = 24               # field captions, rows, small print
    BODY = 28                # running text
    LEAD = 32                # subtitles, button text
    KEY = 36                 # on-screen keyboard keys
    HEADLINE = 40            # hints, primary buttons, board headings
    TITLE = 52               # a screen's title
    NUMERAL = 56             # secrets and the name being typed
    PIN = 72                 # PIN dots
    DISPLAY = 84             # the attract screen's hero


class Space(IntEnum):
    """The spacing scale, in reference pixels."""

    XXS = 4
    XS = 8
    S = 12
    M = 16
    L = 24
    XL = 32
    XXL = 48
    XXXL = 56


class Radius(IntEnum):
    SMALL = 12
    MEDIUM = 20
    LARGE = 28


ACCESSIBLE_TEXT_FACTOR = 1.4
