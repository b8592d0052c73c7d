"""The flows and desks of a running kiosk, built together over one shell, one set of
services and one task runner, and connected to each other in one place (`connect`).

The window adds only its own lines (scanner, sync, quitting); tests build the parts on a
shell alone and drive them the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from kiosk.domain.rules import RuleBook
from kiosk.services.bundle import KioskServices
from kiosk.ui.producer_flow import ProducerFlow
from kiosk.ui.registration_flow import RegistrationFlow
from kiosk.ui.shell import Shell
from kiosk.ui.staff.gate import StaffGate
from kiosk.ui.staff.home_desk import StaffHomeDesk
from kiosk.ui.staff.print_desk import PrintDesk
from kiosk.ui.staff.producer_desk import ProducerDesk
from kiosk.ui.staff.settings_desk import SettingsDesk
from kiosk.ui.tasks import TaskRunner


@dataclass(frozen=True)
class KioskParts:
    registration: RegistrationFlow
    producer: ProducerFlow
    gate: StaffGate
    home: StaffHomeDesk
    producer_desk: ProducerDesk
    settings_desk: SettingsDesk
    print_desk: PrintDesk

    @classmethod
    def build(cls, shell: Shell, services: KioskServices, tasks: TaskRunner, rules: RuleBook,
              window: QWidget, office_url: str | None) -> KioskParts:
        """`window`: the widget the corner hold is measured on."""
        zone = rules.timezone
        return cls(
            registration=RegistrationFlow(shell, services, tasks, rules, window),
            producer=ProducerFlow(shell, services, tasks, rules, window),
            gate=StaffGate(shell, services, tasks, window, window),
            home=StaffHomeDesk(shell, services, tasks, zone, office_url is not None, window),
            producer_desk=ProducerDesk(shell, services, tasks, rules, window),
            settings_desk=SettingsDesk(shell, services, tasks, office_url, window),
            print_desk=PrintDesk(shell, services, tasks, zone, window),
        )

    def connect(self) -> KioskParts:
        """Every line from one part to another, and nowhere else."""
        registration, producer, gate = self.registration, self.producer, self.gate
        home, producers, printing = self.home, self.producer_desk, self.print_desk
        registration.manual_login_requested.connect(producer.open_login)
        registration.card_issued.connect(printing.card_issued)
        printing.slip_printed.connect(registration.card_ready.show_slip_outcome)
        producer.login_cancelled.connect(registration.open_welcome)
        gate.unlocked.connect(home.open)
        gate.pin_changed.connect(home.open_after_pin_change)
        gate.change_cancelled.connect(home.open)
        home.home.queue_requested.connect(printing.open_queue)
        home.home.find_requested.connect(producers.open_find)
        home.home.settings_requested.connect(self.settings_desk.open)
        home.home.change_pin_requested.connect(gate.open_pin_change)
        for desk in (producers, self.settings_desk, printing):
            desk.home_requested.connect(home.open)
        producers.slip_requested.connect(printing.print_slip)
        producers.card_replaced.connect(printing.on_card_replaced)
        producers.upgrade_queued.connect(printing.on_upgrade_queued)
        producers.upgrade_refused.connect(printing.on_upgrade_refused)
        printing.upgrade_requested.connect(producers.replace_from_queue)
        return self
