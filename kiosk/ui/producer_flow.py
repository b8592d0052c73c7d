"""A producer at the kiosk: scan (or number + password) → balance → check in / push.

Owns the balance, push and manual-login screens (that one built when first asked for) and
the notice over them; every store access runs off the UI thread. A scan works on every
customer screen: it ends whatever session was open and starts the scanned producer's, in
their own language — one reset, one language switch, and the scanner keeps its memory of
the scan (a repeat within its window is ignored).
"""

from __future__ import annotations

import logging
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from kiosk.domain.rules import RuleBook
from kiosk.services.bundle import KioskServices
from kiosk.ui.problems import Audience, explain
from kiosk.ui.screens.balance import BalanceScreen
from kiosk.ui.screens.push import PushScreen
from kiosk.ui.shell import KioskMode, SessionEnd, Shell
from kiosk.ui.tasks import TaskKey, TaskRunner
from kiosk.ui.widgets.notice import Notice
from kiosk.ui.widgets.push_celebration import PushCelebration

if TYPE_CHECKING:
    from kiosk.domain.stay import StayPlan
    from kiosk.services.producer_view import ProducerSummary
    from kiosk.services.pushes import CastEntry, PushDone
    from kiosk.services.visits import CheckIn
    from kiosk.ui.screens.manual_login import ManualLoginScreen

log = logging.getLogger(__name__)
Loaded = tuple["ProducerSummary", "StayPlan | None", bool]


class ProducerFlow(QObject):
    login_cancelled = Signal()

    def __init__(self, shell: Shell, services: KioskServices, tasks: TaskRunner,
                 rules: RuleBook, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shell = shell
        self._services = services
        self._tasks = tasks
        self._push_request = ""
        self.balance = BalanceScreen(rules.timezone)
        self.push = PushScreen()
        self._login: ManualLoginScreen | None = None
        self.notice = Notice(shell.stack)
        self.celebration = PushCelebration(shell.stack)
        shell.add_screens((self.balance, self.push), KioskMode.PRODUCER)
        shell.add_language_chips([self.balance.languages, self.push.languages])
        shell.session_reset.connect(self._on_session_reset)
        self.balance.check_in_requested.connect(self.check_in)
        self.balance.push_requested.connect(self.open_push)
        self.balance.closed.connect(shell.reset)
        self.push.back.connect(lambda: shell.show(self.balance))
        self.push.confirmed.connect(self._on_push_confirmed)
        self.push.search_changed.connect(self._on_search)

    @property
    def login(self) -> ManualLoginScreen:
        """Number and password, for a producer without their card: built the first time
        one asks for it (its two keyboards were a third of building this flow, which a
        kiosk does at its first scan)."""
        if self._login is None:
            from kiosk.ui.screens.manual_login import ManualLoginScreen

            login = ManualLoginScreen()
            self._shell.add_screens((login,), KioskMode.CUSTOMER)
            self._shell.add_language_chips([login.header.languages])
            login.back.connect(self.login_cancelled)
            login.submitted.connect(self._on_login)
            self._login = login
        return self._login

    def _on_session_reset(self, _end: object) -> None:
        """Nothing of one producer's visit stays over the next person's screen."""
        self.notice.hide()
        self.celebration.hide()

    @property
    def screens(self) -> tuple[BalanceScreen, PushScreen, ManualLoginScreen]:
        return (self.balance, self.push, self.login)

    # ---- arriving -----------------------------------------------------------------------------

    def open_login(self) -> None:
        self._shell.show(self.login)

    def on_scanned(self, code: str) -> None:
        services = self._services
        log.info("card scanned (%d characters)", len(code))

        def look_up() -> Loaded | None:
            summary = services.cards.check_card(code).summary
            return None if summary is None else with_stay(services, summary)

        self._tasks.run(look_up, self._on_checked, self._on_problem)

    def _on_checked(self, loaded: Loaded | None) -> None:
        """A new session for the scanned producer, straight in their language."""
        language = loaded[0].language if loaded is not None else None
        offered = language if language in self._shell.settings.languages else None
        self._shell.reset(SessionEnd.NEW_SCAN, offered, land=False)
        if loaded is None:
            self.balance.load_unknown_card()
        else:
            self.balance.load(*loaded)
        self._shell.show(self.balance)

    def _on_login(self, number_text: str, password: str) -> None:
        services = self._services
        self._tasks.run(
            lambda: with_stay(services, services.cards.check_password(number_text, password)),
            self._on_logged_in,
            lambda error: self.login.show_problem(explain(error, Audience.PRODUCER)))

    def _on_logged_in(self, loaded: Loaded) -> None:
        self.login.reset()
        summary = loaded[0]
        if summary.language in self._shell.settings.languages:
            self._shell.switch_language(summary.language)
        self.balance.load(*loaded)
        self._shell.show(self.balance)

    def _refresh_balance(self) -> None:
        summary = self.balance.summary
        if summary is None:
            return
        services, producer = self._services, summary.producer_id
        self._tasks.run(lambda: with_stay(services, services.cards.summary(producer)),
                        lambda loaded: self.balance.load(*loaded), self._on_problem)

    # ---- today's visit ------------------------------------------------------------------------

    def check_in(self) -> None:
        summary = self.balance.summary
        if summary is None:
            return
        self.balance.check_in_button.setEnabled(False)
        visits, producer = self._services.visits, summary.producer_id
        self._tasks.run(lambda: visits.check_in(producer), self._on_checked_in,
                        self._on_problem, key=TaskKey.CHECK_IN)

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
        if summary is None:
            return
        pushes, producer = self._services.pushes, summary.producer_id
        self._push_request = str(uuid.uuid4())
        self._tasks.run(lambda: (pushes.roster(), pushes.allowance(producer)),
                        lambda loaded: self._on_roster(summary, *loaded),
                        self._on_problem)

    def _on_roster(self, summary: ProducerSummary, roster: list[CastEntry], allowance: int
                   ) -> None:
        self.push.reset()
        self.push.load(roster, allowance, summary.rank.weight, summary.push_points)
        self._shell.show(self.push)

    def _on_search(self, text: str) -> None:
        pushes = self._services.pushes
        self._tasks.run(lambda: pushes.roster(text), self.push.show_roster,
                        self._on_problem)

    def _on_push_confirmed(self, cast_id: str, points: int) -> None:
        summary = self.balance.summary
        if summary is None:
            return
        pushes = self._services.pushes
        producer, request = summary.producer_id, self._push_request
        self._tasks.run(lambda: pushes.push(producer, cast_id, points, request),
                        self._on_pushed,
                        lambda error: self.push.show_problem(explain(error, Audience.PRODUCER)),
                        key=TaskKey.PUSH)

    def _on_pushed(self, done: PushDone) -> None:
        """The celebration over the producer's page, which refreshes beneath it."""
        weight = done.votes // done.points if done.points else 1
        self._shell.show(self.balance)
        self.celebration.celebrate(done, weight)
        self._refresh_balance()

    # ---- problems -----------------------------------------------------------------------------

    def _on_problem(self, error: Exception) -> None:
        """A refused card or a store that cannot be read: said over the current screen."""
        self.notice.say(explain(error, Audience.PRODUCER))


def with_stay(services: KioskServices, summary: ProducerSummary) -> Loaded:
    """The summary, today's stay, and whether the card shows an old rank: read together on
    the worker thread (never the UI's)."""
    upgrade = services.reissue.match(summary.producer_id).card_out_of_date
    # No visit today (here or, as far as the office said, elsewhere) means no stay: most
    # scans skip reading it again.
    stay = services.visits.todays_stay(summary.producer_id) if summary.visited_today else None
    return summary, stay, upgrade
