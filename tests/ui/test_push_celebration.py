"""After a push: a celebration with her face, the votes and why they are that many; and a
push button that says why it is off when there is nothing to spend."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.services.bundle import KioskServices
from kiosk.services.demo import seed_demo_cast
from kiosk.services.pushes import CastEntry, PushDone
from kiosk.ui.main_window import KioskWindow
from tests.ui.conftest import tap
from tests.ui.test_card_check_flow import register, scan_to_balance


def _done(photo: str | None) -> PushDone:
    return PushDone(CastEntry("mirai", "ホシノ ミライ", "Mirai Hoshino", photo, 1246),
                    points=3, votes=6, points_left=2)


def test_the_celebration_shows_face_votes_multiplier_and_total(
        qtbot: QtBot, window: KioskWindow, kiosk_services: KioskServices) -> None:
    seed_demo_cast(window.shell.settings.data_dir)            # portraits for the demo cast
    photo = next(e.photo for e in kiosk_services.pushes.roster() if e.cast_id == "mirai")
    assert photo is not None
    window.shell.switch_language("en")
    celebration = window.parts.producer.celebration
    celebration.celebrate(_done(photo), weight=2)
    assert celebration.isVisible() and celebration.running
    assert celebration.name.text() == "Mirai Hoshino"
    assert "× your rank's multiplier 2 = 6 votes" in celebration.sum.text()
    assert celebration.sum.text().startswith("3 push points")
    assert celebration.total.text() == "Mirai Hoshino now has 1246 votes this month."
    qtbot.waitUntil(lambda: not celebration.running, timeout=3000)
    assert celebration.votes.text() == "+6 votes"
    assert celebration.burst.progress == 1.0
    window.shell.switch_language("ja")                       # follows the language
    assert celebration.name.text() == "ホシノ ミライ"
    qtbot.mouseClick(celebration, Qt.MouseButton.LeftButton, pos=celebration.rect().topLeft())
    assert not celebration.isVisible()


def test_a_session_reset_clears_the_celebration(window: KioskWindow) -> None:
    celebration = window.parts.producer.celebration
    celebration.celebrate(_done(None), weight=2, animate=False)
    assert celebration.isVisible()
    window.shell.reset()
    assert not celebration.isVisible()


def test_the_push_button_says_why_it_is_off(qtbot: QtBot, window: KioskWindow,
                                           kiosk_services: KioskServices) -> None:
    issued = register(kiosk_services, "Ann", "en")
    scan_to_balance(qtbot, window, window.attract, issued.token)
    balance = window.parts.producer.balance
    assert not balance.push_button.isEnabled()
    assert balance.push_hint.isVisible()
    assert "0 push points" in balance.push_hint.text()
    assert "Check in" in balance.push_hint.text()
    tap(qtbot, balance.check_in_button)
    qtbot.waitUntil(lambda: balance.points_value.text() == "1", timeout=5000)
    assert balance.push_button.isEnabled() and not balance.push_hint.isVisible()


def test_history_marks_are_tags_not_italics(qtbot: QtBot, window: KioskWindow,
                                           kiosk_services: KioskServices) -> None:
    issued = register(kiosk_services, "Ann", "en")
    scan_to_balance(qtbot, window, window.attract, issued.token)
    html = window.parts.producer.balance.history.text()
    assert "not synced yet" in html
    assert "<i>" not in html and "italic" not in html
    assert "background-color" in html                       # a small coloured tag
