"""Every key of the `KioskState` table, in one place: the small facts this kiosk keeps as
text (its staff PIN, where the office's change feed left off, when it last synced …).

A key used to be a string constant in whichever module wrote it, so the sync engine imported
one from the services layer and nobody could see at a glance what the table holds. This
module imports nothing but the standard library: the app reads the office's published rules
with one of these keys before the store (and peewee) is loaded. The typed accessors live on
the model (`KioskState.read`, `write`, `forget`), so a key is always a `StateKey`.
"""

from __future__ import annotations

from enum import StrEnum


class StateKey(StrEnum):
    # ---- staff (services/staff.py)
    STAFF_PIN_HASH = "staff_pin_hash"                  # argon2id hash of the staff PIN
    STAFF_PIN_FAILURES = "staff_pin_failures"          # wrong PINs since the last right one
    STAFF_PIN_LOCKED_UNTIL = "staff_pin_locked_until"  # ISO time staff mode opens again
    # ---- sync with the office (sync/engine.py, sync/apply.py)
    LAST_SYNC_AT = "last_sync_at"                      # ISO time of the last whole pass
    OFFICE_CURSOR = "office_cursor"                    # change-feed position already applied
    PULL_PROBLEMS_UNREPORTED = "pull_problems_unreported"  # JSON: records left out, unreported
    OFFICE_RULES = "office_rules"                      # rules file the office published
    CAST_PHOTOS_WANTED = "cast_photos_wanted"          # JSON: cast id → photo SHA-256
    OFFICE_HIGHEST_SERIAL = "office_highest_serial"    # of this kiosk's producer numbers
