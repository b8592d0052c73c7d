"""A first-time customer registers exactly as they would: taps only, on-screen keyboard."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kiosk.db.models import LedgerEntry, Producer
from kiosk.domain.credentials import PASSWORD_LENGTH, typed_credential
from kiosk.ui.main_window import KioskWindow
from tests.ui.conftest import choose_language, tap


def type_on_keyboard(qtbot: QtBot, window: KioskWindow, *labels: str) -> None:
    for key in labels:
        tap(qtbot, window.parts.registration.name.keyboard.button(key))


def walk_to_confirm(qtbot: QtBot, window: KioskWindow) -> None:
    tap(qtbot, window.attract)
    assert window.current_screen is window.parts.registration.welcome
    tap(qtbot, window.parts.registration.welcome.languages.button("ja"))
    tap(qtbot, window.parts.registration.welcome.new_button)
    assert window.current_screen is window.parts.registration.name
    assert not window.parts.registration.name.next_button.isEnabled()
    # ガ is カ + ゛, ペ is ヘ + ゜, ッ is ツ + 小 — as on a phone's kana pad.
    type_on_keyboard(qtbot, window, "ユ", "ウ", "カ", "゛", "ヘ", "゜", "ツ", "小", "ト")
    assert window.parts.registration.name.name_edit.text() == "ユウガペット"
    for _ in range(3):
        tap(qtbot, window.parts.registration.name.keyboard.button("1文字消す"))
    type_on_keyboard(qtbot, window, "ス", "ケ")
    assert window.parts.registration.name.name_edit.text() == "ユウガスケ"
    tap(qtbot, window.parts.registration.name.next_button)
    confirm = window.parts.registration.confirm
    assert window.current_screen is confirm
    assert confirm.name_value.text() == "ユウガスケ"
    assert not confirm.confirm_button.isEnabled()           # the terms are not agreed yet
    tap(qtbot, confirm.terms.agree)
    assert confirm.confirm_button.isEnabled()


def test_japanese_customer_registers_by_tapping(qtbot: QtBot, window: KioskWindow) -> None:
    walk_to_confirm(qtbot, window)
    with qtbot.wait_signal(window.card_shown, timeout=10_000):
        tap(qtbot, window.parts.registration.confirm.confirm_button)
    assert window.current_screen is window.parts.registration.card_ready
    assert window.parts.registration.card_ready.card.has_image
    producer = Producer.get()
    assert producer.nickname == "ユウガスケ" and producer.language == "ja"
    shown_login = typed_credential(window.parts.registration.card_ready.login_value.text())
    assert shown_login == producer.login_id
    shown_password = typed_credential(window.parts.registration.card_ready.password_value.text())
    assert len(shown_password) == PASSWORD_LENGTH
    assert "ようこそ" in window.parts.registration.card_ready.title.text()
    assert window.parts.registration.card_ready.rank_value.text() == "アシスタントプロデューサー"
    with qtbot.wait_signal(window.session_reset):
        tap(qtbot, window.parts.registration.card_ready.done_button)
    assert window.current_screen is window.attract


def test_english_customer_gets_the_latin_keyboard(qtbot: QtBot, window: KioskWindow) -> None:
    tap(qtbot, window.attract)
    tap(qtbot, window.parts.registration.welcome.languages.button("en"))
    assert window.parts.registration.welcome.new_button.text() == "Become a producer"
    tap(qtbot, window.parts.registration.welcome.new_button)
    assert window.parts.registration.name.keyboard.mode == "latin"
    type_on_keyboard(qtbot, window, "⇧", "A", "n", "n", "Space", "⇧", "L", "e", "e")
    assert window.parts.registration.name.name_edit.text() == "Ann Lee"
    tap(qtbot, window.parts.registration.name.next_button)
    tap(qtbot, window.parts.registration.confirm.terms.agree)
    with qtbot.wait_signal(window.card_shown, timeout=10_000):
        tap(qtbot, window.parts.registration.confirm.confirm_button)
    assert window.parts.registration.card_ready.rank_value.text() == "Assistant Producer"
    assert Producer.get().language == "en"


def test_double_tap_on_confirm_makes_one_producer(qtbot: QtBot, window: KioskWindow) -> None:
    walk_to_confirm(qtbot, window)
    with qtbot.wait_signal(window.card_shown, timeout=10_000):
        tap(qtbot, window.parts.registration.confirm.confirm_button)
        confirm = window.parts.registration.confirm
        confirm.confirm_button.click()       # a second tap while the first works
        confirm._on_confirm()                # even bypassing the disabled button
    qtbot.wait(300)
    assert Producer.select().count() == 1
    assert LedgerEntry.select().count() == 1


def test_switching_language_mid_registration_keeps_the_name(qtbot: QtBot,
                                                           window: KioskWindow) -> None:
    tap(qtbot, window.attract)
    tap(qtbot, window.parts.registration.welcome.new_button)
    type_on_keyboard(qtbot, window, "ミ", "ク")
    assert window.parts.registration.name.title.text() == "お名前を教えてください"
    choose_language(qtbot, window, window.parts.registration.name.header.languages, "en")
    name = window.parts.registration.name
    qtbot.waitUntil(lambda: name.title.text() == "What shall we call you?")
    assert window.parts.registration.name.name_edit.text() == "ミク"
    assert window.parts.registration.name.keyboard.button("Delete").isVisible()
    choose_language(qtbot, window, window.parts.registration.name.header.languages, "ja")
    qtbot.waitUntil(lambda: window.parts.registration.name.title.text() == "お名前を教えてください")
    assert window.current_screen is window.parts.registration.name


class _TapCounter:
    """Every tap a test makes on the way, typing counted apart."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot, self.steps, self.typed = qtbot, 0, 0

    def step(self, widget: object) -> None:
        tap(self.qtbot, widget)  # type: ignore[arg-type]
        self.steps += 1

    def type(self, window: KioskWindow, *keys: str) -> None:
        type_on_keyboard(self.qtbot, window, *keys)
        self.typed += len(keys)


def test_a_thai_tourist_registers_in_six_taps_besides_typing(qtbot: QtBot,
                                                             window: KioskWindow) -> None:
    """Attract in Thai → Become a producer → name → agree → make the card → done."""
    taps = _TapCounter(qtbot)
    registration = window.parts.registration
    taps.step(window.attract.languages.button("th"))
    assert window.current_screen is registration.welcome
    assert registration.welcome.new_button.text() == "สมัครโปรดิวเซอร์"
    taps.step(registration.welcome.new_button)
    taps.type(window, "⇧", "S", "o", "m", "c", "h", "a", "i")
    assert registration.name.name_edit.text() == "Somchai"
    taps.step(registration.name.next_button)
    taps.step(registration.confirm.terms.agree)
    with qtbot.wait_signal(window.card_shown, timeout=10_000):
        taps.step(registration.confirm.confirm_button)
    taps.step(registration.card_ready.done_button)
    assert window.current_screen is window.attract
    assert Producer.get().language == "th"
    assert (taps.steps, taps.typed) == (6, 8)


def test_a_japanese_customer_registers_in_six_taps_besides_typing(
        qtbot: QtBot, window: KioskWindow) -> None:
    taps = _TapCounter(qtbot)
    registration = window.parts.registration
    taps.step(window.attract)                          # the kiosk's own language
    taps.step(registration.welcome.new_button)
    taps.type(window, "タ", "ナ", "カ")
    taps.step(registration.name.next_button)
    taps.step(registration.confirm.terms.agree)
    with qtbot.wait_signal(window.card_shown, timeout=10_000):
        taps.step(registration.confirm.confirm_button)
    taps.step(registration.card_ready.done_button)
    assert Producer.get().nickname == "タナカ"
    assert (taps.steps, taps.typed) == (6, 3)
