"""What staff cannot take back asks twice: revoking a card, stopping a website password,
changing a producer's points. One tap (a reason chip, a tile, Save) changes nothing; the
button that names the consequence does it; Cancel, or moving on, leaves all as it was."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.db.models import Producer
from kiosk.domain.credentials import verify_password
from kiosk.services.bundle import KioskServices
from kiosk.services.card_check import CardRefused
from kiosk.services.registration import IssuedCard
from kiosk.ui.kiosk_parts import KioskParts
from kiosk.ui.shell import Shell
from kiosk.ui.staff.producer_screen import StaffProducerScreen
from tests.ui.conftest import tap
from tests.ui.staff_steps import STAFF_PIN, unlock, wait_for_screen
from tests.ui.test_staff_desk import producer_id, register


def open_producer(qtbot: QtBot, shell: Shell, parts: KioskParts,
                  services: KioskServices) -> tuple[IssuedCard, StaffProducerScreen]:
    issued = register(services)
    services.staff.set_first_pin(STAFF_PIN)
    unlock(qtbot, parts)
    parts.producer_desk.on_scanned(issued.token)
    producer = parts.producer_desk.producer
    wait_for_screen(qtbot, shell, producer)
    assert not producer.confirm.isVisible() and not producer.reasons.isVisible()
    return issued, producer


def card_still_valid(services: KioskServices, issued: IssuedCard) -> bool:
    try:
        return services.cards.check_card(issued.token).summary is not None
    except CardRefused:
        return False


def test_a_reason_chip_alone_revokes_nothing_and_cancel_leaves_the_card(
        qtbot: QtBot, shell: Shell, parts: KioskParts, kiosk_services: KioskServices) -> None:
    issued, producer = open_producer(qtbot, shell, parts, kiosk_services)
    jobs_before = kiosk_services.print_queue.jobs()
    tap(qtbot, producer.replace_tile)
    with qtbot.assert_not_emitted(producer.replace_requested):
        tap(qtbot, producer.reason_buttons["lost"])
        qtbot.wait(200)
    assert producer.reason_buttons["lost"].isChecked()
    assert producer.confirm.isVisible()
    action = producer.confirm.confirm_button.text()
    assert issued.producer_number in action                      # names the card it revokes
    assert issued.producer_number in producer.confirm.question.text()
    assert kiosk_services.print_queue.jobs() == jobs_before      # nothing queued
    assert kiosk_services.reissue.match(producer_id(kiosk_services, issued)).card_generation == 1
    assert card_still_valid(kiosk_services, issued)

    with qtbot.assert_not_emitted(producer.replace_requested):
        tap(qtbot, producer.confirm.cancel_button)
        qtbot.wait(200)
    assert not producer.confirm.isVisible() and not producer.reasons.isVisible()
    assert kiosk_services.reissue.match(producer_id(kiosk_services, issued)).card_generation == 1
    assert card_still_valid(kiosk_services, issued)
    assert kiosk_services.print_queue.jobs() == jobs_before


def test_confirming_revokes_the_card_and_queues_a_new_one(
        qtbot: QtBot, shell: Shell, parts: KioskParts, kiosk_services: KioskServices) -> None:
    issued, producer = open_producer(qtbot, shell, parts, kiosk_services)
    tap(qtbot, producer.replace_tile)
    tap(qtbot, producer.reason_buttons["lost"])
    tap(qtbot, producer.reason_buttons["damaged"])               # a change of mind: fine
    assert not producer.reason_buttons["lost"].isChecked()
    with qtbot.wait_signal(producer.replace_requested) as sent:
        tap(qtbot, producer.confirm.confirm_button)
    assert sent.args == ["damaged"]
    qtbot.waitUntil(lambda: producer.message.property("role") == "success", timeout=5000)
    assert kiosk_services.reissue.match(producer_id(kiosk_services, issued)).card_generation == 2
    assert not card_still_valid(kiosk_services, issued)
    assert [job.state.value for job in kiosk_services.print_queue.jobs()].count("waiting") == 1


def test_while_asking_only_the_question_can_be_answered(
        qtbot: QtBot, shell: Shell, parts: KioskParts, kiosk_services: KioskServices) -> None:
    issued, producer = open_producer(qtbot, shell, parts, kiosk_services)
    tap(qtbot, producer.replace_tile)
    assert not producer.tiles.isVisible()            # no other tile to brush by mistake
    assert producer.replace_question.isVisible() and producer.reasons.isVisible()
    assert producer.confirm.isVisible()
    assert not producer.confirm.confirm_button.isEnabled()          # no reason chosen yet
    with qtbot.assert_not_emitted(producer.replace_requested):
        producer.confirm.confirm_button.click()
        qtbot.wait(100)
    tap(qtbot, producer.reason_buttons["rank_up"])
    assert producer.confirm.confirm_button.isEnabled()
    assert not producer.replace_question.isVisible()       # the step below says it now
    tap(qtbot, producer.confirm.cancel_button)
    assert producer.tiles.isVisible() and not producer.reasons.isVisible()
    assert not any(key.isChecked() for key in producer.reason_buttons.values())
    tap(qtbot, producer.replace_tile)                               # asks from the start
    assert not producer.confirm.confirm_button.isEnabled()
    tap(qtbot, producer.back_button)                                # leaving drops it too
    parts.producer_desk.open_producer(producer_id(kiosk_services, issued))
    qtbot.waitUntil(lambda: producer.tiles.isVisible(), timeout=5000)
    assert not producer.confirm.isVisible() and not producer.reasons.isVisible()
    assert kiosk_services.reissue.match(producer_id(kiosk_services, issued)).card_generation == 1


def test_a_new_password_waits_for_the_named_button_and_cancel_keeps_the_old_one(
        qtbot: QtBot, shell: Shell, parts: KioskParts, kiosk_services: KioskServices) -> None:
    issued, producer = open_producer(qtbot, shell, parts, kiosk_services)
    pid = producer_id(kiosk_services, issued)
    with qtbot.assert_not_emitted(producer.password_requested):
        tap(qtbot, producer.password_tile)
        qtbot.wait(200)
        assert producer.confirm.isVisible()
        tap(qtbot, producer.confirm.cancel_button)
        qtbot.wait(200)
    assert not producer.confirm.isVisible()
    assert verify_password(Producer.get_by_id(pid).password_hash, issued.password)
    tap(qtbot, producer.password_tile)
    tap(qtbot, producer.confirm.confirm_button)
    qtbot.waitUntil(lambda: shell.current is parts.producer_desk.password, timeout=5000)
    assert not verify_password(Producer.get_by_id(pid).password_hash, issued.password)


def test_a_correction_is_saved_only_once_confirmed(
        qtbot: QtBot, shell: Shell, parts: KioskParts, kiosk_services: KioskServices) -> None:
    issued, producer = open_producer(qtbot, shell, parts, kiosk_services)
    pid = producer_id(kiosk_services, issued)
    kiosk_services.purchases.record(pid, "R-5001", 5000)
    tap(qtbot, producer.correction_tile)
    correction = parts.producer_desk.correction
    correction.pv.setText("-4")
    correction.reason.setText("wrong producer")
    with qtbot.assert_not_emitted(correction.submitted):
        tap(qtbot, correction.save_button)
        qtbot.wait(200)
    assert correction.confirm.isVisible() and not correction.save_button.isVisible()
    question = correction.confirm.question.text()
    assert "-4" in question and issued.producer_number in question
    tap(qtbot, correction.confirm.cancel_button)
    assert correction.save_button.isVisible() and correction.pv.text() == "-4"
    tap(qtbot, correction.save_button)
    correction.pv.setText("-3")                     # an edit drops the question asked
    assert not correction.confirm.isVisible() and correction.save_button.isVisible()
    qtbot.wait(200)
    assert kiosk_services.cards.summary(pid).pv_earned == 10
    tap(qtbot, correction.save_button)
    assert "-3" in correction.confirm.question.text()
    tap(qtbot, correction.confirm.confirm_button)
    qtbot.waitUntil(lambda: correction.message.property("role") == "success", timeout=5000)
    assert kiosk_services.cards.summary(pid).pv_earned == 7


def test_a_card_upgrade_in_the_print_queue_asks_before_revoking(qtbot: QtBot,
                                                               themed_app: object) -> None:
    """"Print new card" stops the producer's current card: the first tap only asks."""
    from kiosk.domain.rules import Rank
    from kiosk.services.card_reissue import ProducerMatch
    from kiosk.ui.staff.queue_screen import PrintQueueScreen

    screen = PrintQueueScreen("Asia/Tokyo")
    qtbot.addWidget(screen)
    screen.resize(1080, 1920)
    screen.show()
    rank = Rank(2, "Junior Producer", "ジュニアプロデューサー", 20, 1, "#3A7BD5")
    match = ProducerMatch(42, "007-0000042-3", "Ann", rank, 1, True)
    screen.show_jobs([], [match])
    asked: list[int] = []
    screen.upgrade_requested.connect(asked.append)
    key = screen.findChild(QWidget, "upgrade-42")
    assert key is not None
    qtbot.waitUntil(key.isVisible, timeout=2000)
    tap(qtbot, key)
    assert asked == [] and screen.confirm.isVisible()
    assert "007-0000042-3" in screen.confirm.confirm_button.text()
    tap(qtbot, screen.confirm.cancel_button)
    assert asked == [] and not screen.confirm.isVisible()
    tap(qtbot, key)
    tap(qtbot, screen.confirm.confirm_button)
    assert asked == [42]
