"""The kiosk window: a stack of screens, the registration flow between them, kiosk mode.

Kiosk mode means a customer cannot leave: Esc, Alt+F4 and window-close requests are
ignored (only a developer run with `allow_exit` honours them); staff leave it from staff
mode (`quit_by_staff`). The idle watcher wipes the session back to the attract screen in the default
language after the configured time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from kiosk.domain.rules import RuleBook
from kiosk.settings import KioskSettings, scanner_settings
from kiosk.ui.background import run_in_background
from kiosk.ui.camera import CameraScanner
from kiosk.ui.fonts import enable_all_fallbacks
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.scanner import ScannerInput
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.base import Screen
from kiosk.ui.screens.failures import explain_failure
from kiosk.ui.widgets.language_bar import LanguageChip
from kiosk.ui.widgets.language_picker import LanguagePicker

if TYPE_CHECKING:
    from kiosk.services.bundle import KioskServices
    from kiosk.services.card_issue import NewProducerCard
    from kiosk.services.ranking_view import BoardView
    from kiosk.sync.runner import SyncStatus
    from kiosk.ui.screens.card_ready import CardReadyScreen
    from kiosk.ui.screens.confirm import ConfirmScreen
    from kiosk.ui.screens.explainer import ExplainerScreen
    from kiosk.ui.screens.name import NameScreen
    from kiosk.ui.screens.terms import TermsScreen
    from kiosk.ui.screens.welcome import WelcomeScreen
    from kiosk.ui.staff.mode import StaffMode

log = logging.getLogger(__name__)


class KioskWindow(QMainWindow):
    """With `defer_screens`, only the attract screen exists until `build_session_screens()`
    (the app calls it right after the first paint, so the kiosk shows itself sooner; a tap
    that comes earlier builds them on the spot)."""

    card_shown = Signal()          # the card screen has its card (benchmarks, tests)
    session_reset = Signal()
    # Emitted from the sync thread; queued to this (UI) thread by Qt.
    sync_status_changed = Signal(object)
    board_shown = Signal()

    welcome: WelcomeScreen
    name: NameScreen
    terms: TermsScreen
    confirm: ConfirmScreen
    card_ready: CardReadyScreen
    explainer: ExplainerScreen
    staff: StaffMode

    def __init__(self, settings: KioskSettings, rules: RuleBook,
                 services: KioskServices | None,
                 switcher: LanguageSwitcher, allow_exit: bool = False,
                 defer_screens: bool = False) -> None:
        super().__init__()
        self.setWindowTitle("Producer Kiosk")
        self._settings = settings
        self._rules = rules
        self.services: KioskServices | None = None
        self._switcher = switcher
        self._allow_exit = allow_exit
        self._fitting = False
        self._nickname = ""
        self.website_url = settings.website_url
        self.last_sync_status: SyncStatus | None = None
        self.sync_now: Callable[[], None] | None = None      # set when enrolled at an office
        self.office_url: str | None = None
        self.stack = QStackedWidget()
        self.attract = AttractScreen(settings.cafe_name, settings.languages, rules)
        self.attract.started.connect(self._on_started)
        self.attract.explain_requested.connect(self._on_explain_requested)
        self.stack.addWidget(self.attract)
        self.screens: tuple[Screen, ...] = (self.attract,)
        self.setCentralWidget(self.stack)
        self.idle = IdleWatcher(settings.idle_timeout_seconds * 1000, self)
        self.idle.idle.connect(self.reset_session)
        app = QApplication.instance()
        self.scanner = ScannerInput(scanner_settings(settings), self)
        self.scanner.scanned.connect(self._on_scanned)
        self.camera = CameraScanner(self)
        self.camera.scanned.connect(self._on_camera_code)
        if app is not None:
            app.installEventFilter(self.idle)
            app.installEventFilter(self.scanner)
        self.sync_status_changed.connect(self.on_sync_status_changed)
        if services is not None:
            self.attach_services(services)
        if not defer_screens:
            self.build_session_screens()
        self.reset_session()

    def attach_services(self, services: KioskServices) -> None:
        """The services, once the store is open (the app opens it after the first paint)."""
        self.services = services
        self.refresh_board()

    def on_sync_status_changed(self, status: SyncStatus) -> None:
        """After each sync pass: the staff line, new kiosk keys, and the ranking board
        that came down with the pull."""
        self.last_sync_status = status
        self.attract.show_sync_status(status)
        if len(self.screens) > 1 and self.current_screen is self.staff.home:
            self.staff.refresh_home()
        if self.services is not None and status.online:
            self.services.cards.reload_keys()
            self.refresh_board()

    def refresh_board(self) -> None:
        services = self.services
        if services is None:
            return

        def shown(board: BoardView | None) -> None:
            self.attract.show_board(board)
            self.board_shown.emit()

        run_in_background(services.ranking.board, shown,
                          lambda exc: log.error("ranking board not readable", exc_info=exc))

    def build_session_screens(self) -> None:
        """Create the registration screens (once); cheap to call again."""
        if len(self.screens) > 1:
            return
        # After the first paint: these pull in the services and the store (peewee).
        from kiosk.ui.producer_flow import ProducerFlow
        from kiosk.ui.screens.card_ready import CardReadyScreen
        from kiosk.ui.screens.confirm import ConfirmScreen
        from kiosk.ui.screens.explainer import ExplainerScreen
        from kiosk.ui.screens.name import NameScreen
        from kiosk.ui.screens.terms import TermsScreen
        from kiosk.ui.screens.welcome import WelcomeScreen
        from kiosk.ui.staff.mode import StaffMode

        langs = self._settings.languages
        self.welcome = WelcomeScreen(langs)
        self.name = NameScreen()
        self.terms = TermsScreen(self._rules)
        self.confirm = ConfirmScreen(self._rules)
        self.card_ready = CardReadyScreen()
        self.explainer = ExplainerScreen(self._rules)
        self.producer = ProducerFlow(self, self._settings, self._rules)
        self.staff = StaffMode(self, self._settings, self._rules)
        session = (self.welcome, self.name, self.terms, self.confirm, self.card_ready,
                   self.explainer, *self.producer.screens, *self.staff.screens)
        portrait = self.height() >= self.width()
        for screen in session:
            screen.set_portrait(portrait)
            self.stack.addWidget(screen)
        self.screens = (self.attract, *session)
        self.picker = LanguagePicker(langs, self.stack)
        self.attract.add_teaser()
        enable_all_fallbacks(self._switcher.language)
        self._wire()
        self.name.suit_language(self._switcher.language)
        self._show_language_choice()

    # ---- flow ----------------------------------------------------------------------------

    def _on_started(self) -> None:
        self.build_session_screens()
        self.show_screen(self.welcome)

    def start_camera(self) -> None:
        """Optional: scan with a camera too, where QtMultimedia and a camera exist."""
        self.camera.start()

    def _on_camera_code(self, code: str) -> None:
        """Camera codes go through the same cleaning and repeat filter as the scanner's."""
        self.scanner.accept_code(code)

    def _on_scanned(self, code: str) -> None:
        """A card was scanned, on whatever screen: show that producer (to staff, in staff
        mode)."""
        self.build_session_screens()
        if self.staff.active:
            self.staff.on_scanned(code)
        else:
            self.producer.on_scanned(code)

    def _on_explain_requested(self) -> None:
        """Open the guide; Close returns to the screen it was opened from."""
        self.build_session_screens()
        came_from = self.stack.currentWidget()
        self._explainer_return = came_from if isinstance(came_from, Screen) else self.attract
        self.explainer.reset()
        self.show_screen(self.explainer)

    def _on_explainer_closed(self) -> None:
        self.show_screen(getattr(self, "_explainer_return", self.attract))

    def _wire(self) -> None:
        self.welcome.language_chosen.connect(self.switch_language)
        self.welcome.new_producer.connect(lambda: self.show_screen(self.name))
        self.welcome.cancelled.connect(self.reset_session)
        self.welcome.manual_login.connect(lambda: self.show_screen(self.producer.login))
        self.name.back.connect(lambda: self.show_screen(self.welcome))
        self.name.accepted.connect(self._on_name_accepted)
        self.terms.back.connect(lambda: self.show_screen(self.name))
        self.terms.accepted.connect(self._on_terms_accepted)
        self.confirm.back.connect(lambda: self.show_screen(self.terms))
        self.confirm.confirmed.connect(self._on_confirmed)
        self.card_ready.done.connect(self.reset_session)
        self.card_ready.explain_requested.connect(self._on_explain_requested)
        self.explainer.closed.connect(self._on_explainer_closed)

        for chip in self._language_chips():
            chip.clicked.connect(self.open_language_picker)
        self.picker.language_chosen.connect(self.switch_language)

    def show_screen(self, screen: Screen) -> None:
        self.stack.setCurrentWidget(screen)
        if screen is self.attract:
            self.idle.disarm()
        else:
            built = len(self.screens) > 1
            private = built and screen in (self.producer.balance, self.producer.push)
            seconds = (self._settings.staff_idle_seconds if built and screen in
                       self.staff.screens else self._settings.balance_idle_seconds if private
                       else self._settings.idle_timeout_seconds)
            self.idle.set_timeout_ms(seconds * 1000)
            self.idle.arm()
        self._show_language_choice()

    def switch_language(self, language: str) -> None:
        self._switcher.switch(language)
        if len(self.screens) > 1:
            self.name.suit_language(language)
            self._show_language_choice()

    def _show_language_choice(self) -> None:
        if len(self.screens) == 1:
            return
        language = self._switcher.language
        self.welcome.show_language(language)
        for chip in self._language_chips():
            chip.show_current(language)

    def _language_chips(self) -> list[LanguageChip]:
        return [self.name.header.languages, self.terms.header.languages,
                self.confirm.header.languages, self.card_ready.languages,
                self.explainer.languages, self.producer.balance.languages,
                self.producer.push.languages, self.producer.login.header.languages]

    def open_language_picker(self) -> None:
        self.picker.open(self._switcher.language)

    def reset_session(self) -> None:
        """Forget the customer: every screen wiped, default language, attract screen."""
        self._nickname = ""
        if len(self.screens) > 1:
            self.picker.hide()
            self.producer.notice.hide()
            self.staff.deactivate()
        self.scanner.forget_last_scan()
        for screen in self.screens:
            screen.reset()
        self.switch_language(self._settings.default_language)
        if len(self.screens) > 1 and self.staff.pin_missing:
            self.staff.show_first_pin()          # no customers until staff chose a PIN
        else:
            self.show_screen(self.attract)
        self.session_reset.emit()

    def _on_name_accepted(self, nickname: str) -> None:
        self._nickname = nickname
        self.show_screen(self.terms)

    def _on_terms_accepted(self) -> None:
        self.confirm.load(self._nickname, self._switcher.language)
        self.show_screen(self.confirm)

    def _on_confirmed(self) -> None:
        # The store and its services load after the first paint; so does this import.
        from kiosk.services.registration import RegistrationRequest

        if self.services is None:
            self.confirm.show_error(explain_failure(RuntimeError("services not ready")))
            return
        issuer = self.services.issuer
        request = RegistrationRequest.new(self._nickname, self._switcher.language,
                                          self.terms.consented)
        run_in_background(lambda: issuer.issue(request), self._on_card_issued,
                          self._on_issue_failed)

    def _on_card_issued(self, result: NewProducerCard) -> None:
        if self.stack.currentWidget() is not self.confirm:
            log.warning("card %s issued after the session ended", result.issued.producer_number)
            return
        self.card_ready.load(result.issued, result.card_png)
        self.show_screen(self.card_ready)
        self.card_shown.emit()
        self.staff.desk.card_issued(result)

    def _on_issue_failed(self, error: Exception) -> None:
        self.confirm.show_error(explain_failure(error))

    # ---- window --------------------------------------------------------------------------

    def fit_to(self, width: int, height: int) -> None:
        """Lay the screens out for this size first, then resize (a tall layout's minimum
        height would otherwise stop the window from becoming a short, wide one). Resizes on
        the way there keep the target's orientation (the window passes through other
        shapes while its minimum size catches up)."""
        self._fitting = True
        self._set_portrait(height >= width)
        for screen in self.screens:
            layout = screen.layout()
            if layout is not None:
                layout.invalidate()      # nested layouts that turned only post a request
                layout.activate()
        self.stack.updateGeometry()
        own = self.layout()
        if own is not None:
            own.activate()   # recompute the minimum size now, not at the next event loop
        self.resize(width, height)
        self._fitting = False

    def _set_portrait(self, portrait: bool) -> None:
        """The screen's shape decides, unless staff fixed the orientation in the settings."""
        forced = self._settings.orientation
        if forced != "auto":
            portrait = forced == "portrait"
        for screen in self.screens:
            screen.set_portrait(portrait)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        if not self._fitting:
            self._set_portrait(event.size().height() >= event.size().width())
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Esc would leave full screen in many window managers; customers may not."""
        if event.key() == Qt.Key.Key_Escape and self._allow_exit:
            self.close()
            return
        event.accept()

    def apply_settings(self, settings: KioskSettings) -> None:
        """Staff saved new settings: timeouts and printing apply now, the rest at restart."""
        self._settings = settings
        if len(self.screens) > 1:
            self.staff.settings = settings

    def quit_by_staff(self) -> None:
        """The one way out of kiosk mode: from staff mode (the session then restarts it)."""
        log.info("staff quit the kiosk")
        self._allow_exit = True
        self.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def release_input(self) -> None:
        """Stop watching the whole application's input (idle timer, scanner, camera)."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
            app.removeEventFilter(self.scanner)
            if len(self.screens) > 1:
                app.removeEventFilter(self.staff.gesture)
        self.idle.disarm()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Alt+F4 and the window manager's close arrive here: refused in kiosk mode."""
        if self._allow_exit:
            self.release_input()
            event.accept()
        else:
            log.info("close request ignored (kiosk mode)")
            event.ignore()

    @property
    def current_screen(self) -> QWidget | None:
        return self.stack.currentWidget()
