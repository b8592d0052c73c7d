"""The store's failure kinds, as the screens see them: the UI imports services, never the
store itself, yet must tell "disk full" from "cannot write" to say what to do."""

from __future__ import annotations

from kiosk.db.errors import StoreError, StoreProblem

__all__ = ["StoreError", "StoreProblem"]
