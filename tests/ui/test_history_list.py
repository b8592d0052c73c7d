"""The history list refills the rows it made (a scan after a scan): a shorter history shows
only its own entries, and the date column fits the dates shown now, not earlier ones."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kiosk.ui.widgets.history_list import HistoryList


def test_a_shorter_history_after_a_longer_one_shows_only_its_own(qtbot: QtBot) -> None:
    history = HistoryList(spacing=6, gap=12)
    qtbot.addWidget(history)
    history.resize(600, 900)
    history.show()
    history.show_entries([(f"2026年12月{day}日 19:30", f"来店 {day}") for day in range(1, 9)])
    long_rows = history.rows()
    wide = long_rows[0].layout().itemAt(0).widget().width()
    history.show_entries([("12/6 19:30", "<b>visit</b> &amp; more"), ("12/5", "push")])
    assert history.shown_texts() == ["12/6 19:30 <b>visit</b> &amp; more", "12/5 push"]
    assert history.rows() == long_rows[:2]                 # the same row widgets, refilled
    assert all(row.isHidden() for row in long_rows[2:])
    narrow = history.rows()[0].layout().itemAt(0).widget().width()
    assert narrow < wide                                    # the date column fits again
    history.show_entries([])
    assert history.shown_texts() == [] and history.text() == ""
