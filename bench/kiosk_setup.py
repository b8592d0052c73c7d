"""Benchmark kiosks: opened, enrolled and synced like a café's, and filled with a day of
events, a few through the services and the rest in bulk exactly as the services write them."""

from __future__ import annotations

import contextlib
import random
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from bench.office_process import OfficeProcess, enrolment_code

if TYPE_CHECKING:
    from kiosk.db.identity import KioskSigner
    from kiosk.db.store import Store
    from kiosk.domain.rules import RuleBook
    from kiosk.sync.engine import SyncEngine


CLIENT_TIMEOUT_S = 300.0
NICKNAMES = ("サクラ", "ユウキ", "Alex", "ミライ", "Chloé", "ハル", "レン", "Mika", "ソラ",
             "ケンジ", "Jun", "アオイ", "민준", "小雪")
LANGUAGES = ("ja",) * 7 + ("en", "en", "zh_CN", "ko", "fr")
CAST = ("mirai", "sakura", "nana", "rin", "hikari", "momo", "yui", "aoi")


# ---- kiosks ----------------------------------------------------------------------------------


def bench_rules() -> RuleBook:
    from kiosk.domain.rules import parse_rules
    from kiosk.paths import rules_path

    return parse_rules(rules_path().read_text(encoding="utf-8"))


@contextlib.contextmanager
def open_kiosk(data_dir: Path, rules: RuleBook) -> Iterator[tuple[Store, KioskSigner]]:
    """The kiosk store (process-global: one open at a time) and this kiosk's signer."""
    from kiosk.db.identity import ensure_identity
    from kiosk.db.store import Store
    from kiosk.services.demo import seed_demo_cast

    store = Store(data_dir / "kiosk.sqlite3", rules).open()
    try:
        signer = ensure_identity(store, data_dir, 1)
        with store.atomic():
            seed_demo_cast()
        yield store, signer
    finally:
        store.close()


def enrol(data_dir: Path, rules: RuleBook, office: OfficeProcess, label: str) -> None:
    from kiosk.sync.enrolment import enrol_kiosk

    with open_kiosk(data_dir, rules) as (store, signer):
        code = enrolment_code(office.database, label)
        enrol_kiosk(store, data_dir, signer, office.url, code, label)


def sync_engine(store: Store, rules: RuleBook, data_dir: Path, office: OfficeProcess
                ) -> SyncEngine:
    """The kiosk's engine, talking to this run of the office (its port changes per run)."""
    from kiosk.db.office_credential import load_credential
    from kiosk.sync.client import OfficeClient
    from kiosk.sync.engine import SyncEngine

    credential = load_credential(data_dir)
    assert credential is not None
    client = OfficeClient(office.url, credential.kiosk_id, credential.secret,
                          timeout_s=CLIENT_TIMEOUT_S)
    return SyncEngine(store, rules, client)


def business_day_open(rules: RuleBook) -> datetime:
    """11:00 in the café's time zone on today's business day (the simulated day)."""
    zone = ZoneInfo(rules.timezone)
    day = rules.business_day(datetime.now(UTC))
    return datetime(day.year, day.month, day.day, 11, tzinfo=zone).astimezone(UTC)


def service_events(store: Store, rules: RuleBook, signer: KioskSigner, moment: datetime,
                   producers: int) -> int:
    """The day's first producers go through the real use cases: register, check in, push."""
    from kiosk.db.models import Producer
    from kiosk.domain.producer_number import ProducerNumber
    from kiosk.services.pushes import PushService
    from kiosk.services.registration import RegistrationRequest, RegistrationService
    from kiosk.services.visits import VisitService

    def clock() -> datetime:
        return moment

    registration = RegistrationService(store, rules, signer, clock)
    visits = VisitService(store, rules, signer, clock)
    pushes = PushService(store, rules, signer, clock)
    for i in range(producers):
        issued = registration.register(RegistrationRequest.new(
            NICKNAMES[i % len(NICKNAMES)], LANGUAGES[i % len(LANGUAGES)], True))
        number = ProducerNumber.parse(issued.producer_number).digits
        producer_id = Producer.get(Producer.number == number).id
        visits.check_in(producer_id)
        pushes.push(producer_id, CAST[i % len(CAST)], 1)
    return producers * 3


@dataclass
class BulkPlan:
    registrations: int
    others: int                   # visits, purchases and pushes over every producer
    first: datetime               # kiosk clock of the first event
    span: timedelta               # events spread evenly over this


def bulk_append(db_path: Path, rules: RuleBook, signer: KioskSigner, plan: BulkPlan,
                rng: random.Random, password_hash: str) -> None:
    """Append pending ledger rows (and their producers and cards) to a closed kiosk store,
    as the services would write them, then bring the balance cache and the monthly cast
    votes up to date. Sequence numbers, serials and ids continue from what is there."""
    from kiosk.db.ledger import cast_month
    from kiosk.domain.producer_number import ProducerNumber

    con = sqlite3.connect(db_path, isolation_level=None)
    con.execute("PRAGMA synchronous=OFF")
    con.execute("BEGIN IMMEDIATE")
    next_id = int(con.execute("SELECT COALESCE(MAX(id), 0) FROM producer").fetchone()[0]) + 1
    serial = int(con.execute("SELECT COALESCE(MAX(serial), 0) FROM producer WHERE "
                             "kiosk_number = ?", (signer.kiosk_number,)).fetchone()[0])
    seq = int(con.execute("SELECT COALESCE(MAX(seq), 0) FROM ledger_entry WHERE "
                          "kiosk_uuid = ?", (signer.kiosk_uuid,)).fetchone()[0])
    pv: dict[int, int] = {}
    points: dict[int, int] = {}
    for producer_id, pv_earned, push_points in con.execute(
            "SELECT producer_id, pv_earned, push_points FROM balance_cache"):
        pv[producer_id] = pv_earned
        points[producer_id] = push_points
    everyone = list(pv)
    with_points = [p for p, n in points.items() if n > 0]
    visited: set[tuple[int, str]] = {
        (p, d) for p, d in con.execute(
            "SELECT producer_id, business_day FROM ledger_entry WHERE kind = 'visit'")}
    card_ids = {c for (c,) in con.execute("SELECT card_id FROM card")}
    producers: list[tuple[Any, ...]] = []
    cards: list[tuple[Any, ...]] = []
    ledger: list[tuple[Any, ...]] = []
    tallies: dict[tuple[str, str], int] = {}
    total = plan.registrations + plan.others
    every = max(1, total // max(1, plan.registrations))
    registered = 0
    for i in range(total):
        moment = plan.first + plan.span * (i / total)
        stamp = moment.isoformat(timespec="microseconds")
        day = rules.business_day(moment).isoformat()
        seq += 1
        entry_uuid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        if registered < plan.registrations and (i % every == 0 or not everyone
                                                or total - i <= plan.registrations - registered):
            registered += 1
            serial += 1
            producer_id = next_id
            next_id += 1
            card_id = rng.randrange(1, 2**63 - 1)
            while card_id in card_ids:
                card_id = rng.randrange(1, 2**63 - 1)
            card_ids.add(card_id)
            producers.append((producer_id, ProducerNumber(signer.kiosk_number, serial).digits,
                              signer.kiosk_number, serial,
                              f"{NICKNAMES[serial % len(NICKNAMES)]}{serial % 1000}",
                              LANGUAGES[serial % len(LANGUAGES)], f"bench{serial:07d}",
                              password_hash, stamp, stamp))
            cards.append((card_id, 1, producer_id, signer.key_id, "bench-placeholder", stamp))
            ledger.append((entry_uuid, signer.kiosk_uuid, seq, producer_id, "registration", 0,
                           0, 0, None, None, None, rules.version, day, stamp))
            pv[producer_id] = points[producer_id] = 0
            everyone.append(producer_id)
            continue
        roll = rng.random()
        if roll < 0.25 and with_points:                                  # push
            at = rng.randrange(len(with_points))
            producer_id = with_points[at]
            spend = min(points[producer_id], rules.max_points_per_push, rng.choice((1, 1, 2)))
            points[producer_id] -= spend
            if points[producer_id] <= 0:
                with_points[at] = with_points[-1]
                with_points.pop()
            votes = spend * rules.rank_for(pv[producer_id]).weight
            cast_id = rng.choice(CAST)
            key = (cast_id, cast_month(moment, rules))
            tallies[key] = tallies.get(key, 0) + votes
            ledger.append((entry_uuid, signer.kiosk_uuid, seq, producer_id, "push", 0, -spend,
                           votes, cast_id, None, None, rules.version, day, stamp))
            continue
        producer_id = everyone[rng.randrange(len(everyone))]
        if roll < 0.65 and (producer_id, day) not in visited:            # visit
            visited.add((producer_id, day))
            gained = rules.push_points_per_visit
            if points[producer_id] <= 0 < gained:
                with_points.append(producer_id)
            points[producer_id] += gained
            ledger.append((entry_uuid, signer.kiosk_uuid, seq, producer_id, "visit", 0, gained,
                           0, None, None, None, rules.version, day, stamp))
            continue
        yen = rng.randrange(600, 6_000, 50)                             # purchase
        earned = rules.pv_for_yen(yen)
        pv[producer_id] += earned
        ledger.append((entry_uuid, signer.kiosk_uuid, seq, producer_id, "purchase", earned, 0,
                       0, None, yen, f"R{day.replace('-', '')}-{seq:07d}", rules.version, day,
                       stamp))
    con.executemany("INSERT INTO producer (id, number, kiosk_number, serial, nickname, "
                    "language, login_id, password_hash, consented_at, created_at) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?)", producers)
    con.executemany("INSERT INTO card (card_id, generation, producer_id, key_id, token, "
                    "issued_at) VALUES (?,?,?,?,?,?)", cards)
    con.executemany("INSERT INTO ledger_entry (uuid, kiosk_uuid, seq, producer_id, kind, "
                    "pv_delta, push_delta, votes, cast_id, yen, receipt, rule_version, "
                    "business_day, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", ledger)
    balances = [
        (producer_id, pv_sum, push_sum, rules.rank_for(pv_sum).number, rules.version, last)
        for producer_id, pv_sum, push_sum, last in con.execute(
            "SELECT producer_id, SUM(pv_delta), SUM(push_delta), MAX(recorded_at) "
            "FROM ledger_entry GROUP BY producer_id")]
    con.executemany("INSERT OR REPLACE INTO balance_cache (producer_id, pv_earned, push_points,"
                    " rank_number, rule_version, updated_at) VALUES (?,?,?,?,?,?)", balances)
    con.executemany("INSERT INTO cast_month_votes (cast_id, month, votes) VALUES (?,?,?) "
                    "ON CONFLICT (cast_id, month) DO UPDATE SET votes = votes + excluded.votes",
                    [(c, m, v) for (c, m), v in tallies.items()])
    con.execute("COMMIT")
    con.execute("ANALYZE")
    con.close()


def pending_count(db_path: Path) -> int:
    with contextlib.closing(sqlite3.connect(db_path)) as con:
        return int(con.execute("SELECT COUNT(*) FROM ledger_entry WHERE synced_at IS NULL")
                   .fetchone()[0])

def pending_kinds(db_path: Path) -> dict[str, int]:
    """The kiosk's unsynced ledger rows, counted by kind."""
    with contextlib.closing(sqlite3.connect(db_path)) as con:
        return dict(con.execute("SELECT kind, COUNT(*) FROM ledger_entry WHERE synced_at IS "
                                "NULL GROUP BY kind ORDER BY kind").fetchall())
