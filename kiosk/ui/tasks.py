"""Background work for the UI, Anki-style: run off the UI thread, answer on it.

`TaskRunner.run(work, on_success, on_failure)` runs `work()` on a thread pool and calls
exactly one callback back on the UI thread, keeping the result's type. `work` must not
touch widgets. Three rules every caller used to write by hand live here once:

- a result that comes back after its session ended (the customer walked away, staff mode
  closed) is dropped and logged, never shown over the next person's screen;
- a task started under a `TaskKey` while another of that key is running is ignored
  (double taps on "replace card" or "register");
- a failure without its own callback goes to `unhandled`, the window's one error path.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)
T = TypeVar("T")
_in_flight: set[_Relay] = set()
_printing: list[QThreadPool] = []


class TaskKey(Enum):
    """Work that a double tap must not start twice."""

    REGISTER = "register"
    CHECK_IN = "check_in"
    PUSH = "push"
    REPLACE_CARD = "replace_card"
    NEW_PASSWORD = "new_password"
    SAVE_SETTINGS = "save_settings"
    QUIT = "quit"


class Scope(Enum):
    """Whose work it is: a session's (dropped when it ends) or the kiosk's own."""

    SESSION = "session"
    KIOSK = "kiosk"        # printing for customers, the ranking board, the PIN check


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
            self._answer(self._relay.failed, exc)
        else:
            self._answer(self._relay.succeeded, result)

    @staticmethod
    def _answer(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:        # the window and its relays are gone: the kiosk is quitting
            log.debug("a background job finished after the kiosk quit; its answer is dropped")


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


def settle_background_work(timeout_ms: int = 3000) -> None:
    """At quit, before the store closes: drop queued jobs and let running ones finish, so
    no job reads a closed store or answers a window that no longer exists."""
    for pool in (QThreadPool.globalInstance(), *_printing):
        pool.clear()
        if not pool.waitForDone(timeout_ms):
            log.warning("background work still running at quit after %d ms", timeout_ms)


def jobs_in_flight() -> int:
    """How many background jobs have not reported back yet (tests wait for 0)."""
    return len(_in_flight)


def run_detached(work: Callable[[], T], on_success: Callable[[T], None],
                 on_failure: Callable[[Exception], None],
                 pool: QThreadPool | None = None) -> None:
    """The bare mechanism, for code that runs before any session exists (start-up)."""
    relay = _Relay()
    _in_flight.add(relay)

    def finish_ok(result: T) -> None:
        _in_flight.discard(relay)
        on_success(result)

    def finish_error(exc: Exception) -> None:
        _in_flight.discard(relay)
        on_failure(exc)

    relay.succeeded.connect(finish_ok)
    relay.failed.connect(finish_error)
    (pool or QThreadPool.globalInstance()).start(_Job(work, relay))


class TaskRunner(QObject):
    """`session()` names the session now running; the shell counts them."""

    unhandled = Signal(object)          # an Exception no caller took care of

    def __init__(self, session: Callable[[], int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._busy: set[TaskKey] = set()

    def run(self, work: Callable[[], T], on_success: Callable[[T], None],
            on_failure: Callable[[Exception], None] | None = None, *,
            key: TaskKey | None = None, scope: Scope = Scope.SESSION,
            pool: QThreadPool | None = None) -> bool:
        """Start `work`; False when a task of the same `key` is still running."""
        if key is not None:
            if key in self._busy:
                log.info("%s already running: second request ignored", key.value)
                return False
            self._busy.add(key)
        started_in = self._session()

        def still_wanted() -> bool:
            if key is not None:
                self._busy.discard(key)
            return scope is Scope.KIOSK or self._session() == started_in

        def succeeded(result: T) -> None:
            if still_wanted():
                on_success(result)
            else:
                log.info("a task finished after its session ended: result not shown")

        def failed(exc: Exception) -> None:
            if not still_wanted():
                log.warning("a task failed after its session ended: %r", exc)
            elif on_failure is not None:
                on_failure(exc)
            else:
                self.unhandled.emit(exc)

        run_detached(work, succeeded, failed, pool)
        return True
