"""The kiosk window: a stack of screens, the registration flow between them, kiosk mode.

Kiosk mode means a customer cannot leave: Esc, Alt+F4 and window-close requests are
ignored (only a developer run with `allow_exit` honours them; staff exit comes with staff
mode). The idle watcher wipes the session back to the attract screen in the default
language after the configured time.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from kiosk.db.store import StoreError, StoreProblem
from kiosk.domain.rules import RuleBook
from kiosk.services.card_issue import CardIssuer, NewProducerCard
from kiosk.services.registration import (
    RegistrationProblem,
    RegistrationRefused,
    RegistrationRequest,
)
from kiosk.settings import KioskSettings
from kiosk.ui.background import run_in_background
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.base import Screen
from kiosk.ui.screens.card_ready import CardReadyScreen
from kiosk.ui.screens.confirm import ConfirmScreen
from kiosk.ui.screens.name import NameScreen
from kiosk.ui.screens.terms import TermsScreen
from kiosk.ui.screens.welcome import WelcomeScreen

log = logging.getLogger(__name__)


class KioskWindow(QMainWindow):
    card_shown = Signal()          # the card screen has its card (benchmarks, tests)
    session_reset = Signal()

    def __init__(self, settings: KioskSettings, rules: RuleBook, issuer: CardIssuer,
                 switcher: LanguageSwitcher, allow_exit: bool = False) -> None:
        super().__init__()
        self.setWindowTitle("Producer Kiosk")
        self._settings = settings
        self._issuer = issuer
        self._switcher = switcher
        self._allow_exit = allow_exit
        self._nickname = ""
        langs = settings.languages
        self.stack = QStackedWidget()
        self.attract = AttractScreen(settings.cafe_name, langs,
                                     [r.card_colour for r in rules.ranks])
        self.welcome = WelcomeScreen(langs)
        self.name = NameScreen(langs)
        self.terms = TermsScreen(rules, langs)
        self.confirm = ConfirmScreen(rules, langs)
        self.card_ready = CardReadyScreen()
        self.screens: tuple[Screen, ...] = (self.attract, self.welcome, self.name, self.terms,
                                            self.confirm, self.card_ready)
        for screen in self.screens:
            self.stack.addWidget(screen)
        self.setCentralWidget(self.stack)
        self._wire()
        self.idle = IdleWatcher(settings.idle_timeout_seconds * 1000, self)
        self.idle.idle.connect(self.reset_session)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.reset_session()

    # ---- flow ----------------------------------------------------------------------------

    def _wire(self) -> None:
        self.attract.started.connect(lambda: self.show_screen(self.welcome))
        self.welcome.language_chosen.connect(self.switch_language)
        self.welcome.new_producer.connect(lambda: self.show_screen(self.name))
        self.welcome.cancelled.connect(self.reset_session)
        self.name.back.connect(lambda: self.show_screen(self.welcome))
        self.name.accepted.connect(self._on_name_accepted)
        self.terms.back.connect(lambda: self.show_screen(self.name))
        self.terms.accepted.connect(self._on_terms_accepted)
        self.confirm.back.connect(lambda: self.show_screen(self.terms))
        self.confirm.confirmed.connect(self._on_confirmed)
        self.card_ready.done.connect(self.reset_session)
        for screen in (self.name, self.terms, self.confirm):
            screen.header.languages.language_chosen.connect(self.switch_language)

    def show_screen(self, screen: Screen) -> None:
        self.stack.setCurrentWidget(screen)
        if screen is self.attract:
            self.idle.disarm()
        else:
            self.idle.arm()
        self._show_language_choice()

    def switch_language(self, language: str) -> None:
        self._switcher.switch(language)
        self.name.suit_language(language)
        self._show_language_choice()

    def _show_language_choice(self) -> None:
        language = self._switcher.language
        self.welcome.show_language(language)
        for screen in (self.name, self.terms, self.confirm):
            screen.header.languages.show_current(language)

    def reset_session(self) -> None:
        """Forget the customer: every screen wiped, default language, attract screen."""
        self._nickname = ""
        for screen in self.screens:
            screen.reset()
        self.switch_language(self._settings.default_language)
        self.show_screen(self.attract)
        self.session_reset.emit()

    def _on_name_accepted(self, nickname: str) -> None:
        self._nickname = nickname
        self.show_screen(self.terms)

    def _on_terms_accepted(self) -> None:
        self.confirm.load(self._nickname, self._switcher.language)
        self.show_screen(self.confirm)

    def _on_confirmed(self) -> None:
        request = RegistrationRequest.new(self._nickname, self._switcher.language,
                                          self.terms.consented)
        run_in_background(lambda: self._issuer.issue(request), self._on_card_issued,
                          self._on_issue_failed)

    def _on_card_issued(self, result: NewProducerCard) -> None:
        if self.stack.currentWidget() is not self.confirm:
            log.warning("card %s issued after the session ended", result.issued.producer_number)
            return
        self.card_ready.load(result.issued, result.card_png)
        self.show_screen(self.card_ready)
        self.card_shown.emit()

    def _on_issue_failed(self, error: Exception) -> None:
        self.confirm.show_error(self._explain_failure(error))

    def _explain_failure(self, error: Exception) -> str:
        if isinstance(error, RegistrationRefused):
            if error.problem is RegistrationProblem.ALREADY_SUBMITTED:
                return self.tr("This registration was already saved. "
                               "Please ask a staff member for your card.")
            log.warning("registration refused: %s", error)
            return self.tr("Please go back and check your name.")
        if isinstance(error, StoreError):
            log.error("registration could not be saved: %s", error)
            if error.problem is StoreProblem.FULL:
                return self.tr("Sorry, the kiosk's storage is full, so nothing was saved. "
                               "Please ask a staff member.")
            return self.tr("Sorry, the kiosk cannot save right now, so nothing was saved. "
                           "Please ask a staff member.")
        log.error("registration failed unexpectedly", exc_info=error)
        return self.tr("Sorry, something went wrong and nothing was saved. "
                       "Please ask a staff member.")

    # ---- window --------------------------------------------------------------------------

    def fit_to(self, width: int, height: int) -> None:
        """Lay the screens out for this size first, then resize (a tall layout's minimum
        height would otherwise stop the window from becoming a short, wide one)."""
        self._set_portrait(height >= width)
        for screen in self.screens:
            layout = screen.layout()
            if layout is not None:
                layout.activate()
        self.stack.updateGeometry()
        own = self.layout()
        if own is not None:
            own.activate()   # recompute the minimum size now, not at the next event loop
        self.resize(width, height)

    def _set_portrait(self, portrait: bool) -> None:
        for screen in self.screens:
            screen.set_portrait(portrait)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        self._set_portrait(event.size().height() >= event.size().width())
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Esc would leave full screen in many window managers; customers may not."""
        if event.key() == Qt.Key.Key_Escape and self._allow_exit:
            self.close()
            return
        event.accept()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Alt+F4 and the window manager's close arrive here: refused in kiosk mode."""
        if self._allow_exit:
            event.accept()
        else:
            log.info("close request ignored (kiosk mode)")
            event.ignore()

    @property
    def current_screen(self) -> QWidget | None:
        return self.stack.currentWidget()
