"""Power cut during a registration: `kill -9` a real writer, reopen, find all or nothing."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.db.models import BalanceCache, Card, LedgerEntry, Producer
from kiosk.db.store import Store
from kiosk.domain.rules import RuleBook

CHILD = Path(__file__).with_name("crash_child.py")


def start_child(data_dir: Path, mode: str, complete_first: int) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(CHILD), str(data_dir), mode,
                             str(complete_first)],
                            stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(CHILD.parents[2])})


def wait_for(child: subprocess.Popen[str], line: str) -> None:
    assert child.stdout is not None
    for got in child.stdout:
        if got.strip() == line:
            return
    pytest.fail(f"child ended before saying {line}")


def kill(child: subprocess.Popen[str]) -> None:
    child.send_signal(signal.SIGKILL)
    child.wait()
    if child.stdout is not None:
        child.stdout.close()


def assert_consistent(data_dir: Path, rules: RuleBook) -> int:
    store = Store(data_dir / "kiosk.sqlite3", rules).open()
    try:
        assert store.integrity_ok()
        producers = Producer.select().count()
        assert Card.select().count() == producers
        assert LedgerEntry.select().count() == producers
        assert BalanceCache.select().count() == producers
        seqs = [e.seq for e in LedgerEntry.select().order_by(LedgerEntry.seq)]
        assert seqs == list(range(1, producers + 1))
        for producer in Producer.select():
            assert producer.cards.count() == 1 and producer.ledger.count() == 1
        return producers
    finally:
        store.close()


@pytest.mark.slow
def test_kill_inside_the_registration_transaction(data_dir: Path, rules: RuleBook) -> None:
    child = start_child(data_dir, "pause", complete_first=3)
    try:
        wait_for(child, "READY")
        wait_for(child, "IN-TRANSACTION")
    finally:
        kill(child)
    assert assert_consistent(data_dir, rules) == 3    # the half-done fourth is gone


@pytest.mark.slow
def test_kill_at_random_moments(data_dir: Path, rules: RuleBook) -> None:
    rng = random.Random(20261123)
    previous = 0
    for _round in range(6):
        child = start_child(data_dir, "loop", complete_first=0)
        try:
            wait_for(child, "READY")
            time.sleep(rng.uniform(0.02, 0.4))
        finally:
            kill(child)
        producers = assert_consistent(data_dir, rules)
        assert producers >= previous
        previous = producers
    assert previous > 0
