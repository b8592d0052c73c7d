"""The card as the website draws it: the QR as SVG (sharp at any phone's density, and
bright enough to scan off a screen), and the rank colours as a stylesheet (the policy
allows no inline styles)."""

from __future__ import annotations

import functools
import re

import zxingcpp

from kiosk.domain.rules import RuleBook

QUIET_ZONE = 4          # modules of white around the symbol, as the QR standard asks
_DARK = re.compile(rb"\x00+")


@functools.lru_cache(maxsize=4096)
def qr_svg(text: str) -> str:
    """`text` as an SVG QR code at the card's error correction (M); remembered, as a
    card's token is the same on every visit.

    Drawn by zxing-cpp (C++), not by the kiosk's `qrcode`: every producer's first home
    view of the evening draws one, and qrcode's pure-Python choice of mask took 7.6 ms
    holding the interpreter, a fifth of the office's work besides argon2id at a month-end
    evening (sampled); zxing-cpp makes the same choice, by the standard's penalty rules,
    in 0.4 ms."""
    code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    image = code.to_image(scale=1, add_quiet_zones=False)
    width = image.shape[1]
    # A byte a module, row after row (the stubs do not declare the buffer it offers).
    modules = memoryview(image).tobytes()  # type: ignore[arg-type]
    size = width + 2 * QUIET_ZONE
    path = "".join(f"M{x + QUIET_ZONE} {y + QUIET_ZONE}h{run}v1h-{run}z"
                   for y in range(width)
                   for x, run in _dark_runs(modules[y * width:(y + 1) * width]))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" '
            f'shape-rendering="crispEdges" role="img">'
            f'<rect width="{size}" height="{size}" fill="#fff"/>'
            f'<path d="{path}" fill="#000"/></svg>')


def _dark_runs(row: bytes) -> list[tuple[int, int]]:
    """Where each run of dark modules (0; light is 255) starts in `row`, and its length:
    one SVG rectangle a run, not one a module (the page's QR is half the bytes)."""
    return [(run.start(), len(run.group())) for run in _DARK.finditer(row)]


def ranks_css(rules: RuleBook) -> str:
    """`.rank-N` gives the card its rank's colour and a text colour that reads on it."""
    lines = []
    for rank in rules.ranks:
        ink = "#ffffff" if rank.is_dark else "#1d1b20"
        lines.append(f".rank-{rank.number}{{background:{rank.card_colour};color:{ink}}}")
    return "\n".join(lines) + "\n"
