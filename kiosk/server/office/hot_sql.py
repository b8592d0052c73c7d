"""The reads every website page makes, as fixed SQL text: peewee spends more building a
query's text than the database spends answering it (a third of a page's CPU, measured with
the month-end benchmark), so the hottest reads are written once here, with the database's
own placeholder, and only executed per request. Plain SQL that SQLite and PostgreSQL both
read; covered by the same tests as the rest of the office on both."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from peewee import Database

# One row: the producer, their live card, and this month's pushes (votes, points).
PRODUCER_VIEW = """
SELECT p.number, p.nickname, p.language, p.site_language, p.pv_earned, p.push_points,
       p.overdrawn_at, p.ranking_visible, p.deleted_at, p.quarantined_at,
       (SELECT c.card_id FROM office_card c WHERE c.producer_number = p.number
          AND c.revoked_at IS NULL ORDER BY c.generation DESC LIMIT 1),
       (SELECT c.generation FROM office_card c WHERE c.producer_number = p.number
          AND c.revoked_at IS NULL ORDER BY c.generation DESC LIMIT 1),
       (SELECT COALESCE(SUM(e.votes), 0) FROM office_event e
          WHERE e.producer_number = p.number AND e.kind = 'push' AND e.rejected IS NULL
            AND e.received_at >= {p} AND e.received_at < {p}),
       (SELECT COALESCE(SUM(0 - e.push_delta), 0) FROM office_event e
          WHERE e.producer_number = p.number AND e.kind = 'push' AND e.rejected IS NULL
            AND e.received_at >= {p} AND e.received_at < {p})
FROM office_producer p WHERE p.number = {p}
"""

# A session by its token's hash, with its producer when that producer may still sign in.
SESSION = """
SELECT s.token_hash, s.producer_number, s.csrf_token, s.created_at, s.seen_at,
       p.number, p.site_language, p.language
FROM web_session s LEFT JOIN office_producer p
  ON p.number = s.producer_number AND p.quarantined_at IS NULL AND p.deleted_at IS NULL
WHERE s.token_hash = {p}
"""

DAILY_POINT_TAKEN = "SELECT 1 FROM office_event WHERE uuid = {p}"


@functools.cache
def _text(template: str, param: str) -> str:
    return template.replace("{p}", param)


def one_row(db: Database, template: str, params: Sequence[Any]) -> tuple[Any, ...] | None:
    """The first row of `template` run with `params` (inside the caller's connection)."""
    cursor = db.execute_sql(_text(template, db.param), list(params))  # type: ignore[no-untyped-call]
    row = cursor.fetchone()
    return None if row is None else tuple(row)
