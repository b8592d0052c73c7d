"""Staff mode: the way in (corner hold, PIN), the staff screens, and the work behind them.

Every store access, hash, render and print runs off the UI thread (`run_in_background`);
the screens only show what comes back. Staff mode ends with "Close staff mode", with the
staff idle timeout, or when the kiosk is quit; all three wipe the staff screens, so a
customer walking up never finds them open. Each staff session has a number: a result that
comes back after its session ended is dropped, never shown (it could otherwise reopen a
staff screen over the next customer's PIN pad). Only a PIN the service accepted makes a
session active. Until a staff PIN exists, the kiosk shows the PIN chooser instead of the
attract screen (`require_pin`): the PIN is set at first start, not by whoever finds the
corner first.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool
from PySide6.QtWidgets import QApplication

from kiosk.domain.rules import RuleBook
from kiosk.settings import KioskSettings
from kiosk.ui.background import printing_pool, run_in_background
from kiosk.ui.formatting import fill, number
from kiosk.ui.staff import messages
from kiosk.ui.staff.correction_screen import CorrectionScreen
from kiosk.ui.staff.find_screen import FindProducerScreen
from kiosk.ui.staff.gesture import CornerHold
from kiosk.ui.staff.home import StaffHomeScreen
from kiosk.ui.staff.password_screen import NewPasswordScreen
from kiosk.ui.staff.pin_pad import PinPadScreen
from kiosk.ui.staff.print_desk import PrintDesk
from kiosk.ui.staff.producer_screen import StaffProducerScreen
from kiosk.ui.staff.purchase_screen import PurchaseScreen
from kiosk.ui.staff.queue_screen import PrintQueueScreen
from kiosk.ui.staff.settings_screen import SettingsScreen

if TYPE_CHECKING:
    from kiosk.services.bundle import KioskServices
    from kiosk.services.password_reset import NewPassword
    from kiosk.services.purchases import PurchaseDone
    from kiosk.ui.main_window import KioskWindow
    from kiosk.ui.screens.base import Screen

log = logging.getLogger(__name__)
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")


class StaffMode(QObject):
    def __init__(self, window: KioskWindow, settings: KioskSettings, rules: RuleBook) -> None:
        super().__init__(window)
        self._window = window
        self.settings = settings
        self.rules = rules
        self.active = False
        self.pin_missing = False
        self._session = 0
        self._busy: set[str] = set()
        self.website_url = window.website_url
        self._new_password: NewPassword | None = None
        self.producer_id: int | None = None
        zone = rules.timezone
        self.pin = PinPadScreen()
        self.home = StaffHomeScreen(zone)
        self.queue = PrintQueueScreen(zone)
        self.find = FindProducerScreen()
        self.producer = StaffProducerScreen()
        self.purchase = PurchaseScreen(rules)
        self.correction = CorrectionScreen()
        self.password = NewPasswordScreen()
        self.settings_screen = SettingsScreen()
        self.desk = PrintDesk(self, self.queue)
        self.gesture = CornerHold(window)
        self.gesture.held.connect(self.open_pin_pad)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.gesture)
        self._wire()

    @property
    def screens(self) -> tuple[Screen, ...]:
        return (self.pin, self.home, self.queue, self.find, self.producer, self.purchase,
                self.correction, self.password, self.settings_screen)

    def _wire(self) -> None:
        window = self._window
        self.pin.back.connect(self._on_pin_back)
        self.pin.pin_changed.connect(self._on_pin_changed)
        self.home.change_pin_requested.connect(self._open_pin_change)
        self.pin.unlock_requested.connect(self._on_unlock)
        self.pin.pin_chosen.connect(self._on_pin_chosen)
        self.home.back.connect(window.reset_session)
        self.home.queue_requested.connect(self.desk.open_queue)
        self.home.find_requested.connect(self.open_find)
        self.home.settings_requested.connect(self.open_settings)
        self.home.sync_requested.connect(self._on_sync_now)
        self.home.leave_kiosk_requested.connect(self._on_leave_kiosk)
        self.queue.upgrade_requested.connect(lambda p: self._replace(p, "rank_up", self.queue))
        self.find.back.connect(self.open_home)
        self.find.search_changed.connect(self._on_search)
        self.find.chosen.connect(self.open_producer)
        self.producer.back.connect(self.open_find)
        self.producer.purchase_requested.connect(self._open_purchase)
        self.producer.correction_requested.connect(self._open_correction)
        self.producer.password_requested.connect(self._on_new_password)
        self.producer.replace_requested.connect(
            lambda reason: self._replace(self.producer_id, reason, self.producer))
        for screen in (self.purchase, self.correction):
            screen.back.connect(self._back_to_producer)
        self.purchase.submitted.connect(self._on_purchase)
        self.correction.submitted.connect(self._on_correction)
        self.password.done.connect(self._on_password_done)
        self.password.print_requested.connect(self._print_password_slip)
        self.settings_screen.back.connect(self.open_home)
        self.settings_screen.save_requested.connect(self._on_save_settings)

    def services(self) -> KioskServices | None:
        return self._window.services

    def run(self, work: Callable[[], Any], done: Callable[[Any], None],
            failed: Callable[[Exception], None], unlocking: bool = False,
            busy: str = "", pool: QThreadPool | None = None) -> None:
        """Off the UI thread. The outcome reaches `done`/`failed` only in the same staff
        session (and, unless `unlocking`, only while it is active). With `busy`, a second
        request of that kind is ignored until the first has come back (double taps)."""
        if busy:
            if busy in self._busy:
                return
            self._busy.add(busy)
        session = self._session

        def current() -> bool:
            self._busy.discard(busy)
            return session == self._session and (self.active or unlocking)

        def on_done(result: Any) -> None:
            if current():
                done(result)
            else:
                log.info("staff task finished after its staff session ended: not shown")

        def on_failed(exc: Exception) -> None:
            if current():
                failed(exc)
            else:
                log.warning("staff task failed after its staff session ended: %s", exc)

        run_in_background(work, on_done, on_failed, pool)

    # ---- getting in and out --------------------------------------------------------------------

    def require_pin(self) -> None:
        """At start: with no staff PIN yet, the kiosk asks for one before customers use it."""
        services = self.services()
        if services is None:
            return

        def checked(pin_is_set: bool) -> None:
            self.pin_missing = not pin_is_set
            if self.pin_missing:
                self._window.reset_session()

        run_in_background(services.staff.has_pin, checked,
                          lambda exc: log.error("staff PIN not readable", exc_info=exc))

    def show_first_pin(self) -> None:
        """The PIN chooser in place of the attract screen (no PIN yet; nothing to cancel)."""
        self.pin.start(False)
        self.pin.back_button.hide()
        self._window.show_screen(self.pin)

    def open_pin_pad(self) -> None:
        """The corner was held: ask for the PIN (or, before one exists, to choose one)."""
        services = self.services()
        if services is None or self.active or self._window.current_screen is self.pin:
            return
        self._window.reset_session()
        if self.pin_missing:
            return                                  # the chooser is already showing
        self.run(services.staff.has_pin, self._show_pin_pad,
                 lambda exc: log.error("staff PIN not readable", exc_info=exc), unlocking=True)

    def _show_pin_pad(self, pin_is_set: bool) -> None:
        self.pin.start(pin_is_set)
        self._window.show_screen(self.pin)

    def _on_unlock(self, pin: str) -> None:
        services = self.services()
        if services is not None:
            self.run(lambda: services.staff.unlock(pin), lambda _: self._unlocked(),
                     lambda exc: self.pin.refused(messages.pin_refusal(exc)), unlocking=True)

    def _on_pin_chosen(self, pin: str) -> None:
        services = self.services()
        if services is not None:
            self.run(lambda: services.staff.set_first_pin(pin), lambda _: self._unlocked(),
                     lambda exc: self.pin.refused(messages.pin_refusal(exc)), unlocking=True)

    def _unlocked(self) -> None:
        """The service accepted the PIN: the one way a staff session becomes active."""
        self.pin_missing = False
        self.active = True
        self.open_home()

    def _on_pin_back(self) -> None:
        """Cancel: back to staff home when changing the PIN, else to the customers."""
        if self.active:
            self.open_home()
        else:
            self._window.reset_session()

    def _open_pin_change(self) -> None:
        self.pin.start_change()
        self.show(self.pin)

    def _on_pin_changed(self, current: str, new: str) -> None:
        services = self.services()
        if services is None:
            return
        from kiosk.services.staff import PinProblem, PinRefused

        def done(_: object) -> None:
            self.open_home()
            self.home.say(self.tr("Staff PIN changed."))

        def failed(exc: Exception) -> None:
            wrong = isinstance(exc, PinRefused) and exc.problem in (PinProblem.WRONG,
                                                                    PinProblem.LOCKED)
            self.pin.refused(messages.pin_refusal(exc), wrong_current=wrong)

        self.run(lambda: services.staff.change_pin(current, new), done, failed)

    def deactivate(self) -> None:
        """Staff mode is over (closed, idle, or the session was reset): whatever is still
        running for it will not be shown."""
        self._session += 1
        self.active = False
        self.producer_id = None
        self._new_password = None

    def _on_leave_kiosk(self) -> None:
        services = self.services()
        if services is None:
            return
        run_in_background(lambda: services.staff.record("kiosk_quit"),
                          lambda _: self._window.quit_by_staff(),
                          lambda exc: self.home.warn(messages.unexpected(exc)))

    # ---- home ----------------------------------------------------------------------------------

    def open_home(self) -> None:
        if not self.active:
            return
        self.home.reset()
        self.show(self.home)
        self.refresh_home()

    def refresh_home(self) -> None:
        services = self.services()
        if services is None:
            return
        from kiosk.services.print_queue import JobState

        def read() -> tuple[dict[JobState, int], list[Any]]:
            return services.print_queue.counts(), services.staff.recent_actions(8)

        def show(loaded: tuple[dict[JobState, int], list[Any]]) -> None:
            counts, actions = loaded
            self.home.show_queue_counts(counts[JobState.WAITING], counts[JobState.FAILED])
            self.home.show_log(actions)

        self.run(read, show, lambda exc: self.home.warn(messages.unexpected(exc)))
        self.home.show_sync(self._window.last_sync_status,
                            enrolled=self._window.sync_now is not None)

    def _on_sync_now(self) -> None:
        if self._window.sync_now is not None:
            self._window.sync_now()
            self.home.say(self.tr("Syncing with the office…"))

    def show(self, screen: Screen) -> None:
        self._window.show_screen(screen)

    # ---- a producer ----------------------------------------------------------------------------

    def open_find(self) -> None:
        self.producer_id = None
        self.find.reset()
        self.show(self.find)

    def _on_search(self, text: str) -> None:
        services = self.services()
        if services is not None:
            self.run(lambda: services.reissue.find(text), self.find.show_matches,
                      lambda exc: self.find.warn(messages.unexpected(exc)))

    def on_scanned(self, code: str) -> None:
        """A card scanned in staff mode opens that producer for staff (old cards too)."""
        services = self.services()
        if services is None:
            return
        from kiosk.services.card_check import CardRefused

        def look_up() -> int | None:
            return services.cards.producer_of(code)

        def found(producer_id: int | None) -> None:
            if producer_id is None:
                self.find.reset()
                self.show(self.find)
                self.find.warn(self.tr("This code is not a producer card of this café."))
            else:
                self.open_producer(producer_id)

        self.run(look_up, found, lambda exc: self.find.warn(
            self.tr("This code is not a producer card of this café.")
            if isinstance(exc, CardRefused) else messages.unexpected(exc)))

    def open_producer(self, producer_id: int, message: str = "") -> None:
        services = self.services()
        if services is None:
            return
        self.producer_id = producer_id

        def read() -> tuple[Any, Any]:
            return services.reissue.match(producer_id), services.cards.summary(producer_id)

        def show(loaded: tuple[Any, Any]) -> None:
            self.producer.load(*loaded)
            if message:
                self.producer.say(message)
            self.show(self.producer)

        self.run(read, show, lambda exc: self.find.warn(messages.unexpected(exc)))

    def _who(self) -> str:
        match = self.producer.match
        return f"{match.nickname} · {match.number}" if match else ""

    def _back_to_producer(self) -> None:
        if self.producer_id is not None:
            self.open_producer(self.producer_id)

    def _open_purchase(self) -> None:
        self.purchase.load(self._who())
        self.show(self.purchase)

    def _open_correction(self) -> None:
        self.correction.load(self._who())
        self.show(self.correction)

    def _on_purchase(self, receipt: str, yen_amount: int) -> None:
        services, producer = self.services(), self.producer_id
        if services is None or producer is None:
            return
        request = str(uuid.uuid4())

        def done(result: PurchaseDone) -> None:
            text = fill(self.tr("Recorded: +%1 PV. PV now %2."), number(result.pv),
                        number(result.pv_earned))
            if result.ranked_up:
                rank = self.rules.ranks[result.rank_number - 1]
                from kiosk.ui.formatting import current_language

                text += " " + fill(self.tr("New rank: %1! Card upgrade available."),
                                   rank.name_for(current_language()))
            self.purchase.done(text)

        self.run(lambda: services.purchases.record(producer, receipt, yen_amount, request),
                  done, lambda exc: self.purchase.refused(
                      messages.purchase_refusal(exc, self.rules.timezone)))

    def _on_correction(self, pv: int, push: int, reason: str) -> None:
        services, producer = self.services(), self.producer_id
        if services is None or producer is None:
            return
        self.run(lambda: services.purchases.correct(producer, pv, push, reason),
                  lambda _: self.correction.done(self.tr("Correction saved.")),
                  lambda exc: self.correction.refused(
                      messages.purchase_refusal(exc, self.rules.timezone)))

    def _replace(self, producer_id: int | None, reason: str, screen: Any) -> None:
        services = self.services()
        if services is None or producer_id is None:
            return

        def done(card: Any) -> None:
            text = fill(self.tr("New card (generation %1) is in the print queue. The old "
                                "card no longer works."), str(card.generation))
            if self.settings.auto_print:
                self.desk.print_waiting()
            if screen is self.queue:
                self.queue.say(text)
                self.desk.refresh_queue()
            else:
                self.open_producer(card.producer_id, text)

        request = str(uuid.uuid4())
        self.run(lambda: services.reissue.reissue(producer_id, reason, request), done,
                 lambda exc: screen.warn(messages.unexpected(exc)), busy="replace")

    # ---- a new website password ----------------------------------------------------------------

    def _on_new_password(self) -> None:
        services, producer = self.services(), self.producer_id
        if services is None or producer is None:
            return

        def show(new: NewPassword) -> None:
            self._new_password = new
            self.password.load(f"{new.nickname} · {new.number}", new.login_id, new.password)
            self.show(self.password)

        request = str(uuid.uuid4())
        self.run(lambda: services.passwords.reset(producer, request), show,
                 lambda exc: self.producer.warn(messages.unexpected(exc)), busy="password")

    def _on_password_done(self) -> None:
        self._new_password = None
        self.password.reset()
        self._back_to_producer()

    def _print_password_slip(self) -> None:
        new = self._new_password
        if new is None:
            return
        from kiosk.cards.art import SlipContent

        self.desk.print_slip(SlipContent(new.nickname, new.number, new.login_id, new.password,
                                    new.website, self.settings.cafe_name),
                        self.password)

    # ---- settings ------------------------------------------------------------------------------

    def open_settings(self) -> None:
        from kiosk.ui.printing import printer_names

        data_dir = self.settings.data_dir

        def read() -> tuple[list[str], list[str]]:
            logos = sorted(p.name for p in data_dir.iterdir()
                           if p.suffix.lower() in LOGO_SUFFIXES)
            return printer_names(), logos

        def show(loaded: tuple[list[str], list[str]]) -> None:
            printers, logos = loaded
            self.settings_screen.load(self.settings, printers, logos, self._window.office_url)
            self.show(self.settings_screen)

        self.run(read, show, lambda exc: self.home.warn(messages.unexpected(exc)),
                 pool=printing_pool())

    def _on_save_settings(self, changes: dict[str, Any]) -> None:
        from kiosk.settings import SettingsError, save_settings

        services = self.services()
        if services is None:
            return
        data_dir, before = self.settings.data_dir, self.settings

        def work() -> KioskSettings:
            saved = save_settings(data_dir, changes)
            changed = sorted(key for key, value in changes.items()
                             if getattr(before, key, None) != (
                                 tuple(value) if isinstance(value, list) else value))
            services.staff.record("settings_changed", keys=changed)
            return saved

        def done(saved: KioskSettings) -> None:
            # Keep what came from the command line (it overrides the file until restart).
            self.settings = replace(saved, kiosk_number=before.kiosk_number,
                                    demo_data=before.demo_data)
            self._window.apply_settings(self.settings)
            self.settings_screen.say(self.tr("Settings saved."))

        def failed(exc: Exception) -> None:
            if isinstance(exc, SettingsError):
                text = str(exc).split(".toml: ", 1)[-1]     # the message names the key
                key = next((k for k in changes if text.startswith(k)),
                           next((k for k in changes if k in text), ""))
                self.settings_screen.warn(fill(self.tr("Not saved: %1 — %2"),
                                               self.settings_screen.caption(key), str(exc)))
            else:
                self.settings_screen.warn(messages.unexpected(exc))

        self.run(work, done, failed)
