"""A language switch translates the screen on show at once and a hidden screen when it is
next shown, once: a screen filled while hidden (`load()` translates it) is not translated
again at its show, and one that must be laid out before it shows opts out of waiting."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QStackedWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.basic import label


class Counting(Screen):
    def __init__(self) -> None:
        super().__init__()
        self.title = label("title")
        self.title.setParent(self)
        self.translations = 0

    def retranslate(self) -> None:
        self.translations += 1
        self.title.setText(self.tr("Close"))

    def load(self) -> None:
        self.retranslate()


class Eager(Counting):
    retranslate_when_hidden = True


def _stack(qtbot: QtBot, *screens: Screen) -> QStackedWidget:
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    for screen in screens:
        stack.addWidget(screen)
    stack.show()
    qtbot.waitExposed(stack)
    return stack


def test_a_hidden_screen_is_translated_when_it_shows(qapp: QApplication,
                                                     qtbot: QtBot) -> None:
    shown, hidden, eager = Counting(), Counting(), Eager()
    stack = _stack(qtbot, shown, hidden, eager)
    switcher = LanguageSwitcher(qapp)
    switcher.switch("ja")
    shown.translations = hidden.translations = eager.translations = 0
    switcher.switch("en")
    assert shown.translations == 1 and shown.title.text() == "Close"
    assert hidden.translations == 0                     # not yet: nobody sees it
    assert eager.translations == 1
    stack.setCurrentWidget(hidden)
    assert hidden.translations == 1 and hidden.title.text() == "Close"
    stack.setCurrentWidget(shown)
    stack.setCurrentWidget(hidden)
    assert hidden.translations == 1                     # once per switch, not per show
    switcher.switch("ja")


def _switched_while_hidden(qapp: QApplication, qtbot: QtBot, language: str
                           ) -> tuple[QStackedWidget, Counting, LanguageSwitcher]:
    """A stack showing one screen, the language switched while the other was hidden."""
    shown, hidden = Counting(), Counting()
    stack = _stack(qtbot, shown, hidden)
    switcher = LanguageSwitcher(qapp)
    switcher.switch("ja")
    switcher.switch(language)
    hidden.translations = 0
    return stack, hidden, switcher


def test_a_screen_filled_while_hidden_is_not_translated_again_at_its_show(
        qapp: QApplication, qtbot: QtBot) -> None:
    stack, balance, switcher = _switched_while_hidden(qapp, qtbot, "th")   # a tourist's card
    balance.load()                                      # their balance, still hidden
    stack.setCurrentWidget(balance)
    assert balance.translations == 1
    switcher.switch("ja")


def test_a_hidden_screen_measured_for_the_accessible_mode_catches_up_first(
        qapp: QApplication, qtbot: QtBot) -> None:
    stack, hidden, switcher = _switched_while_hidden(qapp, qtbot, "fr")
    assert stack.currentWidget() is not hidden
    hidden.catch_up()                 # what `lower_for_reach` does before measuring it
    hidden.catch_up()
    assert hidden.translations == 1
    switcher.switch("ja")
