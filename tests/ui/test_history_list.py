"""The history list refills the rows it made (a scan after a scan): a shorter history shows
only its own entries, and the date column fits the dates shown now, not earlier ones."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.ui.widgets.history_list import HistoryEntry, HistoryList


def test_a_shorter_history_after_a_longer_one_shows_only_its_own(qtbot: QtBot) -> None:
    history = HistoryList(spacing=6, gap=12)
    qtbot.addWidget(history)
    history.resize(600, 900)
    history.show()
    history.show_entries([HistoryEntry(f"2026年12月{day}日 19:30", f"来店 {day}")
                          for day in range(1, 9)])
    long_rows = history.rows()
    wide = long_rows[0].layout().itemAt(0).widget().width()
    history.show_entries([HistoryEntry("12/6 19:30", "visit & more"), HistoryEntry("12/5", "push")])
    assert history.shown_texts() == ["12/6 19:30 visit & more", "12/5 push"]
    assert history.rows() == long_rows[:2]                 # the same row widgets, refilled
    assert all(row.isHidden() for row in long_rows[2:])
    narrow = history.rows()[0].layout().itemAt(0).widget().width()
    assert narrow < wide                                    # the date column fits again
    history.show_entries([])
    assert history.shown_texts() == [] and history.text() == ""


def test_a_description_is_shown_as_written_and_only_a_tag_is_rich_text(qtbot: QtBot) -> None:
    """A cast member named like markup shows its characters, never formatting; the row
    with a tag is the one drawn as rich text, and `text()` escapes the rest."""
    history = HistoryList(spacing=6, gap=12)
    qtbot.addWidget(history)
    history.resize(600, 900)
    history.show()
    tag = "<span style='background-color:#fc0'>&nbsp;not synced yet&nbsp;</span>"
    history.show_entries([HistoryEntry("12/6", "Pushed <b>Aoi</b> & co: 1 vote", tag),
                          HistoryEntry("12/5", "Pushed <b>Aoi</b> & co: 1 vote")])
    tagged, plain = (row.findChildren(QLabel)[1] for row in history.shown_rows())
    assert tagged.textFormat() == Qt.TextFormat.RichText
    assert "&lt;b&gt;Aoi&lt;/b&gt; &amp; co" in tagged.text() and tag in tagged.text()
    assert plain.textFormat() == Qt.TextFormat.PlainText
    assert plain.text() == "Pushed <b>Aoi</b> & co: 1 vote"
    assert history.text() == ("12/6 Pushed &lt;b&gt;Aoi&lt;/b&gt; &amp; co: 1 vote " + tag
                              + "<br>12/5 Pushed &lt;b&gt;Aoi&lt;/b&gt; &amp; co: 1 vote")
