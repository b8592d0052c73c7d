"""Staff's settings: read the printers and logos on offer, save changes to settings.toml.

A saved change reaches the rest of the kiosk through the shell (`apply_settings`): idle
times and printing apply at once, and so does the cards' branding (café name, logo,
website: `services.branding`, for the next card drawn on screen or printed); the rest at the
next start. What came from the command line (kiosk number, demo data) stays as it was until
then.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from kiosk.services.bundle import KioskServices
from kiosk.services.staff import StaffLogAction
from kiosk.settings import KioskSettings
from kiosk.ui.formatting import fill
from kiosk.ui.problems import Audience, explain
from kiosk.ui.shell import KioskMode, Shell
from kiosk.ui.staff.settings_screen import SettingsScreen
from kiosk.ui.tasks import TaskKey, TaskRunner, printing_pool

LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")


class SettingsDesk(QObject):
    home_requested = Signal()

    def __init__(self, shell: Shell, services: KioskServices, tasks: TaskRunner,
                 office_url: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shell = shell
        self._services = services
        self._tasks = tasks
        self._office_url = office_url
        self._screen: SettingsScreen | None = None

    @property
    def settings_screen(self) -> SettingsScreen:
        """Made when staff first open the settings (its keyboard is a few MB nobody needs
        until then)."""
        if self._screen is None:
            self._screen = SettingsScreen()
            self._shell.add_screens((self._screen,), KioskMode.STAFF)
            self._screen.back.connect(self.home_requested)
            self._screen.save_requested.connect(self._on_save)
        return self._screen

    def open(self) -> None:
        from kiosk.ui.printing import printer_names

        settings = self._shell.settings
        data_dir = settings.data_dir

        def read() -> tuple[list[str], list[str]]:
            logos = sorted(p.name for p in data_dir.iterdir()
                           if p.suffix.lower() in LOGO_SUFFIXES)
            return printer_names(), logos

        def show(loaded: tuple[list[str], list[str]]) -> None:
            printers, logos = loaded
            self.settings_screen.load(settings, printers, logos, self._office_url)
            self._shell.show(self.settings_screen)

        self._tasks.run(read, show, self._shell_problem, pool=printing_pool())

    def _shell_problem(self, error: Exception) -> None:
        """Settings could not be read: staff home (where the tile was) says why."""
        current = self._shell.current
        if current is not None:
            current.show_problem(explain(error, Audience.STAFF))

    def _on_save(self, changes: dict[str, Any]) -> None:
        from kiosk.settings import SettingsError, card_branding, save_settings

        staff, branding = self._services.staff, self._services.branding
        before = self._shell.settings
        data_dir = before.data_dir

        def work() -> KioskSettings:
            chosen = changes.get("card_printer")
            if chosen and chosen != before.card_printer:
                refuse_a_printer_without_cards(str(chosen))
            saved = save_settings(data_dir, changes)
            branding.update(card_branding(saved))     # the next card drawn or printed
            changed = sorted(key for key, value in changes.items()
                             if getattr(before, key, None) != (
                                 tuple(value) if isinstance(value, list) else value))
            staff.record(StaffLogAction.SETTINGS_CHANGED, keys=changed)
            return saved

        def done(saved: KioskSettings) -> None:
            # Keep what came from the command line (it overrides the file until restart).
            self._shell.apply_settings(replace(saved, kiosk_number=before.kiosk_number,
                                               demo_data=before.demo_data))
            self.settings_screen.show_outcome(self.tr("Settings saved."))

        def failed(exc: Exception) -> None:
            screen = self.settings_screen
            if isinstance(exc, SettingsError):
                screen.show_problem(fill(self.tr("Not saved: %1 — %2"), screen.caption(exc.key),
                                         str(exc)))
            else:
                screen.show_problem(explain(exc, Audience.STAFF))

        self._tasks.run(work, done, failed, key=TaskKey.SAVE_SETTINGS)


def refuse_a_printer_without_cards(queue: str) -> None:
    """A card printer must offer a card page: an office A4 printer chosen by mistake would
    fail every card. Raises SettingsError naming `card_printer` (CUPS not answering: let it
    be, the queue screen will say so)."""
    from kiosk.settings import SettingsError
    from kiosk.ui.printer_status import PrinterState, card_printer_readiness
    from kiosk.ui.problems.staff import printer_state_text

    if card_printer_readiness(queue).state is PrinterState.NO_CARD_SIZE:
        raise SettingsError(printer_state_text(PrinterState.NO_CARD_SIZE), "card_printer")
