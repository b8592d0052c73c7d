"""Retry spacing after sync failures: exponential, capped, with full jitter.

Jitter matters with many kiosks: after the office comes back, they must not all retry in
the same second (a request storm). Each waits a random time up to the exponential bound.
"""

from __future__ import annotations

import random


def backoff_delay(failures: int, base_s: float = 2.0, cap_s: float = 300.0,
                  rng: random.Random | None = None) -> float:
    """Seconds to wait after `failures` failed attempts in a row (0 → no wait)."""
    if failures <= 0:
        return 0.0
    bound = min(cap_s, base_s * 2 ** min(failures - 1, 30))
    return (rng or random).uniform(bound / 2, bound)
