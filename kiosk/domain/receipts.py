"""Till receipts: what a receipt number looks like and the largest believable bill.

Both are per-café settings (the till decides the format); these are the defaults.
"""

from __future__ import annotations

DEFAULT_RECEIPT_PATTERN = r"[0-9A-Z][0-9A-Z-]{3,19}"
DEFAULT_MAX_YEN = 200_000             # one visit's bill; more is a typo (an extra zero)
