"""A clock tests can move, and services wired to it over the real store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from kiosk.db.identity import KioskSigner
from kiosk.db.store import Store
from kiosk.domain.rules import RuleBook
from kiosk.services.card_check import CardCheckService
from kiosk.services.demo import seed_demo_cast
from kiosk.services.pushes import PushService
from kiosk.services.registration import RegistrationService
from kiosk.services.visits import VisitService


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass
class Services:
    clock: Clock
    registration: RegistrationService
    cards: CardCheckService
    visits: VisitService
    pushes: PushService


@pytest.fixture
def services(store: Store, rules: RuleBook, signer: KioskSigner) -> Services:
    clock = Clock(datetime(2026, 11, 20, 3, 0, tzinfo=UTC))        # 12:00 in Tokyo
    with store.atomic():
        seed_demo_cast()
    return Services(clock, RegistrationService(store, rules, signer, clock),
                    CardCheckService(store, rules, clock),
                    VisitService(store, rules, signer, clock),
                    PushService(store, rules, signer, clock))
