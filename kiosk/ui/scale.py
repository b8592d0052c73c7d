"""One scale for the whole kiosk, taken from the screen it runs on.

Every pixel figure in the theme and the screens was drawn for a 1080 × 1920 panel (or
1920 × 1080 turned). A café's screen may be anything from 1024 × 768 up, so type, spacing
and touch targets are multiplied by how much smaller the screen is than that reference — the
same factor on both axes, so the screens keep their proportions and nothing needs more room
than the screen has. Larger screens are not blown up: 1080 p type is already large.

Touch targets never shrink below `MIN_TOUCH_FLOOR` px (≈ 9 mm on a 15" 1024 × 768 panel).
The factor is set once, before any widget is built (`install_theme`); screens read it
through `px()` when they lay themselves out.
"""

from __future__ import annotations

REFERENCE_SHORT = 1080
REFERENCE_LONG = 1920
SMALLEST = 0.5           # below this the kiosk is unusable anyway; keep text legible
MIN_TOUCH_FLOOR = 36

_state = {"factor": 1.0}


def scale_for_screen(width: int, height: int) -> float:
    """The factor for a `width` × `height` screen, whichever way it is turned."""
    short, long = sorted((width, height))
    if short <= 0:
        return 1.0
    return max(SMALLEST, min(1.0, short / REFERENCE_SHORT, long / REFERENCE_LONG))


def set_scale(factor: float) -> None:
    _state["factor"] = factor


def current_scale() -> float:
    return _state["factor"]


def px(size: float) -> int:
    """`size` reference pixels on this screen (never 0 for a non-zero figure)."""
    if size == 0:
        return 0
    scaled = round(size * _state["factor"])
    return scaled if scaled != 0 else (1 if size > 0 else -1)


def touch(size: float) -> int:
    """A touch target's side: scaled, but never below the floor a finger needs."""
    return max(px(size), MIN_TOUCH_FLOOR)
