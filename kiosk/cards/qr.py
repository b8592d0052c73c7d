"""The QR matrix of a card token, built once here and painted by whoever needs it.

Error correction level M (15 %) survives the scuffs and thumb prints a plastic card collects
while keeping the symbol small (version 6, 41 × 41 modules, for a 131-character token).
"""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from qrcode.exceptions import DataOverflowError

QUIET_ZONE_MODULES = 4
MAX_VERSION = 10


class QRTooLarge(ValueError):
    """The data does not fit a QR symbol small enough to print legibly on a card."""


def qr_matrix(data: str) -> list[list[bool]]:
    """Dark modules as True, without the quiet zone (painters add their own margin)."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, box_size=1)
    code.add_data(data, optimize=0)
    try:
        code.make(fit=True)
    except (DataOverflowError, ValueError) as exc:
        raise QRTooLarge(f"{len(data)} characters do not fit any QR version") from exc
    if code.version > MAX_VERSION:
        raise QRTooLarge(f"{len(data)} characters need QR version {code.version}")
    return [[bool(cell) for cell in row] for row in code.get_matrix()]
