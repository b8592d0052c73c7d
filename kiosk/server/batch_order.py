"""Batches a kiosk sends while the one before is still at the office, taken in in order.

A kiosk with a long queue keeps two batches at the office: while one is taken in, the next
is already received and validated, instead of the kiosk waiting for each answer before it
sends. The later one names the last event of the one before (`after_event`) and is taken in
only once the office holds that event: a visit is never judged before the registration it
follows. It waits while a batch of the same kiosk is being taken in by this process; when
none is (the batch before went to another worker process, was lost on the way, or ended in
events the office did not store), it is answered "deferred" whole, stores nothing, and the
kiosk sends it again on its own.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager

MAX_WAIT_S = 30.0          # a batch never waits longer, whatever the one before is doing
POLL_S = 0.05              # a look at the database meanwhile (another process may store it)


class BatchOrder:
    """Per office process: which kiosks have a batch being taken in, and a wake-up call when
    one ends."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._taking_in: Counter[str] = Counter()

    @contextmanager
    def taking_in(self, kiosk_id: str) -> Iterator[None]:
        """Around taking in one batch of `kiosk_id` (its transaction committed on exit)."""
        with self._changed:
            self._taking_in[kiosk_id] += 1
        try:
            yield
        finally:
            with self._changed:
                self._taking_in[kiosk_id] -= 1
                if not self._taking_in[kiosk_id]:
                    del self._taking_in[kiosk_id]
                self._changed.notify_all()

    def busy(self, kiosk_id: str) -> bool:
        """Whether a batch of `kiosk_id` is being taken in by this process."""
        with self._changed:
            return bool(self._taking_in[kiosk_id])

    def wait_for(self, kiosk_id: str, held: Callable[[], bool]) -> bool:
        """Wait until `held()` (the office holds the event the batch follows); False when
        it is not held and no batch of this kiosk is being taken in here to bring it."""
        deadline = time.monotonic() + MAX_WAIT_S
        while not held():
            with self._changed:
                if not self._taking_in[kiosk_id] or time.monotonic() > deadline:
                    break
                self._changed.wait(POLL_S)
        else:
            return True
        return held()       # the batch before may have ended between the look and the lock
