"""A producer whose card will not scan types their website password on the kiosk's own
keys, copying it from the slip: with the gaps between the groups (the space key) or
without. Both open the balance; a wrong password typed the same way is still refused."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kiosk.domain.credentials import PASSWORD_GROUP, group_for_reading
from kiosk.services.bundle import KioskServices
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screens.manual_login import ManualLoginScreen
from tests.ui.conftest import tap
from tests.ui.test_card_check_flow import register
from tests.ui.test_staff_desk import type_on


def open_manual_login(qtbot: QtBot, window: KioskWindow) -> ManualLoginScreen:
    tap(qtbot, window.attract)
    tap(qtbot, window.parts.registration.welcome.languages.button("en"))
    tap(qtbot, window.parts.registration.welcome.login_button)
    login = window.parts.producer.login
    assert window.current_screen is login
    return login


def as_copied_from_the_slip(password: str) -> str:
    """What a person types for the gaps they see: a space."""
    return " ".join(group_for_reading(password, PASSWORD_GROUP).split())


def test_the_password_typed_with_the_gaps_opens_the_balance(
        qtbot: QtBot, window: KioskWindow, kiosk_services: KioskServices) -> None:
    issued = register(kiosk_services, "Ann", "en")
    login = open_manual_login(qtbot, window)
    login.number.setText(issued.producer_number)
    typed = as_copied_from_the_slip(issued.password)
    wrong = typed[:-1] + ("a" if typed[-1] != "a" else "c")
    tap(qtbot, login.password)
    type_on(qtbot, login.keyboard, wrong)
    tap(qtbot, login.submit_button)
    qtbot.waitUntil(lambda: "not right" in login.message.text(), timeout=5000)
    assert window.current_screen is login
    assert " " in typed
    type_on(qtbot, login.keyboard, typed)
    assert login.password.text() == typed
    tap(qtbot, login.submit_button)
    qtbot.waitUntil(lambda: window.current_screen is window.parts.producer.balance, timeout=5000)
    assert window.parts.producer.balance.title.text() == "Hello, Ann!"


def test_the_password_typed_without_the_gaps_opens_the_balance(
        qtbot: QtBot, window: KioskWindow, kiosk_services: KioskServices) -> None:
    issued = register(kiosk_services, "Ann", "en")
    login = open_manual_login(qtbot, window)
    login.number.setText(issued.producer_number)
    tap(qtbot, login.password)
    type_on(qtbot, login.keyboard, issued.password)
    tap(qtbot, login.submit_button)
    qtbot.waitUntil(lambda: window.current_screen is window.parts.producer.balance, timeout=5000)
