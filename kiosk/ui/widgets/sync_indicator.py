"""A small line for staff at the foot of the attract screen and on staff home: is the
office reachable, how many events wait to be sent, when the last sync succeeded, and the
last error; on staff home also how many events the office refused lately (the staff log
says why).

Quiet on purpose (small grey type): customers need not read it, staff glance at it.
Hidden on a kiosk that is not enrolled at an office.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.sync.runner import SyncStatus
from kiosk.ui.formatting import date_time, fill
from kiosk.ui.widgets.basic import label


class SyncIndicator(QWidget):
    def __init__(self, timezone: str, parent: QWidget | None = None, *,
                 for_staff: bool = False) -> None:
        """`for_staff`: staff home's line, which may wrap and also counts the events the
        office refused; the attract screen's stays one quiet line."""
        from PySide6.QtWidgets import QHBoxLayout

        super().__init__(parent)
        self._timezone = timezone
        self._status: SyncStatus | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._for_staff = for_staff
        self.line = label("status", wrap=for_staff, centre=True)
        layout.addWidget(self.line)
        self.hide()

    @property
    def status(self) -> SyncStatus | None:
        return self._status

    def show_status(self, status: SyncStatus) -> None:
        self._status = status
        self.show()
        self.retranslate()

    def retranslate(self) -> None:
        status = self._status
        if status is None:
            return
        pending = status.pending
        parts = [self.tr("● Office online") if status.online else self.tr("○ Office offline"),
                 self.tr("%n event(s) waiting", "", pending)]
        refused = status.refused
        if refused and self._for_staff:
            parts.append(self.tr("%n refused by the office this week", "", refused))
        if status.last_success is not None:
            parts.append(fill(self.tr("last sync %1"),
                              date_time(status.last_success, self._timezone)))
        else:
            parts.append(self.tr("never synced"))
        if not status.online and status.last_error:
            parts.append(status.last_error[:80])      # for staff: the technical reason
        self.line.setText(" · ".join(parts))
