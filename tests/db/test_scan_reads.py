"""The scan's fixed SQL reads through indexes whatever the size of the store: no statement
may walk a whole table (SQLite says SCAN without an index for that)."""

from __future__ import annotations

import re

import pytest

from kiosk.db import scan_reads
from kiosk.db.store import Store

STATEMENTS = {
    "newest card": (scan_reads.NEWEST_CARD, (1,)),
    "producer": (scan_reads.PRODUCER, (1,)),
    "history": (scan_reads.HISTORY, (1, 8)),
    "visited on": (scan_reads.VISITED_ON, (1, "2026-12-06")),
    "newest card of producer": (scan_reads.NEWEST_CARD_OF_PRODUCER, (1,)),
    "pv up to": (scan_reads.PV_UP_TO, (1, "2026-12-06T20:00:00+09:00")),
    "state": (scan_reads.STATE, ("last_sync_at",)),
}

# "SCAN e" alone is a table walk; "SCAN e USING INDEX …", "SEARCH …" and the constant row
# of a SELECT EXISTS are not.
WHOLE_TABLE = re.compile(r"\bSCAN (?!CONSTANT ROW)(\w+)\b(?! USING (COVERING )?INDEX)")


@pytest.mark.parametrize("name", list(STATEMENTS))
def test_every_scan_read_is_an_index_search(store: Store, name: str) -> None:
    sql, params = STATEMENTS[name]
    plan = [row[3] for row in store.db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params)]
    walks = [step for step in plan if WHOLE_TABLE.search(step)]
    assert not walks, f"{name} walks a table: {plan}"
