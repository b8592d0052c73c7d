"""The way into staff mode: the corner hold, the PIN pad, the first PIN, changing the PIN.

Only a PIN the service accepted makes a staff session (`unlocked`). Until a staff PIN
exists, the kiosk lands on the PIN chooser instead of the attract screen: the PIN is set
at first start, not by whoever finds the corner first. The chooser speaks the language the
staff pick on it (every language the kiosk has, not only the customers' choice); the staff
session that follows keeps it, and the next reset returns to the customers' language.
Staff sessions end like customer sessions, through the shell's reset; whatever was still
running for one is then dropped by the task runner.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.services.bundle import KioskServices
from kiosk.settings import KNOWN_LANGUAGES
from kiosk.ui import app_filters
from kiosk.ui.problems import Audience, explain
from kiosk.ui.shell import KioskMode, SessionEnd, Shell
from kiosk.ui.staff.gesture import CornerHold
from kiosk.ui.tasks import Scope, TaskRunner

if TYPE_CHECKING:
    from kiosk.ui.staff.pin_pad import PinPadScreen

log = logging.getLogger(__name__)


class StaffGate(QObject):
    unlocked = Signal()            # a staff session began: show staff home
    pin_changed = Signal()         # the PIN was changed (back to staff home, say so)
    change_cancelled = Signal()

    def __init__(self, shell: Shell, services: KioskServices, tasks: TaskRunner,
                 watched: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shell = shell
        self._staff = services.staff
        self._tasks = tasks
        self.pin_missing = False
        self._pin: PinPadScreen | None = None
        shell.session_reset.connect(self._on_session_reset)
        self.gesture = CornerHold(watched)
        self.gesture.held.connect(self.open_pin_pad)
        app = QApplication.instance()
        if app is not None:
            app_filters.install(app, self.gesture)

    @property
    def pin(self) -> PinPadScreen:
        """The PIN pad, built the first time staff need it (the corner held, or a kiosk
        without a PIN yet): the gate itself watches the corner from the start."""
        if self._pin is None:
            from kiosk.ui.staff.pin_pad import PinPadScreen

            pin = PinPadScreen(KNOWN_LANGUAGES)
            self._shell.add_screens((pin,), KioskMode.STAFF_GATE)
            self._shell.language_switched.connect(pin.show_language)
            pin.show_language(self._shell.language)
            pin.back.connect(self._on_pin_back)
            pin.unlock_requested.connect(self._on_unlock)
            pin.pin_chosen.connect(self._on_pin_chosen)
            pin.pin_changed.connect(self._on_pin_changed)
            pin.language_chosen.connect(self._on_language_chosen)
            self._pin = pin
        return self._pin

    def release_input(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app_filters.remove(app, self.gesture)

    # ---- the first PIN -----------------------------------------------------------------------

    def require_pin(self) -> None:
        """At start: with no staff PIN yet, the kiosk asks for one before customers use it."""
        def checked(pin_is_set: bool) -> None:
            self.pin_missing = not pin_is_set
            if self.pin_missing:
                self._shell.land_on(self.pin, KioskMode.FIRST_PIN)
                self._shell.reset()

        self._tasks.run(self._staff.has_pin, checked,
                        lambda exc: log.error("staff PIN not readable", exc_info=exc),
                        scope=Scope.KIOSK)

    def _on_language_chosen(self, language: str) -> None:
        """Staff picked their language on the chooser: the whole kiosk switches at once
        (what was typed stays), and stays so into the staff session that follows."""
        self._shell.switch_language(language)

    def _on_session_reset(self, _end: SessionEnd) -> None:
        """The PIN chooser in place of the attract screen (no PIN yet; nothing to cancel)."""
        if self.pin_missing:
            self.pin.start(False)
            self.pin.back_button.hide()

    # ---- unlocking ---------------------------------------------------------------------------

    def open_pin_pad(self) -> None:
        """The corner was held: ask for the PIN (or, before one exists, to choose one)."""
        if self._shell.mode in (KioskMode.STAFF, KioskMode.STAFF_GATE) or self.pin_missing:
            return              # no PIN yet: the chooser is showing; a reset would wipe it
        self._shell.reset()
        self._tasks.run(self._staff.has_pin, self._show_pin_pad,
                        lambda exc: log.error("staff PIN not readable", exc_info=exc))

    def _show_pin_pad(self, pin_is_set: bool) -> None:
        self.pin.start(pin_is_set)
        self._shell.show(self.pin)

    def _refused(self, error: Exception) -> None:
        self.pin.show_problem(explain(error, Audience.STAFF))

    def _on_unlock(self, pin: str) -> None:
        staff = self._staff
        self._tasks.run(lambda: staff.unlock(pin), lambda _: self._unlocked(), self._refused)

    def _on_pin_chosen(self, pin: str) -> None:
        staff = self._staff
        self._tasks.run(lambda: staff.set_first_pin(pin), lambda _: self._unlocked(),
                        self._refused)

    def _unlocked(self) -> None:
        """The service accepted the PIN: the one way a staff session begins."""
        self.pin_missing = False
        self._shell.land_on(None)
        self.pin.back_button.show()
        self.unlocked.emit()

    def _on_pin_back(self) -> None:
        """Cancel: back to staff home when changing the PIN, else to the customers."""
        if self._shell.mode is KioskMode.STAFF:
            self.change_cancelled.emit()
        else:
            self._shell.reset()

    # ---- changing the PIN --------------------------------------------------------------------

    def open_pin_change(self) -> None:
        self.pin.start_change()
        self._shell.show(self.pin, KioskMode.STAFF)

    def _on_pin_changed(self, current: str, new: str) -> None:
        from kiosk.services.staff import PinProblem, PinRefused

        def failed(exc: Exception) -> None:
            wrong = isinstance(exc, PinRefused) and exc.problem in (PinProblem.WRONG,
                                                                    PinProblem.LOCKED)
            self.pin.show_problem(explain(exc, Audience.STAFF), wrong_current=wrong)

        staff = self._staff
        self._tasks.run(lambda: staff.change_pin(current, new),
                        lambda _: self.pin_changed.emit(), failed)
