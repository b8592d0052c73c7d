"""The flows and desks of a running kiosk, built together over one shell, one set of
services and one task runner (the window then wires them to each other)."""

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
