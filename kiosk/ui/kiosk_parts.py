"""The flows and desks of a running kiosk over one shell, one set of services and one task
runner, each built the first time it is used, and connected to the others in one place.

Why built when first used: at start-up a kiosk shows its attract screen and nothing else.
Built at once, the customer flows and the staff desks held ~35 MB (their widgets, glyph
caches and the code behind them: the card art, the printing, the staff forms) before anyone
touched the glass, and a kiosk that nobody used for staff work in a day never needed the
desks at all. Now a tap on the attract screen builds the registration flow, a scanned card
the producer flow, the staff gate's unlock staff home, and so on. The staff gate is built
at once: it watches for the corner hold and asks for the first PIN.

Every line from one part to another is attached when the part it comes from is built
(`_wire`); the part at its other end is looked up when the signal fires, and built then if
it must act (a card issued must be printed), or left alone if it only shows something on a
screen nobody opened (a slip's outcome on the customer's card screen).

The window adds its own lines to a part when it is built (`on_built`); tests build the parts
on a shell alone and drive them the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext
from typing import TYPE_CHECKING, Any, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from kiosk.domain.rules import RuleBook
from kiosk.services.bundle import KioskServices
from kiosk.ui import app_filters
from kiosk.ui.shell import Shell
from kiosk.ui.staff.gate import StaffGate
from kiosk.ui.tasks import TaskRunner

# Imported when a part is built: their modules (screens, card art, printing, staff forms)
# are a good part of what building one costs.
if TYPE_CHECKING:
    from kiosk.ui.producer_flow import ProducerFlow
    from kiosk.ui.registration_flow import RegistrationFlow
    from kiosk.ui.staff.home_desk import StaffHomeDesk
    from kiosk.ui.staff.print_desk import PrintDesk
    from kiosk.ui.staff.producer_desk import ProducerDesk
    from kiosk.ui.staff.settings_desk import SettingsDesk

PartT = TypeVar("PartT", bound=QObject)

# In the order `build_all` builds them (the order the kiosk built them in before).
PART_NAMES = ("registration", "producer", "gate", "home", "producer_desk", "settings_desk",
              "print_desk")


class KioskParts:
    def __init__(self, shell: Shell, services: KioskServices, tasks: TaskRunner,
                 rules: RuleBook, window: QWidget, office_url: str | None,
                 on_built: Callable[[str, QObject], None] | None = None) -> None:
        """`window`: the widget the corner hold is measured on (and every part's parent).
        `on_built(name, part)` runs once a part exists and is wired to the others."""
        self._shell = shell
        self._services = services
        self._tasks = tasks
        self._rules = rules
        self._window = window
        self._office_url = office_url
        self._on_built = on_built
        self._parts: dict[str, QObject] = {}
        _ = self.gate               # watches the corner hold from the start

    # ---- the parts, each built when first asked for ------------------------------------------

    @property
    def registration(self) -> RegistrationFlow:
        from kiosk.ui.registration_flow import RegistrationFlow

        return self._once("registration", lambda: RegistrationFlow(
            self._shell, self._services, self._tasks, self._rules, self._window))

    @property
    def producer(self) -> ProducerFlow:
        from kiosk.ui.producer_flow import ProducerFlow

        return self._once("producer", lambda: ProducerFlow(
            self._shell, self._services, self._tasks, self._rules, self._window))

    @property
    def gate(self) -> StaffGate:
        return self._once("gate", lambda: StaffGate(
            self._shell, self._services, self._tasks, self._window, self._window))

    @property
    def home(self) -> StaffHomeDesk:
        from kiosk.ui.staff.home_desk import StaffHomeDesk

        return self._once("home", lambda: StaffHomeDesk(
            self._shell, self._services, self._tasks, self._rules.timezone,
            self._office_url is not None, self._window))

    @property
    def producer_desk(self) -> ProducerDesk:
        from kiosk.ui.staff.producer_desk import ProducerDesk

        return self._once("producer_desk", lambda: ProducerDesk(
            self._shell, self._services, self._tasks, self._rules, self._window))

    @property
    def settings_desk(self) -> SettingsDesk:
        from kiosk.ui.staff.settings_desk import SettingsDesk

        return self._once("settings_desk", lambda: SettingsDesk(
            self._shell, self._services, self._tasks, self._office_url, self._window))

    @property
    def print_desk(self) -> PrintDesk:
        from kiosk.ui.staff.print_desk import PrintDesk

        return self._once("print_desk", lambda: PrintDesk(
            self._shell, self._services, self._tasks, self._rules.timezone, self._window))

    def built(self, name: str) -> QObject | None:
        """The part called `name` if it was built, else None (never builds it)."""
        return self._parts.get(name)

    @property
    def built_names(self) -> tuple[str, ...]:
        """The parts built so far, in the order they were."""
        return tuple(self._parts)

    def build_all(self) -> KioskParts:
        """Every part (the gallery, and tests and benchmarks of a kiosk after a day's use)."""
        for name in PART_NAMES:
            getattr(self, name)
        return self

    def _once(self, name: str, make: Callable[[], PartT]) -> PartT:
        part = self._parts.get(name)
        if part is None:
            # Building a flow sends its hundreds of new widgets ~10,000 events (child
            # added, polish, layout...), each through the kiosk's Python input filters,
            # which want none of them: ~40 % of a flow's build. Lifted for the build, which
            # is synchronous, so no key press or touch can arrive meanwhile.
            app = QCoreApplication.instance()
            with app_filters.lifted(app) if app is not None else nullcontext():
                part = self._parts[name] = make()
            self._wire(name, part)
            if self._on_built is not None:
                self._on_built(name, part)
        return cast(PartT, part)

    # ---- the lines between them --------------------------------------------------------------

    def _wire(self, name: str, part: Any) -> None:
        """Every line from the part just built to the others, and nowhere else."""
        if name == "registration":
            part.manual_login_requested.connect(lambda: self.producer.open_login())
            part.card_issued.connect(lambda card: self.print_desk.card_issued(card))
        elif name == "producer":
            part.login_cancelled.connect(lambda: self.registration.open_welcome())
        elif name == "gate":
            part.unlocked.connect(lambda: self.home.open())
            part.pin_changed.connect(lambda: self.home.open_after_pin_change())
            part.change_cancelled.connect(lambda: self.home.open())
        elif name == "home":
            part.home.queue_requested.connect(lambda: self.print_desk.open_queue())
            part.home.find_requested.connect(lambda: self.producer_desk.open_find())
            part.home.settings_requested.connect(lambda: self.settings_desk.open())
            part.home.change_pin_requested.connect(lambda: self.gate.open_pin_change())
        if name in ("producer_desk", "settings_desk", "print_desk"):
            part.home_requested.connect(lambda: self.home.open())
        if name == "producer_desk":
            part.slip_requested.connect(lambda *slip: self.print_desk.print_slip(*slip))
            part.card_replaced.connect(lambda *card: self.print_desk.on_card_replaced(*card))
            part.upgrade_queued.connect(lambda *job: self.print_desk.on_upgrade_queued(*job))
            part.upgrade_refused.connect(
                lambda *why: self.print_desk.on_upgrade_refused(*why))
        elif name == "print_desk":
            part.upgrade_requested.connect(
                lambda *job: self.producer_desk.replace_from_queue(*job))
            part.slip_printed.connect(self._slip_outcome_to_card_screen)

    def _slip_outcome_to_card_screen(self, number: str, printed: bool) -> None:
        """The customer's card screen says whether their slip came out; a slip staff
        reprinted before any customer registered here has no card screen to tell."""
        registration = self.built("registration")
        if registration is not None:
            cast("RegistrationFlow", registration).card_ready.show_slip_outcome(number, printed)
