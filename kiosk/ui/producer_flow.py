"""A producer at the kiosk: scan (or number + password) → balance → check in / push.

Owns the balance, push and manual-login screens and the notice overlay; every store access
runs off the UI thread. A scan works on every screen: it ends whatever session was open
and shows the scanned card, in the producer's own language.
"""

from __future__ import annotations

import logging
import math
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk.domain.rules import RuleBook
from kiosk.settings import KioskSettings
from kiosk.ui.background import run_in_background
from kiosk.ui.formatting import current_language, fill
from kiosk.ui.screens.balance import BalanceScreen
from kiosk.ui.screens.manual_login import ManualLoginScreen
from kiosk.ui.screens.push import PushScreen
from kiosk.ui.widgets.notice import Notice

if TYPE_CHECKING:
    from kiosk.domain.stay import StayPlan
    from kiosk.services.bundle import KioskServices
    from kiosk.services.producer_view import ProducerSummary
    from kiosk.services.pushes import CastEntry, PushDone
    from kiosk.services.visits import CheckIn
    from kiosk.ui.main_window import KioskWindow

log = logging.getLogger(__name__)


class ProducerFlow(QObject):
    def __init__(self, window: KioskWindow, settings: KioskSettings, rules: RuleBook) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._rules = rules
        self._push_request = ""
        self.balance = BalanceScreen(rules.timezone)
        self.push = PushScreen()
        self.login = ManualLoginScreen()
        self.notice = Notice(window.stack)
        self.balance.check_in_requested.connect(self.check_in)
        self.balance.push_requested.connect(self.open_push)
        self.balance.closed.connect(window.reset_session)
        self.push.back.connect(lambda: window.show_screen(self.balance))
        self.push.confirmed.connect(self._on_push_confirmed)
        self.push.search_changed.connect(self._on_search)
        self.login.back.connect(lambda: window.show_screen(window.welcome))
        self.login.submitted.connect(self._on_login)

    @property
    def screens(self) -> tuple[BalanceScreen, PushScreen, ManualLoginScreen]:
        return (self.balance, self.push, self.login)

    # ---- arriving -----------------------------------------------------------------------------

    def on_scanned(self, code: str) -> None:
        services = self._window.services
        if services is None:
            return
        log.info("card scanned (%d characters)", len(code))

        def look_up() -> tuple[ProducerSummary | None, StayPlan | None, bool]:
            summary = services.cards.check_card(code).summary
            return (summary, None, False) if summary is None else with_stay(services, summary)

        run_in_background(look_up, self._on_checked, self._on_refused)

    def _on_checked(self, loaded: tuple[ProducerSummary | None, StayPlan | None, bool]
                    ) -> None:
        self._window.reset_session()
        summary, stay, upgrade = loaded
        if summary is None:
            self.balance.load_unknown_card()
        else:
            self._show_balance(summary, stay, upgrade)
        self._window.show_screen(self.balance)

    def _on_login(self, number_text: str, password: str) -> None:
        services = self._window.services
        if services is None:
            return
        run_in_background(
            lambda: with_stay(services, services.cards.check_password(number_text, password)),
            self._on_logged_in, self._on_login_refused)

    def _on_logged_in(self, loaded: tuple[ProducerSummary, StayPlan | None, bool]) -> None:
        self.login.reset()
        self._show_balance(*loaded)
        self._window.show_screen(self.balance)

    def _show_balance(self, summary: ProducerSummary, stay: StayPlan | None,
                      card_upgrade: bool) -> None:
        if summary.language in self._settings.languages:
            self._window.switch_language(summary.language)
        self.balance.load(summary, stay, card_upgrade)

    def _refresh_balance(self) -> None:
        summary = self.balance.summary
        services = self._window.services
        if summary is None or services is None:
            return
        producer = summary.producer_id
        run_in_background(lambda: with_stay(services, services.cards.summary(producer)),
                          lambda loaded: self.balance.load(*loaded), self._on_store_failure)

    # ---- today's visit ------------------------------------------------------------------------

    def check_in(self) -> None:
        summary = self.balance.summary
        services = self._window.services
        if summary is None or services is None:
            return
        self.balance.check_in_button.setEnabled(False)
        producer = summary.producer_id
        run_in_background(lambda: services.visits.check_in(producer), self._on_checked_in,
                          self._on_store_failure)

    def _on_checked_in(self, result: CheckIn) -> None:
        if result.already:
            self.notice.say(self.tr("You have already checked in today."))
        else:
            added = result.points_added
            self.notice.say(self.tr("Welcome! +%n push point(s) for today's visit.", "",
                                    added))
        self.balance.show_stay(result.stay)
        self._refresh_balance()

    # ---- pushing ------------------------------------------------------------------------------

    def open_push(self) -> None:
        summary = self.balance.summary
        services = self._window.services
        if summary is None or services is None:
            return
        producer = summary.producer_id
        self._push_request = str(uuid.uuid4())
        run_in_background(
            lambda: (services.pushes.roster(), services.pushes.allowance(producer)),
            lambda loaded: self._on_roster(summary, *loaded), self._on_store_failure)

    def _on_roster(self, summary: ProducerSummary, roster: list[CastEntry], allowance: int
                   ) -> None:
        self.push.reset()
        self.push.load(roster, allowance, summary.rank.weight, summary.push_points)
        self._window.show_screen(self.push)

    def _on_search(self, text: str) -> None:
        services = self._window.services
        if services is not None:
            run_in_background(lambda: services.pushes.roster(text), self.push.show_roster,
                              self._on_store_failure)

    def _on_push_confirmed(self, cast_id: str, points: int) -> None:
        summary = self.balance.summary
        services = self._window.services
        if summary is None or services is None:
            return
        producer, request = summary.producer_id, self._push_request
        run_in_background(lambda: services.pushes.push(producer, cast_id, points, request),
                          self._on_pushed, self._on_push_refused)

    def _on_pushed(self, done: PushDone) -> None:
        name = done.cast.stage_name_ja if current_language() == "ja" else \
            done.cast.stage_name_en
        votes, total = done.votes, done.cast.votes_this_month
        pushed = fill(self.tr("You pushed %1 with %n vote(s)!", "", votes), name)
        monthly = fill(self.tr("%1 now has %n vote(s) this month.", "", total), name)
        self.notice.say(f"{pushed} {monthly}")
        self._window.show_screen(self.balance)
        self._refresh_balance()

    # ---- problems -----------------------------------------------------------------------------

    def _on_refused(self, error: Exception) -> None:
        from kiosk.services.card_check import CardRefused

        if isinstance(error, CardRefused):
            self.notice.say(self.card_problem(error))
        else:
            self._on_store_failure(error)

    def _on_login_refused(self, error: Exception) -> None:
        from kiosk.services.card_check import CardRefused

        if isinstance(error, CardRefused):
            self.login.show_error(self.card_problem(error))
        else:
            self._on_store_failure(error)

    def _on_push_refused(self, error: Exception) -> None:
        from kiosk.services.pushes import PushProblem, PushRefused

        if not isinstance(error, PushRefused):
            self._on_store_failure(error)
            return
        if error.problem is PushProblem.NOT_ENOUGH_POINTS:
            text = self.tr("You do not have enough push points.")
        elif error.problem in (PushProblem.TOO_MANY_AT_ONCE, PushProblem.OFFLINE_CAP):
            allowed = error.allowed
            text = self.tr("You can push at most %n point(s) right now.", "", allowed)
        elif error.problem is PushProblem.NO_SUCH_CAST:
            text = self.tr("This cast member is no longer in the roster.")
        elif error.problem is PushProblem.ALREADY_DONE:
            text = self.tr("This push was already saved.")
        elif error.problem is PushProblem.BLOCKED:
            text = self.tr("Pushing is paused for this card. Please ask a staff member.")
        else:
            text = self.tr("Please choose how many push points to give.")
        self.push.show_error(text)

    def _on_store_failure(self, error: Exception) -> None:
        log.error("producer screen failed", exc_info=error)
        self.notice.say(self.tr("Sorry, the kiosk cannot read its records right now. "
                                "Please ask a staff member."))

    def card_problem(self, error: object) -> str:
        from kiosk.services.card_check import CardProblem, CardRefused

        assert isinstance(error, CardRefused)
        problem = error.problem
        if problem is CardProblem.NOT_A_CARD:
            return self.tr("This code is not a producer card.")
        if problem is CardProblem.DAMAGED:
            return self.tr("The card could not be read completely. Please hold it still "
                           "under the scanner and try again.")
        if problem is CardProblem.ISSUER_DISABLED:
            return self.tr("This card was issued by a kiosk that is no longer in service. "
                           "Please ask a staff member for a new card.")
        if problem is CardProblem.REVOKED:
            return self.tr("This card has been replaced by a newer one. Please use your "
                           "new card.")
        if problem is CardProblem.UNKNOWN_ISSUER:
            return self.tr("This card comes from a kiosk this one does not know yet. "
                           "Please ask a staff member.")
        if problem is CardProblem.WRONG_PASSWORD:
            return self.tr("The producer number or the password is not right. "
                           "Please try again.")
        if problem is CardProblem.LOCKED:
            wait = error.retry_after.total_seconds() if error.retry_after else 60
            minutes = max(1, math.ceil(wait / 60))
            return self.tr("Too many wrong tries. Please wait %n minute(s) or ask a staff "
                           "member.", "", minutes)
        if problem is CardProblem.NO_SUCH_PRODUCER:
            return self.tr("That is not a producer number. Please check the number on "
                           "your card.")
        return self.tr("This card is not valid. Please ask a staff member.")


def with_stay(services: KioskServices, summary: ProducerSummary
              ) -> tuple[ProducerSummary, StayPlan | None, bool]:
    """The summary, today's stay, and whether the card shows an old rank: read together on
    the worker thread (never the UI's)."""
    upgrade = services.reissue.match(summary.producer_id).card_out_of_date
    return summary, services.visits.todays_stay(summary.producer_id), upgrade
