"""Numbers, prices and times for people, through QLocale (the current language's habits)."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def yen(amount: int) -> str:
    """A yen price as the current language writes it: 300円 in Japanese, ¥300 elsewhere."""
    locale = QLocale()
    if locale.language() == QLocale.Language.Japanese:
        return f"{locale.toString(amount)}円"
    return locale.toCurrencyString(amount, "¥", 0)
