"""A producer at the kiosk, driven like a person: scan, check in, push, walk away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.db.identity import KioskSigner
from kiosk.db.models import LedgerEntry
from kiosk.db.store import Store
from kiosk.domain.ledger import EntryKind
from kiosk.domain.rules import RuleBook
from kiosk.services.bundle import KioskServices
from kiosk.services.registration import IssuedCard, RegistrationRequest
from kiosk.ui.main_window import KioskWindow
from tests.ui.conftest import tap


def register(services: KioskServices, name: str = "ミク", language: str = "ja") -> IssuedCard:
    return services.issuer.issue(RegistrationRequest.new(name, language, True)).issued


def scan(qtbot: QtBot, target: QWidget, code: str) -> None:
    """A keyboard-wedge scanner: the whole code in one burst, then Enter."""
    qtbot.keyClicks(target, code)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def scan_to_balance(qtbot: QtBot, window: KioskWindow, target: QWidget, code: str) -> None:
    scan(qtbot, target, code)
    qtbot.waitUntil(lambda: window.current_screen is window.parts.producer.balance, timeout=5000)


def test_scan_on_the_attract_screen_shows_the_balance(
        qtbot: QtBot, window: KioskWindow, kiosk_services: KioskServices) -> None:
    issued = register(kiosk_services)
    scan_to_balance(qtbot, window, window.attract, issued.token)
    balance = window.parts.producer.balance
    assert balance.title.text() == "ミクさん、こんにちは！"
    assert balance.badge.text() == "アシスタントプロデューサー"
    assert balance.pv_value.text() == "0" and balance.points_value.text() == "0"
    assert "ジュニアプロデューサー" in balance.to_next.text()
    assert balance.check_in_button.isEnabled()
    assert "まだ同期していません" in balance.synced.text()
    assert "プロデューサー登録" in balance.history.text()
    assert "未同期" in balance.history.text()          # the registration is not synced yet


def test_scan_while_a_text_field_has_focus_is_still_a_scan(
        qtbot: QtBot, window: KioskWindow, kiosk_services: KioskServices) -> None:
    issued = register(kiosk_services, "Ann", "en")
    tap(qtbot, window.attract)
    tap(qtbot, window.parts.registration.welcome.new_button)
    window.parts.registration.name.name_edit.setFocus()
    scan_to_balance(qtbot, window, window.parts.registration.name.name_edit, issued.token)
    assert window.parts.registration.name.name_edit.text() == ""       # no character leaked in
    assert window.parts.producer.balance.title.text() == "Hello, Ann!"    # her own language


def test_slow_typing_in_the_name_field_is_typing(qtbot: QtBot, window: KioskWindow) -> None:
    tap(qtbot, window.attract)
    tap(qtbot, window.parts.registration.welcome.new_button)
    window.parts.registration.name.name_edit.setFocus()
    for char in "ANNABELLE LEE":
        qtbot.keyClick(window.parts.registration.name.name_edit, char)
        qtbot.wait(70)
    qtbot.waitUntil(lambda: window.parts.registration.name.name_edit.text() == "ANNABELLE LEE")
    assert window.current_screen is window.parts.registration.name


def test_check_in_twice_counts_once(qtbot: QtBot, window: KioskWindow,
                                    kiosk_services: KioskServices) -> None:
    issued = register(kiosk_services)
    scan_to_balance(qtbot, window, window.attract, issued.token)
    balance, notice = window.parts.producer.balance, window.parts.producer.notice
    tap(qtbot, balance.check_in_button)
    qtbot.waitUntil(lambda: "推しポイントが1ポイントたまりました" in notice.text, timeout=5000)
    qtbot.waitUntil(lambda: balance.points_value.text() == "1", timeout=5000)
    assert not balance.check_in_button.isEnabled()
    assert "チェックインしました" in balance.stay.text()
    assert "次のステージショー" in balance.stay.text()
    tap(qtbot, notice.ok_button)
    window.parts.producer.check_in()                 # a second try (e.g. from another scan)
    qtbot.waitUntil(lambda: "すでにチェックイン済み" in notice.text, timeout=5000)
    visits = LedgerEntry.select().where(LedgerEntry.kind == EntryKind.VISIT.value).count()
    assert visits == 1


def test_push_a_cast_member(qtbot: QtBot, window: KioskWindow,
                            kiosk_services: KioskServices) -> None:
    issued = register(kiosk_services, "Ann", "en")
    scan_to_balance(qtbot, window, window.attract, issued.token)
    balance = window.parts.producer.balance
    tap(qtbot, balance.check_in_button)
    qtbot.waitUntil(lambda: balance.points_value.text() == "1", timeout=5000)
    tap(qtbot, window.parts.producer.notice.ok_button)
    tap(qtbot, balance.push_button)
    push = window.parts.producer.push
    qtbot.waitUntil(lambda: window.current_screen is push, timeout=5000)
    assert not push.push_button.isEnabled()            # choose someone first
    tap(qtbot, push.tile("sakura"))
    assert push.preview.text() == "1 push point → 1 vote"
    assert not push.plus.isEnabled()                   # only one point to give
    tap(qtbot, push.push_button)
    celebration = window.parts.producer.celebration
    qtbot.waitUntil(celebration.isVisible, timeout=5000)
    assert celebration.running                         # the face pops in, votes count up
    assert celebration.name.text() == "Sakura"
    assert celebration.total.text() == "Sakura now has 1 vote this month."
    qtbot.waitUntil(lambda: not celebration.running, timeout=3000)
    assert celebration.votes.text() == "+1 vote"
    qtbot.waitUntil(lambda: balance.points_value.text() == "0", timeout=5000)
    assert window.current_screen is balance            # under the celebration
    tap(qtbot, celebration.ok_button)
    assert not celebration.isVisible()
    assert "Pushed Sakura: 1 vote" in balance.history.text()
    assert "not synced yet" in balance.history.text()


def test_search_the_roster_with_the_kiosk_keyboard(
        qtbot: QtBot, window: KioskWindow, kiosk_services: KioskServices) -> None:
    issued = register(kiosk_services, "Ann", "en")
    scan_to_balance(qtbot, window, window.attract, issued.token)
    window.parts.producer.open_push()
    push = window.parts.producer.push
    qtbot.waitUntil(lambda: window.current_screen is push, timeout=5000)
    tap(qtbot, push.search_button)
    for key in "yu":
        tap(qtbot, push.keyboard.button(key))
    qtbot.waitUntil(lambda: len(push.group.buttons()) == 1, timeout=5000)
    qtbot.waitUntil(lambda: push.tile("yui").isVisible(), timeout=5000)   # shown next frame


def test_forged_code_gets_a_clear_message_and_no_balance(
        qtbot: QtBot, window: KioskWindow, kiosk_services: KioskServices) -> None:
    issued = register(kiosk_services)
    forged = issued.token[:-6] + ("AAAAAA" if issued.token[-6:] != "AAAAAA" else "BBBBBB")
    scan(qtbot, window.attract, forged)
    notice = window.parts.producer.notice
    qtbot.waitUntil(lambda: "無効です" in notice.text, timeout=5000)
    assert window.current_screen is window.attract


def test_other_barcodes_are_not_cards(qtbot: QtBot, window: KioskWindow) -> None:
    scan(qtbot, window.attract, "https://example.com/coupon/12345")
    notice = window.parts.producer.notice
    qtbot.waitUntil(lambda: "プロデューサーカードではありません" in notice.text,
                    timeout=5000)


def test_the_balance_screen_closes_by_itself(qtbot: QtBot, window: KioskWindow,
                                             kiosk_services: KioskServices) -> None:
    issued = register(kiosk_services)
    scan_to_balance(qtbot, window, window.attract, issued.token)
    window.idle.set_timeout_ms(300)
    window.idle.arm()
    with qtbot.wait_signal(window.session_reset, timeout=3000):
        pass
    assert window.current_screen is window.attract
    assert window.parts.producer.balance.summary is None
    assert window.parts.producer.balance.title.text() == ""


def test_a_new_scan_replaces_the_shown_producer(qtbot: QtBot, window: KioskWindow,
                                                kiosk_services: KioskServices) -> None:
    first, second = register(kiosk_services, "ミク"), register(kiosk_services, "Ann", "en")
    scan_to_balance(qtbot, window, window.attract, first.token)
    scan(qtbot, window.parts.producer.balance, second.token)
    qtbot.waitUntil(lambda: window.parts.producer.balance.title.text() == "Hello, Ann!",
                    timeout=5000)


def test_manual_login_with_number_and_password(qtbot: QtBot, window: KioskWindow,
                                               kiosk_services: KioskServices) -> None:
    issued = register(kiosk_services, "Ann", "en")
    tap(qtbot, window.attract)
    tap(qtbot, window.parts.registration.welcome.languages.button("en"))
    tap(qtbot, window.parts.registration.welcome.login_button)
    login = window.parts.producer.login
    assert window.current_screen is login
    login.number.setText(issued.producer_number)
    tap(qtbot, login.password)
    login.password.setText("wrong-password")
    tap(qtbot, login.submit_button)
    qtbot.waitUntil(lambda: "not right" in login.message.text(), timeout=5000)
    assert login.password.text() == ""
    login.password.setText(issued.password)
    tap(qtbot, login.submit_button)
    qtbot.waitUntil(lambda: window.current_screen is window.parts.producer.balance, timeout=5000)
    assert window.parts.producer.balance.title.text() == "Hello, Ann!"


def test_roster_photos_are_shown_when_there_are_any(
        qtbot: QtBot, window: KioskWindow, kiosk_services: KioskServices,
        data_dir: object) -> None:
    from pathlib import Path

    from PySide6.QtGui import QColor, QImage

    from kiosk.db.models import CastMember

    photo = Path(str(data_dir)) / "mirai.png"
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(QColor("#E83E8C"))
    assert image.save(str(photo))
    CastMember.update(photo=str(photo)).where(CastMember.cast_id == "mirai").execute()
    issued = register(kiosk_services, "Ann", "en")
    scan_to_balance(qtbot, window, window.attract, issued.token)
    window.parts.producer.open_push()
    qtbot.waitUntil(lambda: window.current_screen is window.parts.producer.push, timeout=5000)
    photo_icon = window.parts.producer.push.tile("mirai").icon().pixmap(96).toImage()
    assert photo_icon.pixelColor(48, 48).name() == "#e83e8c"           # her photo
    initial = window.parts.producer.push.tile("sakura").icon().pixmap(96).toImage()
    assert not initial.isNull() and initial.pixelColor(48, 48).name() != "#e83e8c"


def test_a_rank_up_tells_the_producer_a_new_card_is_available(
        qtbot: QtBot, window: KioskWindow, kiosk_services: KioskServices, store: Store,
        rules: RuleBook, signer: KioskSigner) -> None:
    import time

    from kiosk.services.purchases import PurchaseService

    issued = register(kiosk_services)
    scan_to_balance(qtbot, window, window.attract, issued.token)
    assert not window.parts.producer.balance.notice.isVisible()       # a new card is up to date
    window.shell.reset()
    found = kiosk_services.cards.check_card(issued.token).summary
    assert found is not None
    time.sleep(0.01)                                  # the purchase comes after the card
    PurchaseService(store, rules, signer).record(
        found.producer_id, "R-7001", rules.ranks[1].pv_from * rules.yen_per_pv)
    scan_to_balance(qtbot, window, window.attract, issued.token)
    notice = window.parts.producer.balance.notice
    assert notice.isVisible() and "ランクが上がりました" in notice.text()
    assert window.parts.producer.balance.badge.text() == "ジュニアプロデューサー"


def test_the_same_card_again_within_the_repeat_window_is_ignored_after_a_scan(
        qtbot: QtBot, window: KioskWindow, kiosk_services: KioskServices) -> None:
    """The README promises a repeat within 4 s is ignored. A successful scan resets the
    session (forgetting the last customer); it must not forget the scan that caused it."""
    issued = register(kiosk_services, "Ann", "en")
    scan_to_balance(qtbot, window, window.attract, issued.token)
    shown: list[str] = []
    window.scanner.scanned.connect(shown.append)
    with qtbot.assertNotEmitted(window.session_reset, wait=300):
        qtbot.wait(1200)                                  # 1.5 s after the first scan
        scan(qtbot, window.parts.producer.balance, issued.token)
    assert shown == []
    assert window.current_screen is window.parts.producer.balance


def test_one_scan_switches_the_language_once(
        qtbot: QtBot, window: KioskWindow, kiosk_services: KioskServices,
        monkeypatch: object) -> None:
    """A Thai producer's scan on a Japanese kiosk: straight to Thai, not via the default."""
    from kiosk.ui.i18n import LanguageSwitcher

    issued = register(kiosk_services, "Somchai", "th")
    switched: list[str] = []
    original = LanguageSwitcher.switch

    def counting(self: LanguageSwitcher, language: str) -> None:
        if language != self.language:
            switched.append(language)
        original(self, language)

    import pytest
    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setattr(LanguageSwitcher, "switch", counting)
    tap(qtbot, window.attract)                 # a session in progress, in Japanese
    scan_to_balance(qtbot, window, window.parts.registration.welcome, issued.token)
    assert switched == ["th"]
