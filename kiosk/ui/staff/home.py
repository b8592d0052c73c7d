"""Staff home: the way to every staff task, the office sync at a glance, and the log.

Leaving kiosk mode (quitting the app, e.g. for maintenance) asks for a second tap, since
the kiosk then shows the desktop until it is started again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QWidget

from kiosk.services.staff import StaffLogAction
from kiosk.ui.formatting import date_time, fill
from kiosk.ui.scale import px
from kiosk.ui.staff.base import StaffScreen
from kiosk.ui.widgets.basic import button, label
from kiosk.ui.widgets.fitting_rows import FittingRows
from kiosk.ui.widgets.sync_indicator import SyncIndicator

if TYPE_CHECKING:
    from kiosk.services.staff import LoggedAction
    from kiosk.sync.runner import SyncStatus

LOG_LINES = 6               # at most; a short screen shows as many as fit whole
CONFIRM_MS = 5000


class StaffHomeScreen(StaffScreen):
    queue_requested = Signal()
    find_requested = Signal()
    settings_requested = Signal()
    sync_requested = Signal()
    leave_kiosk_requested = Signal()
    change_pin_requested = Signal()

    def __init__(self, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timezone = timezone
        self._waiting = 0
        self._failed = 0
        self._actions: list[LoggedAction] = []
        self.queue_tile = button("tile")
        self.queue_tile.clicked.connect(self.queue_requested)
        self.find_tile = button("tile")
        self.find_tile.clicked.connect(self.find_requested)
        self.settings_tile = button("tile")
        self.settings_tile.clicked.connect(self.settings_requested)
        self.sync_button = button("tile")
        self.sync_button.clicked.connect(self.sync_requested)
        self.change_pin_button = button("tile")
        self.change_pin_button.clicked.connect(self.change_pin_requested)
        self.tiles = QGridLayout()
        self.tiles.setSpacing(px(24))
        self._arrange_tiles(columns=2)
        self.printer_line = label("warning")
        self.printer_line.hide()
        self._printer_text = ""
        self.sync_line = SyncIndicator(timezone, for_staff=True)
        self.offline_note = label("status")
        self.log_title = label("field")
        self.log_lines = FittingRows(spacing=px(6))
        self.leave_button = button("secondary")
        self.leave_button.clicked.connect(self._on_leave)
        self.close_button = button("primary")
        self.close_button.clicked.connect(self.back)
        self._confirm = QTimer(self)
        self._confirm.setSingleShot(True)
        self._confirm.setInterval(CONFIRM_MS)
        self._confirm.timeout.connect(self.retranslate)
        self.back_button.hide()            # "Close staff mode" below says it plainly
        self.column.addLayout(self.tiles)
        self.column.addWidget(self.printer_line)
        self.column.addWidget(self.sync_line)
        self.column.addWidget(self.offline_note)
        self.column.addWidget(self.message)
        self.column.addWidget(self.log_title)
        self.column.addWidget(self.log_lines, 1)
        footer = QHBoxLayout()
        footer.setSpacing(px(24))
        footer.addWidget(self.leave_button)
        footer.addStretch(1)
        footer.addWidget(self.close_button)
        self.column.addLayout(footer)
        self.retranslate()

    def show_queue_counts(self, waiting: int, failed: int) -> None:
        self._waiting, self._failed = waiting, failed
        self.retranslate()

    def show_printer(self, state_text: str) -> None:
        """The card printer when it needs staff (not ready, supplies low); "" hides it."""
        self._printer_text = state_text
        self.printer_line.setVisible(bool(state_text))
        self.retranslate()

    def show_sync(self, status: SyncStatus | None, enrolled: bool) -> None:
        self.sync_button.setEnabled(enrolled)
        self.offline_note.setVisible(not enrolled)
        if status is not None:
            self.sync_line.show_status(status)

    def show_log(self, actions: list[LoggedAction]) -> None:
        self._actions = actions[:LOG_LINES]
        self._fill_log()

    def _arrange_tiles(self, columns: int) -> None:
        """Two tiles a row on a tall screen, three on a wide (short) one."""
        tiles = (self.queue_tile, self.find_tile, self.settings_tile, self.sync_button,
                 self.change_pin_button)
        for tile in tiles:
            self.tiles.removeWidget(tile)
        for index, tile in enumerate(tiles):
            self.tiles.addWidget(tile, index // columns, index % columns)

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        if hasattr(self, "tiles"):           # the base class calls this before they exist
            self._arrange_tiles(2 if portrait else 3)

    def _fill_log(self) -> None:
        lines = []
        for action in self._actions:
            line = label("row")          # a refusal's reason can be long: it wraps
            who = f" · {action.producer_number}" if action.producer_number else ""
            line.setText(f"{date_time(action.at, self._timezone)} · "
                         f"{self.action_text(action.action, action.detail)}{who}")
            lines.append(line)
        self.log_lines.set_rows(lines)

    def reset(self) -> None:
        super().reset()
        self._confirm.stop()
        self.retranslate()

    def _on_leave(self) -> None:
        if self._confirm.isActive():
            self._confirm.stop()
            self.leave_kiosk_requested.emit()
            return
        self._confirm.start()
        self.leave_button.setText(self.tr("Tap again to quit the kiosk"))

    def retranslate(self) -> None:
        self.retranslate_base()
        self.title.setText(self.tr("Staff mode"))
        self.staff_badge.hide()
        queue = self.tr("Card print queue")
        counts = []
        if self._waiting:
            counts.append(self.tr("%n waiting", "", self._waiting))
        if self._failed:
            counts.append(self.tr("%n failed", "", self._failed))
        self.queue_tile.setText(queue + ("\n" + " · ".join(counts) if counts else ""))
        self.printer_line.setText(fill(self.tr("Card printer: %1"), self._printer_text))
        self.find_tile.setText(self.tr("Find a producer\n(purchase, card, password)"))
        self.settings_tile.setText(self.tr("Settings"))
        self.sync_button.setText(self.tr("Sync with the office now"))
        self.offline_note.setText(self.tr(
            "This kiosk is not enrolled at an office: it works offline only. "
            "Enrol it with the command: kiosk enrol"))
        self.log_title.setText(self.tr("Recent staff actions"))
        self.close_button.setText(self.tr("Close staff mode"))
        self.change_pin_button.setText(self.tr("Change PIN"))
        if not self._confirm.isActive():
            self.leave_button.setText(self.tr("Quit the kiosk"))
        self._fill_log()

    def action_text(self, action: StaffLogAction | str,
                    detail: dict[str, Any] | None = None) -> str:
        """A log line's action (one this kiosk does not know, e.g. written by a newer one,
        shows as its stored text)."""
        detail = detail or {}
        if action == StaffLogAction.OFFICE_REFUSED:
            return self.refusal_text(str(detail.get("problem")))
        if action == StaffLogAction.PRODUCER_RENUMBERED:
            return fill(self.tr("number %1 was someone else's: reprint the card"),
                        str(detail.get("old", "?")))
        if action == StaffLogAction.LOGIN_RENEWED:
            return fill(self.tr("login ID was taken: now %1, give a new password slip"),
                        str(detail.get("new", "?")))
        texts: dict[str, str] = {           # StaffLogAction is text: an unknown one is too
            StaffLogAction.PIN_SET: self.tr("staff PIN set"),
            StaffLogAction.PIN_CHANGED: self.tr("staff PIN changed"),
            StaffLogAction.STAFF_MODE_OPENED: self.tr("staff mode opened"),
            StaffLogAction.WRONG_PIN: self.tr("wrong staff PIN"),
            StaffLogAction.CARD_PRINTED: self.tr("card printed"),
            StaffLogAction.CARD_PRINT_FAILED: self.tr("card printing failed"),
            StaffLogAction.PRINT_CANCELLED: self.tr("card printing cancelled"),
            StaffLogAction.CARD_REPRINT: self.tr("card queued again"),
            StaffLogAction.SLIP_NOT_PRINTED: self.tr(
                "password slip did not print: give a new password (Find a producer)"),
            StaffLogAction.PURCHASE: self.tr("purchase recorded"),
            StaffLogAction.CORRECTION: self.tr("points corrected"),
            StaffLogAction.CARD_REISSUED: self.tr("new card issued"),
            StaffLogAction.PASSWORD_RESET: self.tr("new website password"),
            StaffLogAction.SETTINGS_CHANGED: self.tr("settings changed"),
            StaffLogAction.KIOSK_QUIT: self.tr("kiosk quit by staff"),
            StaffLogAction.PULL_SKIPPED: self.tr(
                "a record from the office could not be used (reported)"),
        }
        return texts.get(action, str(action))

    def refusal_text(self, problem: str) -> str:
        """Why the office refused an event, for staff (the office's own words are in the
        kiosk's log and at the office: `kiosk-server rejected`)."""
        texts = {
            "visited_today": self.tr("office refused a check-in: counted today elsewhere"),
            "receipt_used": self.tr("office refused a purchase: receipt used elsewhere"),
            "number_taken": self.tr("office refused a registration: number was taken"),
            "not_this_producer": self.tr("office refused an event: number was taken"),
            "below_zero": self.tr("office refused a correction: below zero there"),
            "bad_time": self.tr("office refused an event: check the kiosk's clock"),
            "overdrawn": self.tr("office refused a push: the card is overdrawn"),
            "unknown_cast": self.tr("office refused a push: no such cast member"),
        }
        return texts.get(problem, self.tr("office refused an event (see the log)"))

