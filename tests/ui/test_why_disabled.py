"""A disabled action says why when tapped, and works as before once enabled."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.domain.rules import RuleBook


def test_next_on_the_terms_says_to_tick_the_box_first(qtbot: QtBot, themed_app: object,
                                                      rules: RuleBook) -> None:
    from kiosk.ui.screens.terms import TermsScreen

    screen = TermsScreen(rules)
    qtbot.addWidget(screen)
    screen.resize(1080, 1920)
    screen.show()
    accepted: list[bool] = []
    screen.accepted.connect(lambda: accepted.append(True))
    before = screen.next_button.geometry()
    assert not screen.next_button.isEnabled() and not screen.tick_first.isVisible()
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert screen.tick_first.isVisible() and "Tick the box" in screen.tick_first.text()
    assert accepted == []
    assert screen.next_button.geometry() == before          # the hint had its room
    screen.agree.setChecked(True)
    assert not screen.tick_first.isVisible()
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert accepted == [True]
