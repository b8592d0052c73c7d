"""Keyboard-wedge scanner bursts versus people typing, with a text field focused."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from kiosk.domain.scan import ScannerSettings
from kiosk.ui.scanner import ScannerInput

CODE = "PKC:" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" * 3


@pytest.fixture
def field(qtbot: QtBot, qapp: QApplication) -> Iterator[tuple[QLineEdit, ScannerInput]]:
    edit = QLineEdit()
    qtbot.add_widget(edit)
    edit.show()
    edit.setFocus()
    scanner = ScannerInput(ScannerSettings(max_gap_ms=40, min_length=12, suffix="\t"))
    qapp.installEventFilter(scanner)
    assert edit.text() == ""
    yield edit, scanner
    qapp.removeEventFilter(scanner)


def scanner_types(qtbot: QtBot, widget: QLineEdit, text: str) -> None:
    """Keys as fast as a scanner sends them (QTest delivers them back to back)."""
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_a_burst_is_a_scan_and_never_reaches_the_text_field(
        qtbot: QtBot, field: tuple[QLineEdit, ScannerInput]) -> None:
    edit, scanner = field
    with qtbot.wait_signal(scanner.scanned) as caught:
        scanner_types(qtbot, edit, CODE + "\t")
    assert caught.args == [CODE]
    qtbot.wait(80)
    assert edit.text() == ""


def test_slow_typing_is_a_person_and_arrives_in_order(
        qtbot: QtBot, field: tuple[QLineEdit, ScannerInput]) -> None:
    edit, scanner = field
    with qtbot.assert_not_emitted(scanner.scanned):
        for char in "Hello World 123":
            qtbot.keyClick(edit, char)
            qtbot.wait(90)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: edit.text() == "Hello World 123")


def test_a_short_fast_burst_is_not_a_scan(qtbot: QtBot,
                                          field: tuple[QLineEdit, ScannerInput]) -> None:
    edit, scanner = field
    with qtbot.assert_not_emitted(scanner.scanned):
        scanner_types(qtbot, edit, "abc")
    qtbot.waitUntil(lambda: edit.text() == "abc")


def test_the_same_card_twice_is_one_scan(qtbot: QtBot,
                                         field: tuple[QLineEdit, ScannerInput]) -> None:
    edit, scanner = field
    seen: list[str] = []
    scanner.scanned.connect(seen.append)
    scanner_types(qtbot, edit, CODE)
    qtbot.wait(60)
    scanner_types(qtbot, edit, CODE)
    qtbot.wait(60)
    assert seen == [CODE]
    scanner.forget_last_scan()
    scanner_types(qtbot, edit, CODE)
    qtbot.waitUntil(lambda: seen == [CODE, CODE])
