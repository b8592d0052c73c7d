"""Idle wipe, kiosk mode, and failures a customer can meet while registering."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.db.models import Producer
from kiosk.db.store import StoreError, StoreProblem
from kiosk.ui.main_window import KioskWindow
from tests.ui.conftest import choose_language, tap
from tests.ui.test_registration_walkthrough import walk_to_confirm


def commit_from_input_method(target: QWidget, text: str) -> None:
    """What a USB keyboard's input method (or a paste) delivers: committed text, emoji too."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(target, event)


def test_idle_timeout_wipes_every_trace_of_the_customer(qtbot: QtBot,
                                                       window: KioskWindow) -> None:
    walk_to_confirm(qtbot, window)
    choose_language(qtbot, window, window.parts.registration.confirm.header.languages, "en")
    with qtbot.wait_signal(window.card_shown, timeout=10_000):
        tap(qtbot, window.parts.registration.confirm.confirm_button)
    password = window.parts.registration.card_ready.password_value.text()
    assert password
    window.idle.set_timeout_ms(300)
    window.idle.arm()
    with qtbot.wait_signal(window.session_reset, timeout=3000):
        pass
    assert window.current_screen is window.attract
    assert not window.parts.registration.card_ready.card.has_image
    card_ready = window.parts.registration.card_ready
    for label in (card_ready.password_value, card_ready.login_value,
                  card_ready.number_value, card_ready.title,
                  window.parts.registration.confirm.name_value):
        assert label.text() == ""
    assert window.parts.registration.name.name_edit.text() == ""
    assert not window.parts.registration.confirm.terms.agree.isChecked()
    welcome = window.parts.registration.welcome
    assert welcome.title.text() == "カフェへようこそ！"     # default language again
    assert not window.idle.armed                                   # attract needs no timer


def test_touching_keeps_the_session_alive(qtbot: QtBot, window: KioskWindow) -> None:
    tap(qtbot, window.attract)
    tap(qtbot, window.parts.registration.welcome.new_button)
    window.idle.set_timeout_ms(400)
    window.idle.arm()
    for _ in range(6):
        qtbot.wait(150)
        tap(qtbot, window.parts.registration.name.keyboard.button("ア"))
    assert window.current_screen is window.parts.registration.name
    assert window.parts.registration.name.name_edit.text() == "アアアアアア"


def test_customers_cannot_leave_kiosk_mode(qtbot: QtBot, window: KioskWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible()
    assert window.close() is False
    assert window.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert window.isVisible()


@pytest.mark.parametrize(("problem", "expected"), [
    (StoreProblem.FULL, "保存領域がいっぱい"),
    (StoreProblem.READ_ONLY, "ただいま端末に保存できない"),
])
def test_store_failure_is_explained_and_the_customer_can_retry(
        qtbot: QtBot, window: KioskWindow, monkeypatch: pytest.MonkeyPatch,
        problem: StoreProblem, expected: str) -> None:
    walk_to_confirm(qtbot, window)
    real_issue = window.services.issuer.issue

    def failing(request: object) -> object:
        raise StoreError(problem, "simulated")

    monkeypatch.setattr(window.services.issuer, "issue", failing)
    tap(qtbot, window.parts.registration.confirm.confirm_button)
    confirm = window.parts.registration.confirm
    qtbot.waitUntil(lambda: expected in confirm.error.text(), timeout=5000)
    assert window.current_screen is window.parts.registration.confirm
    assert window.parts.registration.confirm.confirm_button.isEnabled()
    assert Producer.select().count() == 0
    monkeypatch.setattr(window.services.issuer, "issue", real_issue)
    with qtbot.wait_signal(window.card_shown, timeout=10_000):
        tap(qtbot, window.parts.registration.confirm.confirm_button)
    assert Producer.select().count() == 1


@pytest.mark.parametrize(("typed", "message"), [
    ("ミク😀", "絵文字"),
    ("たなか", "「た」は使えません"),
    ("ア" * 21, "20文字以内"),
])
def test_bad_names_from_a_physical_keyboard_are_explained(
        qtbot: QtBot, window: KioskWindow, typed: str, message: str) -> None:
    tap(qtbot, window.attract)
    tap(qtbot, window.parts.registration.welcome.new_button)
    commit_from_input_method(window.parts.registration.name.name_edit, typed)
    assert message in window.parts.registration.name.problem.text()
    assert not window.parts.registration.name.next_button.isEnabled()
    window.parts.registration.name.next_button.click()
    assert window.current_screen is window.parts.registration.name


def test_empty_name_shows_no_scolding(qtbot: QtBot, window: KioskWindow) -> None:
    tap(qtbot, window.attract)
    tap(qtbot, window.parts.registration.welcome.new_button)
    tap(qtbot, window.parts.registration.name.keyboard.button("スペース"))
    assert window.parts.registration.name.problem.text() == ""
    assert not window.parts.registration.name.next_button.isEnabled()


@pytest.mark.parametrize("abuse", ["minimise", "hide"])
def test_a_minimised_or_hidden_kiosk_comes_back_full_screen(
        qtbot: QtBot, window: KioskWindow, abuse: str) -> None:
    """A window manager's minimise (or a hide) must not leave a black screen with a live
    process: the kiosk shows itself full screen again at once."""
    window.show_kiosk(1080, 1920)
    qtbot.waitUntil(window.isFullScreen, timeout=3000)
    if abuse == "minimise":
        window.showMinimized()
    else:
        window.hide()
    qtbot.waitUntil(lambda: window.isVisible() and window.isFullScreen()
                    and not window.isMinimized(), timeout=3000)


def test_a_screen_turned_at_run_time_is_laid_out_again(qtbot: QtBot,
                                                       window: KioskWindow) -> None:
    """A rotating stand (or xrandr --rotate) turns the display while the kiosk runs: the
    screens take the new shape at once, still full screen."""
    window.show_kiosk(1080, 1920)
    qtbot.waitUntil(window.isFullScreen, timeout=3000)
    assert window.attract.portrait
    window.on_screen_geometry_changed(QRect(0, 0, 1920, 1080))
    assert not window.attract.portrait
    assert not window.parts.registration.name.portrait
    assert window.laid_out_for == (1920, 1080)
    assert window.isFullScreen()
    window.on_screen_geometry_changed(QRect(0, 0, 1080, 1920))
    assert window.attract.portrait
