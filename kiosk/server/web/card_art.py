"""The card as the website draws it: the QR as SVG (sharp at any phone's density, and
bright enough to scan off a screen), and the rank colours as a stylesheet (the policy
allows no inline styles)."""

from __future__ import annotations

import functools

import qrcode
from qrcode.constants import ERROR_CORRECT_M

from kiosk.domain.rules import RuleBook

QUIET_ZONE = 4          # modules of white around the symbol, as the QR standard asks


@functools.lru_cache(maxsize=4096)
def qr_svg(text: str) -> str:
    """`text` as an SVG QR code; remembered (a card's token is the same on every visit,
    and drawing one costs milliseconds)."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, box_size=1)
    code.add_data(text, optimize=0)
    code.make(fit=True)
    matrix = code.get_matrix()
    size = len(matrix) + 2 * QUIET_ZONE
    path = "".join(f"M{x + QUIET_ZONE} {y + QUIET_ZONE}h1v1h-1z"
                   for y, row in enumerate(matrix) for x, dark in enumerate(row) if dark)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" '
            f'shape-rendering="crispEdges" role="img">'
            f'<rect width="{size}" height="{size}" fill="#fff"/>'
            f'<path d="{path}" fill="#000"/></svg>')


def ranks_css(rules: RuleBook) -> str:
    """`.rank-N` gives the card its rank's colour and a text colour that reads on it."""
    lines = []
    for rank in rules.ranks:
        ink = "#ffffff" if rank.is_dark else "#1d1b20"
        lines.append(f".rank-{rank.number}{{background:{rank.card_colour};color:{ink}}}")
    return "\n".join(lines) + "\n"
