"""The office's PostgreSQL pool on a real server: a connection just given back is lent
again without a round trip, and a connection the server ended is never lent."""

from __future__ import annotations

from typing import Any

import peewee
import psycopg
import pytest

from kiosk.server import pg_pool
from kiosk.server.pg_pool import pooled_postgresql
from tests.support.postgres import PostgresCluster


@pytest.fixture
def pool(postgres_cluster: PostgresCluster) -> Any:
    db = pooled_postgresql(postgres_cluster.fresh_database(), max_connections=4,
                           stale_timeout=300, timeout=5)
    yield db
    db.close_all()


def backend_pid(db: Any) -> int:
    with db.connection_context():
        return int(db.execute_sql("SELECT pg_backend_pid()").fetchone()[0])


def pings(monkeypatch: pytest.MonkeyPatch, db: Any) -> list[object]:
    """Every liveness round trip the pool makes from now on."""
    seen: list[object] = []
    real = db._adapter.is_connection_closed

    def counted(conn: object) -> bool:
        seen.append(conn)
        return bool(real(conn))

    monkeypatch.setattr(db._adapter, "is_connection_closed", counted)
    return seen


def test_a_connection_given_back_moments_ago_is_lent_without_a_round_trip(
        pool: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    first = backend_pid(pool)
    seen = pings(monkeypatch, pool)
    for _ in range(20):
        assert backend_pid(pool) == first          # the same connection, reused
    assert seen == []


def test_a_connection_idle_past_the_window_is_checked_before_it_is_lent(
        pool: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    backend_pid(pool)
    monkeypatch.setattr(pg_pool, "ALIVE_BYPASS_S", 0.0)
    seen = pings(monkeypatch, pool)
    backend_pid(pool)
    assert len(seen) == 1


def test_a_connection_the_server_ended_is_not_lent(
        pool: Any, postgres_cluster: PostgresCluster, monkeypatch: pytest.MonkeyPatch) -> None:
    """The server restarted or an operator ended the backend while it sat in the pool:
    once idle past the window, the pool finds out and opens a fresh one; no request fails."""
    doomed = backend_pid(pool)
    with psycopg.connect(postgres_cluster.url(), autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (doomed,))
    monkeypatch.setattr(pg_pool, "ALIVE_BYPASS_S", 0.0)
    fresh = backend_pid(pool)
    assert fresh != doomed


def test_a_connection_broken_while_lent_is_not_lent_again(
        pool: Any, postgres_cluster: PostgresCluster) -> None:
    """A request that saw its connection break gave back a connection the driver knows is
    closed: the next request gets a new one at once, even inside the window."""
    with pool.connection_context():
        doomed = int(pool.execute_sql("SELECT pg_backend_pid()").fetchone()[0])
        with psycopg.connect(postgres_cluster.url(), autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (doomed,))
        with pytest.raises(peewee.OperationalError):
            pool.execute_sql("SELECT 1")
    assert backend_pid(pool) != doomed


def test_what_the_pool_remembers_never_outgrows_it(postgres_cluster: PostgresCluster) -> None:
    """Connections recycled for months (stale ones closed, broken ones dropped) leave
    nothing behind: the pool remembers at most the connections it holds."""
    db = pooled_postgresql(postgres_cluster.fresh_database(), max_connections=2,
                           stale_timeout=0.001, timeout=5)
    try:
        for _ in range(30):
            backend_pid(db)                 # each given back stale, closed at next lending
        assert len(db._returned_at) <= 2
    finally:
        db.close_all()
