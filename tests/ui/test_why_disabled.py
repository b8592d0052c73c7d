"""A disabled action says why when tapped, and works as before once enabled."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.domain.rules import RuleBook


def test_make_my_card_says_to_agree_to_the_terms_first(qtbot: QtBot, themed_app: object,
                                                      rules: RuleBook) -> None:
    from kiosk.ui.screens.confirm import ConfirmScreen

    screen = ConfirmScreen(rules)
    qtbot.addWidget(screen)
    screen.resize(1080, 1920)
    screen.show()
    screen.load("Ann", "en")
    confirmed: list[bool] = []
    screen.confirmed.connect(lambda: confirmed.append(True))
    before = screen.confirm_button.geometry()
    assert not screen.confirm_button.isEnabled() and not screen.tick_first.isVisible()
    qtbot.mouseClick(screen.confirm_button, Qt.MouseButton.LeftButton)
    assert screen.tick_first.isVisible() and "Tick the box" in screen.tick_first.text()
    assert confirmed == []
    assert screen.confirm_button.geometry() == before       # the hint had its room
    qtbot.mouseClick(screen.terms.agree, Qt.MouseButton.LeftButton)
    assert screen.consented and not screen.tick_first.isVisible()
    qtbot.mouseClick(screen.confirm_button, Qt.MouseButton.LeftButton)
    assert confirmed == [True]
    assert not screen.confirm_button.isEnabled()            # busy: no second card


def test_the_guides_greyed_out_arrows_say_where_you_are(qtbot: QtBot, themed_app: object,
                                                        rules: RuleBook) -> None:
    from kiosk.ui.screens.explainer import ExplainerScreen

    screen = ExplainerScreen(rules)
    qtbot.addWidget(screen)
    screen.resize(1080, 1920)
    screen.show()
    screen.show_page(0)
    assert not screen.previous_button.isEnabled()
    qtbot.mouseClick(screen.previous_button, Qt.MouseButton.LeftButton)
    assert screen.dots.text() == "This is the first page."
    assert screen.index == 0
    screen.show_page(screen.page_count - 1)
    assert "●" in screen.dots.text()                        # the dots are back
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert "last page" in screen.dots.text()
    qtbot.waitUntil(lambda: "●" in screen.dots.text(), timeout=5000)
