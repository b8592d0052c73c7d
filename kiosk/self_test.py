"""`kiosk --self-test OUT_DIR`: prove an installed (or frozen) kiosk has everything it needs.

It runs the real code paths once, on a throw-away data dir: starts Qt (offscreen when there
is no display), loads every translation catalogue and bundled font, opens the store, renders
the attract screen, registers a producer through the real services, renders and verifies the
card, saves it as PDF through QPrinter, and finds the CUPS print plugin. Any missing module,
asset or plugin fails it with a message and exit status 1; success prints one line

    self-test ok: attract.png card.png card.pdf producer 001-0000001-1 ...

CI runs it on the frozen build (tests/app/test_frozen_build.py); staff can run it on a kiosk.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import traceback
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QPluginLoader, Qt, QThreadPool, QTranslator
from PySide6.QtGui import QFontDatabase, QImage
from PySide6.QtWidgets import QApplication

from kiosk.app import open_kiosk
from kiosk.db.identity import trusted_keys
from kiosk.db.store import Store
from kiosk.domain.rules import RuleBook
from kiosk.domain.tokens import verify_card
from kiosk.paths import assets_dir, font_path
from kiosk.services.registration import RegistrationRequest
from kiosk.settings import load_settings
from kiosk.ui.fonts import _FILES as SCRIPT_FONTS  # the one list of bundled fonts
from kiosk.ui.i18n import NATIVE_NAMES, SOURCE_LANGUAGE, LanguageSwitcher
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.printing import print_card, printer_names, save_card_pdf
from kiosk.ui.theme import install_theme

log = logging.getLogger(__name__)

SELF_TEST_NAME = "セルフテスト"
ATTRACT_SIZE = (1080, 1920)


class SelfTestFailed(RuntimeError):
    pass


def throwaway_data_dir(out_dir: Path) -> Path:
    """A fresh data dir under OUT_DIR (kept afterwards: it holds the self-test's log)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix="data-", dir=out_dir))


def run_self_test(out_dir: Path, data_dir: Path, rules: RuleBook,
                  print_queue: str | None = None) -> int:
    """Exit status: 0 when every check passed, 1 (and a message on stderr) otherwise.
    With `print_queue`, the card is also sent to that print queue (CUPS)."""
    try:
        summary = _check_everything(out_dir, data_dir, rules, print_queue)
    except Exception as exc:
        log.error("self-test failed:\n%s", traceback.format_exc(limit=8)[:4000])
        detail = str(exc)[:500]         # not a whole PNG dumped by a binding's message
        print(f"self-test FAILED: {type(exc).__name__}: {detail}", file=sys.stderr, flush=True)
        return 1
    print(f"self-test ok: {summary}", flush=True)
    return 0


def _check_everything(out_dir: Path, data_dir: Path, rules: RuleBook,
                      print_queue: str | None) -> str:
    out_dir.mkdir(parents=True, exist_ok=True)
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_theme(app)
    switcher = LanguageSwitcher(app)
    languages = _load_every_catalogue(switcher)
    fonts = _load_every_font()
    settings = load_settings(data_dir)
    store, services = open_kiosk(settings, rules)
    try:
        window = KioskWindow(settings, rules, services, switcher, allow_exit=True)
        try:
            _render_attract(app, window, out_dir / "attract.png")
            made = services.issuer.issue(RegistrationRequest.new(SELF_TEST_NAME, "ja", True))
            _check_card(store, made.issued.token, made.issued.card_id, made.card_png,
                        out_dir / "card.png")
            _print_pdf(made.card_png, out_dir / "card.pdf")
            plugin = _print_plugin()
            queues = len(printer_names())
            if print_queue:
                print_card(print_queue, made.card_png, title="Self-test card")
            camera = "on" if window.camera.start() else "off"   # optional: off must not fail
        finally:
            window.close()
            QThreadPool.globalInstance().waitForDone()    # background refreshes use the store
    finally:
        store.close()
    return (f"attract.png card.png card.pdf producer {made.issued.producer_number} "
            f"languages={languages} qt-catalogues={_count_qt_catalogues()} fonts={fonts} "
            f"rules=v{rules.version} print={plugin} queues={queues} "
            f"printed={print_queue or '-'} camera={camera}")


# ---- assets: every catalogue and font the kiosk ships

def _load_every_catalogue(switcher: LanguageSwitcher) -> int:
    for language in NATIVE_NAMES:           # raises MissingCatalogue for a missing .qm
        switcher.switch(language)
    switcher.switch(SOURCE_LANGUAGE)
    return len(NATIVE_NAMES)


def _count_qt_catalogues() -> int:
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


# ---- screens, cards, printing

def _render_attract(app: QApplication, window: KioskWindow, path: Path) -> None:
    # Laid out and painted like a shown window, but never put on a real screen.
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    window.fit_to(*ATTRACT_SIZE)
    window.show()
    window.show_screen(window.attract)
    app.processEvents()
    image = window.grab().toImage()
    _require_picture(image, "attract screen")
    if not image.save(str(path)):
        raise SelfTestFailed(f"could not write {path}")


def _check_card(store: Store, token: str, card_id: int, png: bytes, path: Path) -> None:
    claims = verify_card(token, trusted_keys(store))   # raises TokenError if it does not
    if claims.card_id != card_id:
        raise SelfTestFailed(f"the card's QR token names card {claims.card_id}, not {card_id}")
    image = QImage.fromData(png)
    _require_picture(image, "card")
    path.write_bytes(png)


def _print_pdf(png: bytes, path: Path) -> None:
    save_card_pdf(path, png, title="Self-test card")
    if not path.is_file() or not path.read_bytes().startswith(b"%PDF"):
        raise SelfTestFailed(f"QPrinter did not write a PDF to {path}")


def _print_plugin() -> str:
    """The CUPS print plugin on Linux, loadable (libcups found): without it QPrinter sees no
    print queues at all."""
    if not sys.platform.startswith("linux"):
        return "n/a"
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    plugin = plugins / "printsupport" / "libcupsprintersupport.so"
    if not plugin.is_file():
        raise SelfTestFailed(f"the CUPS print plugin is missing: {plugin}")
    loader = QPluginLoader(str(plugin))
    if not loader.load():
        raise SelfTestFailed(f"the CUPS print plugin does not load: {loader.errorString()}")
    return "cups"


def _require_picture(image: QImage, what: str) -> None:
    """Not null, and not one flat colour (text and art were actually drawn)."""
    if image.isNull() or image.width() < 10 or image.height() < 10:
        raise SelfTestFailed(f"the {what} rendered to an empty image")
    small = image.scaled(32, 32)
    colours = {small.pixel(x, y) for x in range(32) for y in range(32)}
    if len(colours) < 4:
        raise SelfTestFailed(f"the {what} rendered as a blank picture")
