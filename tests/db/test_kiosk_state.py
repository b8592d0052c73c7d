"""The kiosk's stored facts under their typed keys, and the cheap key module the app reads
the office's rules with before the store is loaded."""

from __future__ import annotations

import subprocess
import sys

from kiosk.db.kiosk_state import StateKey
from kiosk.db.models import KioskState
from kiosk.db.office_rules import published_rules_text
from kiosk.db.store import Store


def test_write_read_many_and_forget(store: Store) -> None:
    with store.atomic():
        KioskState.write(StateKey.OFFICE_CURSOR, "41")
        KioskState.write(StateKey.OFFICE_CURSOR, "42")          # replaces, never duplicates
        KioskState.write(StateKey.STAFF_PIN_FAILURES, "2")
    assert KioskState.read(StateKey.OFFICE_CURSOR) == "42"
    assert KioskState.read(StateKey.LAST_SYNC_AT) is None
    assert KioskState.read_many(StateKey.OFFICE_CURSOR, StateKey.STAFF_PIN_FAILURES,
                                StateKey.LAST_SYNC_AT) == {StateKey.OFFICE_CURSOR: "42",
                                                           StateKey.STAFF_PIN_FAILURES: "2"}
    with store.atomic():
        KioskState.forget(StateKey.OFFICE_CURSOR, StateKey.STAFF_PIN_FAILURES)
    assert KioskState.select().count() == 0


def test_published_rules_are_read_under_the_same_key(store: Store) -> None:
    with store.atomic():
        KioskState.write(StateKey.OFFICE_RULES, "version = 99\n")
    assert published_rules_text(store.path) == "version = 99\n"


def test_the_keys_load_without_the_store() -> None:
    """Read before the first paint: importing the keys must not pull in peewee (~150 ms)."""
    code = ("import sys, kiosk.db.office_rules; "
            "print('peewee' in sys.modules, 'kiosk.db.models' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.split() == ["False", "False"]
