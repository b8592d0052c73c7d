"""Schema 7: a print job's failure becomes a state and a detail instead of one text.

Schemas 5 and 6 kept why a job failed in `print_job.reason`, as the screens once read it
back by splitting on ":": a printer that was not ready wrote "<state>: <advice>" with the
CUPS words in brackets, the printer adapter wrote "no_such_printer: <queue>", and any other
failure its own message. The step renames `reason` to `detail`, adds `failure`, and splits
each failed job's text into the two, so staff see the same words about it as before. The
notes on other states (a replaced card, an interrupted print) stay as they were, in
`detail`. What the step knows of the old text is frozen here, as schema 6 wrote it; so is
the table as schemas 5 and 6 had it, which the 4 → 5 step creates for this one to change.
"""

from __future__ import annotations

from typing import Any

import peewee

from kiosk.db.print_jobs import PrintFailureState

PRINT_JOB_AT_SCHEMA_5 = (
    'CREATE TABLE IF NOT EXISTS "print_job" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"producer_id" INTEGER NOT NULL, "card_generation" INTEGER NOT NULL, '
    '"state" VARCHAR(255) NOT NULL, "reason" TEXT, "attempts" INTEGER NOT NULL, '
    '"printer" TEXT, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, '
    'FOREIGN KEY ("producer_id") REFERENCES "producer" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX IF NOT EXISTS "print_job_producer_id" ON "print_job" ("producer_id")',
    'CREATE INDEX IF NOT EXISTS "print_job_state" ON "print_job" ("state")',
)

# The advice schema 6 wrote after a not-ready printer's state (before the CUPS words).
SCHEMA_6_ADVICE = {
    PrintFailureState.NO_SUCH_PRINTER: "no printer by that name — choose the card printer in "
                                       "the settings",
    PrintFailureState.PAUSED: "printer paused — resume it in the printer settings",
    PrintFailureState.NOT_ACCEPTING: "printer is not accepting jobs — set it to accept jobs "
                                     "in the printer settings",
    PrintFailureState.OUT_OF_CARDS: "printer out of cards — load cards, then resume the "
                                    "printer if it is paused",
    PrintFailureState.OFFLINE: "printer offline — check its power and cable",
}


def split_reason(reason: str) -> tuple[PrintFailureState, str]:
    """A schema-6 failed job's `reason` as (failure, detail)."""
    head, colon, rest = reason.partition(": ")
    state = next((s for s in SCHEMA_6_ADVICE if s.value == head), None) if colon else None
    if state is None:
        return PrintFailureState.PRINT_ERROR, reason      # shown as it was: the text itself
    advice = SCHEMA_6_ADVICE[state]
    if rest == advice:
        return state, ""
    if rest.startswith(f"{advice} (") and rest.endswith(")"):
        return state, rest[len(advice) + 2:-1]
    return state, rest                                    # the adapter's "no_such_printer: …"


def split_print_failures(db: peewee.Database) -> None:
    """The step itself, inside the store's migration transaction."""
    _sql(db, 'ALTER TABLE "print_job" RENAME COLUMN "reason" TO "detail"')
    _sql(db, 'ALTER TABLE "print_job" ADD COLUMN "failure" VARCHAR(255)')
    failed = _sql(db, 'SELECT "id", "detail" FROM "print_job" WHERE "state" = \'failed\'')
    for job_id, reason in failed.fetchall():
        failure, detail = split_reason(reason or "")
        _sql(db, 'UPDATE "print_job" SET "failure" = ?, "detail" = ? WHERE "id" = ?',
             (failure.value, detail or None, job_id))


def _sql(db: peewee.Database, sql: str, params: tuple[object, ...] = ()) -> Any:
    return db.execute_sql(sql, params)  # type: ignore[no-untyped-call]
