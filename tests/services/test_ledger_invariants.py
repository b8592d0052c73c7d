"""Stateful property test: any sequence of registrations, purchases, check-ins, pushes and
clock moves keeps the cache equal to the ledger, PV never falls, push points never go below
zero, and no producer gets two visits in one business day."""

from __future__ import annotations

import contextlib
import tempfile
import uuid
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from peewee import fn

from kiosk.db.identity import ensure_identity
from kiosk.db.ledger import NewEntry, append_entry
from kiosk.db.models import BalanceCache, LedgerEntry, Producer
from kiosk.db.store import Store
from kiosk.domain.ledger import Deltas, EntryKind
from kiosk.domain.rules import parse_rules
from kiosk.paths import rules_path
from kiosk.services.card_check import CardCheckService
from kiosk.services.demo import DEMO_CAST, seed_demo_cast
from kiosk.services.pushes import PushRefused, PushService
from kiosk.services.registration import RegistrationRequest, RegistrationService
from kiosk.services.visits import VisitService
from tests.services.conftest import Clock

RULES = parse_rules(rules_path().read_text(encoding="utf-8"))


class LedgerMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="kiosk-prop-"))
        self.store = Store(self.dir / "kiosk.sqlite3", RULES).open()
        signer = ensure_identity(self.store, self.dir, 1)
        self.signer = signer
        self.clock = Clock(datetime(2026, 11, 20, 3, 0, tzinfo=UTC))
        with self.store.atomic():
            seed_demo_cast()
        self.registration = RegistrationService(self.store, RULES, signer, self.clock)
        self.visits = VisitService(self.store, RULES, signer, self.clock)
        self.pushes = PushService(self.store, RULES, signer, self.clock)
        self.cards = CardCheckService(self.store, RULES, self.clock)
        self.producers: list[int] = []
        self.pv_seen: dict[int, int] = {}

    def teardown(self) -> None:
        self.store.close()

    @rule(name=st.sampled_from(["ミク", "Ann", "ユウキ", "Bob"]))
    def register(self, name: str) -> None:
        issued = self.registration.register(RegistrationRequest.new(name, "en", True))
        summary = self.cards.check_card(issued.token).summary
        assert summary is not None
        self.producers.append(summary.producer_id)

    @precondition(lambda self: self.producers)
    @rule(data=st.data(), yen=st.integers(0, 200_000))
    def purchase(self, data: st.DataObject, yen: int) -> None:
        producer = data.draw(st.sampled_from(self.producers))
        with self.store.atomic():
            append_entry(producer=Producer.get_by_id(producer), kiosk_uuid=self.signer.kiosk_uuid,
                         rules=RULES, moment=self.clock(),
                         entry=NewEntry(EntryKind.PURCHASE, Deltas(pv=RULES.pv_for_yen(yen)),
                                        entry_uuid=str(uuid.uuid4()), yen=yen))

    @precondition(lambda self: self.producers)
    @rule(data=st.data())
    def check_in(self, data: st.DataObject) -> None:
        self.visits.check_in(data.draw(st.sampled_from(self.producers)))

    @precondition(lambda self: self.producers)
    @rule(data=st.data(), points=st.integers(-5, 60),
          cast=st.sampled_from([c[0] for c in DEMO_CAST] + ["ghost"]))
    def push(self, data: st.DataObject, points: int, cast: str) -> None:
        producer = data.draw(st.sampled_from(self.producers))
        with contextlib.suppress(PushRefused):     # refusals are part of the game
            self.pushes.push(producer, cast, points)

    @rule(hours=st.integers(1, 30))
    def time_passes(self, hours: int) -> None:
        self.clock.advance(hours=hours)

    @rule()
    def sync_happens(self) -> None:
        with self.store.atomic():
            LedgerEntry.update(synced_at=self.clock().isoformat()).where(
                LedgerEntry.synced_at.is_null()).execute()

    @invariant()
    def cache_equals_ledger(self) -> None:
        for balance in BalanceCache.select():
            rebuilt = self.store.rebuild_balance(balance.producer)
            assert (balance.pv_earned, balance.push_points, balance.rank_number) == \
                (rebuilt.pv_earned, rebuilt.push_points, rebuilt.rank_number)

    @invariant()
    def pv_never_falls_and_points_never_negative(self) -> None:
        for balance in BalanceCache.select():
            producer = balance.producer_id
            assert balance.pv_earned >= self.pv_seen.get(producer, 0)
            self.pv_seen[producer] = balance.pv_earned
            assert balance.push_points >= 0

    @invariant()
    def monthly_tallies_equal_the_ledger(self) -> None:
        from kiosk.db.ledger import cast_month
        from kiosk.db.models import CastMonthVotes

        expected: dict[tuple[str, str], int] = {}
        for entry in LedgerEntry.select().where(LedgerEntry.cast_id.is_null(False)):
            month = cast_month(datetime.fromisoformat(entry.recorded_at), RULES)
            key = (entry.cast_id, month)
            expected[key] = expected.get(key, 0) + entry.votes
        tallies = {(t.cast_id, t.month): t.votes for t in CastMonthVotes.select()}
        assert tallies == {key: votes for key, votes in expected.items() if votes}

    @invariant()
    def one_visit_per_business_day(self) -> None:
        doubled = (LedgerEntry.select(LedgerEntry.producer, LedgerEntry.business_day)
                   .where(LedgerEntry.kind == EntryKind.VISIT.value)
                   .group_by(LedgerEntry.producer, LedgerEntry.business_day)
                   .having(fn.COUNT(LedgerEntry.id) > 1))
        assert not doubled.exists()


LedgerMachine.TestCase.settings = settings(max_examples=25, stateful_step_count=30,
                                           deadline=None)
TestLedgerInvariants = LedgerMachine.TestCase
