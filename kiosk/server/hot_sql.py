"""The hottest reads, as fixed SQL text: what every website page reads and a page of the
kiosks' change feed. Peewee spends more building a query's text than the database spends
answering it (a third of a page's CPU in the month-end benchmark; most of a feed page's), so
these are written once here, with the database's own placeholder, and only executed. Plain
SQL that SQLite and PostgreSQL both read; covered by the same tests as the rest of the
office on both."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from peewee import Database, DatabaseProxy

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

# Who signs in with a login ID, with the kind of their latest password event (a password
# still from a kiosk's slip is suggested a change).
SIGN_IN = """
SELECT p.number, p.password_hash,
       (SELECT e.kind FROM office_event e
          WHERE e.producer_number = p.number AND e.rejected IS NULL
            AND e.kind IN ('registration', 'password_reset', 'password_change')
          ORDER BY e.id DESC LIMIT 1)
FROM office_producer p
WHERE p.login_id = {p} AND p.quarantined_at IS NULL AND p.deleted_at IS NULL
"""

# A signed-in browser's session (token hash, producer, CSRF token, created, seen)…
OPEN_SESSION = """
INSERT INTO web_session (token_hash, producer_number, csrf_token, created_at, seen_at)
VALUES ({p}, {p}, {p}, {p}, {p})
"""

# … and the producer's sessions beyond the newest (producer, producer, how many are kept).
PRUNE_SESSIONS = """
DELETE FROM web_session WHERE producer_number = {p} AND token_hash NOT IN (
  SELECT token_hash FROM web_session WHERE producer_number = {p}
  ORDER BY created_at DESC LIMIT {p})
"""

FORGET_THROTTLE = "DELETE FROM login_throttle WHERE key = {p}"


def throttle_locks(keys: int) -> str:
    """The locks of `keys` throttle keys (a template for that many)."""
    marks = ", ".join(["{p}"] * keys)
    return f"SELECT locked_until FROM login_throttle WHERE key IN ({marks})"


# A producer's live card (card_id, generation): the one their phone shows as a QR.
LIVE_CARD = """
SELECT card_id, generation FROM office_card
WHERE producer_number = {p} AND revoked_at IS NULL ORDER BY generation DESC LIMIT 1
"""

# The cast roster in its order (most pages name cast members).
ROSTER = """
SELECT cast_id, stage_name_ja, stage_name_en, active, sort_order, photo_sha256
FROM office_cast ORDER BY sort_order, cast_id
"""

# A cast member's top producers in a month (cast, from, to, how many): the month's pushes
# summed per producer from the index alone (`CAST_PUSHES`), and only the few on the list
# joined to their producer rows; with the producer number as the tie-break.
TOP_PRODUCERS_OF_CAST = """
SELECT t.producer_number, t.total, p.nickname, p.ranking_visible, p.deleted_at
FROM (SELECT e.producer_number, SUM(e.votes) AS total FROM office_event e
      WHERE e.cast_id = {p} AND e.kind = 'push' AND e.rejected IS NULL
        AND e.received_at >= {p} AND e.received_at < {p}
      GROUP BY e.producer_number ORDER BY total DESC, e.producer_number LIMIT {p}) t
JOIN office_producer p ON p.number = t.producer_number
ORDER BY t.total DESC, t.producer_number
"""

DAILY_POINT_TAKEN = "SELECT 1 FROM office_event WHERE uuid = {p}"

# A page of the change feed's balances: (since, head, limit + 1).
FEED_BALANCES = """
SELECT number, nickname, language, login_id, password_hash, pv_earned, push_points,
       overdrawn_at, last_visit_at, change_id
FROM office_producer
WHERE change_id > {p} AND change_id <= {p} AND quarantined_at IS NULL
ORDER BY change_id LIMIT {p}
"""

# The cards of that page's producers, by the same range (since, the page's last change id):
# a join on the range, not a thousand-number IN list.
FEED_CARDS = """
SELECT c.producer_number, c.card_id, c.generation, c.revoked_at
FROM office_card c JOIN office_producer p ON p.number = c.producer_number
WHERE p.change_id > {p} AND p.change_id <= {p} AND p.quarantined_at IS NULL
"""


@functools.cache
def _text(template: str, param: str) -> str:
    return template.replace("{p}", param)


def all_rows(db: Database | DatabaseProxy, template: str, params: Sequence[Any]
             ) -> list[tuple[Any, ...]]:
    """Every row of `template` run with `params` (inside the caller's connection)."""
    cursor = db.execute_sql(_text(template, db.param), list(params))
    return [tuple(row) for row in cursor.fetchall()]


def execute(db: Database | DatabaseProxy, template: str, params: Sequence[Any]) -> None:
    """Run a statement that returns no rows (inside the caller's transaction)."""
    db.execute_sql(_text(template, db.param), list(params))


def one_row(db: Database | DatabaseProxy, template: str, params: Sequence[Any]
            ) -> tuple[Any, ...] | None:
    """The first row of `template` run with `params` (inside the caller's connection)."""
    cursor = db.execute_sql(_text(template, db.param), list(params))
    row = cursor.fetchone()
    return None if row is None else tuple(row)
