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
from kiosk.services.sync_runner import SyncStatus
from kiosk.ui.printer_status import PrinterState
from kiosk.ui.staff import messages

if TYPE_CHECKING:
    from kiosk.ui.main_window import KioskWindow
    from kiosk.ui.screens.base import Screen

SAMPLE_PRINTERS = ["CardPrinter-CR80", "Receipt-80mm"]
SAMPLE_OFFICE = "https://office.example.cafe"


def load_staff_samples(window: KioskWindow, card: NewProducerCard) -> None:
    services = window.services
    if services is None:
        return
    staff = window.staff
    producer_id = services.reissue.find(card.issued.producer_number)[0].producer_id
    if services.reissue.match(producer_id).rank.number == 1:     # a rank-up: upgrade due
        services.purchases.record(producer_id, f"R-{uuid.uuid4().hex[:8].upper()}", 15_000)
    _sample_jobs(window, card)
    match = services.reissue.match(producer_id)
    summary = services.cards.summary(producer_id)
    staff.producer_id = producer_id
    who = f"{match.nickname} · {match.number}"

    staff.pin.start(True)
    staff.pin.pad.digits = "25"
    staff.pin.pad.changed.emit()
    staff.home.show_queue_counts(2, 1)
    digits = match.number.replace("-", "")
    refused = StaffLogAction.OFFICE_REFUSED
    services.staff.record(refused, digits, kind="visit", problem="visited_today",
                          reason="a visit on this business day is counted already")
    services.staff.record(refused, digits, kind="purchase", problem="receipt_used",
                          reason="receipt R-0042 earned PV already")
    services.staff.record(StaffLogAction.PRODUCER_RENUMBERED, digits, old="007-0000002-8",
                          new=match.number, events_sent_again=3)
    staff.home.show_log(services.staff.recent_actions(8))
    now = datetime.now(UTC)
    staff.home.show_sync(SyncStatus(online=True, pending=3, refused=2,
                                    last_success=now - timedelta(minutes=2)), enrolled=True)
    staff.queue.show_jobs(services.print_queue.jobs(), [match])
    staff.queue.show_printer(SAMPLE_PRINTERS[0],
                             messages.printer_state_text(PrinterState.READY))
    staff.find.query.setText(match.nickname[:2])
    staff.find.show_matches(services.reissue.find(match.nickname[:2]))
    staff.producer.load(match, summary)
    staff.purchase.load(who)
    staff.purchase.receipt.setText("R-20261123-0042")
    staff.purchase.amount.setText("3500")
    staff.purchase.refused(messages.purchase_refusal(PurchaseRefused(
        PurchaseProblem.RECEIPT_USED, EarlierPurchase(match.number, match.nickname, 3500, 7,
                                                      now - timedelta(hours=1))),
        staff.rules.timezone))
    staff.correction.load(who)
    staff.correction.pv.setText("-4")
    staff.correction.reason.setText("wrong producer")
    staff.password.load(who, card.issued.login_id, card.issued.password)
    staff.settings_screen.load(staff.settings, SAMPLE_PRINTERS, ["logo.png"], SAMPLE_OFFICE)


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
    staff = window.staff
    return [("pin", staff.pin), ("home", staff.home), ("queue", staff.queue),
            ("find", staff.find), ("producer", staff.producer), ("purchase", staff.purchase),
            ("correction", staff.correction), ("password", staff.password),
            ("settings", staff.settings_screen)]
