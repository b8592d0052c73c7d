"""The card printer from staff mode: the queue screen's actions, printing waiting cards one
after another, "save as PDF", and credentials slips.

Printing runs off the UI thread, one batch at a time: a "print" tapped while a batch is
running is remembered and runs right after. A slip is printed at once or never, because
the password on it is never stored.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from kiosk.ui.background import printing_pool, run_in_background
from kiosk.ui.formatting import fill
from kiosk.ui.staff import messages
from kiosk.ui.staff.queue_screen import PrintQueueScreen

if TYPE_CHECKING:
    from kiosk.services.card_issue import NewProducerCard
    from kiosk.services.print_queue import QueuedCard
    from kiosk.ui.staff.mode import StaffMode

log = logging.getLogger(__name__)


class PrintDesk(QObject):
    def __init__(self, mode: StaffMode, queue: PrintQueueScreen) -> None:
        super().__init__(mode)
        self._mode = mode
        self.queue = queue
        self._printing = False
        self._print_again = False
        queue.back.connect(mode.open_home)
        queue.print_all_requested.connect(self.print_waiting)
        queue.retry_requested.connect(lambda job: self._queue_step("retry", job))
        queue.cancel_requested.connect(lambda job: self._queue_step("cancel", job))
        queue.reprint_requested.connect(lambda job: self._queue_step("reprint", job))
        queue.pdf_requested.connect(self.save_pdf)

    def open_queue(self) -> None:
        self.queue.reset()
        self._mode.show(self.queue)
        self.refresh_queue()

    @property
    def printing(self) -> bool:
        """A batch is being printed (tests and screenshots wait for it to end)."""
        return self._printing

    def refresh_queue(self) -> None:
        services = self._mode.services()
        if services is None:
            return
        from kiosk.ui.printer_status import Readiness, printer_readiness
        from kiosk.ui.printing import resolve_printer

        configured = self._mode.settings.card_printer

        def read() -> tuple[list[Any], list[Any], str, Readiness | None]:
            printer = resolve_printer(configured)
            ready = printer_readiness(printer) if printer else None
            return (services.print_queue.jobs(), services.reissue.upgrades_due(), printer,
                    ready)

        def show(loaded: tuple[list[Any], list[Any], str, Readiness | None]) -> None:
            jobs, upgrades, printer, ready = loaded
            self.queue.show_jobs(jobs, upgrades)
            self.queue.show_printer(printer, messages.printer_state_text(ready.state)
                                    if ready is not None else self.tr("use Save as PDF"))
            self._mode.refresh_home()

        self._mode.run(read, show, lambda exc: self.queue.warn(messages.unexpected(exc)),
                       pool=printing_pool())

    def print_waiting(self) -> None:
        """Send every waiting card to the card printer (one job after another). Not tied
        to a staff session: auto-print runs it for customers' new cards too."""
        services = self._mode.services()
        if services is None:
            return
        if self._printing:
            self._print_again = True
            return
        from kiosk.ui.print_worker import print_next
        from kiosk.ui.printing import PrintFailure, PrintProblem, resolve_printer

        self._printing = True
        queue, settings = services.print_queue, self._mode.settings

        def work() -> tuple[int, QueuedCard | None]:
            """Until the queue is empty, or the printer says it cannot print (then the
            other cards stay waiting rather than all failing the same way)."""
            printer = resolve_printer(settings.card_printer)
            if not printer:
                raise PrintFailure(PrintProblem.NO_SUCH_PRINTER)
            sent = 0
            while (job_id := print_next(queue, printer)) is not None:
                sent += 1
                job = queue.job(job_id)
                if job.failure is not None and job.failure.printer_not_ready:
                    return sent, job
            return sent, None

        run_in_background(work, self._on_printed, self._on_print_error, printing_pool())

    def _on_printed(self, outcome: tuple[int, QueuedCard | None]) -> None:
        self._printing = False
        sent, stopped = outcome
        if stopped is not None:
            self._print_again = False
            self.queue.warn(messages.job_failure(stopped))
        elif sent:
            self.queue.say(self.tr("%n card(s) handled by the printer; see each card's "
                                   "state below.", "", sent))
        if self._print_again:
            self._print_again = False
            self.print_waiting()
        if self._mode.active:
            self.refresh_queue()

    def _on_print_error(self, error: Exception) -> None:
        self._printing = False
        self.queue.warn(self._no_printer(error) or messages.queue_refusal(error))
        if self._mode.active:
            self.refresh_queue()

    def _queue_step(self, step: str, job_id: int) -> None:
        services = self._mode.services()
        if services is None:
            return
        queue = services.print_queue
        action = {"retry": queue.retry, "cancel": queue.cancel, "reprint": queue.reprint}[step]

        def done(_: object) -> None:
            self.refresh_queue()
            if step != "cancel" and self._mode.settings.auto_print:
                self.print_waiting()

        self._mode.run(lambda: action(job_id), done,
                       lambda exc: self.queue.warn(messages.queue_refusal(exc)))

    def save_pdf(self, job_id: int) -> None:
        services = self._mode.services()
        if services is None:
            return
        from kiosk.ui.print_worker import card_front_png
        from kiosk.ui.printing import save_card_pdf

        queue, settings = services.print_queue, self._mode.settings
        folder = settings.data_dir / "cards"

        def work() -> Path:
            card = queue.card_for(job_id)
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"card-{card.producer_number}-{card.generation}.pdf"
            save_card_pdf(path, card_front_png(card),
                          title=f"Producer card {card.producer_number}")
            return path

        self._mode.run(work, lambda path: self.queue.say(fill(self.tr("Saved as %1"),
                                                             str(path))),
                       lambda exc: self.queue.warn(messages.queue_refusal(exc)),
                       pool=printing_pool())

    def _no_printer(self, error: Exception) -> str:
        """The message for "no printer chosen and the machine has no default" (else "")."""
        from kiosk.ui.printing import PrintFailure, PrintProblem

        if isinstance(error, PrintFailure) and error.problem is PrintProblem.NO_SUCH_PRINTER \
                and not error.detail:
            return self.tr("No card printer: choose one in Settings, or save the card as a "
                           "PDF.")
        return ""

    def print_slip(self, content: Any, screen: Any | None) -> None:
        """The credentials slip, printed now: its password is never stored to print later.
        `screen` hears the outcome (None: a customer's registration; only logged)."""
        from kiosk.cards.art import render_slip, to_png
        from kiosk.ui.printing import PrintFailure, PrintProblem, print_slip, resolve_printer

        settings = self._mode.settings

        def work() -> None:
            printer = resolve_printer(settings.slip_printer or settings.card_printer)
            if not printer:
                raise PrintFailure(PrintProblem.NO_SUCH_PRINTER)
            print_slip(printer, to_png(render_slip(content)), settings.slip_paper)

        def done(_: object) -> None:
            if screen is not None:
                screen.say(self.tr("Slip sent to the printer."))

        def failed(exc: Exception) -> None:
            unset = isinstance(exc, PrintFailure) and not exc.detail
            # No printer at all is a choice (the customer reads the password on screen).
            (log.info if unset else log.warning)("credentials slip not printed: %s", exc)
            if screen is None:
                return
            if isinstance(exc, PrintFailure) and not exc.detail:
                screen.warn(self.tr("No printer for the slip: choose one in Settings."))
            else:
                screen.warn(messages.print_failure(exc))

        run_in_background(work, done, failed, printing_pool())

    def card_issued(self, result: NewProducerCard) -> None:
        """A customer registered: their slip prints now; the card too with auto-print."""
        services = self._mode.services()
        if services is None:
            return
        from kiosk.services.card_issue import credentials_slip

        self.print_slip(credentials_slip(result.issued, services.branding.current()), None)
        if self._mode.settings.auto_print:
            self.print_waiting()

