"""Reading QR codes back from what the kiosk drew or printed, as a scanner set to QR does.

zxing-cpp looks for every symbology; at 300 dpi a patch of card art or a printer's dither
can read as a short one-dimensional code (CI once found "7383" beside the card's QR).
A kiosk's scanner and camera read QR codes only, so the tests do too.
"""

from __future__ import annotations

import zxingcpp
from PIL import Image


def qr_texts(image: Image.Image) -> list[str]:
    """The text of every QR code zxing-cpp finds on `image`, in its order."""
    return [result.text for result in zxingcpp.read_barcodes(image)
            if result.format == zxingcpp.BarcodeFormat.QRCode]
