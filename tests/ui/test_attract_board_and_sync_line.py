"""The attract loop shows the office's ranking board and staff see the sync state."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from kiosk.db.ledger import cast_month
from kiosk.db.models import RankingSnapshot
from kiosk.db.store import Store
from kiosk.domain.rules import RuleBook
from kiosk.services.demo import seed_demo_cast
from kiosk.sync.runner import SyncStatus
from kiosk.ui.main_window import KioskWindow


def test_the_board_from_the_last_pull_joins_the_loop(qtbot: QtBot, window: KioskWindow,
                                                     store: Store, rules: RuleBook) -> None:
    assert window.attract.board is None                  # nothing pulled yet
    sent = datetime(2026, 11, 23, 5, 30, tzinfo=UTC)
    with store.atomic():
        seed_demo_cast()
        RankingSnapshot.create(period=cast_month(datetime.now(UTC), rules),
                               entries=json.dumps([["sakura", 120], ["mirai", 90]]),
                               fetched_at=sent.isoformat())
    with qtbot.waitSignal(window.board_shown, timeout=5000):
        window.refresh_board()
    board = window.attract.board
    assert board is not None and board.board is not None
    assert [(line.position, line.stage_name_ja, line.votes) for line in board.board.lines] \
        == [(1, "サクラ", 120), (2, "ホシノ ミライ", 90)]
    window.attract.turn_to_board()
    assert window.attract.showing_board and board.isVisible()
    assert window.attract.fan.isVisible()                # the loop moves nothing
    assert "14:30" in board.stamp.text()                 # 05:30 UTC is 14:30 in Tokyo
    window.shell.switch_language("en")
    assert "Sakura" in board.names()
    assert board.title.text().startswith("Cast ranking")


def test_staff_see_the_sync_state_on_the_attract_screen(qtbot: QtBot,
                                                        window: KioskWindow) -> None:
    """A dot, not words: the customer's screen carries no staff text (the full line is on
    staff home; test_attract_loop checks both)."""
    window.shell.switch_language("en")
    with qtbot.waitSignal(window.sync_status_changed):
        window.sync_status_changed.emit(SyncStatus(
            online=False, pending=3, last_success=datetime.now(UTC) - timedelta(minutes=5),
            last_error="office unreachable: timed out", failures=2))
    dot = window.attract.sync_line
    assert dot is not None and dot.isVisible()
    assert dot.status is not None and dot.status.pending == 3 and not dot.status.online
    window.sync_status_changed.emit(SyncStatus(online=True, pending=0,
                                               last_success=datetime.now(UTC)))
    qtbot.waitUntil(lambda: dot.status is not None and dot.status.online)
