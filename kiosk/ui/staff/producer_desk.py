"""Staff serving one producer: find them (or scan their card), record a purchase, correct
points, replace the card, give a new website password and print its slip.

Every store access runs off the UI thread, within the staff session: a result that comes
back after staff mode closed is dropped by the task runner. Printing is the print desk's:
this desk asks for it by signal.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from kiosk.domain.rules import RuleBook
from kiosk.services.bundle import KioskServices
from kiosk.services.card_reissue import ReplaceReason
from kiosk.ui.formatting import current_language, fill, number
from kiosk.ui.problems import Audience, explain
from kiosk.ui.shell import KioskMode, Shell
from kiosk.ui.staff.correction_screen import CorrectionScreen
from kiosk.ui.staff.find_screen import FindProducerScreen
from kiosk.ui.staff.password_screen import NewPasswordScreen
from kiosk.ui.staff.producer_screen import StaffProducerScreen
from kiosk.ui.staff.purchase_screen import PurchaseScreen
from kiosk.ui.tasks import TaskKey, TaskRunner

if TYPE_CHECKING:
    from kiosk.services.password_reset import NewPassword
    from kiosk.services.purchases import PurchaseDone
    from kiosk.ui.screens.base import Screen


@dataclass(frozen=True)
class DeskScreens:
    find: FindProducerScreen
    producer: StaffProducerScreen
    purchase: PurchaseScreen
    correction: CorrectionScreen
    password: NewPasswordScreen

    @property
    def all(self) -> tuple[Screen, ...]:
        return (self.find, self.producer, self.purchase, self.correction, self.password)


class ProducerDesk(QObject):
    home_requested = Signal()
    card_replaced = Signal()               # a new card waits in the print queue
    upgrade_queued = Signal(str)           # a rank-up card asked from the queue: what to say
    upgrade_refused = Signal(str)
    slip_requested = Signal(object, object)  # SlipContent, the screen that hears the outcome

    def __init__(self, shell: Shell, services: KioskServices, tasks: TaskRunner,
                 rules: RuleBook, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shell = shell
        self._services = services
        self._tasks = tasks
        self._rules = rules
        self._new_password: NewPassword | None = None
        self.producer_id: int | None = None
        self._screens: DeskScreens | None = None
        shell.session_reset.connect(self._forget)

    # ---- the screens, built when staff first need one ----------------------------------------

    def _built(self) -> DeskScreens:
        """The five screens with their lines, made on first use: most days nobody opens
        this desk, and its keyboards and pads are the largest part of staff mode's memory."""
        if self._screens is None:
            self._screens = DeskScreens(FindProducerScreen(), StaffProducerScreen(),
                                        PurchaseScreen(self._rules), CorrectionScreen(),
                                        NewPasswordScreen())
            self._shell.add_screens(self._screens.all, KioskMode.STAFF)
            self._connect(self._screens)
        return self._screens

    def _connect(self, built: DeskScreens) -> None:
        built.find.back.connect(self.home_requested)
        built.find.search_changed.connect(self._on_search)
        built.find.chosen.connect(self.open_producer)
        built.producer.back.connect(self.open_find)
        built.producer.purchase_requested.connect(self._open_purchase)
        built.producer.correction_requested.connect(self._open_correction)
        built.producer.password_requested.connect(self._on_new_password)
        built.producer.replace_requested.connect(self._on_replace)
        for screen in (built.purchase, built.correction):
            screen.back.connect(self._back_to_producer)
        built.purchase.submitted.connect(self._on_purchase)
        built.correction.submitted.connect(self._on_correction)
        built.password.done.connect(self._on_password_done)
        built.password.print_requested.connect(self._print_password_slip)

    @property
    def find(self) -> FindProducerScreen:
        return self._built().find

    @property
    def producer(self) -> StaffProducerScreen:
        return self._built().producer

    @property
    def purchase(self) -> PurchaseScreen:
        return self._built().purchase

    @property
    def correction(self) -> CorrectionScreen:
        return self._built().correction

    @property
    def password(self) -> NewPasswordScreen:
        return self._built().password

    @property
    def screens(self) -> tuple[Screen, ...]:
        return self._built().all

    def _forget(self, _end: object = None) -> None:
        self.producer_id = None
        self._new_password = None

    def _staff_text(self, error: Exception) -> str:
        return explain(error, Audience.STAFF, self._rules.timezone)

    # ---- finding -----------------------------------------------------------------------------

    def open_find(self) -> None:
        self.producer_id = None
        self.find.reset()
        self._shell.show(self.find)

    def _on_search(self, text: str) -> None:
        reissue = self._services.reissue
        self._tasks.run(lambda: reissue.find(text), self.find.show_matches,
                        lambda exc: self.find.show_problem(self._staff_text(exc)))

    def on_scanned(self, code: str) -> None:
        """A card scanned in staff mode opens that producer for staff (old cards too)."""
        from kiosk.services.card_check import CardRefused

        cards = self._services.cards
        not_ours = self.tr("This code is not a producer card of this café.")

        def found(producer_id: int | None) -> None:
            if producer_id is None:
                self.open_find()
                self.find.show_problem(not_ours)
            else:
                self.open_producer(producer_id)

        def refused(exc: Exception) -> None:
            self.find.show_problem(not_ours if isinstance(exc, CardRefused)
                                   else self._staff_text(exc))

        self._tasks.run(lambda: cards.producer_of(code), found, refused)

    def open_producer(self, producer_id: int, message: str = "") -> None:
        services = self._services
        self.producer_id = producer_id

        def read() -> tuple[Any, Any]:
            return services.reissue.match(producer_id), services.cards.summary(producer_id)

        def show(loaded: tuple[Any, Any]) -> None:
            self.producer.load(*loaded)
            if message:
                self.producer.show_outcome(message)
            self._shell.show(self.producer)

        self._tasks.run(read, show, lambda exc: self.find.show_problem(self._staff_text(exc)))

    def _who(self) -> str:
        match = self.producer.match
        return f"{match.nickname} · {match.number}" if match else ""

    def _back_to_producer(self) -> None:
        if self.producer_id is not None:
            self.open_producer(self.producer_id)

    # ---- purchases and corrections -----------------------------------------------------------

    def _open_purchase(self) -> None:
        self.purchase.load(self._who())
        self._shell.show(self.purchase)

    def _open_correction(self) -> None:
        self.correction.load(self._who())
        self._shell.show(self.correction)

    def _on_purchase(self, receipt: str, yen_amount: int) -> None:
        purchases, producer = self._services.purchases, self.producer_id
        if producer is None:
            return
        request = str(uuid.uuid4())

        def done(result: PurchaseDone) -> None:
            text = fill(self.tr("Recorded: +%1 PV. PV now %2."), number(result.pv),
                        number(result.pv_earned))
            if result.ranked_up:
                rank = self._rules.ranks[result.rank_number - 1]
                text += " " + fill(self.tr("New rank: %1! Card upgrade available."),
                                   rank.name_for(current_language()))
            self.purchase.show_outcome(text)

        self._tasks.run(lambda: purchases.record(producer, receipt, yen_amount, request), done,
                        lambda exc: self.purchase.show_problem(self._staff_text(exc)))

    def _on_correction(self, pv: int, push: int, reason: str) -> None:
        purchases, producer = self._services.purchases, self.producer_id
        if producer is None:
            return
        self._tasks.run(lambda: purchases.correct(producer, pv, push, reason),
                        lambda _: self.correction.show_outcome(self.tr("Correction saved.")),
                        lambda exc: self.correction.show_problem(self._staff_text(exc)))

    # ---- a new card --------------------------------------------------------------------------

    def _on_replace(self, reason: ReplaceReason) -> None:
        if self.producer_id is not None:
            self._replace(self.producer_id, reason, from_queue=False)

    def replace_from_queue(self, producer_id: int) -> None:
        """The queue's "print in the new colour" for a producer who ranked up."""
        self._replace(producer_id, ReplaceReason.RANK_UP, from_queue=True)

    def _replace(self, producer_id: int, reason: ReplaceReason, from_queue: bool) -> None:
        reissue = self._services.reissue

        def done(card: Any) -> None:
            text = fill(self.tr("New card (generation %1) is in the print queue. The old "
                                "card no longer works."), str(card.generation))
            self.card_replaced.emit()
            if from_queue:
                self.upgrade_queued.emit(text)
            else:
                self.open_producer(card.producer_id, text)

        def failed(exc: Exception) -> None:
            if from_queue:
                self.upgrade_refused.emit(self._staff_text(exc))
            else:
                self.producer.show_problem(self._staff_text(exc))

        request = str(uuid.uuid4())
        self._tasks.run(lambda: reissue.reissue(producer_id, reason, request), done, failed,
                        key=TaskKey.REPLACE_CARD)

    # ---- a new website password --------------------------------------------------------------

    def _on_new_password(self) -> None:
        passwords, producer = self._services.passwords, self.producer_id
        if producer is None:
            return

        def show(new: NewPassword) -> None:
            self._new_password = new
            self.password.load(f"{new.nickname} · {new.number}", new.login_id, new.password)
            self._shell.show(self.password)

        request = str(uuid.uuid4())
        self._tasks.run(lambda: passwords.reset(producer, request), show,
                        lambda exc: self.producer.show_problem(self._staff_text(exc)),
                        key=TaskKey.NEW_PASSWORD)

    def _on_password_done(self) -> None:
        self._new_password = None
        self.password.reset()
        self._back_to_producer()

    def _print_password_slip(self) -> None:
        new = self._new_password
        if new is None:
            return
        branding = self._services.branding.current()
        self.slip_requested.emit(
            branding.slip(new.nickname, new.number, new.login_id, new.password), self.password)
