"""The sync state for staff: a line on staff home, and a dot in a corner of the attract screen.

Staff home's line says whether the office is reachable, how many events wait to be sent,
when the last sync succeeded, the last error and how many events the office refused lately
(the staff log says why). The attract screen is the customers' screen: it carries only a
small dot, no words (a raw English error has no place there) — green when the office is
reachable and nothing waits, amber while events wait, a grey ring when the office cannot be
reached. Staff glance at it; the details are one PIN away. Both stay hidden on a kiosk that
is not enrolled at an office.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from kiosk.sync.runner import SyncStatus
from kiosk.ui.formatting import date_time, fill
from kiosk.ui.scale import px
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


class SyncDot(QWidget):
    """The attract screen's wordless sync state (see the module's docstring)."""

    ONLINE, WAITING, OFFLINE = "#2E9D5B", "#E0A100", "#9A8C98"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status: SyncStatus | None = None
        self.setFixedSize(px(20), px(20))
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.hide()

    @property
    def status(self) -> SyncStatus | None:
        return self._status

    @property
    def colour(self) -> str:
        status = self._status
        if status is None or not status.online:
            return self.OFFLINE
        return self.WAITING if status.pending else self.ONLINE

    def show_status(self, status: SyncStatus) -> None:
        self._status = status
        self.show()
        self.update()

    def retranslate(self) -> None:
        """Nothing to translate: the dot has no words."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(self.colour)
        inset = max(2.0, self.width() / 8)
        rect = QRectF(self.rect()).adjusted(inset, inset, -inset, -inset)
        if self._status is not None and self._status.online:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
        else:
            painter.setPen(QPen(colour, inset))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect)
        painter.end()
