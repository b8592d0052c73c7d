"""Keyboard-wedge scanner bursts versus people typing, with a text field focused."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
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


def wedge_types(qtbot: QtBot, widget: QLineEdit, text: str, caps_lock: bool = False,
                suffix: tuple[Qt.Key, ...] = (Qt.Key.Key_Return,)) -> None:
    """Key presses as a US keyboard driver delivers a scanner's burst: a bare Shift press
    (no text) before every capital and `:`, then the key with the Shift modifier; Caps Lock
    turns letters around without Shift."""
    shift = Qt.KeyboardModifier.ShiftModifier
    for char in text:
        letter = char.isalpha()
        shifted = (char.isupper() != caps_lock) if letter else char in ':"!@#$%^&*()_+'
        typed = char.swapcase() if caps_lock and letter else char
        if shifted:
            QTest.keyPress(widget, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)
        key = Qt.Key(ord(char.upper())) if letter or char.isdigit() else Qt.Key.Key_Colon
        QTest.sendKeyEvent(QTest.KeyAction.Press, widget, key, typed,
                           shift if shifted else Qt.KeyboardModifier.NoModifier)
        QTest.sendKeyEvent(QTest.KeyAction.Release, widget, key, typed,
                           shift if shifted else Qt.KeyboardModifier.NoModifier)
        if shifted:
            QTest.keyRelease(widget, Qt.Key.Key_Shift, shift)
    for key in suffix:
        qtbot.keyClick(widget, key)


@pytest.mark.parametrize("caps_lock", [False, True], ids=["shift", "caps-lock"])
def test_shift_presses_inside_a_burst_belong_to_it(
        qtbot: QtBot, field: tuple[QLineEdit, ScannerInput], caps_lock: bool) -> None:
    edit, scanner = field
    with qtbot.wait_signal(scanner.scanned, timeout=2000) as caught:
        wedge_types(qtbot, edit, CODE, caps_lock=caps_lock)
    assert caught.args[0].upper() == CODE
    qtbot.wait(80)
    assert edit.text() == ""


@pytest.mark.parametrize("suffix", [(), (Qt.Key.Key_Tab,),
                                    (Qt.Key.Key_Return, Qt.Key.Key_Enter)],
                         ids=["none", "tab", "cr-lf"])
def test_every_suffix_ends_a_scan_and_nothing_leaks(
        qtbot: QtBot, field: tuple[QLineEdit, ScannerInput], suffix: tuple[Qt.Key, ...]
        ) -> None:
    edit, scanner = field
    submitted: list[bool] = []
    edit.returnPressed.connect(lambda: submitted.append(True))
    with qtbot.wait_signal(scanner.scanned, timeout=2000) as caught:
        wedge_types(qtbot, edit, CODE, suffix=suffix)
    assert caught.args == [CODE]
    qtbot.wait(100)
    assert edit.text() == "" and submitted == []


def test_a_held_key_repeating_is_a_person(qtbot: QtBot,
                                          field: tuple[QLineEdit, ScannerInput]) -> None:
    edit, scanner = field
    with qtbot.assert_not_emitted(scanner.scanned, wait=150):
        for _ in range(20):
            QTest.sendKeyEvent(QTest.KeyAction.Press, edit, Qt.Key.Key_A, "a",
                               Qt.KeyboardModifier.NoModifier)
            event = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_A,
                              Qt.KeyboardModifier.NoModifier, "a", True)
            QApplication.sendEvent(edit, event)
    qtbot.waitUntil(lambda: len(edit.text()) == 40)


def test_a_flood_is_one_code_and_types_nothing(qtbot: QtBot,
                                               field: tuple[QLineEdit, ScannerInput]) -> None:
    edit, scanner = field
    seen: list[str] = []
    scanner.scanned.connect(seen.append)
    scanner_types(qtbot, edit, "X" * 10_000)
    qtbot.wait(120)
    assert len(seen) == 1 and edit.text() == ""


def test_a_short_barcode_at_scanner_speed_is_a_scan_not_typing(
        qtbot: QtBot, qapp: QApplication) -> None:
    """An EAN-8 product code (8 digits) from the scanner gets an answer ("not a card"),
    not eight digits in whatever field has focus."""
    edit = QLineEdit()
    qtbot.add_widget(edit)
    edit.show()
    edit.setFocus()
    scanner = ScannerInput(ScannerSettings())             # the kiosk's defaults
    qapp.installEventFilter(scanner)
    try:
        with qtbot.wait_signal(scanner.scanned, timeout=2000) as caught:
            scanner_types(qtbot, edit, "49012347")
        assert caught.args == ["49012347"]
        qtbot.wait(80)
        assert edit.text() == ""
    finally:
        qapp.removeEventFilter(scanner)
