from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.backoff import backoff_delay


def test_no_failure_no_wait() -> None:
    assert backoff_delay(0) == 0.0


@given(st.integers(1, 200), st.integers(0, 2**32))
def test_delays_grow_and_stay_capped(failures: int, seed: int) -> None:
    delay = backoff_delay(failures, base_s=2, cap_s=300, rng=random.Random(seed))
    bound = min(300, 2 * 2 ** (failures - 1))
    assert bound / 2 <= delay <= bound


def test_kiosks_spread_out_after_an_outage() -> None:
    rng = random.Random(1)
    delays = sorted(backoff_delay(8, rng=rng) for _ in range(100))
    assert delays[-1] - delays[0] > 60          # 100 kiosks do not retry in one second
