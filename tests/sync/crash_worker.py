"""The kiosk side of the sync crash test: a real kiosk process doing real work until killed.

    python -m tests.sync.crash_worker --data-dir D --office URL [--seed N] [--drain]

It opens an enrolled kiosk's data dir and loops forever through the kiosk's own use cases
(register, check in, push, a purchase rung up at the till) interleaved with sync passes
against the office, exactly as the app would, so the harness can `kill -9` it at any moment,
including in the middle of a sync. After each *committed* action it prints and flushes one
line naming the ledger UUID: those are the events a customer saw acknowledged, the ones
that must never be lost. `SYNC` is printed just before a sync pass starts, so the harness
can aim a kill at the middle of one.

`--drain` instead syncs until nothing is pending and a pull has completed after the last
push, prints `DRAINED` and exits: the harness's end-of-run step, done by the kiosk itself.

The kiosk's clock is the real one shifted by whole days. Visits are once per business day
and are the only source of push points, so on a real clock every producer could push once
and never again; a "next day" action moves the simulated calendar forward so pushes keep
happening. Each start resumes on the last business day found in the ledger.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from kiosk.db.identity import KioskSigner, ensure_identity
from kiosk.db.ledger import NewEntry, append_entry
from kiosk.db.models import LedgerEntry, Producer
from kiosk.db.office_credential import load_credential
from kiosk.db.store import Store
from kiosk.domain.ledger import Deltas, EntryKind
from kiosk.domain.rules import RuleBook, parse_rules
from kiosk.paths import rules_path
from kiosk.services.demo import DEMO_CAST, seed_demo_cast
from kiosk.services.pushes import PushRefused, PushService
from kiosk.services.registration import RegistrationRequest, RegistrationService
from kiosk.services.visits import VisitService
from kiosk.sync.client import OfficeClient, SyncUnavailable
from kiosk.sync.engine import SyncEngine

NICKNAMES = (("ミク", "ja"), ("サクラ", "ja"), ("ユウキ", "ja"), ("Ann", "en"), ("Chloé", "fr"),
             ("Bob", "en"), ("リン", "ja"), ("Zoé", "es"))
DRAIN_ATTEMPTS = 200
# Relative weights of the actions: mostly customers, a sync pass every few of them.
ACTIONS = (("register", 2), ("check_in", 4), ("push", 5), ("purchase", 2), ("sync", 4),
           ("next_day", 1))


def say(line: str) -> None:
    """One line to the harness, flushed at once: it may kill us right after."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


class SimulatedCalendar:
    """The real clock plus a whole number of days, advanced by the `next_day` action."""

    def __init__(self, rules: RuleBook) -> None:
        self.days = 0
        last = LedgerEntry.select(LedgerEntry.business_day).order_by(
            LedgerEntry.business_day.desc()).scalar()
        if last:
            today = rules.business_day(datetime.now(UTC))
            self.days = max(0, (date.fromisoformat(last) - today).days)

    def now(self) -> datetime:
        return datetime.now(UTC) + timedelta(days=self.days)

    def next_day(self) -> None:
        self.days += 1


class Kiosk:
    """One kiosk process: its store, identity, use cases and sync engine."""

    def __init__(self, data_dir: Path, office_url: str, rng: random.Random) -> None:
        self.rules = parse_rules(rules_path().read_text(encoding="utf-8"))
        self.store = Store(data_dir / "kiosk.sqlite3", self.rules).open()
        self.signer: KioskSigner = ensure_identity(self.store, data_dir, 1)
        with self.store.atomic():
            seed_demo_cast()
        credential = load_credential(data_dir)
        if credential is None:
            raise SystemExit(f"{data_dir} is not enrolled at the office")
        client = OfficeClient(office_url, credential.kiosk_id, credential.secret,
                              timeout_s=5.0)
        # Small pages and batches: kills land mid-pull with the next page on its way, and
        # mid-push with the next batch being read.
        self.engine = SyncEngine(self.store, self.rules, client, pull_page=25, push_batch=10)
        self.calendar = SimulatedCalendar(self.rules)
        self.rng = rng
        clock = self.calendar.now
        self.registration = RegistrationService(self.store, self.rules, self.signer, clock)
        self.visits = VisitService(self.store, self.rules, self.signer, clock)
        self.pushes = PushService(self.store, self.rules, self.signer, clock)

    # ---- the actions ----------------------------------------------------------------------

    def register(self) -> None:
        nickname, language = self.rng.choice(NICKNAMES)
        request = RegistrationRequest.new(nickname, language, True)
        self.registration.register(request)
        say(f"ACK registration {request.request_id}")

    def check_in(self) -> None:
        producer = self._some_producer()
        if producer is None:
            return
        visit = self.visits.check_in(producer.id)
        if visit.already:
            return
        newest = (LedgerEntry.select().where((LedgerEntry.producer == producer.id)
                                             & (LedgerEntry.kind == EntryKind.VISIT.value))
                  .order_by(LedgerEntry.seq.desc()).get())
        say(f"ACK visit {newest.uuid}")

    def push(self) -> None:
        producer = self._some_producer()
        if producer is None:
            return
        allowed = self.pushes.allowance(producer.id)
        points = self.rng.randint(1, max(1, allowed + 1))     # sometimes one too many
        request_id = str(uuid.uuid4())
        cast_id = self.rng.choice(DEMO_CAST)[0]
        try:
            self.pushes.push(producer.id, cast_id, points, request_id)
        except PushRefused:
            return                                             # not enough points, cap…
        say(f"ACK push {request_id}")

    def purchase(self) -> None:
        """PV from the till, written like the demo data does (no till use case exists yet)."""
        producer = self._some_producer()
        if producer is None:
            return
        yen = self.rng.choice((600, 950, 1500, 3000, 12_000))
        entry_uuid = str(uuid.uuid4())
        with self.store.atomic():
            append_entry(producer=Producer.get_by_id(producer.id),
                         kiosk_uuid=self.signer.kiosk_uuid, rules=self.rules,
                         moment=self.calendar.now(),
                         entry=NewEntry(EntryKind.PURCHASE,
                                        Deltas(pv=self.rules.pv_for_yen(yen)),
                                        entry_uuid=entry_uuid, yen=yen,
                                        receipt=f"CRASH-{entry_uuid[:8]}"))
        say(f"ACK purchase {entry_uuid}")

    def sync(self) -> None:
        say("SYNC")
        try:
            report = self.engine.sync_once()
        except SyncUnavailable as exc:
            say(f"SYNC-UNAVAILABLE {exc}")
            return
        say(f"SYNCED pushed={report.pushed} problems={report.problems}")

    def next_day(self) -> None:
        self.calendar.next_day()

    def _some_producer(self) -> Producer | None:
        """A producer picked with our seeded generator (SQLite's random() is not seeded)."""
        count = int(Producer.select().count())
        if count == 0:
            return None
        chosen: Producer | None = (Producer.select().order_by(Producer.id)
                                   .offset(self.rng.randrange(count)).first())
        return chosen

    # ---- the loops ------------------------------------------------------------------------

    def run_forever(self) -> None:
        names = [name for name, _weight in ACTIONS]
        weights = [weight for _name, weight in ACTIONS]
        actions: dict[str, Callable[[], None]] = {name: getattr(self, name) for name in names}
        say("READY")
        while True:
            actions[self.rng.choices(names, weights)[0]]()

    def drain(self) -> None:
        """Sync until nothing is pending and a whole pass (push, then pull) succeeded."""
        for _attempt in range(DRAIN_ATTEMPTS):
            try:
                self.engine.sync_once()
            except SyncUnavailable:
                time.sleep(0.1)
                continue
            if not LedgerEntry.select().where(LedgerEntry.synced_at.is_null()).exists():
                say("DRAINED")
                return
        raise SystemExit("could not drain the kiosk's pending events")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--office", required=True, help="the office's URL")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--drain", action="store_true",
                        help="sync until nothing is pending, then exit")
    args = parser.parse_args(argv)
    kiosk = Kiosk(args.data_dir, args.office, random.Random(args.seed))
    try:
        if args.drain:
            kiosk.drain()
        else:
            kiosk.run_forever()
    finally:
        kiosk.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
