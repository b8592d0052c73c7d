"""The office's PostgreSQL connection pool: peewee's, without a round trip per request.

peewee's pool checks every connection it lends with a `SELECT 1`, and does so holding
the database's one lock, which giving a connection back also takes. Every request of every
thread therefore waited in line for a round trip to PostgreSQL (in the month-end
benchmark, a third of the office's busy samples were threads queued on that lock). A
connection given back moments ago is known to be alive, so, like HikariCP's "alive bypass
window", only a connection idle longer than `ALIVE_BYPASS_S` is pinged; a connection the
driver already saw break (`closed`, or its transaction state unknown) is dropped without
asking. A server restart can still fail the few requests that meet a connection broken in
the last moment, as a restart fails the queries it interrupts.
"""

from __future__ import annotations

import time
from typing import Any

from playhouse.db_url import parse
from playhouse.postgres_ext import PooledPsycopg3Database

ALIVE_BYPASS_S = 2.0


class QuickCheckPool(PooledPsycopg3Database):  # type: ignore[misc]
    """Lends a connection given back less than `ALIVE_BYPASS_S` ago without pinging it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._returned_at: dict[int, float] = {}

    def _close(self, conn: Any, close_conn: bool = False) -> None:
        super()._close(conn, close_conn)
        if not (close_conn or conn.closed):
            self._returned_at[self.conn_key(conn)] = time.monotonic()

    def _close_raw(self, conn: Any) -> None:
        """A connection really closed (stale, broken, or not reusable) is forgotten here
        too, so the table never outgrows the pool."""
        self._returned_at.pop(self.conn_key(conn), None)
        super()._close_raw(conn)

    def _is_closed(self, conn: Any) -> bool:
        returned = self._returned_at.get(self.conn_key(conn))
        if (not conn.closed and returned is not None
                and time.monotonic() - returned < ALIVE_BYPASS_S
                and self._adapter.txn_status(conn) == self._adapter.txn_idle):
            return False
        closed = conn.closed or bool(super()._is_closed(conn))
        if closed:                     # the pool drops it without closing it here
            self._returned_at.pop(self.conn_key(conn), None)
        return closed


def pooled_postgresql(url: str, **options: Any) -> QuickCheckPool:
    """A pool for `postgresql://user@host:port/name` (peewee's URL options apply)."""
    rest = url.split("://", 1)[1]
    return QuickCheckPool(**{**parse(f"postgresql://{rest}"), **options})
