"""The kiosk's first minute: a demo opens on the attract screen (its PIN is set), a real
install on the staff PIN chooser — in the staff's language, with the kiosk's large keys, and
a pad that stays put when a message appears."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.db.identity import KioskSigner
from kiosk.db.store import Store
from kiosk.domain.rules import RuleBook
from kiosk.services.bundle import KioskServices
from kiosk.services.demo import DEMO_STAFF_PIN, seed_demo
from kiosk.settings import KNOWN_LANGUAGES, KioskSettings
from kiosk.ui.i18n import NATIVE_NAMES, LanguageSwitcher
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.scale import touch
from kiosk.ui.shell import KioskMode
from kiosk.ui.staff.pin_pad import PinPadScreen
from kiosk.ui.tasks import jobs_in_flight
from kiosk.ui.theme import MIN_TOUCH
from tests.conftest import artifacts_dir
from tests.ui.conftest import tap
from tests.ui.staff_steps import enter_staff_mode, type_pin


@pytest.fixture
def started(qtbot: QtBot, themed_app: QApplication, rules: RuleBook,
            kiosk_services: KioskServices, data_dir: Path) -> Iterator[KioskWindow]:
    """The window as the app starts it: shown first, then the services and the first-PIN
    check (`ask_first_pin`); the test's store decides whether a PIN exists."""
    switcher = LanguageSwitcher(themed_app)
    kiosk = KioskWindow(KioskSettings(data_dir=data_dir), rules, None, switcher)
    kiosk.fit_to(1080, 1920)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    kiosk.start(kiosk_services, ask_first_pin=True)
    qtbot.waitUntil(lambda: jobs_in_flight() == 0, timeout=10_000)
    yield kiosk
    qtbot.waitUntil(lambda: jobs_in_flight() == 0, timeout=10_000)
    switcher.switch("en")             # leave no translator installed for the next test
    kiosk.release_input()
    kiosk._allow_exit = True
    kiosk.close()
    kiosk.deleteLater()
    qtbot.wait(10)


@pytest.fixture
def demo(store: Store, rules: RuleBook, signer: KioskSigner) -> None:
    seed_demo(store, rules, signer)


def chooser(window: KioskWindow) -> PinPadScreen:
    pin = window.parts.gate.pin
    assert window.current_screen is pin and window.shell.mode is KioskMode.FIRST_PIN
    return pin


def where(widget: QWidget, window: KioskWindow) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


@pytest.mark.usefixtures("demo")
def test_a_demo_opens_on_the_attract_screen_and_its_pin_opens_staff_mode(
        qtbot: QtBot, started: KioskWindow) -> None:
    assert started.current_screen is started.attract
    assert started.shell.mode is KioskMode.ATTRACT
    enter_staff_mode(qtbot, started, DEMO_STAFF_PIN)
    assert started.shell.mode is KioskMode.STAFF


def test_the_first_start_chooser_speaks_the_language_the_staff_pick(
        qtbot: QtBot, started: KioskWindow, kiosk_services: KioskServices) -> None:
    pin = chooser(started)
    assert started.shell.language == "ja"
    japanese = pin.title.text()
    assert japanese != "Choose a staff PIN"
    assert pin.languages.isVisible()
    names = {pin.languages.button(code).text() for code in KNOWN_LANGUAGES}
    assert names == {NATIVE_NAMES[code] for code in KNOWN_LANGUAGES}   # each in its script
    tap(qtbot, pin.pad.keys["5"])
    tap(qtbot, pin.languages.button("en"))
    assert started.shell.language == "en"
    assert pin.title.text() == "Choose a staff PIN"
    assert pin.languages.button("en").isChecked()
    assert not pin.languages.button("ja").isChecked()
    assert pin.pad.digits == "5"                          # what was typed stays
    for digit in "827":
        tap(qtbot, pin.pad.keys[digit])
    tap(qtbot, pin.ok_button)
    assert pin.help.text() == "Type the same PIN again to make sure."
    type_pin(qtbot, started, "5827")
    home = started.parts.home.home
    qtbot.waitUntil(lambda: started.current_screen is home, timeout=5000)
    assert home.title.text() == "Staff mode"              # the staff session keeps it
    assert kiosk_services.staff.has_pin()


def test_the_chooser_has_the_kiosks_large_keys_across_the_screen(
        started: KioskWindow) -> None:
    pin = chooser(started)
    smallest = touch(MIN_TOUCH)
    for key in (*pin.pad.keys.values(), pin.ok_button,
                *(pin.languages.button(code) for code in KNOWN_LANGUAGES)):
        if key.isVisible():
            assert key.width() >= smallest and key.height() >= smallest, key.text()
    assert pin.pad.keys["5"].height() >= 2 * smallest            # keys, not chips
    assert pin.pad.width() >= 0.8 * started.width()              # no small pad in a big screen
    pad = where(pin.pad, started)
    assert started.rect().contains(pad) and started.rect().contains(where(pin.ok_button,
                                                                          started))


@pytest.mark.parametrize("size", [(1080, 1920), (1920, 1080)], ids=["portrait", "landscape"])
def test_the_pad_stays_put_when_a_message_appears(
        qtbot: QtBot, started: KioskWindow, size: tuple[int, int]) -> None:
    started.fit_to(*size)
    pin = chooser(started)
    qtbot.waitUntil(lambda: started.size().width() == size[0], timeout=2000)
    before = [where(w, started) for w in (pin.pad, pin.ok_button, pin.dots)]
    shots = artifacts_dir("first_pin")
    started.grab().save(str(shots / f"first_pin_{size[0]}x{size[1]}.png"))
    type_pin(qtbot, started, "5827")
    type_pin(qtbot, started, "5828")                      # typed differently: refused here
    assert pin.message.text() != ""
    assert [where(w, started) for w in (pin.pad, pin.ok_button, pin.dots)] == before
    type_pin(qtbot, started, "1234")
    type_pin(qtbot, started, "1234")                      # a run: refused by the service
    qtbot.waitUntil(lambda: pin.pad.isEnabled() and "1234" in pin.message.text(),
                    timeout=5000)
    assert [where(w, started) for w in (pin.pad, pin.ok_button, pin.dots)] == before
    started.grab().save(str(shots / f"first_pin_refused_{size[0]}x{size[1]}.png"))
    pin.clear_message()
    assert [where(w, started) for w in (pin.pad, pin.ok_button, pin.dots)] == before
