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


@pytest.mark.slow
def test_print_benchmark_runs_through_a_private_cups() -> None:
    """Its own process: libcups keeps the first server a process talks to."""
    import os
    import subprocess
    import sys

    from tests.support.cups import cups_available
    from tests.support.outside import missing_program

    if not cups_available():
        missing_program("CUPS (apt-get install cups-daemon cups-client cups-filters)")
    done = subprocess.run(
        [sys.executable, "-c", "from bench import print_throughput as p; "
         "print(p.report(p.run(3)))"],
        capture_output=True, text=True, timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert "cards/min" in done.stdout and "FAILED" not in done.stdout, done.stdout


@pytest.mark.slow
def test_browser_comparison_measures_all_three_programs() -> None:
    """One start each of the kiosk, a bare PySide6 window and Chromium on the attract page:
    every figure is there and positive (no time is asserted)."""
    from bench import browser_kiosk
    from tests.support.outside import missing_program

    if browser_kiosk.chromium_path() is None:
        missing_program("Chromium (apt-get install chromium)")
    result = browser_kiosk.run(rounds=1, settle_s=0.5)
    figures = browser_kiosk.summary(result)
    for program in browser_kiosk.PROGRAMS:
        for name in ("paint_ms", "rss_mb", "pss_mb", "uss_mb"):
            assert figures[program][f"{name}_median"] > 0, (program, name)
    assert figures["chromium"]["processes"] > 1        # the browser's whole tree was weighed
    text = browser_kiosk.report(result)
    assert "| Chromium kiosk" in text and "target < browser kiosk's" in text
