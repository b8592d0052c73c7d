"""Bundled fonts, registered with Qt on first use, and the family list for each language.

Every language draws with its own script's font first (Chinese and Korean need their own
Han glyph variants), then falls back to the Japanese font, which covers Latin, kana, kanji
and Hangul, and to Thai. A fresh machine with no fonts therefore renders every screen.
Per-language fonts are registered lazily, when a language is first shown.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from kiosk.paths import assets_dir
from kiosk.ui.scale import px

log = logging.getLogger(__name__)

BASE_PIXEL_SIZE = 28
_FILES = {
    "jp": "NotoSansJP-{}.otf",
    "sc": "NotoSansSC-{}.otf",
    "tc": "NotoSansTC-{}.otf",
    "kr": "NotoSansKR-{}.otf",
    "th": "NotoSansThai-{}.ttf",
}
_SCRIPT_OF = {"ja": "jp", "zh_CN": "sc", "zh_TW": "tc", "ko": "kr", "th": "th"}
_FALLBACKS = ("jp", "th")
_families: dict[str, str] = {}
_state = {"all_fallbacks": False}   # until the first paint, only the language's own font


def family(script: str) -> str:
    """The family name of a bundled script font, registering it on first use."""
    if script not in _families:
        names: list[str] = []
        for weight in ("Regular", "Bold"):
            path = assets_dir() / "fonts" / _FILES[script].format(weight)
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                log.error("could not load bundled font %s", path)
                continue
            names += QFontDatabase.applicationFontFamilies(font_id)
        _families[script] = names[0] if names else ""
    return _families[script]


def registered_families() -> list[str]:
    """The bundled families registered so far: Qt falls back to them for any widget."""
    return [name for name in _families.values() if name]


def families_for(language: str) -> list[str]:
    """Family names in the order Qt should try them for text in `language`."""
    fallbacks = _FALLBACKS if _state["all_fallbacks"] else _FALLBACKS[:1]
    order = [_SCRIPT_OF.get(language, "jp"), *fallbacks]
    names = [family(script) for script in dict.fromkeys(order)]
    return [name for name in names if name]


def font_for(language: str, pixel_size: int | None = None) -> QFont:
    """The font for `language`, `pixel_size` px tall (default: body text at this scale)."""
    font = QFont()
    font.setFamilies(families_for(language))
    font.setPixelSize(pixel_size if pixel_size is not None else px(BASE_PIXEL_SIZE))
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def enable_all_fallbacks(language: str) -> None:
    """Register the fallback fonts too (called once the first screen is up)."""
    _state["all_fallbacks"] = True
    use_language(language)


def use_language(language: str) -> None:
    """Make `language`'s fonts the application default (sent to every widget)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setFont(font_for(language))
