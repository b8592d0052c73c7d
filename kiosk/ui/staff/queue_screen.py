"""The card print queue for staff: what waits, what printed, what failed and why.

Each job's row offers what its state allows (retry a failure, cancel what has not printed,
reprint a printed card, save any card as a PDF). Above the list: the card printer and
whether it can print now, and the producers whose card shows an old rank ("card upgrade
available"), each one tap from a new card.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from kiosk.services.print_queue import JobState, QueueAction, QueuedCard
from kiosk.ui.formatting import date_time, fill
from kiosk.ui.problems import staff as messages
from kiosk.ui.scale import px
from kiosk.ui.staff.base import StaffScreen, clear_layout
from kiosk.ui.staff.confirm_step import ConfirmStep
from kiosk.ui.widgets.basic import button, label

if TYPE_CHECKING:
    from kiosk.services.card_reissue import ProducerMatch

SAVE_PDF = "pdf"            # not a queue action: any job's card can be saved as a PDF


class PrintQueueScreen(StaffScreen):
    print_all_requested = Signal()
    test_print_requested = Signal()
    retry_requested = Signal(int)
    cancel_requested = Signal(int)
    reprint_requested = Signal(int)
    pdf_requested = Signal(int)
    upgrade_requested = Signal(int)          # producer id: print a card in the new colour
    retranslate_when_hidden = True

    def __init__(self, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timezone = timezone
        self.jobs: list[QueuedCard] = []
        self.upgrades: list[ProducerMatch] = []
        self._printer = ""
        self._printer_state = ""
        self.printer_line = label("body")
        self.print_all_button = button("action")
        self.print_all_button.clicked.connect(self.print_all_requested)
        self.test_print_button = button("chip")
        self.test_print_button.clicked.connect(self.test_print_requested)
        # The printer's line above its buttons: long states and long languages both fit.
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.test_print_button)
        actions.addWidget(self.print_all_button)
        top = QVBoxLayout()
        top.addWidget(self.printer_line)
        top.addLayout(actions)
        self.upgrade_title = label("field")
        self.upgrade_rows = QVBoxLayout()
        self.list_title = label("field")
        self.rows = QVBoxLayout()
        self.rows.setSpacing(px(8))
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        self._inner_layout = inner_layout
        inner_layout.addWidget(self.upgrade_title)
        inner_layout.addLayout(self.upgrade_rows)
        inner_layout.addWidget(self.list_title)
        inner_layout.addLayout(self.rows)
        inner_layout.addStretch(1)
        self.list_area = QScrollArea()
        self.list_area.setWidgetResizable(True)
        self.list_area.setWidget(inner)
        self.list_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # "Print new card" revokes the old card: it asks first, above the list.
        self.confirm = ConfirmStep()
        self.confirm.confirmed.connect(self._on_upgrade_confirmed)
        self._upgrade_asked: ProducerMatch | None = None
        self.column.addLayout(top)
        self.column.addWidget(self.message)
        self.column.addWidget(self.confirm)
        self.column.addWidget(self.list_area, 1)
        self.retranslate()

    def show_printer(self, name: str, state_text: str) -> None:
        self._printer, self._printer_state = name, state_text
        self.retranslate()

    def show_jobs(self, jobs: list[QueuedCard], upgrades: list[ProducerMatch]) -> None:
        self.jobs, self.upgrades = jobs, upgrades
        self._fill()

    def row_buttons(self, job_id: int) -> dict[str, QWidget]:
        """The action buttons of one job's row, by action (for tests and screenshots)."""
        frame = self.findChild(QFrame, f"job-{job_id}")
        if frame is None:
            return {}
        return {str(b.property("action")): b for b in frame.findChildren(QWidget)
                if b.property("action")}

    def _fill(self) -> None:
        for layout in (self.rows, self.upgrade_rows):
            clear_layout(layout)
        for match in self.upgrades:
            self.upgrade_rows.addWidget(self._upgrade_row(match))
        self.upgrade_title.setVisible(bool(self.upgrades))
        for job in self.jobs:
            self.rows.addWidget(self._job_row(job))
        waiting = sum(job.state is JobState.WAITING for job in self.jobs)
        # Lay the new rows out now: wrapped row texts get their height before anyone
        # looks (else for a moment a long reason is cut off at the bottom).
        self._inner_layout.activate()
        self.print_all_button.setEnabled(waiting > 0)
        self.print_all_button.setText(self.tr("Print %n waiting card(s)", "", waiting))
        self.list_title.setText(self.tr("No cards in the queue.") if not self.jobs
                                else self.tr("Cards, newest first"))

    def _job_row(self, job: QueuedCard) -> QFrame:
        # The job's text above its buttons: a narrow screen never squeezes either.
        frame = QFrame()
        frame.setObjectName(f"job-{job.job_id}")
        column = QVBoxLayout(frame)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(px(6))
        text = label("row")
        card = fill(self.tr("card %1"), str(job.generation))
        text.setText(f"{job.producer_number} · {job.nickname} · {card} · "
                     f"{self.state_text(job)}\n{date_time(job.updated_at, self._timezone)}")
        column.addWidget(text)
        row = QHBoxLayout()
        row.addStretch(1)
        column.addLayout(row)
        for action in (*job.actions, SAVE_PDF):
            key = button("chip")
            key.setProperty("action", str(action))
            key.setProperty("job", job.job_id)
            key.setText(self.action_text(action))
            key.clicked.connect(self._on_job_key)
            row.addWidget(key)
        return frame

    # Keys reach the screen through its own methods and say which row they belong to by
    # their properties: a lambda holding the screen would keep it alive from its own child,
    # and when Qt then deletes the screen, freeing that lambda frees the screen's wrapper
    # in the middle of its destruction (a crash in PySide).
    def _on_job_key(self) -> None:
        key = self.sender()
        signals = {QueueAction.RETRY: self.retry_requested,
                   QueueAction.CANCEL: self.cancel_requested,
                   QueueAction.REPRINT: self.reprint_requested, SAVE_PDF: self.pdf_requested}
        signal = signals.get(str(key.property("action")))
        if signal is not None:
            signal.emit(int(key.property("job")))

    def _on_upgrade_key(self) -> None:
        producer_id = int(self.sender().property("producer"))
        match = next((m for m in self.upgrades if m.producer_id == producer_id), None)
        if match is not None:
            self._ask_upgrade(match)

    def _upgrade_row(self, match: ProducerMatch) -> QFrame:
        frame = QFrame()
        row = QHBoxLayout(frame)
        row.setContentsMargins(0, 0, 0, 0)
        text = label("row")
        text.setText(f"{match.number} · {match.nickname}")
        key = button("chip")
        key.setObjectName(f"upgrade-{match.producer_id}")
        key.setText(self.tr("Print new card"))
        key.setProperty("producer", match.producer_id)
        key.clicked.connect(self._on_upgrade_key)
        row.addWidget(text, 1)
        row.addWidget(key)
        return frame

    def _ask_upgrade(self, match: ProducerMatch) -> None:
        self._upgrade_asked = match
        self.confirm.ask(
            fill(self.tr("Print a card in the new rank colour for %1 (%2)? Their current "
                         "card stops working at once; points and rank stay."),
                 match.nickname, match.number),
            fill(self.tr("Print new card for %1"), match.number))

    def _on_upgrade_confirmed(self) -> None:
        match, self._upgrade_asked = self._upgrade_asked, None
        if match is not None:
            self.upgrade_requested.emit(match.producer_id)

    def reset(self) -> None:
        super().reset()
        self._upgrade_asked = None
        self.confirm.dismiss()

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        if hasattr(self, "confirm"):         # the base class calls this before it exists
            self.confirm.set_portrait(portrait)

    def state_text(self, job: QueuedCard) -> str:
        if job.state is JobState.WAITING:
            return self.tr("waiting")
        if job.state is JobState.PRINTING:
            return self.tr("printing…")
        if job.state is JobState.PRINTED:
            return self.tr("printed")
        if job.state is JobState.CANCELLED:
            return self.tr("cancelled")
        return fill(self.tr("failed: %1"), messages.job_failure(job))

    def action_text(self, action: QueueAction | str) -> str:
        """A row button's text: a `QueueAction`, or `SAVE_PDF`."""
        return {QueueAction.RETRY: self.tr("Retry"), QueueAction.CANCEL: self.tr("Cancel"),
                QueueAction.REPRINT: self.tr("Reprint"), SAVE_PDF: self.tr("Save as PDF")}[action]

    def retranslate(self) -> None:
        self.retranslate_base()
        self.title.setText(self.tr("Card print queue"))
        printer = self._printer or self.tr("no printer chosen")
        self.printer_line.setText(fill(self.tr("Card printer: %1 — %2"), printer,
                                       self._printer_state))
        self.test_print_button.setText(self.tr("Test print"))
        self.upgrade_title.setText(self.tr("Card upgrade available (new rank colour):"))
        self.confirm.retranslate()
        self._fill()
