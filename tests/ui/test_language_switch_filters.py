"""A language switch reaches every widget without passing each one through the kiosk's
application-wide input filters (a Python call per widget: most of a switch's time), and
the filters are back afterwards, in their order, still seeing input."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from kiosk.ui import app_filters
from kiosk.ui.i18n import LanguageSwitcher


class Seen(QObject):
    def __init__(self, name: str, log: list[tuple[str, QEvent.Type]]) -> None:
        super().__init__()
        self.name = name
        self.log = log

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.KeyPress):
            self.log.append((self.name, event.type()))
        return False


class Retranslated(QLabel):
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.setText(f"changed {int(self.text().split()[-1]) + 1}")
        super().changeEvent(event)


def test_a_switch_passes_no_widget_through_the_input_filters(qapp: QApplication,
                                                             qtbot: QtBot) -> None:
    log: list[tuple[str, QEvent.Type]] = []
    first, second = Seen("first", log), Seen("second", log)
    label = Retranslated("changed 0")
    qtbot.addWidget(label)
    app_filters.install(qapp, first)
    app_filters.install(qapp, second)
    try:
        switcher = LanguageSwitcher(qapp)
        switcher.switch("en")
        switcher.switch("ja")
        assert label.text() != "changed 0"              # the widget was re-translated
        assert log == []                                # no filter saw any of it
        qapp.sendEvent(label, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A,
                                        Qt.KeyboardModifier.NoModifier, "a"))
        # Both are back; the one installed last is asked first, as before the switch.
        assert log == [("second", QEvent.Type.KeyPress), ("first", QEvent.Type.KeyPress)]
    finally:
        app_filters.remove(qapp, first)
        app_filters.remove(qapp, second)
    log.clear()
    qapp.sendEvent(label, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A,
                                    Qt.KeyboardModifier.NoModifier, "a"))
    assert log == []                                    # removed means removed


def test_a_filter_destroyed_with_its_widget_is_forgotten(qapp: QApplication) -> None:
    """A window closed without releasing its input (as tests do) leaves no dead filter
    for the next switch to trip over."""
    owner = QObject()
    dead = Seen("dead", [])
    dead.setParent(owner)
    app_filters.install(qapp, dead)
    owner.deleteLater()
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    LanguageSwitcher(qapp).switch("en")
    LanguageSwitcher(qapp).switch("ja")
