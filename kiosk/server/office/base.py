"""What every area of the office shares: the database, the rules, and the one way to write.

Every use case is one transaction on its own connection (the HTTP server calls from a
thread pool). Writers are serialised: SQLite by `BEGIN IMMEDIATE`, PostgreSQL by taking the
change-feed counter's row lock first; this keeps the feed's ids in commit order (see
`feed.py`) and makes read-modify-write of balances safe on both stores.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from peewee import Database, PostgresqlDatabase

from kiosk.domain.rules import RuleBook
from kiosk.server import feed
from kiosk.server.batch_order import BatchOrder
from kiosk.server.hot_sql import execute, one_row
from kiosk.server.hot_writes import NEXT_SEQ, OFFICE_EVENT, SET_HEAD
from kiosk.server.intake import EventWindow
from kiosk.server.models import Counter, Kiosk
from kiosk.server.rulebooks import RuleBooks

FEED = feed.FEED
WEBSITE_SEQ = "website_seq"
WEBSITE_ORIGIN = "website"      # the kiosk_id of events the office's website made
TILL_ORIGIN = "till"            # … and of purchases imported from the till's export


class EnrolmentRefused(ValueError):
    pass


class EnrolmentConflict(ValueError):
    """The signing key is enrolled as another kiosk (with another code)."""


class UnknownProducer(LookupError):
    pass


class KioskDisabled(PermissionError):
    pass


class RulesRefused(ValueError):
    pass


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def kiosk_labels(kiosk_ids: set[str]) -> dict[str, str]:
    """The staff's names for these kiosks (inside a connection), for pages and exports."""
    return {k.kiosk_id: k.label for k in Kiosk.select(Kiosk.kiosk_id, Kiosk.label)
            .where(Kiosk.kiosk_id.in_(kiosk_ids))}


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


class OfficeBase:
    def __init__(self, db: Database, rules: RuleBook,
                 window: EventWindow | None = None) -> None:
        self.db = db
        self.rules = rules                   # the newest in force
        self.rulebooks = RuleBooks(rules)    # every version, for judging events
        self.window = window or EventWindow()   # when events may have been recorded
        self.batch_order = BatchOrder()      # a kiosk's batches taken in in order

    @contextmanager
    def reading(self) -> Iterator[None]:
        with self.db.connection_context():
            yield

    @contextmanager
    def writing(self) -> Iterator[int]:
        """One writer at a time; yields the change feed's current head."""
        with self.db.connection_context(), self.db.atomic():
            query = Counter.select(Counter.value).where(Counter.name == FEED)
            if isinstance(self.db, PostgresqlDatabase):
                query = query.for_update()
            yield int(query.scalar())

    def _set_head(self, value: int) -> None:
        execute(self.db, SET_HEAD, [value, FEED])

    def _record_office_event(self, number: str, kind: str, *, uuid: str | None = None,
                             push_delta: int = 0, votes: int = 0, cast_id: str | None = None,
                             business_day: str | None = None, pv_delta: int = 0,
                             yen: int | None = None, receipt: str | None = None,
                             origin: str = WEBSITE_ORIGIN) -> None:
        """Write an event the office itself made (the website's daily point, push, password
        change; an account deletion; a till purchase) into the same ledger as the kiosks'
        events, under its origin's own sequence. Inside a `writing()` transaction."""
        counter = WEBSITE_SEQ if origin == WEBSITE_ORIGIN else f"{origin}_seq"
        row = one_row(self.db, NEXT_SEQ, [counter])
        assert row is not None
        seq = int(row[0])
        uuid = uuid or f"office-{kind}:{number}:{seq}"
        now = now_iso()
        execute(self.db, OFFICE_EVENT, [
            uuid, origin, seq, number, kind, pv_delta, push_delta, votes, cast_id,
            sha256(uuid), now, now, business_day, yen, receipt, self.rules.version])
