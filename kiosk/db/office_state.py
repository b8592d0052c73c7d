"""What the office told this kiosk that outlives a sync pass, kept in `KioskState`.

The highest serial of this kiosk's range of producer numbers the office holds: a kiosk
restored from an old backup does not know the people it registered after that backup, so
its next registration numbers above what the office has, not only above what it has itself.
"""

from __future__ import annotations

from kiosk.db.models import KioskState

OFFICE_SERIAL_KEY = "office_highest_serial"


def office_serial() -> int:
    state = KioskState.get_or_none(KioskState.key == OFFICE_SERIAL_KEY)
    return int(state.value) if state is not None else 0


def remember_office_serial(highest: int) -> None:
    """Inside the caller's transaction; the figure only grows."""
    if highest > office_serial():
        KioskState.insert(key=OFFICE_SERIAL_KEY, value=str(highest)).on_conflict_replace(
        ).execute()
