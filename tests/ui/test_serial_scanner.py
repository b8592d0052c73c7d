"""A serial (USB-COM / CDC-ACM) scanner, played by a pseudo-terminal pair: the kiosk opens
the "device" end by its configured path with pyserial, the test writes to the other end
the way a scanner does. Pulling the plug closes that end (the kiosk's reads fail, as with
a real USB unplug); plugging back in makes a new pair behind the same path (as udev's
by-id link does)."""

from __future__ import annotations

import os
import pty
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.domain.rules import RuleBook
from kiosk.domain.scan import ScannerSettings
from kiosk.services.bundle import KioskServices
from kiosk.services.card_issue import CardIssuer
from kiosk.services.registration import RegistrationRequest
from kiosk.settings import KioskSettings
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.scanner import ScannerInput
from kiosk.ui.serial_scanner import SerialScanner
from kiosk.ui.tasks import jobs_in_flight

TOKEN = "PKC:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1"


class PluggedScanner:
    """A scanner on the other end of a pty, reachable at a stable path (a symlink)."""

    def __init__(self, link: Path) -> None:
        self.link = link
        self.master = -1
        self.plug_in()

    def plug_in(self) -> None:
        self.master, slave = pty.openpty()
        name = os.ttyname(slave)
        os.close(slave)
        self.link.unlink(missing_ok=True)
        self.link.symlink_to(name)

    def pull_out(self) -> None:
        os.close(self.master)
        self.master = -1
        self.link.unlink(missing_ok=True)

    def send(self, data: bytes) -> None:
        os.write(self.master, data)


@pytest.fixture
def device(tmp_path: Path) -> Iterator[PluggedScanner]:
    plugged = PluggedScanner(tmp_path / "usb-Scanner_Co_2D_Imager-if00")
    yield plugged
    if plugged.master >= 0:
        os.close(plugged.master)


@pytest.fixture
def reader(qtbot: QtBot, device: PluggedScanner) -> Iterator[SerialScanner]:
    scanner = SerialScanner(str(device.link), 9600)
    with qtbot.wait_signal(scanner.connected_changed, timeout=5000):
        scanner.start()
    yield scanner
    scanner.stop()


def test_a_code_and_its_terminator_is_one_code(qtbot: QtBot, reader: SerialScanner,
                                               device: PluggedScanner) -> None:
    with qtbot.wait_signal(reader.code_read, timeout=5000) as read:
        device.send(TOKEN.encode() + b"\r\n")
    assert read.args == [TOKEN]


def test_a_scanner_set_to_send_no_terminator_still_scans(qtbot: QtBot,
                                                         reader: SerialScanner,
                                                         device: PluggedScanner) -> None:
    with qtbot.wait_signal(reader.code_read, timeout=5000) as read:
        for start in range(0, len(TOKEN), 16):            # as a slow serial line sends it
            device.send(TOKEN[start:start + 16].encode())
    assert read.args == [TOKEN]


def test_unplugged_and_plugged_back_in_it_reads_again(qtbot: QtBot, reader: SerialScanner,
                                                      device: PluggedScanner) -> None:
    with qtbot.wait_signal(reader.connected_changed, timeout=5000) as lost:
        device.pull_out()
    assert lost.args == [False]
    with qtbot.wait_signal(reader.connected_changed, timeout=10_000) as back:
        device.plug_in()
    assert back.args == [True]
    with qtbot.wait_signal(reader.code_read, timeout=5000) as read:
        device.send(TOKEN.encode() + b"\r")
    assert read.args == [TOKEN]


def test_a_scanner_plugged_in_after_the_kiosk_started_is_found(
        qtbot: QtBot, tmp_path: Path) -> None:
    scanner = SerialScanner(str(tmp_path / "ttyACM0"), 115200)
    scanner.start()
    try:
        qtbot.wait(300)
        assert not scanner.connected                     # nothing there yet: no crash
        late = PluggedScanner(tmp_path / "ttyACM0")
        with qtbot.wait_signal(scanner.code_read, timeout=10_000) as read:
            qtbot.waitUntil(lambda: scanner.connected, timeout=10_000)
            late.send(b"ABC123456\r")
        assert read.args == ["ABC123456"]
        os.close(late.master)
    finally:
        scanner.stop()


def test_serial_codes_share_the_wedges_cleaning_and_repeat_filter(
        qtbot: QtBot, reader: SerialScanner, device: PluggedScanner) -> None:
    """Prefix stripped, the same card held under the imager counted once."""
    wedge = ScannerInput(ScannerSettings(prefix="]Q1"))
    reader.code_read.connect(wedge.accept_code)
    scans: list[str] = []
    wedge.scanned.connect(scans.append)
    device.send(b"]Q1" + TOKEN.encode() + b"\r")
    qtbot.waitUntil(lambda: scans == [TOKEN], timeout=5000)
    device.send(b"]Q1" + TOKEN.encode() + b"\r")
    qtbot.wait(300)
    assert scans == [TOKEN]


def test_reading_is_off_the_ui_thread_and_codes_arrive_on_it(
        qtbot: QtBot, reader: SerialScanner, device: PluggedScanner) -> None:
    """The port is read on its own thread; the code is delivered on the UI thread."""
    emitted_on: list[str] = []
    delivered_on: list[str] = []
    reader.code_read.connect(lambda _code: emitted_on.append(threading.current_thread().name),
                             Qt.ConnectionType.DirectConnection)
    reader.code_read.connect(lambda _code: delivered_on.append(threading.current_thread().name))
    device.send(TOKEN.encode() + b"\r")
    qtbot.waitUntil(lambda: bool(delivered_on), timeout=5000)
    assert emitted_on == ["serial-scanner"]
    assert delivered_on == [threading.main_thread().name]


def test_a_kiosk_set_up_with_a_serial_scanner_shows_the_card_scanned_there(
        qtbot: QtBot, themed_app: QApplication, rules: RuleBook,
        kiosk_services: KioskServices, issuer: CardIssuer, data_dir: Path,
        device: PluggedScanner) -> None:
    card = issuer.issue(RegistrationRequest.new("セリアル", "ja", True)).issued
    settings = KioskSettings(data_dir=data_dir, scanner_serial_port=str(device.link))
    kiosk = KioskWindow(settings, rules, kiosk_services, LanguageSwitcher(themed_app))
    kiosk.resize(1080, 1920)
    kiosk.show()
    try:
        assert kiosk.serial is not None
        kiosk.start_camera()
        qtbot.waitUntil(lambda: kiosk.serial is not None and kiosk.serial.connected,
                        timeout=5000)
        device.send(b"\x02" + card.token.encode() + b"\x03")       # STX … ETX framing
        qtbot.waitUntil(lambda: kiosk.current_screen is kiosk.parts.producer.balance,
                        timeout=10_000)
        assert "セリアル" in kiosk.parts.producer.balance.title.text()
    finally:
        qtbot.waitUntil(lambda: jobs_in_flight() == 0, timeout=10_000)
        kiosk.release_input()
        kiosk._allow_exit = True
        kiosk.close()
        kiosk.deleteLater()
        qtbot.wait(10)
