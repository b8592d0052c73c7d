"""Why the store cannot do what was asked, without importing the store (cheap to import)."""

from __future__ import annotations

import enum


class StoreProblem(enum.Enum):
    READ_ONLY = "read_only"        # data dir or file not writable
    FULL = "full"                  # disk (or page limit) full
    UNAVAILABLE = "unavailable"    # cannot open or create the file at all
    CORRUPT = "corrupt"            # not a database, or fails integrity
    TOO_NEW = "too_new"            # written by a newer kiosk version
    BUSY = "busy"                  # locked longer than the busy timeout


class StoreError(RuntimeError):
    """The store cannot do what was asked; nothing was half-written. `problem` says why."""

    def __init__(self, problem: StoreProblem, detail: str) -> None:
        super().__init__(f"{problem.value}: {detail}")
        self.problem = problem
