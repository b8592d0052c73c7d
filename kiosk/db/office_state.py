"""What the office told this kiosk that outlives a sync pass, kept in `KioskState`.

The highest serial of this kiosk's range of producer numbers the office holds: a kiosk
restored from an old backup does not know the people it registered after that backup, so
its next registration numbers above what the office has, not only above what it has itself.
"""

from __future__ import annotations

from kiosk.db.kiosk_state import StateKey
from kiosk.db.models import KioskState


def office_serial() -> int:
    state = KioskState.read(StateKey.OFFICE_HIGHEST_SERIAL)
    return int(state) if state is not None else 0


def remember_office_serial(highest: int) -> None:
    """Inside the caller's transaction; the figure only grows."""
    if highest > office_serial():
        KioskState.write(StateKey.OFFICE_HIGHEST_SERIAL, str(highest))
