"""Staff helping one producer: find them, record purchases, correct points, replace a lost
card, issue a new website password, change settings — by taps, as staff would."""

from __future__ import annotations

import tomllib

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from kiosk.domain.credentials import typed_credential, verify_password
from kiosk.services.bundle import KioskServices
from kiosk.services.registration import IssuedCard, RegistrationRequest
from kiosk.ui.kiosk_parts import KioskParts
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.shell import Shell
from tests.ui.conftest import tap
from tests.ui.staff_steps import STAFF_PIN, enter_staff_mode, unlock, wait_for_screen
from tests.ui.test_card_check_flow import scan


def register(services: KioskServices, name: str = "ミク") -> IssuedCard:
    return services.issuer.issue(RegistrationRequest.new(name, "ja", True)).issued


def producer_id(services: KioskServices, issued: IssuedCard) -> int:
    return services.reissue.find(issued.producer_number)[0].producer_id


def type_on(qtbot: QtBot, keys: object, text: str) -> None:
    """Tap each character on the on-screen keyboard or digit pad the field opened."""
    from kiosk.ui.staff.number_pad import NumberPad
    from kiosk.ui.widgets.keyboard import OnScreenKeyboard

    for char in text:
        if isinstance(keys, NumberPad):
            tap(qtbot, keys.keys["−" if char == "-" else char])
        else:
            assert isinstance(keys, OnScreenKeyboard)
            if char == " ":
                tap(qtbot, keys._space_button)
                continue
            kana = not char.isascii()
            if (keys.mode == "kana") != kana:
                tap(qtbot, keys._mode_button)            # the kana / ABC key
            tap(qtbot, keys.button(char.lower()))


def open_producer_by_search(qtbot: QtBot, shell: Shell, parts: KioskParts, query: str,
                            producer_id: int) -> None:
    tap(qtbot, parts.home.home.find_tile)
    find = parts.producer_desk.find
    assert shell.current is find
    type_on(qtbot, find.entry.keyboard, query)
    def result() -> QPushButton | None:
        return find.findChild(QPushButton, f"producer-{producer_id}")

    qtbot.waitUntil(lambda: (found := result()) is not None and found.isVisible(),
                    timeout=5000)
    button = result()
    assert button is not None
    tap(qtbot, button)
    wait_for_screen(qtbot, shell, parts.producer_desk.producer)


def test_a_purchase_recorded_twice_is_refused_the_second_time(
        qtbot: QtBot, shell: Shell, parts: KioskParts, kiosk_services: KioskServices) -> None:
    issued = register(kiosk_services)
    kiosk_services.staff.set_first_pin(STAFF_PIN)
    unlock(qtbot, parts)
    open_producer_by_search(qtbot, shell, parts, issued.producer_number.replace("-", ""),
                            producer_id(kiosk_services, issued))
    tap(qtbot, parts.producer_desk.producer.purchase_tile)
    purchase = parts.producer_desk.purchase
    assert shell.current is purchase
    assert not purchase.record_button.isEnabled()
    type_on(qtbot, purchase.entry.keyboard, "r-1001")
    tap(qtbot, purchase.amount)                          # the digit pad comes up
    assert purchase.entry.currentWidget() is purchase.entry.pad
    type_on(qtbot, purchase.entry.pad, "12000")
    assert purchase.preview.text() == "12,000円 で 24 PV"
    tap(qtbot, purchase.record_button)
    qtbot.waitUntil(lambda: "24" in purchase.message.text(), timeout=5000)
    assert purchase.message.property("role") == "success"
    assert "ジュニアプロデューサー" in purchase.message.text()      # 24 PV: a new rank
    assert kiosk_services.cards.summary(producer_id(kiosk_services, issued)).pv_earned == 24

    tap(qtbot, purchase.receipt)
    type_on(qtbot, purchase.entry.keyboard, "r-1001")
    tap(qtbot, purchase.amount)
    type_on(qtbot, purchase.entry.pad, "500")
    tap(qtbot, purchase.record_button)
    qtbot.waitUntil(lambda: purchase.message.property("role") == "error", timeout=5000)
    refusal = purchase.message.text()
    assert "ミク" in refusal and issued.producer_number in refusal and "12,000円" in refusal
    assert kiosk_services.cards.summary(producer_id(kiosk_services, issued)).pv_earned == 24


def test_absurd_amounts_and_bad_receipts_get_a_clear_message(
        qtbot: QtBot, shell: Shell, parts: KioskParts, kiosk_services: KioskServices) -> None:
    issued = register(kiosk_services)
    kiosk_services.staff.set_first_pin(STAFF_PIN)
    unlock(qtbot, parts)
    open_producer_by_search(qtbot, shell, parts, "ミク", producer_id(kiosk_services, issued))
    tap(qtbot, parts.producer_desk.producer.purchase_tile)
    purchase = parts.producer_desk.purchase
    for receipt, amount, expected in (("r-2001", "9999999", "200,000円"),
                                      ("r?", "500", "レシート番号")):
        purchase.receipt.setText(receipt)
        purchase.amount.setText(amount)
        tap(qtbot, purchase.record_button)
        qtbot.waitUntil(lambda: purchase.message.text() != "", timeout=5000)
        assert purchase.message.property("role") == "error"
        assert expected in purchase.message.text()
        purchase.clear_message()
    assert kiosk_services.cards.summary(producer_id(kiosk_services, issued)).pv_earned == 0


def test_a_correction_is_a_new_entry_with_its_reason(
        qtbot: QtBot, shell: Shell, parts: KioskParts, kiosk_services: KioskServices) -> None:
    issued = register(kiosk_services)
    kiosk_services.purchases.record(producer_id(kiosk_services, issued), "R-3001", 5000)
    kiosk_services.staff.set_first_pin(STAFF_PIN)
    unlock(qtbot, parts)
    parts.producer_desk.on_scanned(issued.token)           # a scan opens the producer
    wait_for_screen(qtbot, shell, parts.producer_desk.producer)
    tap(qtbot, parts.producer_desk.producer.correction_tile)
    correction = parts.producer_desk.correction
    assert correction.entry.currentWidget() is correction.entry.pad
    type_on(qtbot, correction.entry.pad, "-4")
    tap(qtbot, correction.reason)
    type_on(qtbot, correction.entry.keyboard, "wrong producer")
    tap(qtbot, correction.save_button)
    assert correction.confirm.isVisible() and "-4" in correction.confirm.question.text()
    tap(qtbot, correction.confirm.confirm_button)
    qtbot.waitUntil(lambda: correction.message.property("role") == "success", timeout=5000)
    assert kiosk_services.cards.summary(producer_id(kiosk_services, issued)).pv_earned == 6
    logged = kiosk_services.staff.recent_actions()[0]
    assert logged.action == "correction" and logged.detail["reason"] == "wrong producer"


def test_lost_card_replaced_then_old_card_refused_and_new_card_accepted(
        qtbot: QtBot, window: KioskWindow, kiosk_services: KioskServices) -> None:
    issued = register(kiosk_services)
    kiosk_services.purchases.record(producer_id(kiosk_services, issued), "R-4001", 15000)
    kiosk_services.staff.set_first_pin(STAFF_PIN)
    enter_staff_mode(qtbot, window)
    open_producer_by_search(qtbot, window.shell, window.parts, "ミ",
                            producer_id(kiosk_services, issued))
    producer = window.parts.producer_desk.producer
    assert "30" in producer.details.text()                 # PV shown to staff
    tap(qtbot, producer.replace_tile)
    assert producer.replace_question.isVisible()
    tap(qtbot, producer.reason_buttons["lost"])
    assert issued.producer_number in producer.confirm.confirm_button.text()
    tap(qtbot, producer.confirm.confirm_button)
    qtbot.waitUntil(lambda: "2" in producer.message.text()
                    and producer.message.property("role") == "success", timeout=5000)
    new_card = kiosk_services.print_queue.card_for(kiosk_services.print_queue.jobs()[0].job_id)
    assert new_card.generation == 2
    tap(qtbot, producer.back_button)
    tap(qtbot, window.parts.producer_desk.find.back_button)
    tap(qtbot, window.parts.home.home.close_button)
    assert window.current_screen is window.attract

    scan(qtbot, window.attract, issued.token)               # the lost card: refused
    qtbot.waitUntil(lambda: window.parts.producer.notice.text != "", timeout=5000)
    assert "新しいカード" in window.parts.producer.notice.text
    window.shell.reset()
    scan(qtbot, window.attract, new_card.token)             # the new one: the balance
    qtbot.waitUntil(lambda: window.current_screen is window.parts.producer.balance, timeout=5000)
    assert window.parts.producer.balance.pv_value.text() == "30"  # the points stayed


def test_a_new_website_password_is_shown_once(
        qtbot: QtBot, shell: Shell, parts: KioskParts, kiosk_services: KioskServices) -> None:
    issued = register(kiosk_services)
    kiosk_services.staff.set_first_pin(STAFF_PIN)
    unlock(qtbot, parts)
    parts.producer_desk.on_scanned(issued.token)
    wait_for_screen(qtbot, shell, parts.producer_desk.producer)
    producer = parts.producer_desk.producer
    tap(qtbot, producer.password_tile)                     # asks first
    assert producer.confirm.isVisible()
    from kiosk.db.models import Producer

    assert verify_password(Producer.get_by_id(producer_id(kiosk_services, issued))
                           .password_hash, issued.password)  # nothing changed yet
    tap(qtbot, producer.confirm.confirm_button)
    screen = parts.producer_desk.password
    qtbot.waitUntil(lambda: shell.current is screen, timeout=5000)
    shown = typed_credential(screen.password_value.text())      # as the producer types it

    stored = Producer.get_by_id(producer_id(kiosk_services, issued)).password_hash
    assert verify_password(stored, shown)
    assert not verify_password(stored, issued.password)
    tap(qtbot, screen.done_button)
    assert screen.password_value.text() == ""
    wait_for_screen(qtbot, shell, parts.producer_desk.producer)


def test_settings_are_validated_saved_and_applied(
        qtbot: QtBot, shell: Shell, parts: KioskParts, kiosk_services: KioskServices) -> None:
    kiosk_services.staff.set_first_pin(STAFF_PIN)
    unlock(qtbot, parts)
    tap(qtbot, parts.home.home.settings_tile)
    screen = parts.settings_desk.settings_screen
    qtbot.waitUntil(lambda: shell.current is screen, timeout=5000)
    assert screen.cafe_name.text() == shell.settings.cafe_name
    screen.staff_idle.set_value(300)
    qtbot.mouseClick(screen.auto_print, Qt.MouseButton.LeftButton,      # on its box
                     pos=QPoint(20, screen.auto_print.height() // 2))
    assert screen.auto_print.isChecked()
    screen.languages.choose(["ja", "en", "th"])
    screen.default_language.choose(["ko"])                # not offered: refused
    tap(qtbot, screen.save_button)
    qtbot.waitUntil(lambda: screen.message.property("role") == "error", timeout=5000)
    path = shell.settings.data_dir / "settings.toml"
    assert not path.exists()                               # nothing written
    screen.default_language.choose(["ja"])
    tap(qtbot, screen.save_button)
    qtbot.waitUntil(lambda: screen.message.property("role") == "success", timeout=5000)
    saved = tomllib.loads(path.read_text(encoding="utf-8"))
    assert saved["staff_idle_seconds"] == 300 and saved["auto_print"] is True
    assert saved["languages"] == ["ja", "en", "th"]
    assert shell.settings.staff_idle_seconds == 300
    assert kiosk_services.staff.recent_actions()[0].action == "settings_changed"


def test_a_new_cafe_name_reaches_the_next_card_on_screen_and_on_paper_at_once(
        qtbot: QtBot, shell: Shell, parts: KioskParts, kiosk_services: KioskServices) -> None:
    kiosk_services.staff.set_first_pin(STAFF_PIN)
    unlock(qtbot, parts)
    tap(qtbot, parts.home.home.settings_tile)
    screen = parts.settings_desk.settings_screen
    qtbot.waitUntil(lambda: shell.current is screen, timeout=5000)
    screen.cafe_name.setText("Café Stella")
    tap(qtbot, screen.save_button)
    qtbot.waitUntil(lambda: screen.message.property("role") == "success", timeout=5000)
    assert kiosk_services.branding.current().cafe_name == "Café Stella"
    assert shell.settings.cafe_name == "Café Stella"


def test_a_double_tap_on_replace_issues_one_new_card(
        qtbot: QtBot, shell: Shell, parts: KioskParts, kiosk_services: KioskServices) -> None:
    issued = register(kiosk_services)
    kiosk_services.staff.set_first_pin(STAFF_PIN)
    unlock(qtbot, parts)
    parts.producer_desk.on_scanned(issued.token)
    wait_for_screen(qtbot, shell, parts.producer_desk.producer)
    producer = parts.producer_desk.producer
    tap(qtbot, producer.replace_tile)
    tap(qtbot, producer.reason_buttons["damaged"])
    producer.confirm.confirm_button.click()
    producer.confirm.confirm_button.click()                        # a second tap
    qtbot.waitUntil(lambda: producer.message.property("role") == "success", timeout=5000)
    qtbot.wait(300)
    match = kiosk_services.reissue.match(producer_id(kiosk_services, issued))
    assert match.card_generation == 2
    jobs = kiosk_services.print_queue.jobs()
    assert [job.state.value for job in jobs] == ["waiting", "cancelled"]  # the old card's job


def test_a_chosen_printer_that_is_missing_stays_chosen_when_saving(
        qtbot: QtBot, shell: Shell, parts: KioskParts, kiosk_services: KioskServices) -> None:
    from kiosk.settings import save_settings

    kiosk_services.staff.set_first_pin(STAFF_PIN)
    data_dir = shell.settings.data_dir
    shell.apply_settings(save_settings(data_dir, {"card_printer": "CardQ"}))
    unlock(qtbot, parts)
    tap(qtbot, parts.home.home.settings_tile)
    screen = parts.settings_desk.settings_screen
    qtbot.waitUntil(lambda: shell.current is screen, timeout=5000)
    assert screen.card_printer.chosen() == ["CardQ"]
    assert "CardQ" in screen.card_printer.buttons["CardQ"].text()
    screen.idle.set_value(120)
    tap(qtbot, screen.save_button)
    qtbot.waitUntil(lambda: screen.message.property("role") == "success", timeout=5000)
    assert shell.settings.card_printer == "CardQ"


def test_every_logged_action_and_queue_action_has_words_for_staff(qtbot: QtBot) -> None:
    from kiosk.services.print_queue import QueueAction
    from kiosk.services.staff import StaffLogAction
    from kiosk.ui.staff.home import StaffHomeScreen
    from kiosk.ui.staff.queue_screen import PrintQueueScreen

    home, queue = StaffHomeScreen("Asia/Tokyo"), PrintQueueScreen("Asia/Tokyo")
    for screen in (home, queue):
        qtbot.add_widget(screen)
    for action in StaffLogAction:
        assert home.action_text(action, {}) not in ("", action.value), action
    assert home.action_text("coffee_made") == "coffee_made"    # a newer kiosk's action
    assert [queue.action_text(action) for action in QueueAction] == [
        "Retry", "Cancel", "Reprint"]
