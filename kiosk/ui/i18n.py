"""Live language switching through Qt's translators.

Screens write every visible string with `self.tr(...)` inside `retranslate()`, and call it
from `changeEvent(LanguageChange)`; installing a new translator makes Qt send that event to
every widget, so a switch re-translates the whole window at once, keeping typed input.
Compiled catalogues (`kiosk_<lang>.qm`) are built by `make` from the `.ts` sources.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from shiboken6 import isValid

from kiosk.paths import assets_dir
from kiosk.ui import app_filters
from kiosk.ui.fonts import use_language

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
NATIVE_NAMES = {
    "ja": "日本語",
    "en": "English",
    "zh_CN": "简体中文",
    "zh_TW": "繁體中文",
    "ko": "한국어",
    "th": "ภาษาไทย",
    "es": "Español",
    "fr": "Français",
}


# One registry for the whole application: a second switcher (a test, a benchmark) must
# never leave an earlier switcher's catalogue installed behind its back.
_INSTALLED: list[QTranslator] = []
_INSTALLED_FOR = [""]
# Each language's catalogues, loaded at its first switch and kept: a kiosk switches for
# every producer scanned in another language, and fresh ones each time (children of the
# application, never freed) grew by two per switch.
_LOADED: dict[str, list[QTranslator]] = {}


class MissingCatalogue(RuntimeError):
    pass


class LanguageSwitcher:
    """Owns the installed translators; one language at a time for the whole application."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self.language = ""

    def switch(self, language: str) -> None:
        if language == self.language and _INSTALLED and _INSTALLED_FOR[0] == language:
            return
        # Without the kiosk's input filters, which would see each of the LanguageChange
        # events this sends to the application and every widget (`app_filters`).
        with app_filters.lifted(self._app):
            self._install(language)
            # Deliver the posted LanguageChange now, so the switch is visible in the same
            # frame and callers can rely on re-translated text when switch() returns.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        log.info("language switched to %s", language)

    def _install(self, language: str) -> None:
        """`language`'s catalogues in place of the installed ones (each install or removal
        posts LanguageChange to every widget)."""
        for translator in _INSTALLED:
            self._app.removeTranslator(translator)
        _INSTALLED[:] = self._catalogues(language)
        _INSTALLED_FOR[0] = language
        use_language(language)          # the language's own script font first
        QLocale.setDefault(QLocale(language))
        self.language = language
        for translator in _INSTALLED:
            self._app.installTranslator(translator)

    def _catalogues(self, language: str) -> list[QTranslator]:
        """Qt's own strings (when Qt has them) and ours, loaded once per application."""
        kept = _LOADED.get(language)
        if kept and all(isValid(translator) and translator.parent() is self._app
                        for translator in kept):
            return kept
        # English is the source language, but it too has a catalogue: its plural forms.
        ours = QTranslator(self._app)
        path = assets_dir() / "i18n" / f"kiosk_{language}.qm"
        if not ours.load(str(path)):
            raise MissingCatalogue(f"no compiled translations at {path}; run `make`")
        loaded = [ours]
        qt_own = QTranslator(self._app)
        if language != SOURCE_LANGUAGE and qt_own.load(
                f"qtbase_{language}",
                QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            loaded.insert(0, qt_own)
        else:
            qt_own.deleteLater()
        _LOADED[language] = loaded
        return loaded
