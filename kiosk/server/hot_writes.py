"""The website's writes as fixed SQL: the daily point and a push from home.

They run under the change feed's one writer lock (`OfficeBase.writing`), so every statement
they send, and the Python that builds it, is time every other writer waits: under load a
thread that gives up the GIL for a round trip waits for it again before its next statement
(the month-end benchmark's home and push pages queued here). So each is as few round trips
as SQLite and PostgreSQL both allow, written once (see `hot_sql.py` for why not peewee).
"""

from __future__ import annotations

# The next number of an office origin's own sequence (origin counter name).
NEXT_SEQ = """
INSERT INTO counter (name, value) VALUES ({p}, 1)
ON CONFLICT (name) DO UPDATE SET value = counter.value + 1
RETURNING value
"""

# An event the office made itself.
OFFICE_EVENT = """
INSERT INTO office_event (uuid, kiosk_id, seq, producer_number, kind, pv_delta, push_delta,
  votes, cast_id, content_hash, recorded_at, received_at, business_day, yen, receipt,
  rule_version)
VALUES ({p}, {p}, {p}, {p}, {p}, {p}, {p}, {p}, {p}, {p}, {p}, {p}, {p}, {p}, {p}, {p})
"""

# A live producer's balances, and whether an event with this id exists (number, uuid).
LIVE_BALANCES = """
SELECT p.push_points, p.pv_earned, p.overdrawn_at,
       (SELECT e.producer_number FROM office_event e WHERE e.uuid = {p})
FROM office_producer p
WHERE p.number = {p} AND p.quarantined_at IS NULL AND p.deleted_at IS NULL
"""

# What an event did (by its id): for a form sent twice.
EVENT_DONE = "SELECT producer_number, push_delta, votes, cast_id FROM office_event WHERE uuid = {p}"

ACTIVE_CAST = "SELECT 1 FROM office_cast WHERE cast_id = {p} AND active = 1"

# Push points added (or spent, negative), at a change-feed position (delta, change id, number).
ADD_PUSH_POINTS = """
UPDATE office_producer SET push_points = push_points + {p}, change_id = {p} WHERE number = {p}
"""

SET_HEAD = "UPDATE counter SET value = {p} WHERE name = {p}"

# A cast member's votes in a month (cast, month, votes, now, votes).
ADD_MONTH_VOTES = """
INSERT INTO cast_month (cast_id, month, votes, first_reached) VALUES ({p}, {p}, {p}, {p})
ON CONFLICT (cast_id, month) DO UPDATE SET votes = cast_month.votes + {p}
"""
