"""A disabled action that explains itself when tapped.

A greyed-out button gives a customer no clue ("Next" on the terms screen before the box is
ticked, "Previous" on the guide's first page). Qt delivers no clicks to a disabled widget,
but an event filter still sees the tap: `explain_when_disabled` answers it with the reason,
on the screen's own message line, and lets the enabled button work as before.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractButton


class _WhyDisabled(QObject):
    def __init__(self, button: QAbstractButton, reason: Callable[[], str],
                 show: Callable[[str], None]) -> None:
        super().__init__(button)
        self._button, self._reason, self._show = button, reason, show

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._button and not self._button.isEnabled() and \
                event.type() == QEvent.Type.MouseButtonRelease:
            text = self._reason()
            if text:
                self._show(text)
            return True
        return False


def explain_when_disabled(button: QAbstractButton, reason: Callable[[], str],
                          show: Callable[[str], None]) -> None:
    """Tapping `button` while it is disabled shows `reason()` through `show`."""
    button.installEventFilter(_WhyDisabled(button, reason, show))
