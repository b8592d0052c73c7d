"""The kiosk window: it builds the shell and the attract screen, hands the flows and desks
to `KioskParts`, and draws its own lines to them (`_connect_signals`, `_on_part_built`);
none of them holds the window.

The attract screen exists from the start; `start(services)` runs once the store is open
(the app opens it right after the first paint, so the kiosk shows itself sooner), and each
flow or desk is built when first used. The window's shape and its kiosk mode (full screen,
no way out for a customer) are `KioskModeWindow`'s.
"""

from __future__ import annotations

import gc
import logging
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractButton, QApplication

from kiosk.domain.rules import RuleBook
from kiosk.settings import KioskSettings, scanner_settings
from kiosk.ui import app_filters
from kiosk.ui.accessible_mode import AccessibleMode, fits
from kiosk.ui.attract_feed import cafe_logo, draw_sample_cards, rebrand
from kiosk.ui.camera import CameraScanner
from kiosk.ui.fonts import enable_all_fallbacks
from kiosk.ui.heap import set_heap_aside
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.kiosk_mode_window import KioskModeWindow
from kiosk.ui.scanner import ScannerInput
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.shell import KioskMode, SessionEnd, Shell
from kiosk.ui.tasks import Scope, TaskRunner
from kiosk.ui.widgets.screen_stack import ScreenStack

if TYPE_CHECKING:
    from kiosk.services.bundle import KioskServices
    from kiosk.services.ranking_view import BoardView
    from kiosk.sync.runner import SyncStatus
    from kiosk.ui.kiosk_parts import KioskParts
    from kiosk.ui.registration_flow import RegistrationFlow
    from kiosk.ui.serial_scanner import SerialScanner
    from kiosk.ui.staff.home_desk import StaffHomeDesk

log = logging.getLogger(__name__)


class SyncControl(Protocol):
    """What the window needs of the background sync (the runner has it)."""

    office_url: str

    def sync_now(self) -> None: ...


class KioskWindow(KioskModeWindow):
    card_shown = Signal()          # the card screen has its card (benchmarks, tests)
    session_reset = Signal()
    # Emitted from the sync thread; queued to this (UI) thread by Qt.
    sync_status_changed = Signal(object)
    board_shown = Signal()

    parts: KioskParts

    def __init__(self, settings: KioskSettings, rules: RuleBook,
                 services: KioskServices | None, switcher: LanguageSwitcher,
                 allow_exit: bool = False, sync: SyncControl | None = None) -> None:
        super().__init__(allow_exit)
        self.setWindowTitle("Producer Kiosk")
        self.rules = rules
        self._started = False
        self._start_wanted: str | None = None     # a language tapped before the store opened
        self.services: KioskServices | None = None
        self._sync_status: SyncStatus | None = None     # the last, for staff home when built
        self.stack = ScreenStack()
        self.attract = AttractScreen(settings.cafe_name, settings.languages, rules,
                                     logo=cafe_logo(settings))
        self.setCentralWidget(self.stack)
        self.idle = IdleWatcher(settings.idle_timeout_seconds * 1000, self)
        self.shell = Shell(self.stack, self.attract, settings, switcher, self.idle, self)
        self.tasks = TaskRunner(lambda: self.shell.session, self)
        self.scanner = ScannerInput(scanner_settings(settings), self)
        self.camera = CameraScanner(self)
        self.camera.scanned.connect(self.scanner.accept_code)
        self.serial: SerialScanner | None = None
        if settings.scanner_serial_port:
            from kiosk.ui.serial_scanner import SerialScanner  # only where one is set up

            self.serial = SerialScanner(settings.scanner_serial_port,
                                        settings.scanner_serial_baud, self)
            self.serial.code_read.connect(self.scanner.accept_code)
        self.accessible = AccessibleMode(lambda: self.shell.language, self._refit,
                                         self._customer_screens_fit,
                                         lambda: self.shell.screens, self)
        self.stack.currentChanged.connect(self._on_screen_changed)
        self.attract.started.connect(self._on_attract_tapped)
        self.shell.session_reset.connect(lambda _end: self.accessible.set(False))
        self.shell.session_reset.connect(self._on_session_reset)
        self.sync_status_changed.connect(self.on_sync_status_changed)
        # Screens built at their first use, in the accessible mode, take its layout.
        self.shell.new_screens_showing.connect(self.accessible.fit_again)
        app = QApplication.instance()
        if app is not None:
            app_filters.install(app, self.idle)
            app_filters.install(app, self.scanner)
        self.shell.reset()
        if services is not None:
            self.start(services, sync)

    # ---- building ----------------------------------------------------------------------------

    def start(self, services: KioskServices, sync: SyncControl | None = None,
              ask_first_pin: bool = False) -> None:
        """The store is open: the flows and desks over the services, each built when first
        used (`KioskParts`), and the attract screen's own content. With `ask_first_pin`, a
        kiosk without a staff PIN asks for one before any customer."""
        if self._started:
            return
        from kiosk.ui.kiosk_parts import KioskParts
        from kiosk.ui.print_jobs_at_start import reconcile_print_jobs
        from kiosk.ui.widgets.language_picker import LanguagePicker

        self._started = True
        self.services = services
        self._sync = sync
        self.parts = KioskParts(self.shell, services, self.tasks, self.rules, self,
                                office_url=sync.office_url if sync else None,
                                on_built=self._on_part_built)
        picker = LanguagePicker(self.shell.settings.languages, self.stack)
        self.shell.install_picker(picker)
        self._follow_accessible_mode(picker.accessible_box)
        self.attract.add_teaser()
        draw_sample_cards(self.attract, self.shell.settings, services, self.rules, self.tasks)
        enable_all_fallbacks(self.shell.language)
        self._connect_signals()
        self.shell.reset()                  # every new screen in its resting state
        self.refresh_board()
        reconcile_print_jobs(services.print_queue, self.tasks)
        if ask_first_pin:
            self.parts.gate.require_pin()
        if self._start_wanted is not None:
            self._on_attract_tapped(self._start_wanted)

    def _connect_signals(self) -> None:
        """The window's own lines; the parts' lines to each other are `KioskParts`'s, and
        the window's lines to a part are drawn when it is built (`_on_part_built`)."""
        self.attract.explain_requested.connect(self._on_guide_asked)
        self.shell.settings_changed.connect(self._on_settings_changed)
        self.scanner.scanned.connect(self._on_scanned)
        self.tasks.unhandled.connect(self._on_unhandled)

    def _on_part_built(self, name: str, part: QObject) -> None:
        """A flow or desk was just built (its first use): the window's lines to it, and
        the last sync status for staff home."""
        if name == "registration":
            flow = cast("RegistrationFlow", part)
            flow.card_shown.connect(self.card_shown)
            self._follow_accessible_mode(flow.welcome.accessible_box)
        elif name == "home":
            home = cast("StaffHomeDesk", part)
            home.sync_requested.connect(self._on_sync_requested)
            home.quit_requested.connect(self.quit_by_staff)
            if self._sync_status is not None:
                home.show_sync_status(self._sync_status)
        if gc.get_freeze_count():      # start-up's objects were set aside: these join them
            QTimer.singleShot(0, set_heap_aside)       # once the first screen is shown

    def _follow_accessible_mode(self, toggle: QAbstractButton) -> None:
        toggle.setChecked(self.accessible.on)
        toggle.toggled.connect(self.accessible.set)
        self.accessible.changed.connect(toggle.setChecked)

    def _on_attract_tapped(self, language: str) -> None:
        """Start in the language tapped (or on show when the tap was elsewhere): a Thai
        passer-by who touched the Thai welcome gets a Thai welcome screen. A tap before the
        store is open starts as soon as it is."""
        if not self._started:
            self._start_wanted = language
            return
        if language != self.shell.language:
            self.shell.switch_language(language)
        self.parts.registration.open_welcome()

    def _on_guide_asked(self, language: str) -> None:
        """The guide opens in the language the attract screen was showing."""
        if language != self.shell.language:
            self.shell.switch_language(language)
        self.parts.registration.open_guide()

    def _on_settings_changed(self, settings: KioskSettings) -> None:
        """A new café name or logo reaches the attract screen and its cards."""
        if self.services is not None:
            rebrand(self.attract, settings, self.services, self.rules, self.tasks)

    def _on_session_reset(self, end: SessionEnd) -> None:
        """A session that ended lets the same card be scanned again at once; one that a
        scan ended keeps the scanner's memory of it (a repeat within 4 s is ignored)."""
        if end is SessionEnd.ENDED:
            self.scanner.forget_last_scan()
        self.session_reset.emit()

    # ---- what comes in -----------------------------------------------------------------------

    def _on_scanned(self, code: str) -> None:
        """A card was scanned, on whatever screen: show that producer (to staff, in staff
        mode). Before a staff PIN exists, no customer may use the kiosk."""
        mode = self.shell.mode
        if mode is KioskMode.STAFF:
            self.parts.producer_desk.on_scanned(code)
        elif mode is KioskMode.FIRST_PIN:
            log.info("card scanned before a staff PIN was chosen: ignored")
        else:
            self.parts.producer.on_scanned(code)

    def _on_unhandled(self, error: Exception) -> None:
        """The one error path for background work that named no failure callback."""
        from kiosk.ui.problems import Audience, explain

        audience = Audience.STAFF if self.shell.mode is KioskMode.STAFF else Audience.PRODUCER
        current = self.shell.current
        if current is not None:
            current.show_problem(explain(error, audience, self.rules.timezone))

    def on_sync_status_changed(self, status: SyncStatus) -> None:
        """After each sync pass: the staff line, new kiosk keys, and the ranking board
        that came down with the pull."""
        self.attract.show_sync_status(status)
        self._sync_status = status
        if not self._started:
            return
        home = self.parts.built("home")
        if home is not None:
            cast("StaffHomeDesk", home).show_sync_status(status)
        if status.online and self.services is not None:
            self.services.cards.reload_keys()
            self.refresh_board()

    def refresh_board(self) -> None:
        services = self.services
        if services is None:
            return

        def shown(board: BoardView | None) -> None:
            self.attract.show_board(board)
            self.board_shown.emit()

        self.tasks.run(services.ranking.board, shown,
                       lambda exc: log.error("ranking board not readable", exc_info=exc),
                       scope=Scope.KIOSK)

    def _on_sync_requested(self) -> None:
        if self._sync is not None:
            self._sync.sync_now()

    def start_camera(self) -> bool:
        """Scan with a camera too, where QtMultimedia and a camera exist (optional), and
        with the serial scanner the settings name (waits for it to be plugged in)."""
        if self.serial is not None:
            self.serial.start()
        return self.camera.start()

    # ---- the accessible mode, and letting go ---------------------------------------------

    def _customer_screens_fit(self) -> bool:
        room = self.stack.size()
        return all(fits(screen, room) for screen in self.shell.customer_screens)

    def _on_screen_changed(self) -> None:
        """Staff see the usual look; a customer in the accessible mode hears each screen."""
        if self.shell.mode in (KioskMode.STAFF_GATE, KioskMode.STAFF):
            self.accessible.set(False)
        self.accessible.announce(self.stack.currentWidget())

    def release_input(self) -> None:
        """Stop watching the whole application's input (idle timer, scanner, camera)."""
        app = QApplication.instance()
        if app is not None:
            app_filters.remove(app, self.idle)
            app_filters.remove(app, self.scanner)
        if self._started:
            self.parts.gate.release_input()
        if self.serial is not None:
            self.serial.stop()
        self.idle.disarm()
        super().release_input()
