"""The attract loop's words in every offered language at once, without switching the kiosk.

The loop shows a welcome in each language in turn and, with it, a page of the guide in the
*same* language. Switching the whole application's language every few seconds would
re-translate every screen of the kiosk each turn; instead the guide's pages are translated
here with that language's own catalogue, read directly (not installed), and its figures
formatted by its own locale. The welcomes are written in each language's own script (they
are the point of the loop, not a translation of the interface).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, QTranslator

from kiosk.domain.rules import RuleBook
from kiosk.paths import assets_dir
from kiosk.ui.explainer_text import ExplainerPage, ExplainerTexts

log = logging.getLogger(__name__)

WELCOMES = {
    "ja": ("ようこそ、プロデューサー！", "タッチしてはじめる"),
    "en": ("Welcome, producer!", "Touch to start"),
    "zh_CN": ("欢迎，制作人！", "触摸开始"),
    "zh_TW": ("歡迎，製作人！", "觸碰開始"),
    "ko": ("어서 오세요, 프로듀서님!", "화면을 터치하세요"),
    "th": ("ยินดีต้อนรับ โปรดิวเซอร์!", "แตะเพื่อเริ่ม"),
    "es": ("¡Bienvenido, productor!", "Toca para empezar"),
    "fr": ("Bienvenue, producteur !", "Touchez pour commencer"),
}

_translators: dict[str, QTranslator | None] = {}


def _catalogue(language: str) -> QTranslator | None:
    if language not in _translators:
        translator = QTranslator()
        path = assets_dir() / "i18n" / f"kiosk_{language}.qm"
        if translator.load(str(path)):
            _translators[language] = translator
        else:
            log.warning("no compiled translations at %s: the teaser stays in the "
                        "kiosk's language", path)
            _translators[language] = None
    return _translators[language]


def translate_in(language: str, context: str, source: str) -> str:
    """`source` as `language`'s catalogue has it (the source text when it has none)."""
    translator = _catalogue(language)
    return (translator.translate(context, source) if translator is not None else "") or source


class _TextsIn(ExplainerTexts):
    """The guide's texts through one language's catalogue (lupdate's context stays
    `ExplainerTexts`: these are the same messages)."""

    def __init__(self, language: str, translator: QTranslator) -> None:
        super().__init__()
        self._locale = QLocale(language)
        self._translator = translator

    def tr(self, source: str, disambiguation: str | None = None,
           n: int = -1) -> str:
        text = self._translator.translate("ExplainerTexts", source, disambiguation, n) \
            or source
        if n >= 0:           # what QCoreApplication.translate does for an installed one
            count = self._locale.toString(n)
            text = text.replace("%Ln", count).replace("%n", count)
        return text


def pages_in(rules: RuleBook, language: str) -> list[ExplainerPage] | None:
    """The guide's pages in `language` (None: its catalogue is missing)."""
    translator = _catalogue(language)
    if translator is None:
        return None
    previous = QLocale()
    # Figures (yen, times, rank names) follow the default locale; for this one call it is
    # the page's language. Setting the default posts no event: no widget re-translates.
    QLocale.setDefault(QLocale(language))
    try:
        return _TextsIn(language, translator).pages(rules)
    finally:
        QLocale.setDefault(previous)
