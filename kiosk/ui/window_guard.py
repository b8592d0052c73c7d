"""Keeps the kiosk on its screen, whatever a window manager or another program does to it.

A kiosk's worst failure is a black screen over a live process: nobody sees the kiosk, and
its supervisor, seeing the process alive, restarts nothing. Windows get lost in several
ways, and each is answered:

- minimised (iconified) or hidden: shown full screen again at once;
- unmapped or destroyed from outside (`xdotool windowunmap` / `windowclose`, a crashed
  window manager): Qt only notices that the window is no longer exposed. After
  `LOST_MS`, the window is made anew and shown full screen; if that does not bring it
  back, the kiosk exits with `EXIT_WINDOW_LOST` so its supervisor starts it afresh;
- its X connection killed (`xdotool windowkill`): Qt exits non-zero by itself.

A developer run (`--allow-exit`, `--windowed`) and staff quitting disarm the guard.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

LOST_MS = 800                # how long a window may stay unexposed before it is made anew
EXIT_WINDOW_LOST = 3         # "the window could not be brought back": restart me


class WindowGuard(QObject):
    """Arm once the window is the kiosk; `gave_up` is emitted (and the application exits
    with `EXIT_WINDOW_LOST`) when the window cannot be brought back."""

    gave_up = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.armed = False
        self._recreated = False
        self._lost = QTimer(self)
        self._lost.setSingleShot(True)
        self._lost.setInterval(LOST_MS)
        self._lost.timeout.connect(self._on_still_lost)

    def arm(self) -> None:
        """The window is now the kiosk, full screen: from here on it must stay there."""
        self.armed = True
        handle = self._window.windowHandle()
        if handle is not None:
            handle.installEventFilter(self)

    def disarm(self) -> None:
        self.armed = False
        self._lost.stop()

    def on_minimised_or_hidden(self) -> None:
        """Called by the window on a minimise or a hide: back at once (next event turn)."""
        if self.armed:
            QTimer.singleShot(0, self._show_again)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Expose and self.armed:
            handle = self._window.windowHandle()
            if handle is not None and handle.isExposed():
                self._lost.stop()
                self._recreated = False
            elif not self._lost.isActive():
                self._lost.start()
        return False

    def _show_again(self) -> None:
        if not self.armed:
            return
        log.warning("the kiosk window was minimised or hidden: shown full screen again")
        window = self._window
        window.setWindowState(Qt.WindowState.WindowFullScreen)
        window.showFullScreen()
        window.raise_()
        window.activateWindow()

    def _on_still_lost(self) -> None:
        handle = self._window.windowHandle()
        if not self.armed or handle is None or handle.isExposed():
            return
        if not self._recreated:
            log.warning("the kiosk window was unmapped or destroyed from outside: made anew")
            self._recreated = True
            self._window.hide()
            handle.destroy()                 # the native window, not the widgets in it
            self._window.showFullScreen()
            handle.installEventFilter(self)
            self._lost.start()
            return
        log.error("the kiosk window could not be brought back: exiting (status %d) so the "
                  "supervisor starts the kiosk again", EXIT_WINDOW_LOST)
        self.gave_up.emit()
        app = QApplication.instance()
        if app is not None:
            app.exit(EXIT_WINDOW_LOST)
