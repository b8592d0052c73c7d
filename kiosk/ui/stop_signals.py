"""SIGTERM (a service manager stopping the kiosk, `make run`'s launcher) and SIGINT (Ctrl-C
in a terminal) end the kiosk the way staff's *Quit* does: the event loop returns, the sync
stops and the store closes. Without this Python's default would end the process mid-write
(nothing is lost — the store is crash-safe — but the sync pass and the log stop unfinished).

Qt's event loop does not let Python run signal handlers while it waits, so the handler's
byte arrives through `signal.set_wakeup_fd` on a socket Qt watches: no polling timer.
"""

from __future__ import annotations

import contextlib
import signal
import socket
import threading
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QSocketNotifier

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


@contextlib.contextmanager
def quit_on_stop_signals(app: QCoreApplication) -> Iterator[None]:
    """While inside: a stop signal makes `app` exit with 128 + the signal's number."""
    if threading.current_thread() is not threading.main_thread():
        yield                                   # only the main thread may set handlers
        return
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    previous = {number: signal.signal(number, lambda _n, _f: None) for number in STOP_SIGNALS}
    previous_fd = signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)

    def woken() -> None:
        try:
            numbers = reader.recv(64)           # the wakeup fd writes each signal's number
        except OSError:
            return
        stops = [number for number in numbers if number in STOP_SIGNALS]
        if stops:
            app.exit(128 + stops[-1])

    notifier.activated.connect(woken)
    try:
        yield
    finally:
        notifier.setEnabled(False)
        signal.set_wakeup_fd(previous_fd)
        for number, handler in previous.items():
            signal.signal(number, handler)
        reader.close()
        writer.close()
