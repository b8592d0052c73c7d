"""The accessible mode: on from any customer screen (the language panel) or the welcome
screen; larger type and the high-contrast colours; actions lowered within reach on a tall
screen; each screen announced where a speech engine exists; off again for the next person
and for staff."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.services.bundle import KioskServices
from kiosk.ui.design_tokens import CAFE, HIGH_CONTRAST, Type
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.speech import Speaker
from kiosk.ui.theme import accessible, palette, text_factor, type_px
from tests.ui.conftest import tap
from tests.ui.staff_steps import STAFF_PIN, enter_staff_mode


def _open_name_screen(qtbot: QtBot, window: KioskWindow) -> None:
    tap(qtbot, window.attract)
    tap(qtbot, window.parts.registration.welcome.new_button)
    assert window.current_screen is window.parts.registration.name


def test_the_language_panel_turns_it_on_for_this_session_only(
        qtbot: QtBot, tall: KioskWindow) -> None:
    window = tall
    _open_name_screen(qtbot, window)
    usual = type_px(Type.BODY)
    assert palette() is CAFE
    tap(qtbot, window.parts.registration.name.header.languages)
    picker = window.shell.picker
    assert picker is not None and picker.isVisible()
    tap(qtbot, picker.accessible_box)
    assert accessible() and palette() is HIGH_CONTRAST
    assert type_px(Type.BODY) > usual and 1.1 <= text_factor() <= 1.4
    assert window.parts.registration.welcome.accessible_box.isChecked()   # both agree
    assert window.current_screen is window.parts.registration.name         # still here
    width, height = window.laid_out_for
    name = window.parts.registration.name
    assert name.minimumSizeHint().width() <= width
    assert name.minimumSizeHint().height() <= height
    window.shell.reset()                               # the customer walks away
    assert not accessible() and palette() is CAFE
    assert not picker.accessible_box.isChecked()


def test_the_welcome_screen_lowers_its_actions_within_reach(qtbot: QtBot,
                                                             tall: KioskWindow) -> None:
    window = tall
    tap(qtbot, window.attract)
    welcome = window.parts.registration.welcome
    qtbot.wait(20)
    before = welcome.new_button.mapTo(window, welcome.new_button.rect().topLeft()).y()
    tap(qtbot, welcome.accessible_box)
    assert accessible()
    qtbot.wait(20)
    after = welcome.new_button.mapTo(window, welcome.new_button.rect().topLeft()).y()
    assert after > before
    margins = welcome.layout().contentsMargins()  # type: ignore[union-attr]
    assert margins.top() > 0
    for button in (welcome.new_button, welcome.login_button, welcome.back_button):
        bottom = button.mapTo(window, button.rect().bottomLeft()).y()
        assert bottom <= window.height()               # lowered, never pushed off


def test_staff_mode_is_always_in_the_usual_look(qtbot: QtBot, tall: KioskWindow,
                                                kiosk_services: KioskServices) -> None:
    window = tall
    kiosk_services.staff.set_first_pin(STAFF_PIN)
    _open_name_screen(qtbot, window)
    window.accessible.set(True)
    assert accessible()
    enter_staff_mode(qtbot, window)
    assert not accessible()


def test_a_speech_engine_is_asked_to_say_each_screen(qtbot: QtBot, tall: KioskWindow,
                                                     tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A stand-in `espeak-ng` on PATH (a real program, recording what it was asked)."""
    said = tmp_path / "said.txt"
    engine = tmp_path / "espeak-ng"
    engine.write_text(f"#!/bin/sh\nprintf '%s|' \"$@\" >> {said}\necho >> {said}\n")
    engine.chmod(engine.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr("kiosk.ui.speech._qt_engine", lambda parent: None)
    window = tall
    window.accessible.speaker = Speaker(window.accessible)
    assert window.accessible.speaker.engine == "espeak-ng"
    _open_name_screen(qtbot, window)
    window.accessible.set(True)
    window.shell.show(window.parts.registration.welcome)
    qtbot.waitUntil(lambda: said.exists() and "-v|ja|" in said.read_text(), timeout=5000)
    assert window.parts.registration.welcome.title.text() in said.read_text()


def test_without_an_engine_it_stays_silent(monkeypatch: pytest.MonkeyPatch,
                                           themed_app: object) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    monkeypatch.setattr("kiosk.ui.speech._qt_engine", lambda parent: None)
    speaker = Speaker()
    assert not speaker.available
    speaker.say("こんにちは", "ja")                     # nothing happens, nothing breaks
    speaker.stop()
