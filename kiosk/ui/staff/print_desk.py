"""The card printer: the queue screen's actions, printing waiting cards one after another,
"save as PDF", and credentials slips — for staff, and for customers' new cards.

Not part of staff mode: a customer's registration reaches it too (the window connects
`card_issued` to it). Printing runs off the UI thread, one batch at a time: a "print"
tapped while a batch is running is remembered and runs right after. A slip is printed at
once or never, because the password on it is never stored.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from kiosk.services.bundle import KioskServices
from kiosk.services.print_queue import JobState, QueueAction
from kiosk.services.staff import StaffLogAction
from kiosk.ui.formatting import fill
from kiosk.ui.problems import Audience, explain
from kiosk.ui.problems import staff as messages
from kiosk.ui.shell import KioskMode, Shell
from kiosk.ui.staff.queue_screen import PrintQueueScreen
from kiosk.ui.tasks import Scope, TaskRunner, printing_pool

if TYPE_CHECKING:
    from kiosk.services.card_issue import NewProducerCard
    from kiosk.services.print_queue import QueuedCard
    from kiosk.ui.screens.base import Screen

log = logging.getLogger(__name__)
TEST_NUMBER = "000-0000000-0"


def test_card_pngs(branding: Any) -> tuple[bytes, bytes]:
    """A sample card's front and back, in the café's branding, with no producer's token."""
    from kiosk.cards.art import render_card_back, render_card_front, to_png
    from kiosk.domain.rules import Rank

    rank = Rank(1, "Test", "テスト", 0, 1, "#FFFFFF")
    face = branding.face("TEST PRINT", TEST_NUMBER, rank, "TEST-PRINT")
    return (to_png(render_card_front(face)),
            to_png(render_card_back(face, branding.website)))


class PrintDesk(QObject):
    home_requested = Signal()
    upgrade_requested = Signal(int)       # producer id: replace the card in the new colour
    slip_printed = Signal(str, bool)      # producer number, whether the slip came out

    def __init__(self, shell: Shell, services: KioskServices, tasks: TaskRunner,
                 timezone: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shell = shell
        self._services = services
        self._tasks = tasks
        self.queue = queue = PrintQueueScreen(timezone)
        self._printing = False
        self._print_again = False
        shell.add_screens((queue,), KioskMode.STAFF)
        queue.back.connect(self.home_requested)
        queue.upgrade_requested.connect(self.upgrade_requested)
        queue.print_all_requested.connect(self.print_waiting)
        queue.test_print_requested.connect(self.test_print)
        queue.retry_requested.connect(lambda job: self._queue_step(QueueAction.RETRY, job))
        queue.cancel_requested.connect(lambda job: self._queue_step(QueueAction.CANCEL, job))
        queue.reprint_requested.connect(lambda job: self._queue_step(QueueAction.REPRINT, job))
        queue.pdf_requested.connect(self.save_pdf)

    def open_queue(self) -> None:
        self.queue.reset()
        self._shell.show(self.queue)
        self.refresh_queue()

    @property
    def printing(self) -> bool:
        """A batch is being printed (tests and screenshots wait for it to end)."""
        return self._printing

    def refresh_queue(self) -> None:
        """The queue as it is, after asking CUPS how the cards it had ended, and the card
        printer's state as CUPS knows it (supplies running low included)."""
        services = self._services
        from kiosk.ui.print_worker import reconcile
        from kiosk.ui.printer_status import Readiness, card_printer_readiness
        from kiosk.ui.printing import resolve_printer

        configured = self._shell.settings.card_printer

        def read() -> tuple[list[Any], list[Any], str, Readiness | None]:
            reconcile(services.print_queue)
            printer = resolve_printer(configured)
            ready = card_printer_readiness(printer) if printer else None
            return (services.print_queue.jobs(), services.reissue.upgrades_due(), printer,
                    ready)

        def show(loaded: tuple[list[Any], list[Any], str, Readiness | None]) -> None:
            jobs, upgrades, printer, ready = loaded
            self.queue.show_jobs(jobs, upgrades)
            self.queue.show_printer(printer, messages.readiness_text(ready)
                                    if ready is not None else self.tr("use Save as PDF"))

        self._tasks.run(read, show, self._warn, pool=printing_pool())

    def _warn(self, error: Exception) -> None:
        self.queue.show_problem(explain(error, Audience.STAFF))

    def print_waiting(self) -> None:
        """Send every waiting card to the card printer (one job after another). Not tied
        to a staff session: auto-print runs it for customers' new cards too."""
        if self._printing:
            self._print_again = True
            return
        from kiosk.ui.print_worker import print_next, reconcile
        from kiosk.ui.printing import PrintFailure, PrintProblem, resolve_printer

        self._printing = True
        queue, settings = self._services.print_queue, self._shell.settings

        def work() -> tuple[int, QueuedCard | None]:
            """Until the queue is empty, or the printer cannot print (then the other
            cards stay waiting rather than all failing the same way). Returns how many
            cards came out, and the job that stopped the batch."""
            reconcile(queue)
            printer = resolve_printer(settings.card_printer)
            if not printer:
                raise PrintFailure(PrintProblem.NO_SUCH_PRINTER)
            printed = 0
            while (job_id := print_next(queue, printer)) is not None:
                job = queue.job(job_id)
                printed += job.state is JobState.PRINTED
                if job.failure is not None and job.failure.printer_not_ready:
                    return printed, job
            return printed, None

        self._tasks.run(work, self._on_printed, self._on_print_error, scope=Scope.KIOSK,
                        pool=printing_pool())

    def _on_printed(self, outcome: tuple[int, QueuedCard | None]) -> None:
        self._printing = False
        printed, stopped = outcome
        if stopped is not None:
            self._print_again = False
            self.queue.show_problem(messages.job_failure(stopped))
        elif printed:
            self.queue.show_outcome(self.tr("%n card(s) printed.", "", printed))
        if self._print_again:
            self._print_again = False
            self.print_waiting()
        if self._shell.mode is KioskMode.STAFF:
            self.refresh_queue()

    def _on_print_error(self, error: Exception) -> None:
        self._printing = False
        self.queue.show_problem(self._no_printer(error) or explain(error, Audience.STAFF))
        if self._shell.mode is KioskMode.STAFF:
            self.refresh_queue()

    def test_print(self) -> None:
        """A sample card, both sides where the printer can, on the card printer, waited for
        until CUPS says it came out: how staff check a printer (a new one, after a ribbon
        change) without using a producer's card."""
        from kiosk.ui.printing import PrintFailure, PrintProblem, print_card, resolve_printer

        settings, branding = self._shell.settings, self._services.branding.current()

        def work() -> bool:
            printer = resolve_printer(settings.card_printer)
            if not printer:
                raise PrintFailure(PrintProblem.NO_SUCH_PRINTER)
            front, back = test_card_pngs(branding)
            return print_card(printer, front, back, title="Test card").both_sides

        def done(both_sides: bool) -> None:
            self.queue.show_outcome(self.tr("Test card printed on both sides.") if both_sides
                                    else self.tr("Test card printed on its front only: this "
                                                 "printer cannot print both sides."))
            self.refresh_queue()

        def failed(error: Exception) -> None:
            self.queue.show_problem(self._no_printer(error) or explain(error, Audience.STAFF))
            self.refresh_queue()

        self.queue.show_outcome(self.tr("Printing a test card…"))
        self._tasks.run(work, done, failed, scope=Scope.KIOSK, pool=printing_pool())

    def on_card_replaced(self) -> None:
        """A replacement card waits in the queue: with auto-print it prints now."""
        if self._shell.settings.auto_print:
            self.print_waiting()

    def on_upgrade_queued(self, text: str) -> None:
        self.queue.show_outcome(text)
        self.refresh_queue()

    def on_upgrade_refused(self, text: str) -> None:
        self.queue.show_problem(text)

    def _queue_step(self, step: QueueAction, job_id: int) -> None:
        queue = self._services.print_queue
        action = {QueueAction.RETRY: queue.retry, QueueAction.CANCEL: queue.cancel,
                  QueueAction.REPRINT: queue.reprint}[step]

        def done(_: object) -> None:
            self.refresh_queue()
            if step is not QueueAction.CANCEL and self._shell.settings.auto_print:
                self.print_waiting()

        self._tasks.run(lambda: action(job_id), done, self._warn)

    def save_pdf(self, job_id: int) -> None:
        from kiosk.ui.print_worker import card_front_png
        from kiosk.ui.printing import save_card_pdf

        queue, settings = self._services.print_queue, self._shell.settings
        folder = settings.data_dir / "cards"

        def work() -> Path:
            card = queue.card_for(job_id)
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"card-{card.producer_number}-{card.generation}.pdf"
            save_card_pdf(path, card_front_png(card),
                          title=f"Producer card {card.producer_number}")
            return path

        self._tasks.run(work, lambda path: self.queue.show_outcome(
            fill(self.tr("Saved as %1"), str(path))), self._warn, pool=printing_pool())

    def _no_printer(self, error: Exception) -> str:
        """The message for "no printer chosen and the machine has no default" (else "")."""
        from kiosk.ui.printing import PrintFailure, PrintProblem

        if isinstance(error, PrintFailure) and error.problem is PrintProblem.NO_SUCH_PRINTER \
                and not error.detail:
            return self.tr("No card printer: choose one in Settings, or save the card as a "
                           "PDF.")
        return ""

    def print_slip(self, content: Any, screen: Screen | None) -> None:
        """The credentials slip, printed now: its password is never stored to print later.
        `screen` hears the outcome (None: a customer's registration); `slip_printed` tells
        everyone whether it came out (the customer's card screen says so)."""
        from kiosk.cards.art import render_slip, to_png
        from kiosk.ui.printing import PrintFailure, PrintProblem, print_slip, resolve_printer

        settings = self._shell.settings

        def work() -> None:
            printer = resolve_printer(settings.slip_printer or settings.card_printer)
            if not printer:
                raise PrintFailure(PrintProblem.NO_SUCH_PRINTER)
            print_slip(printer, to_png(render_slip(content)), settings.slip_paper)

        def done(_: object) -> None:
            self.slip_printed.emit(content.producer_number, True)
            if screen is not None:
                screen.show_outcome(self.tr("Slip printed."))

        def failed(exc: Exception) -> None:
            unset = isinstance(exc, PrintFailure) and not exc.detail
            # No printer at all is a choice (the customer reads the password on screen).
            (log.info if unset else log.warning)("credentials slip not printed: %s", exc)
            self.slip_printed.emit(content.producer_number, False)
            if screen is None:
                if not unset:       # a customer left without it: staff hand a new password
                    self._tell_staff_slip_failed(content.producer_number, exc)
                return
            if isinstance(exc, PrintFailure) and not exc.detail:
                screen.show_problem(self.tr("No printer for the slip: choose one in Settings."))
            else:
                screen.show_problem(explain(exc, Audience.STAFF))

        self._tasks.run(work, done, failed, scope=Scope.KIOSK, pool=printing_pool())

    def _tell_staff_slip_failed(self, producer_number: str, exc: Exception) -> None:
        """Staff home's log names the producer whose slip never came (the customer's
        screen told them to ask staff)."""
        staff = self._services.staff
        reason = getattr(getattr(exc, "problem", None), "value", type(exc).__name__)
        self._tasks.run(lambda: staff.record(StaffLogAction.SLIP_NOT_PRINTED,
                                             producer_number, reason=str(reason)),
                        lambda _: None, lambda error: log.warning(
                            "could not log the missing slip: %s", error),
                        scope=Scope.KIOSK)

    def card_issued(self, result: NewProducerCard) -> None:
        """A customer registered: their slip prints now; the card too with auto-print."""
        from kiosk.services.card_issue import credentials_slip

        branding, settings = self._services.branding.current(), self._shell.settings
        self.print_slip(credentials_slip(result.issued, branding), None)
        if settings.auto_print:
            self.print_waiting()

