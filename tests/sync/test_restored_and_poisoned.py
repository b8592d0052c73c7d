"""Two ways the chain used to break that no crash test finds, on SQLite and PostgreSQL:

- a kiosk restored from an old backup registers a new person under a number the office had
  given someone else: nothing is merged, the person gets a new number with all their points,
  and staff are told to reprint their card;
- a record an earlier office let in that no kiosk can read: every kiosk keeps pulling, leaves
  it out, tells the office and its staff, and the office can set it aside.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.db.models import LedgerEntry, PrintJob, Producer, StaffAction
from kiosk.domain.rules import RuleBook
from kiosk.server.models import Counter, OfficeCard, OfficeProducer
from kiosk.services.card_check import CardCheckService
from kiosk.services.purchases import PurchaseService
from kiosk.services.visits import VisitService
from kiosk.sync.protocol import MAX_BATCH
from tests.sync.conftest import RunningOffice, enrolled, register
from tests.sync.test_hostile_kiosk import assert_kiosks_agree, digits, office_balances


# In one batch all three of Dee's events are refused and sent again. In batches of two the
# visit either went while the first batch was at the office (refused and sent again with
# it) or waited at the kiosk, where the repair placed the copies before it (it goes once).
@pytest.mark.parametrize(("batch", "refused"), [(MAX_BATCH, {3}), (2, {2, 3})])
def test_a_restored_kiosk_gives_a_new_person_a_new_number_not_someone_elses_points(
        office: RunningOffice, tmp_path: Path, rules: RuleBook, batch: int,
        refused: set[int]) -> None:
    a = enrolled(office, tmp_path / "a", rules, "entrance")
    b = enrolled(office, tmp_path / "b", rules, "stage side")
    backup = tmp_path / "backup.sqlite3"
    with a:
        register(a, rules, "Ann")
        a.engine().sync_once()
    shutil.copy(a.dir / "kiosk.sqlite3", backup)       # closed cleanly: WAL checkpointed
    with a:
        bob, bob_id = register(a, rules, "Bob")
        PurchaseService(a.store, rules, a.signer).record(bob_id, "R-0001", 3000)   # 6 PV
        a.engine().sync_once()
    shutil.copy(backup, a.dir / "kiosk.sqlite3")       # the disk died; yesterday's copy
    with a:
        dee, dee_id = register(a, rules, "Dee")        # registers before syncing
        assert digits(dee) == digits(bob)              # ...under Bob's number
        PurchaseService(a.store, rules, a.signer).record(dee_id, "R-0002", 3000)
        VisitService(a.store, rules, a.signer).check_in(dee_id)
        report = a.engine(push_batch=batch).sync_once()
        assert report.problems in refused              # refused: the number was Bob's
        assert a.engine().sync_once().problems == 0
        assert not LedgerEntry.select().where(LedgerEntry.synced_at.is_null()).exists()
        dee_now = Producer.get_by_id(dee_id).number
        assert dee_now != digits(bob)
        cards = CardCheckService(a.store, rules)
        seen = cards.check_card(dee.token).summary     # Dee's card shows Dee's points
        assert seen is not None
        assert (seen.nickname, seen.pv_earned, seen.push_points) == ("Dee", 6, 1)
        bobs = cards.check_card(bob.token).summary     # and Bob's card Bob's
        assert bobs is not None and (bobs.nickname, bobs.pv_earned) == ("Bob", 6)
        told = [json.loads(row.detail) for row in StaffAction.select().where(
            StaffAction.action == "producer_renumbered")]
        assert [(t["old"].replace("-", ""), t["new"].replace("-", ""), t["events_sent_again"])
                for t in told] == [(digits(bob), dee_now, report.problems)]
        assert PrintJob.select().where((PrintJob.producer == dee_id)
                                       & (PrintJob.state == "waiting")).count() == 1
    balances = office_balances(office)
    assert balances[digits(bob)] == (6, 0)             # Bob's points are Bob's alone
    assert balances[dee_now] == (6, 1)                 # Dee's are all there, under her number
    with office.office.reading():
        assert OfficeProducer.get_by_id(dee_now).nickname == "Dee"
    assert_kiosks_agree(office, a, b)


def _poison(office: RunningOffice, number: str, login_id: str, card_id: int) -> None:
    """A record as an office before version 2 could have stored it, at the feed's head."""
    with office.office.writing() as head:
        OfficeProducer.create(number=number, nickname="Poison", language="en",
                              login_id=login_id, password_hash="x", kiosk_id="k",
                              pv_earned=1, push_points=1, change_id=head + 1)
        OfficeCard.create(card_id=card_id, generation=1, producer_number=number,
                          key_id="00000000")
        Counter.update(value=head + 1).where(Counter.name == "changes").execute()


def test_a_record_no_kiosk_can_read_does_not_stop_any_pull(
        office: RunningOffice, office_database: str, tmp_path: Path,
        rules: RuleBook) -> None:
    a = enrolled(office, tmp_path / "a", rules, "entrance")
    with a:
        ann, ann_id = register(a, rules, "Ann")
        a.engine().sync_once()
    # A wrong check digit (readable as the wire's 11 digits, refused by every kiosk), and a
    # full-width twin of Ann's number (the office's own feed leaves that one out).
    _poison(office, "00100000012", "poison1", 91)
    _poison(office, "".join(chr(ord(c) + 0xFEE0) for c in digits(ann)), "poison2", 92)
    late = enrolled(office, tmp_path / "late", rules, "enrolled afterwards")
    for box in (a, late):
        with box:
            box.engine().sync_once()                   # no exception: the pull goes on
            assert not Producer.select().where(Producer.nickname == "Poison").exists()
            assert Producer.select().where(Producer.nickname == "Ann").exists()
            skipped = [json.loads(row.detail) for row in StaffAction.select().where(
                StaffAction.action == "pull_skipped")]
            assert [s["key"] for s in skipped] == ["00100000012"]
    reports = office.office.pull_problems()
    assert sorted((r.kiosk, r.key) for r in reports) == [(1, "00100000012"),
                                                         (2, "00100000012")]
    assert "check digit" in reports[0].reason
    assert "00100000012" in admin(office_database, "pull-problems")
    # The office sets the record aside: no kiosk pulls it again, nothing is deleted.
    assert "00100000012" in admin(office_database, "quarantine", "00100000012", "--reason",
                                  "wrong check digit, from before version 2")
    assert "00100000012" not in [p.number for p in office.office.changes(0).producers]
    with a:
        PurchaseService(a.store, rules, a.signer).record(ann_id, "R-0003", 1000)
        assert a.engine().sync_once().problems == 0
    assert office_balances(office)[digits(ann)] == (2, 0)
    assert "back in the change feed" in admin(office_database, "quarantine", "--release",
                                              "00100000012")


def admin(database: str, *args: str) -> str:
    """`kiosk-server` as staff at the office run it: its own process, beside the server."""
    done = subprocess.run([sys.executable, "-m", "kiosk.server", "--database", database,
                           *args], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_row_the_kiosk_cannot_send_does_not_stall_its_queue(
        office: RunningOffice, tmp_path: Path, rules: RuleBook) -> None:
    """A purchase whose receipt the wire refuses (longer than the office takes, from a till
    pattern set too wide before the kiosk checked lengths): recorded as refused here, its PV
    taken back, staff told; the events after it go through."""
    a = enrolled(office, tmp_path / "a", rules, "entrance")
    with a:
        ann, ann_id = register(a, rules, "Ann")
        PurchaseService(a.store, rules, a.signer).record(ann_id, "R-0001", 3000)
        with a.store.atomic():
            LedgerEntry.update(receipt="R" * 80).where(LedgerEntry.kind == "purchase").execute()
        VisitService(a.store, rules, a.signer).check_in(ann_id)
        report = a.engine().sync_once()
        assert (report.pushed, report.problems) == (2, 1)
        assert not LedgerEntry.select().where(LedgerEntry.synced_at.is_null()).exists()
        refused = LedgerEntry.get(LedgerEntry.kind == "purchase")
        assert refused.rejected_problem == "malformed"
        assert "receipt" in refused.rejected_reason
        summary = CardCheckService(a.store, rules).summary(ann_id)
        assert (summary.pv_earned, summary.push_points) == (0, 1)
        assert StaffAction.select().where(StaffAction.action == "office_refused").count() == 1
    assert office_balances(office)[digits(ann)] == (0, 1)
