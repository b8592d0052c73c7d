"""The rules the office published, read from the store before the store is opened.

The sync engine saves a published rules file in the store (with the cursor, in one
transaction). A running kiosk keeps one rule book all day; at the next start the app
reads the saved file here, with a plain read-only SQLite query that costs a millisecond,
so the newer rules are in force before the first screen is drawn.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kiosk.db.kiosk_state import StateKey


def published_rules_text(store_path: Path) -> str | None:
    if not store_path.exists():
        return None
    try:
        with sqlite3.connect(f"{store_path.absolute().as_uri()}?mode=ro",
                             uri=True) as connection:
            row = connection.execute('SELECT "value" FROM "kiosk_state" WHERE "key" = ?',
                                     (StateKey.OFFICE_RULES.value,)).fetchone()
    except sqlite3.Error:
        return None                  # no such table yet, locked, damaged: bundled rules
    return str(row[0]) if row else None
