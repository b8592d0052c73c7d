"""The lines that describe a stay (entry, end of first period, extensions, leaving, show)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from kiosk.domain.stay import StayPlan
from kiosk.ui.formatting import clock_time, fill, number, yen


class StayTexts(QObject):
    def lines(self, stay: StayPlan) -> list[str]:
        leave = stay.leave_notice_minutes
        orders = stay.extension_min_orders
        return [
            fill(self.tr("Checked in at %1. Your first period ends at %2."),
                 clock_time(stay.entered_at), clock_time(stay.first_period_ends)),
            fill(self.tr("Each further %1 minutes cost %2 with at least %n order(s).", "",
                         orders), number(stay.extension_minutes),
                 yen(stay.extension_charge_yen)),
            self.tr("Please tell a cast member %n minute(s) before you leave.", "", leave),
            fill(self.tr("Next stage show: %1"), clock_time(stay.next_show_at)),
        ]


_texts: StayTexts | None = None


def stay_lines(stay: StayPlan) -> list[str]:
    global _texts
    if _texts is None:
        _texts = StayTexts()
    return _texts.lines(stay)
