"""The scale benchmark's store builder and measurements work (tiny size: no timing asserted)."""

from __future__ import annotations

import pytest

from bench import scale


@pytest.mark.slow
def test_scale_benchmark_runs_on_a_small_store(qapp: object) -> None:
    results = scale.run((300,))
    for key in ("scan_p95", "check_in_p95", "push_p95", "size_mb"):
        assert results[f"300:{key}"] > 0
    assert "| 300 (3,000) |" in scale.report(results)
