"""Counting wrong secrets per login ID and per client address, in the database.

The office keeps nothing in a process, so any number of workers behind one database apply
the same limits: the website's passwords and the kiosks' enrolment codes both count here.
A few mistakes are free, then each wrong try locks the key for longer (`lockout_after`).
A lock never blocks more than the key it names, a success forgets the key, and rows unused
for a day are pruned as the table is written, so it cannot be grown to lock the office up.

Counting is one upsert that adds 1 in the database (`failures = failures + 1`), so two
workers counting the same key at once both count.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from kiosk.domain.lockout import lockout_after
from kiosk.server.hot_sql import FORGET_THROTTLE, all_rows, execute, throttle_locks
from kiosk.server.models import LoginThrottle
from kiosk.server.office.base import OfficeBase

FORGOTTEN_AFTER = timedelta(days=1)          # a key unused this long starts again at zero
KEY_LENGTH = 96


def throttle_key(kind: str, value: str) -> str:
    return f"{kind}:{value}"[:KEY_LENGTH]


class ThrottleDesk(OfficeBase):

    def locked_for(self, keys: Iterable[str]) -> int:
        """Seconds before all of `keys` may try again (0: now)."""
        with self.reading():          # asked before every password check: fixed SQL
            return self.locked_for_here(keys)

    def locked_for_here(self, keys: Iterable[str]) -> int:
        """`locked_for` on the caller's connection."""
        keys = list(keys)
        now = datetime.now(UTC)
        rows = all_rows(self.db, throttle_locks(len(keys)), keys)
        waits = [(datetime.fromisoformat(until) - now).total_seconds() for (until,) in rows
                 if until]
        return max([0, *(int(w) + 1 for w in waits if w > 0)])

    def count_failure(self, keys: Iterable[tuple[str, int]]) -> int:
        """One wrong try against each (key, free tries) pair; the longest lock it caused,
        in seconds (0: none yet)."""
        now = datetime.now(UTC)
        stamp = now.isoformat()
        longest = 0
        with self.db.connection_context(), self.db.atomic():
            LoginThrottle.delete().where(
                LoginThrottle.updated_at < (now - FORGOTTEN_AFTER).isoformat()).execute()
            for key, free in keys:
                LoginThrottle.insert(key=key, failures=1, updated_at=stamp).on_conflict(
                    conflict_target=[LoginThrottle.key],
                    update={LoginThrottle.failures: LoginThrottle.failures + 1,
                            LoginThrottle.updated_at: stamp}).execute()
                failures = LoginThrottle.select(LoginThrottle.failures).where(
                    LoginThrottle.key == key).scalar()
                lock = lockout_after(int(failures), free=free)
                if lock:
                    LoginThrottle.update(locked_until=(now + lock).isoformat()).where(
                        LoginThrottle.key == key).execute()
                    longest = max(longest, int(lock.total_seconds()))
        return longest

    def forget_failures(self, key: str) -> None:
        with self.db.connection_context(), self.db.atomic():
            self._forget_here(key)

    def _forget_here(self, key: str) -> None:
        """Inside the caller's transaction (a sign-in's session is written in the same)."""
        execute(self.db, FORGET_THROTTLE, [key])
