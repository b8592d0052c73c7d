"""Colour arithmetic for the design system: WCAG 2.2 contrast, with no Qt.

The theme's colour roles are chosen so that text reads at ≥ 4.5 : 1 against whatever it sits
on and control outlines at ≥ 3 : 1 (success criteria 1.4.3 and 1.4.11); the tests compute
every pair the style sheet uses with these functions, so a new colour cannot slip below.
"""

from __future__ import annotations

TEXT_CONTRAST = 4.5
CONTROL_CONTRAST = 3.0


def rgb(hex_colour: str) -> tuple[int, int, int]:
    """`#RRGGBB` (or `#RGB`) as three 0–255 channels."""
    digits = hex_colour.strip().lstrip("#")
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    if len(digits) != 6:
        raise ValueError(f"not a #RRGGBB colour: {hex_colour!r}")
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def relative_luminance(hex_colour: str) -> float:
    """WCAG relative luminance (sRGB, linearised)."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb(hex_colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(one: str, other: str) -> float:
    """The contrast ratio of two colours, 1 (same) to 21 (black on white)."""
    light, dark = sorted((relative_luminance(one), relative_luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
