"""Navigation and the customer session: which screen shows, in which mode, in which language.

Flows and desks never hold the window; they hold the shell. The shell knows every screen and
the mode it belongs to (`KioskMode`, one explicit state instead of flags scattered over the
flows), and it ends sessions: `reset()` wipes every screen (when one was used), picks the
language and lands on the attract screen, then emits `session_reset` — staff mode, the
scanner and the notices subscribe to it instead of being reset by hand. Each session has a
number; the task runner drops results that come back to a session that has ended.
"""

from __future__ import annotations

import logging
from enum import Enum

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget

from kiosk.settings import KioskSettings
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.language_bar import LanguageChip
from kiosk.ui.widgets.language_picker import LanguagePicker

log = logging.getLogger(__name__)


class KioskMode(Enum):
    """What the kiosk is doing; it decides the idle time and where a scan goes."""

    ATTRACT = "attract"
    CUSTOMER = "customer"       # registration, the guide, typing a producer number
    PRODUCER = "producer"       # a producer's balance is open (private: a shorter idle time)
    STAFF_GATE = "staff_gate"   # the PIN pad was asked for; nobody is unlocked yet
    STAFF = "staff"             # a PIN was accepted: a staff session
    FIRST_PIN = "first_pin"     # no staff PIN exists: its chooser replaces the attract screen


class SessionEnd(Enum):
    """Why a session was reset."""

    ENDED = "ended"             # done, closed, idle, staff mode closed
    NEW_SCAN = "new_scan"       # a card was scanned: its producer's session begins


class Shell(QObject):
    session_reset = Signal(object)       # SessionEnd
    language_switched = Signal(str)
    settings_changed = Signal(object)    # KioskSettings
    # Screens were added since the last `show` (a flow or screen built at its first use),
    # emitted before the next one is shown: whatever lays all screens out includes them.
    new_screens_showing = Signal()

    def __init__(self, stack: QStackedWidget, attract: AttractScreen, settings: KioskSettings,
                 switcher: LanguageSwitcher, idle: IdleWatcher,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = stack
        self.attract = attract
        self._settings = settings
        self._switcher = switcher
        self._idle = idle
        self._modes: dict[Screen, KioskMode] = {attract: KioskMode.ATTRACT}
        self._chips: list[LanguageChip] = []
        self._picker: LanguagePicker | None = None
        self._session = 0
        self._landing: tuple[Screen, KioskMode] | None = None
        # True while no screen but the attract one was shown since the screens were wiped:
        # there is nothing of anybody to wipe (see `reset`).
        self._untouched = False
        self._added_since_show = False
        self.mode = KioskMode.ATTRACT
        stack.addWidget(attract)
        stack.currentChanged.connect(self._on_current_changed)
        idle.idle.connect(self.reset)

    # ---- what exists -------------------------------------------------------------------------

    @property
    def settings(self) -> KioskSettings:
        """The settings in force now (staff can change some while the kiosk runs)."""
        return self._settings

    def apply_settings(self, settings: KioskSettings) -> None:
        self._settings = settings
        self.settings_changed.emit(settings)

    def add_screens(self, screens: tuple[Screen, ...], mode: KioskMode) -> None:
        """Screens a flow owns; showing one of them puts the kiosk in `mode`."""
        portrait = self.attract.portrait
        for screen in screens:
            screen.set_portrait(portrait)
            self.stack.addWidget(screen)
            self._modes[screen] = mode
        self._untouched = False
        self._added_since_show = True

    @property
    def screens(self) -> tuple[Screen, ...]:
        return tuple(self._modes)

    @property
    def customer_screens(self) -> tuple[Screen, ...]:
        """The screens a customer or a producer uses (not the attract screen, not staff's)."""
        return tuple(screen for screen, mode in self._modes.items()
                     if mode in (KioskMode.CUSTOMER, KioskMode.PRODUCER))

    def add_language_chips(self, chips: list[LanguageChip]) -> None:
        for chip in chips:
            chip.clicked.connect(self.open_language_picker)
            chip.show_current(self._switcher.language)
        self._chips.extend(chips)

    def install_picker(self, picker: LanguagePicker) -> None:
        self._picker = picker
        picker.language_chosen.connect(self.switch_language)

    @property
    def picker(self) -> LanguagePicker | None:
        return self._picker

    # ---- where we are ------------------------------------------------------------------------

    @property
    def session(self) -> int:
        """The number of the session now running (the task runner compares it)."""
        return self._session

    @property
    def current(self) -> Screen | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Screen) else None

    @property
    def language(self) -> str:
        return self._switcher.language

    def show(self, screen: Screen, mode: KioskMode | None = None) -> None:
        """Show `screen`; the mode is the one it was added with unless given."""
        if self._added_since_show:
            self._added_since_show = False
            self.new_screens_showing.emit()
        self.mode = mode or self._modes[screen]
        self.stack.setCurrentWidget(screen)
        self._apply_idle_policy()

    def _on_current_changed(self, _index: int) -> None:
        """Any screen but the attract one made current (by `show()` or past it, as the
        gallery does) counts as used."""
        if self.stack.currentWidget() is not self.attract:
            self._untouched = False

    def _apply_idle_policy(self) -> None:
        settings = self._settings
        if self.mode in (KioskMode.ATTRACT, KioskMode.FIRST_PIN):
            self._idle.disarm()
            return
        seconds = {KioskMode.STAFF: settings.staff_idle_seconds,
                   KioskMode.STAFF_GATE: settings.staff_idle_seconds,
                   KioskMode.PRODUCER: settings.balance_idle_seconds,
                   }.get(self.mode, settings.idle_timeout_seconds)
        self._idle.set_timeout_ms(seconds * 1000)
        self._idle.arm()

    def land_on(self, screen: Screen | None, mode: KioskMode = KioskMode.FIRST_PIN) -> None:
        """Where a reset lands instead of the attract screen (None: the attract screen)."""
        self._landing = None if screen is None else (screen, mode)

    # ---- ending a session --------------------------------------------------------------------

    def reset(self, end: SessionEnd = SessionEnd.ENDED, language: str | None = None,
              land: bool = True) -> None:
        """Forget the person: every screen wiped, then `language` (default: the kiosk's),
        then `session_reset`, then the attract screen (or the landing screen). A new
        session that shows its own first screen next (a scanned card's balance) passes
        `land=False`: laying out the attract screen only to cover it costs a scan ~5 ms.

        The screens are wiped unless the attract screen shows and no other was shown
        since they last were: every flow shows the screen it fills, so none holds
        anybody's data then. A card scanned at the idle kiosk, the usual start of a
        visit, so skips wiping eighteen empty screens (~4 ms of the scan)."""
        self._session += 1
        if self._picker is not None:
            self._picker.hide()
        if not (self._untouched and self.stack.currentWidget() is self.attract):
            for screen in self._modes:
                screen.reset()
            self._untouched = True
        self.switch_language(language or self._settings.default_language)
        self.session_reset.emit(end)
        if not land:
            return
        screen, mode = self._landing or (self.attract, KioskMode.ATTRACT)
        self.show(screen, mode)

    # ---- languages ---------------------------------------------------------------------------

    def switch_language(self, language: str) -> None:
        self._switcher.switch(language)
        for chip in self._chips:
            chip.show_current(language)
        self.language_switched.emit(language)

    def open_language_picker(self) -> None:
        if self._picker is not None:
            self._picker.open(self._switcher.language)
