"""The self-test's Qt half (`kiosk.self_test` holds the rest): start Qt (offscreen when
there is no display), load every translation catalogue and bundled font, render the attract
screen and the card, save the card as PDF.

Each check raises `SelfTestFailed` with what is missing; the self-test turns it into its
one-line verdict.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, Qt, QThreadPool, QTranslator
from PySide6.QtGui import QFontDatabase, QImage
from PySide6.QtWidgets import QApplication

from kiosk.domain.rules import RuleBook
from kiosk.paths import assets_dir, font_path
from kiosk.services.bundle import KioskServices
from kiosk.settings import KioskSettings
from kiosk.ui.fonts import _FILES as SCRIPT_FONTS  # the one list of bundled fonts
from kiosk.ui.i18n import NATIVE_NAMES, SOURCE_LANGUAGE, LanguageSwitcher
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.printing import save_card_pdf
from kiosk.ui.theme import install_theme

ATTRACT_SIZE = (1080, 1920)


class SelfTestFailed(RuntimeError):
    pass


class QtSelfTest:
    """Qt started with the kiosk's theme, every catalogue and every bundled font loaded."""

    def __init__(self) -> None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        install_theme(app)
        self._app = app
        self._switcher = LanguageSwitcher(app)
        self.languages = _load_every_catalogue(self._switcher)
        self.fonts = _load_every_font()

    @contextmanager
    def window(self, settings: KioskSettings, rules: RuleBook,
               services: KioskServices) -> Iterator[SelfTestWindow]:
        window = KioskWindow(settings, rules, services, self._switcher, allow_exit=True)
        try:
            yield SelfTestWindow(self._app, window)
        finally:
            window.close()
            QThreadPool.globalInstance().waitForDone()    # background refreshes use the store


class SelfTestWindow:
    """The kiosk's window, never put on a real screen."""

    def __init__(self, app: QApplication, window: KioskWindow) -> None:
        self._app = app
        self._window = window

    def render_attract(self, path: Path) -> None:
        # Laid out and painted like a shown window, but never put on a real screen.
        window = self._window
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        window.fit_to(*ATTRACT_SIZE)
        window.show()
        window.shell.show(window.attract)
        self._app.processEvents()
        image = window.grab().toImage()
        _require_picture(image, "attract screen")
        if not image.save(str(path)):
            raise SelfTestFailed(f"could not write {path}")

    def start_camera(self) -> bool:
        return self._window.camera.start()


# ---- assets: every catalogue and font the kiosk ships

def _load_every_catalogue(switcher: LanguageSwitcher) -> int:
    for language in NATIVE_NAMES:           # raises MissingCatalogue for a missing .qm
        switcher.switch(language)
    switcher.switch(SOURCE_LANGUAGE)
    return len(NATIVE_NAMES)


def count_qt_catalogues() -> int:
    """Qt's own catalogues (standard buttons) found; reported, not required (no Thai one)."""
    where = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return sum(QTranslator().load(f"qtbase_{language}", where) for language in NATIVE_NAMES)


def _load_every_font() -> int:
    paths = {assets_dir() / "fonts" / name.format(weight)
             for name in SCRIPT_FONTS.values() for weight in ("Regular", "Bold")}
    paths |= {font_path("Regular"), font_path("Bold")}    # the card art's (Pillow) fonts
    for path in sorted(paths):
        if not path.is_file():
            raise SelfTestFailed(f"bundled font missing: {path}")
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            raise SelfTestFailed(f"Qt cannot load the bundled font {path}")
    return len(paths)


# ---- cards and printing

def save_card_picture(png: bytes, path: Path) -> None:
    image = QImage.fromData(png)
    _require_picture(image, "card")
    path.write_bytes(png)


def print_pdf(png: bytes, path: Path) -> None:
    save_card_pdf(path, png, title="Self-test card")
    if not path.is_file() or not path.read_bytes().startswith(b"%PDF"):
        raise SelfTestFailed(f"no PDF was written to {path}")


def _require_picture(image: QImage, what: str) -> None:
    """Not null, and not one flat colour (text and art were actually drawn)."""
    if image.isNull() or image.width() < 10 or image.height() < 10:
        raise SelfTestFailed(f"the {what} rendered to an empty image")
    small = image.scaled(32, 32)
    colours = {small.pixel(x, y) for x in range(32) for y in range(32)}
    if len(colours) < 4:
        raise SelfTestFailed(f"the {what} rendered as a blank picture")
