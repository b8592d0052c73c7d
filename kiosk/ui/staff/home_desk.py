"""Staff home's work: the print counts and the staff log read off the UI thread, the
office sync at a glance, "sync now", and quitting the kiosk (logged first).

The tiles that lead to other desks are the home screen's own signals; the window connects
them to those desks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from kiosk.services.bundle import KioskServices
from kiosk.services.staff import StaffLogAction
from kiosk.ui.problems import Audience, explain
from kiosk.ui.problems import staff as messages
from kiosk.ui.shell import KioskMode, Shell
from kiosk.ui.staff.home import StaffHomeScreen
from kiosk.ui.tasks import Scope, TaskKey, TaskRunner, printing_pool

if TYPE_CHECKING:
    from kiosk.sync.runner import SyncStatus


class StaffHomeDesk(QObject):
    sync_requested = Signal()
    quit_requested = Signal()

    def __init__(self, shell: Shell, services: KioskServices, tasks: TaskRunner,
                 timezone: str, enrolled: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shell = shell
        self._services = services
        self._tasks = tasks
        self._enrolled = enrolled
        self._sync_status: SyncStatus | None = None
        self.home = StaffHomeScreen(timezone)
        shell.add_screens((self.home,), KioskMode.STAFF)
        self.home.back.connect(shell.reset)
        self.home.sync_requested.connect(self._on_sync_now)
        self.home.leave_kiosk_requested.connect(self._on_leave_kiosk)

    def open(self, message: str = "") -> None:
        """Staff home, in a staff session (the gate unlocked it; the other desks go back)."""
        self.home.reset()
        self._shell.show(self.home)
        if message:
            self.home.show_outcome(message)
        self.refresh()

    def open_after_pin_change(self) -> None:
        self.open(self.tr("Staff PIN changed."))

    def refresh(self) -> None:
        """Counts, the staff log and the card printer's state (with supplies running low),
        read off the UI thread."""
        from kiosk.services.print_queue import JobState
        from kiosk.ui.printer_status import Readiness, card_printer_readiness
        from kiosk.ui.printing import resolve_printer

        services, configured = self._services, self._shell.settings.card_printer

        def read() -> tuple[dict[JobState, int], list[Any], Readiness | None]:
            printer = resolve_printer(configured)
            ready = card_printer_readiness(printer) if printer else None
            return services.print_queue.counts(), services.staff.recent_actions(8), ready

        def show(loaded: tuple[dict[JobState, int], list[Any], Readiness | None]) -> None:
            counts, actions, ready = loaded
            self.home.show_queue_counts(counts[JobState.WAITING], counts[JobState.FAILED])
            self.home.show_log(actions)
            worth_saying = ready is not None and (not ready.ready or ready.low)
            self.home.show_printer(messages.readiness_text(ready) if worth_saying and ready
                                   else "")

        self._tasks.run(read, show, self._warn, pool=printing_pool())
        self.home.show_sync(self._sync_status, enrolled=self._enrolled)

    def show_sync_status(self, status: SyncStatus) -> None:
        """After each sync pass; staff home, if showing, reads its counts again."""
        self._sync_status = status
        if self._shell.current is self.home:
            self.refresh()

    def _warn(self, error: Exception) -> None:
        self.home.show_problem(explain(error, Audience.STAFF))

    def _on_sync_now(self) -> None:
        if self._enrolled:
            self.sync_requested.emit()
            self.home.show_outcome(self.tr("Syncing with the office…"))

    def _on_leave_kiosk(self) -> None:
        staff = self._services.staff
        self._tasks.run(lambda: staff.record(StaffLogAction.KIOSK_QUIT),
                        lambda _: self.quit_requested.emit(), self._warn,
                        key=TaskKey.QUIT, scope=Scope.KIOSK)
