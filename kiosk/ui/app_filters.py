"""The kiosk's application-wide event filters (the scanner, the idle watch, the staff
corner), installed and removed through here so that a language switch can lift them.

Qt passes every event of every widget through each application-wide filter, and for a
filter written in Python, PySide wraps the widget and the event for Python on every call.
A language switch sends LanguageChange to each of the window's ~1,400 widgets: profiled
(py-spy, native frames, switching on the attract screen), three quarters of a switch's time
went to those calls, while none of the filters wants a LanguageChange. The switch is one
synchronous delivery of posted LanguageChange events, during which no input is delivered,
so lifting the filters for it cannot lose a key press or a touch.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject

_FILTERS: list[QObject] = []


def _live() -> list[QObject]:
    """The filters still alive: one destroyed with its widget (a window closed without
    releasing its input, as tests do) has already left Qt's list, and goes from ours."""
    _FILTERS[:] = [watcher for watcher in _FILTERS if shiboken6.isValid(watcher)]
    return list(_FILTERS)


def install(app: QCoreApplication, watcher: QObject) -> None:
    """`app.installEventFilter(watcher)`, remembered so that `lifted` can lift it."""
    app.installEventFilter(watcher)
    if watcher not in _live():
        _FILTERS.append(watcher)


def remove(app: QCoreApplication, watcher: QObject) -> None:
    app.removeEventFilter(watcher)
    if watcher in _live():
        _FILTERS.remove(watcher)


@contextmanager
def lifted(app: QCoreApplication) -> Iterator[None]:
    """The filters off for the block, then back in their order (Qt asks the one installed
    last first)."""
    filters = _live()
    for watcher in filters:
        app.removeEventFilter(watcher)
    try:
        yield
    finally:
        for watcher in filters:
            app.installEventFilter(watcher)
