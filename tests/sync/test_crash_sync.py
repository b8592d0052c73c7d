"""Crash test of the sync: `kill -9` a syncing kiosk and its office, then audit both sides.

CI runs at least 50 kills; a developer's `make test` runs 15 to stay quick (`make soak`
runs 1,000). `KIOSK_CRASH_KILLS` overrides either.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.sync.crash_harness import CrashPlan, run_crash_test

CI_KILLS = 50
LOCAL_KILLS = 15


def planned_kills() -> int:
    default = CI_KILLS if os.environ.get("CI") == "true" else LOCAL_KILLS
    return int(os.environ.get("KIOSK_CRASH_KILLS", default))


@pytest.mark.slow
def test_kill_9_of_kiosk_and_office_loses_duplicates_and_invents_nothing(
        tmp_path: Path) -> None:
    kills = planned_kills()
    result = run_crash_test(tmp_path, CrashPlan(kills=kills))
    figures = "\n" + result.markdown()
    assert result.kiosk_kills > 0 and result.office_kills > 0, figures
    assert result.kills == kills, figures
    assert result.unexpected_exits == 0, figures
    assert result.acknowledged > 0 and result.actions.get("synced", 0) > 0, figures
    assert (result.lost, result.duplicated, result.phantom) == (0, 0, 0), figures
    assert result.forgotten == 0, figures
    assert (result.altered, result.rejected) == (0, 0), figures
    assert result.office_events == result.kiosk_events >= result.acknowledged, figures
    assert (result.mismatched_producers, result.mismatched_balances) == (0, 0), figures
    assert result.pending_after_drain == 0 and result.acked_through_ok, figures
    assert (result.kiosk_integrity, result.office_integrity) == ("ok", "ok"), figures
    assert result.clean, figures
