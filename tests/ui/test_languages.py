"""Live language switching, the offered-languages setting, and Qt's own translations."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from kiosk.settings import SettingsError, load_settings
from kiosk.ui.fonts import families_for
from kiosk.ui.i18n import NATIVE_NAMES, LanguageSwitcher
from kiosk.ui.main_window import KioskWindow
from tests.ui.conftest import choose_language, tap


def test_switch_retranslates_the_screen_at_once_the_others_on_show_and_keeps_input(
        qtbot: QtBot, window: KioskWindow) -> None:
    tap(qtbot, window.attract)
    tap(qtbot, window.parts.registration.welcome.new_button)
    tap(qtbot, window.parts.registration.name.keyboard.button("ミ"))
    tap(qtbot, window.parts.registration.name.keyboard.button("ク"))
    choose_language(qtbot, window, window.parts.registration.name.header.languages, "ko")
    assert window.parts.registration.name.title.text() == "이름을 알려 주세요"
    terms = window.parts.registration.confirm.terms
    assert terms.title.text() == "이용 약관 및 개인정보 처리방침"          # not shown, also done
    assert window.parts.registration.name.name_edit.text() == "ミク"
    assert window.current_screen is window.parts.registration.name
    assert window.parts.registration.name.header.languages.text().startswith("한국어")
    assert families_for("ko")[0] == QCoreApplication.instance().font().families()[0]  # type: ignore[union-attr]
    explainer = window.parts.registration.explainer
    window.shell.show(explainer)                # a hidden screen catches up as it shows
    assert explainer.page.title.text() == "여러분이 프로듀서입니다"


def test_picker_lists_every_language_in_its_own_script(qtbot: QtBot,
                                                      window: KioskWindow) -> None:
    tap(qtbot, window.attract)
    tap(qtbot, window.parts.registration.welcome.new_button)
    tap(qtbot, window.parts.registration.name.header.languages)
    texts = {window.shell.picker.grid.button(code).text() for code in NATIVE_NAMES}
    assert texts == set(NATIVE_NAMES.values())
    tap(qtbot, window.shell.picker.close_button)
    assert not window.shell.picker.isVisible()


def test_qt_own_strings_follow_the_language(themed_app: object) -> None:
    switcher = LanguageSwitcher(themed_app)  # type: ignore[arg-type]
    try:
        switcher.switch("ja")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"
        switcher.switch("fr")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    finally:
        switcher.switch("en")


def test_a_day_of_switches_keeps_one_catalogue_per_language(themed_app: object) -> None:
    """A kiosk switches at most scans of a producer in another language: thousands a day.
    Each switch once loaded fresh catalogues and left the old ones alive (children of the
    application): the count grew with every switch, a day's leak."""
    from PySide6.QtCore import QTranslator

    app = themed_app
    switcher = LanguageSwitcher(app)  # type: ignore[arg-type]
    try:
        for language in ("ja", "th", "en", "zh_TW"):
            switcher.switch(language)
        before = len(app.findChildren(QTranslator))  # type: ignore[attr-defined]
        for _ in range(20):
            for language in ("ja", "th", "en", "zh_TW"):
                switcher.switch(language)
        assert len(app.findChildren(QTranslator)) == before  # type: ignore[attr-defined]
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
        switcher.switch("th")               # Qt has no Thai: its English, not the Chinese
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
        switcher.switch("ja")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"
    finally:
        switcher.switch("en")


def test_staff_choose_offered_languages_and_default(tmp_path: Path) -> None:
    (tmp_path / "settings.toml").write_text(
        'languages = ["en", "th", "ja"]\ndefault_language = "th"\n', encoding="utf-8")
    settings = load_settings(tmp_path)
    assert settings.languages == ("en", "th", "ja") and settings.default_language == "th"
    (tmp_path / "settings.toml").write_text('languages = ["en", "xx"]\n', encoding="utf-8")
    with pytest.raises(SettingsError, match="languages must be chosen from"):
        load_settings(tmp_path)
    (tmp_path / "settings.toml").write_text(
        'languages = ["en"]\ndefault_language = "ja"\n', encoding="utf-8")
    with pytest.raises(SettingsError, match="default_language"):
        load_settings(tmp_path)
