"""The card printer's part of the kiosk's health report to the office (the manager
console's kiosks page): the queue, its state, supplies running low, the ribbon's level.
Asked on the sync thread; CUPS answers from the same machine, quickly."""

from __future__ import annotations

from pathlib import Path

from kiosk.settings import load_settings
from kiosk.sync.protocol import PrinterHealth
from kiosk.ui.printer_status import card_printer_readiness


def card_printer_health(data_dir: Path) -> PrinterHealth | None:
    """The card printer staff chose (read afresh: staff may have changed it) or CUPS's
    default queue; "not_set" when there is neither."""
    from kiosk.ui.cups_client import CupsUnavailable, NoSuchQueue, default_queue, printer_attributes

    queue = load_settings(data_dir).card_printer or default_queue()
    if not queue:
        return PrinterHealth(state="not_set")
    readiness = card_printer_readiness(queue)
    ribbon = None
    try:
        levels = printer_attributes(queue).get("marker-levels")
    except (NoSuchQueue, CupsUnavailable):
        levels = None
    known = [int(v) for v in ([levels] if isinstance(levels, int) else levels or [])
             if isinstance(v, int) and 0 <= v <= 100]
    if known:
        ribbon = min(known)
    return PrinterHealth(queue=queue[:127], state=readiness.state.value,
                         low=[supply.value for supply in readiness.low],
                         ribbon_percent=ribbon)
