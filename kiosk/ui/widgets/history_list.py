"""A producer's latest ledger entries: a date column and what happened, as many as fit.

Each entry is one row (its date, then its description with any tag), the dates in one
column as wide as the widest of them. Built on `FittingRows`, so a long history never makes
the screen taller than the display; `text()` gives every entry, shown or not, as rich text
(what a reader or a test sees of the list).

A description is plain text unless the entry carries a tag ("not synced yet"): Qt lays a
plain label out with font metrics, a rich one through a whole text document, and the
history's eight rich labels were the largest part of filling the balance screen after a
scan (2-3 ms of it, `bench.scale`). Most entries are synced, so most rows stay plain.
"""

from __future__ import annotations

from html import escape
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from kiosk.ui.widgets.basic import label
from kiosk.ui.widgets.fitting_rows import FittingRows


class HistoryEntry(NamedTuple):
    when: str
    what: str               # plain text (a cast member's name is shown as typed)
    tag: str = ""           # rich text after it (a coloured "not synced yet"), or none

    def rich(self) -> str:
        """The description as rich text, its tag included."""
        return f"{escape(self.what, quote=False)} {self.tag}" if self.tag \
            else escape(self.what, quote=False)


class HistoryList(FittingRows):
    """Its row widgets are made once and refilled: a scan shows a new producer's history,
    and building a dozen rows of labels anew was the largest part of painting the balance
    screen."""

    def __init__(self, spacing: int, gap: int, parent: QWidget | None = None) -> None:
        super().__init__(spacing, parent)
        self._gap = gap
        self._entries: list[HistoryEntry] = []
        self._made: list[tuple[QWidget, QLabel, QLabel]] = []

    def show_entries(self, entries: list[HistoryEntry]) -> None:
        """Newest first."""
        self._entries = list(entries)
        while len(self._made) < len(entries):
            self._made.append(self._new_row())
        used = self._made[:len(entries)]
        for (_, date, description), entry in zip(used, entries, strict=True):
            date.setMinimumWidth(0)
            date.setMaximumWidth(16_777_215)      # Qt's "no limit", before measuring again
            date.setText(entry.when)
            if entry.tag:
                description.setTextFormat(Qt.TextFormat.RichText)
                description.setText(entry.rich())
            else:
                description.setTextFormat(Qt.TextFormat.PlainText)
                description.setText(entry.what)
        column = max((date.sizeHint().width() for _, date, _ in used), default=0)
        for _, date, _ in used:
            date.setFixedWidth(column)
        self.use_rows([row for row, _, _ in used])

    def _new_row(self) -> tuple[QWidget, QLabel, QLabel]:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(self._gap)
        date = label("body", wrap=False)
        description = label("body")
        line.addWidget(date, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(description, 1, Qt.AlignmentFlag.AlignTop)
        return row, date, description

    def text(self) -> str:
        return "<br>".join(f"{entry.when} {entry.rich()}" for entry in self._entries)

    def shown_texts(self) -> list[str]:
        """The entries on screen now, as plain text."""
        return [" ".join(part.text() for part in row.findChildren(QLabel))
                for row in self.shown_rows()]
