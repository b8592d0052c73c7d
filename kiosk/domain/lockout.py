"""Growing delays after repeated wrong secrets (a producer's password, the staff PIN).

A few mistakes are free (fingers slip on a touch screen); after that each wrong try locks
for twice as long as the one before, up to a cap, so guessing a 4-digit PIN by hand would
take years while a staff member who mistypes twice is not held up at all.
"""

from __future__ import annotations

from datetime import timedelta


def lockout_after(failures: int, *, free: int = 3, base: timedelta = timedelta(seconds=30),
                  cap: timedelta = timedelta(minutes=30)) -> timedelta | None:
    """How long to lock after `failures` wrong tries in a row (None: not at all)."""
    if failures < free:
        return None
    delay: timedelta = base * 2 ** min(failures - free, 16)
    return min(cap, delay)
