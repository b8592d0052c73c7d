"""Run slow work (hashing, rendering, store writes) off the UI thread, Anki-style.

`run_in_background(work, on_success, on_failure)` runs `work()` on the global
QThreadPool and calls exactly one of the callbacks back on the UI thread. `work` must not
touch widgets. Exceptions are delivered to `on_failure`; nothing is swallowed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

_in_flight: set[_Relay] = set()


class _Relay(QObject):
    """Lives on the UI thread; its queued signals carry the result back there."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:   # delivered to the UI thread, logged there
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


_printing: list[QThreadPool] = []


def printing_pool() -> QThreadPool:
    """One print job at a time, each on a fresh thread: libcups keeps a per-thread cache of
    the print queues, so a queue added while the kiosk runs would stay unknown to a reused
    thread; and two jobs asking CUPS at once (a card and its slip) must not race."""
    if not _printing:
        pool = QThreadPool()
        pool.setMaxThreadCount(1)
        pool.setExpiryTimeout(0)
        _printing.append(pool)
    return _printing[0]


def run_in_background(work: Callable[[], Any], on_success: Callable[[Any], None],
                      on_failure: Callable[[Exception], None],
                      pool: QThreadPool | None = None) -> None:
    """`pool`: the global pool unless given (`printing_pool()` for anything CUPS)."""
    relay = _Relay()
    _in_flight.add(relay)

    def finish_ok(result: Any) -> None:
        _in_flight.discard(relay)
        on_success(result)

    def finish_error(exc: Exception) -> None:
        _in_flight.discard(relay)
        on_failure(exc)

    relay.succeeded.connect(finish_ok)
    relay.failed.connect(finish_error)
    (pool or QThreadPool.globalInstance()).start(_Job(work, relay))


def jobs_in_flight() -> int:
    """How many background jobs have not reported back yet (tests wait for 0)."""
    return len(_in_flight)
