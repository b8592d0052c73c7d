"""A first-time customer: welcome → name → check and agree → their new card, and the guide.

The flow keeps what the customer chose in a `RegistrationDraft` (nickname, language,
consent) as they go, instead of reading other screens' state when the card is made. The
card is made off the UI thread; `card_issued` then tells whoever prints (the window wires
it to the print desk). A card made after the session ended (the customer walked away
while it was being made) is not shown to the next person.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from kiosk.domain.rules import RuleBook
from kiosk.services.bundle import KioskServices
from kiosk.ui.problems import explain
from kiosk.ui.screens.base import Screen
from kiosk.ui.screens.card_ready import CardReadyScreen
from kiosk.ui.screens.confirm import ConfirmScreen
from kiosk.ui.screens.explainer import ExplainerScreen
from kiosk.ui.screens.name import NameScreen
from kiosk.ui.screens.welcome import WelcomeScreen
from kiosk.ui.shell import KioskMode, SessionEnd, Shell
from kiosk.ui.tasks import TaskKey, TaskRunner

if TYPE_CHECKING:
    from kiosk.services.card_issue import NewProducerCard
    from kiosk.ui.widgets.language_bar import LanguageChip

log = logging.getLogger(__name__)


@dataclass
class RegistrationDraft:
    """What the customer has chosen so far; cleared with the session."""

    nickname: str = ""
    language: str = ""
    consented: bool = False


class RegistrationFlow(QObject):
    card_issued = Signal(object)        # NewProducerCard: print its slip (and the card)
    card_shown = Signal()               # the card screen has its card (benchmarks, tests)
    manual_login_requested = Signal()

    def __init__(self, shell: Shell, services: KioskServices, tasks: TaskRunner,
                 rules: RuleBook, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shell = shell
        self._services = services
        self._tasks = tasks
        self.draft = RegistrationDraft(language=shell.language)
        self.welcome = WelcomeScreen(shell.settings.languages)
        self.name = NameScreen()
        self.confirm = ConfirmScreen(rules)
        self.card_ready = CardReadyScreen()
        self.explainer = ExplainerScreen(rules)
        self._guide_return: Screen = shell.attract
        shell.add_screens(self.screens, KioskMode.CUSTOMER)
        shell.add_language_chips(self.language_chips)
        shell.language_switched.connect(self._on_language_switched)
        shell.session_reset.connect(self._on_session_reset)
        self._on_language_switched(shell.language)
        self._connect_screens()

    @property
    def screens(self) -> tuple[Screen, ...]:
        return (self.welcome, self.name, self.confirm, self.card_ready,
                self.explainer)

    @property
    def language_chips(self) -> list[LanguageChip]:
        return [self.name.header.languages, self.confirm.header.languages,
                self.card_ready.languages, self.explainer.languages]

    def _connect_screens(self) -> None:
        shell = self._shell
        self.welcome.language_chosen.connect(shell.switch_language)
        self.welcome.new_producer.connect(lambda: shell.show(self.name))
        self.welcome.cancelled.connect(shell.reset)
        self.welcome.manual_login.connect(self.manual_login_requested)
        self.name.back.connect(lambda: shell.show(self.welcome))
        self.name.accepted.connect(self._on_name_accepted)
        self.confirm.back.connect(lambda: shell.show(self.name))
        self.confirm.confirmed.connect(self._on_confirmed)
        self.card_ready.done.connect(shell.reset)
        self.card_ready.explain_requested.connect(self.open_guide)
        self.explainer.closed.connect(lambda: shell.show(self._guide_return))

    # ---- the steps ---------------------------------------------------------------------------

    def open_welcome(self) -> None:
        """The attract screen was tapped, or a producer left the number-and-password login."""
        self._shell.show(self.welcome)

    def open_guide(self) -> None:
        """Open the guide; Close returns to the screen it was opened from."""
        self._guide_return = self._shell.current or self._shell.attract
        self.explainer.reset()
        self._shell.show(self.explainer)

    def _on_language_switched(self, language: str) -> None:
        self.draft.language = language
        self.name.suit_language(language)
        self.welcome.show_language(language)
        self.confirm.show_language(language)

    def _on_name_accepted(self, nickname: str) -> None:
        self.draft.nickname = nickname
        self.confirm.load(self.draft.nickname, self.draft.language)
        self._shell.show(self.confirm)

    def _on_confirmed(self) -> None:
        from kiosk.services.registration import RegistrationRequest

        draft = self.draft
        draft.consented = self.confirm.consented
        request = RegistrationRequest.new(draft.nickname, draft.language, draft.consented)
        issuer = self._services.issuer
        self._tasks.run(lambda: issuer.issue(request), self._on_card_issued,
                        lambda error: self.confirm.show_problem(explain(error)),
                        key=TaskKey.REGISTER)

    def _on_card_issued(self, result: NewProducerCard) -> None:
        self.card_ready.load(result.issued, result.card_png)
        self._shell.show(self.card_ready)
        self.card_shown.emit()
        self.card_issued.emit(result)

    def _on_session_reset(self, end: SessionEnd) -> None:
        self.draft = RegistrationDraft(language=self._shell.language)
