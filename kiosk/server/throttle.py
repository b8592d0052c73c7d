"""Counting wrong attempts per client address, for the answers that limit them (429).

In memory: the office is one process, and a restart forgetting the count costs an attacker
nothing they could use (the secrets guarded are long and random; the limit keeps logs
readable and a misconfigured script from hammering the database).
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable


class FailureThrottle:
    """At most `allowed` failures per address within `window_s`; then wait until the
    oldest of them leaves the window."""

    def __init__(self, allowed: int = 10, window_s: float = 600.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._allowed = allowed
        self._window_s = window_s
        self._clock = clock
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def wait(self, address: str) -> int:
        """Seconds this address must wait before trying again (0: it may try now)."""
        now = self._clock()
        with self._lock:
            failures = self._recent(address, now)
            if len(failures) < self._allowed:
                return 0
            return max(1, math.ceil(failures[0] + self._window_s - now))

    def failed(self, address: str) -> None:
        now = self._clock()
        with self._lock:
            self._recent(address, now).append(now)
            if len(self._failures) > 10_000:          # many addresses: forget the quiet ones
                for key in [k for k, v in self._failures.items() if not v]:
                    del self._failures[key]

    def _recent(self, address: str, now: float) -> deque[float]:
        failures = self._failures.setdefault(address, deque())
        while failures and failures[0] <= now - self._window_s:
            failures.popleft()
        return failures
