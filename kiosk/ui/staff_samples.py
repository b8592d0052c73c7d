"""Staff screens filled the way a working day would fill them, for the gallery and the
screenshot tests: a queue with a printed, a waiting and a failed card, a producer with a
card upgrade due, a purchase refused as a repeat, a new password on show, and events the
office refused in the staff log."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from kiosk.services.card_issue import NewProducerCard
from kiosk.services.print_queue import JobState, PrintFailureState
from kiosk.services.purchases import EarlierPurchase, PurchaseProblem, PurchaseRefused
from kiosk.services.registration import RegistrationRequest
from kiosk.services.staff import StaffLogAction
from kiosk.sync.runner import SyncStatus
from kiosk.ui.printer_status import PrinterState, Readiness, Supply
from kiosk.ui.problems import staff as messages

if TYPE_CHECKING:
    from kiosk.ui.main_window import KioskWindow
    from kiosk.ui.screens.base import Screen

SAMPLE_PRINTERS = ["CardPrinter-CR80", "Receipt-80mm"]
SAMPLE_OFFICE = "https://office.example.cafe"


def load_staff_samples(window: KioskWindow, card: NewProducerCard) -> None:
    services = window.services
    if services is None:
        return
    parts = window.parts
    desk = parts.producer_desk
    producer_id = services.reissue.find(card.issued.producer_number)[0].producer_id
    if services.reissue.match(producer_id).rank.number == 1:     # a rank-up: upgrade due
        services.purchases.record(producer_id, f"R-{uuid.uuid4().hex[:8].upper()}", 15_000)
    _sample_jobs(window, card)
    match = services.reissue.match(producer_id)
    summary = services.cards.summary(producer_id)
    desk.producer_id = producer_id
    who = f"{match.nickname} · {match.number}"

    pin, home, queue = parts.gate.pin, parts.home.home, parts.print_desk.queue
    pin.start(True)
    pin.pad.digits = "25"
    pin.pad.changed.emit()
    home.show_queue_counts(2, 1)
    digits = match.number.replace("-", "")
    refused = StaffLogAction.OFFICE_REFUSED
    services.staff.record(refused, digits, kind="visit", problem="visited_today",
                          reason="a visit on this business day is counted already")
    services.staff.record(refused, digits, kind="purchase", problem="receipt_used",
                          reason="receipt R-0042 earned PV already")
    services.staff.record(StaffLogAction.PRODUCER_RENUMBERED, digits, old="007-0000002-8",
                          new=match.number, events_sent_again=3)
    services.staff.record(StaffLogAction.SLIP_NOT_PRINTED, digits, reason="not_ready")
    home.show_log(services.staff.recent_actions(8))
    home.show_printer(messages.readiness_text(Readiness(PrinterState.READY,
                                                        low=(Supply.RIBBON,))))
    now = datetime.now(UTC)
    home.show_sync(SyncStatus(online=True, pending=3, refused=2,
                                    last_success=now - timedelta(minutes=2)), enrolled=True)
    queue.show_jobs(services.print_queue.jobs(), [match])
    queue.show_printer(SAMPLE_PRINTERS[0], messages.readiness_text(
        Readiness(PrinterState.READY, low=(Supply.RIBBON,))))
    desk.find.query.setText(match.nickname[:2])
    desk.find.show_matches(services.reissue.find(match.nickname[:2]))
    desk.producer.load(match, summary)
    desk.purchase.load(who)
    desk.purchase.receipt.setText("R-20261123-0042")
    desk.purchase.amount.setText("3500")
    desk.purchase.show_problem(messages.purchase_refusal(PurchaseRefused(
        PurchaseProblem.RECEIPT_USED, EarlierPurchase(match.number, match.nickname, 3500, 7,
                                                      now - timedelta(hours=1))),
        window.rules.timezone))
    desk.correction.load(who)
    desk.correction.pv.setText("-4")
    desk.correction.reason.setText("wrong producer")
    desk.password.load(who, card.issued.login_id, card.issued.password)
    parts.settings_desk.settings_screen.load(window.shell.settings, SAMPLE_PRINTERS,
                                             ["logo.png"], SAMPLE_OFFICE)


def _sample_jobs(window: KioskWindow, card: NewProducerCard) -> None:
    """One printed card and one failed ("out of cards") beside a waiting one."""
    services = window.services
    assert services is not None
    queue = services.print_queue
    waiting = [job.job_id for job in queue.jobs() if job.state is JobState.WAITING]
    for name in ("Aoi", "Ren")[:max(0, 3 - len(waiting))]:
        services.issuer.issue(RegistrationRequest.new(name, card.issued.language, True))
    waiting = [job.job_id for job in queue.jobs() if job.state is JobState.WAITING]
    queue.start(waiting[-1], SAMPLE_PRINTERS[0])
    queue.finished(waiting[-1])
    queue.start(waiting[-2], SAMPLE_PRINTERS[0])
    queue.failed(waiting[-2], PrintFailureState.OUT_OF_CARDS, "media-empty-error")


def staff_screens(window: KioskWindow) -> list[tuple[str, Screen]]:
    """Every staff screen by the name its screenshot gets."""
    parts = window.parts
    desk = parts.producer_desk
    return [("pin", parts.gate.pin), ("home", parts.home.home),
            ("queue", parts.print_desk.queue), ("find", desk.find), ("producer", desk.producer),
            ("purchase", desk.purchase), ("correction", desk.correction),
            ("password", desk.password), ("settings", parts.settings_desk.settings_screen)]
