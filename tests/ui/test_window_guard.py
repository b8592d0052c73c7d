"""The guard's last resort: a window that cannot be brought back ends the kiosk with an
error status (its supervisor restarts it) instead of leaving a black screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.window_guard import EXIT_WINDOW_LOST, LOST_MS, WindowGuard


class _App:
    """Stands in for the application: records the exit status instead of exiting."""

    def __init__(self) -> None:
        self.status: int | None = None

    def instance(self) -> _App:
        return self

    def exit(self, status: int) -> None:
        self.status = status


def test_a_window_that_never_comes_back_gives_up(qtbot: QtBot,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    app = _App()
    monkeypatch.setattr("kiosk.ui.window_guard.QApplication", app)
    window = QWidget()
    qtbot.add_widget(window)
    window.winId()                       # a native window that is never exposed
    guard = WindowGuard(window)
    guard.arm()
    guard._lost.start()                  # as after an Expose that said "not exposed"
    window.hide()                        # the re-made window cannot show: never exposed
    window.showFullScreen = window.hide  # type: ignore[method-assign]
    with qtbot.wait_signal(guard.gave_up, timeout=4 * LOST_MS):
        pass
    assert not guard._lost.isActive()
    assert app.status == EXIT_WINDOW_LOST


def test_a_disarmed_guard_leaves_the_window_alone(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.add_widget(window)
    window.winId()
    guard = WindowGuard(window)
    guard.arm()
    guard.disarm()
    guard.on_minimised_or_hidden()
    with qtbot.assert_not_emitted(guard.gave_up, wait=2 * LOST_MS):
        guard._on_still_lost()
    assert not window.isVisible()
