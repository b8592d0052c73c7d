"""A real kiosk window on the offscreen platform, over a real store in a temp dir; and,
for flows and desks tested on their own, a shell and a task runner without the window."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget
from pytestqt.qtbot import QtBot

from kiosk.domain.rules import RuleBook
from kiosk.services.bundle import KioskServices
from kiosk.settings import KioskSettings
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.kiosk_parts import KioskParts
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.shell import KioskMode, Shell
from kiosk.ui.tasks import TaskRunner, jobs_in_flight
from kiosk.ui.theme import install_theme
from tests.support.cups import CupsServer, cups_available, shared_cups_server
from tests.support.outside import missing_program


@pytest.fixture(scope="module")
def cups() -> Iterator[CupsServer]:
    """The test process's private cupsd, reached through CUPS_SERVER (set before Qt's print
    plugin first asks libcups: it remembers the first server it talks to)."""
    if not cups_available() or not shutil.which("pdfinfo") or not shutil.which("pdftoppm"):
        missing_program("CUPS with cups-filters, and poppler-utils "
                        "(apt-get install cups-daemon cups-client cups-filters poppler-utils)")
    server = shared_cups_server()
    previous = os.environ.get("CUPS_SERVER")
    os.environ["CUPS_SERVER"] = str(server.socket)
    yield server
    if previous is None:
        os.environ.pop("CUPS_SERVER", None)
    else:
        os.environ["CUPS_SERVER"] = previous


@pytest.fixture(scope="session")
def themed_app(qapp: QApplication) -> QApplication:
    install_theme(qapp)
    return qapp


@pytest.fixture
def window(qtbot: QtBot, themed_app: QApplication, rules: RuleBook,
           kiosk_services: KioskServices,
           data_dir: Path) -> Iterator[KioskWindow]:
    settings = KioskSettings(data_dir=data_dir, idle_timeout_seconds=60)
    switcher = LanguageSwitcher(themed_app)
    kiosk = KioskWindow(settings, rules, kiosk_services, switcher)
    # Not qtbot.addWidget: pytest-qt would close the window before this fixture's teardown
    # has waited for background work, whose results would then land on deleted widgets.
    kiosk.resize(1080, 1920)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    qtbot.waitUntil(lambda: jobs_in_flight() == 0, timeout=10_000)   # the first board read
    assert kiosk.current_screen is kiosk.attract
    assert switcher.language == "ja"
    yield kiosk
    qtbot.waitUntil(lambda: jobs_in_flight() == 0, timeout=10_000)
    switcher.switch("en")             # leave no translator installed for the next test
    kiosk.release_input()
    kiosk._allow_exit = True
    kiosk.close()
    kiosk.deleteLater()
    qtbot.wait(10)


@pytest.fixture
def tall(window: KioskWindow) -> Iterator[KioskWindow]:
    """The window laid out on a tall (portrait) full-HD screen, where the accessible mode
    lowers each customer screen's actions; the mode is turned off afterwards (the theme is
    the application's)."""
    window.fit_to(1080, 1920)
    try:
        yield window
    finally:
        window.accessible.set(False)


@pytest.fixture
def shell(qtbot: QtBot, themed_app: QApplication, rules: RuleBook,
          data_dir: Path) -> Iterator[Shell]:
    settings = KioskSettings(data_dir=data_dir, idle_timeout_seconds=60,
                             balance_idle_seconds=20, staff_idle_seconds=120)
    stack = QStackedWidget()
    attract = AttractScreen(settings.cafe_name, settings.languages, rules)
    switcher = LanguageSwitcher(themed_app)
    shell = Shell(stack, attract, settings, switcher, IdleWatcher(60_000, stack))
    shell.reset()
    stack.resize(1080, 1920)
    stack.show()
    qtbot.waitExposed(stack)
    assert shell.mode is KioskMode.ATTRACT and shell.current is attract
    assert shell.language == "ja"
    yield shell
    qtbot.waitUntil(lambda: jobs_in_flight() == 0, timeout=10_000)
    switcher.switch("en")
    stack.close()
    stack.deleteLater()
    qtbot.wait(10)


@pytest.fixture
def tasks(shell: Shell) -> TaskRunner:
    return TaskRunner(lambda: shell.session, shell)


@pytest.fixture
def parts(shell: Shell, kiosk_services: KioskServices, tasks: TaskRunner,
          rules: RuleBook) -> Iterator[KioskParts]:
    """The flows and desks on the shell, each built when first used and connected as in
    the kiosk, without the window."""
    built = KioskParts(shell, kiosk_services, tasks, rules, shell.stack, office_url=None)
    yield built
    built.gate.release_input()


def choose_language(qtbot: QtBot, window: KioskWindow, chip: QWidget, language: str) -> None:
    """Tap a screen's language chip, then the language in the picker, like a customer."""
    tap(qtbot, chip)
    assert window.shell.picker.isVisible()
    tap(qtbot, window.shell.picker.grid.button(language))
    assert not window.shell.picker.isVisible()


def tap(qtbot: QtBot, widget: QWidget) -> None:
    """A finger on the middle of `widget` (it must be visible and enabled)."""
    assert widget.isVisible(), widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())
