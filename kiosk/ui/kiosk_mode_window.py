"""The kiosk's window as a window: its shape and its kiosk mode, apart from what it shows.

It lays every screen out for the screen's size and orientation (and again when the display
is turned or changes mode), shows itself full screen, frameless and on top, and keeps a
customer in: Esc, Alt+F4 and the window manager's close are refused unless the run allows
leaving (a developer's windowed run), and a minimised or hidden window is brought back
(`window_guard`). Staff leave through `quit_by_staff`. `KioskWindow` builds what it shows.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from kiosk.ui.accessible_mode import lower_for_reach
from kiosk.ui.scale import current_scale, scale_for_screen
from kiosk.ui.theme import install_theme
from kiosk.ui.window_guard import WindowGuard

if TYPE_CHECKING:
    from kiosk.ui.accessible_mode import AccessibleMode
    from kiosk.ui.shell import Shell
    from kiosk.ui.widgets.screen_stack import ScreenStack

log = logging.getLogger(__name__)


class KioskModeWindow(QMainWindow):
    # Made by the window that shows the screens (`KioskWindow`).
    shell: Shell
    stack: ScreenStack
    accessible: AccessibleMode

    def __init__(self, allow_exit: bool) -> None:
        super().__init__()
        self._allow_exit = allow_exit
        self._fitting = False
        self.laid_out_for = (0, 0)       # the screen size the screens were last laid out for
        self.guard = WindowGuard(self)
        self._watching_screen = False

    def fit_to(self, width: int, height: int) -> None:
        """Lay the screens out for this size first, then resize (a tall layout's minimum
        height would otherwise stop the window from becoming a short, wide one). Resizes on
        the way there keep the target's orientation (the window passes through other
        shapes while its minimum size catches up)."""
        self._fitting = True
        self.laid_out_for = (width, height)
        self._set_portrait(height >= width)
        for screen in self.shell.screens:
            layout = screen.layout()
            if layout is not None:
                layout.invalidate()      # nested layouts that turned only post a request
                layout.activate()
        if self.accessible.on:
            lower_for_reach(self.shell.customer_screens, width, height)
        self.stack.updateGeometry()
        own = self.layout()
        if own is not None:
            own.activate()   # recompute the minimum size now, not at the next event loop
        self.resize(width, height)
        self._fitting = False


    def _refit(self) -> None:
        """The look changed (the accessible mode): lay the screens out again, same size."""
        if self.laid_out_for != (0, 0):
            self.fit_to(*self.laid_out_for)


    def _set_portrait(self, portrait: bool) -> None:
        """The screen's shape decides, unless staff fixed the orientation in the settings."""
        forced = self.shell.settings.orientation
        if forced != "auto":
            portrait = forced == "portrait"
        for screen in self.shell.screens:
            screen.set_portrait(portrait)


    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        if not self._fitting:
            self._set_portrait(event.size().height() >= event.size().width())
        super().resizeEvent(event)


    def show_kiosk(self, width: int, height: int) -> None:
        """Full screen, frameless, on top: the kiosk as customers see it. From now on the
        guard keeps it there (never a black screen with a live process: `window_guard`)."""
        self.setWindowFlags(Qt.WindowType.FramelessWindowHint
                            | Qt.WindowType.WindowStaysOnTopHint)
        self.fit_to(width, height)
        self.showFullScreen()
        if not self._allow_exit:
            self.guard.arm()
        screen = self.screen()
        if screen is not None and not self._watching_screen:
            self._watching_screen = True
            screen.geometryChanged.connect(self.on_screen_geometry_changed)


    def on_screen_geometry_changed(self, geometry: QRect) -> None:
        """The display was turned (xrandr --rotate, a rotating stand) or given another mode:
        lay every screen out for its new shape at once, full screen again. A turned screen
        keeps its scale; a new size re-scales the theme (type and spacing; figures screens
        fixed when they were built keep their old scale until the next start)."""
        size = (geometry.width(), geometry.height())
        log.info("the screen is now %dx%d: laying out again", *size)
        app = QApplication.instance()
        if scale_for_screen(*size) != current_scale() and isinstance(app, QApplication):
            install_theme(app, self.shell.language, screen=size)
        self.fit_to(*size)
        if self.guard.armed:
            self.showFullScreen()


    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.WindowStateChange and \
                self.windowState() & Qt.WindowState.WindowMinimized:
            self.guard.on_minimised_or_hidden()
        super().changeEvent(event)


    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        super().hideEvent(event)
        self.guard.on_minimised_or_hidden()


    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Esc would leave full screen in many window managers; customers may not."""
        if event.key() == Qt.Key.Key_Escape and self._allow_exit:
            self.close()
            return
        event.accept()


    def quit_by_staff(self) -> None:
        """The one way out of kiosk mode: from staff mode (the session then restarts it)."""
        log.info("staff quit the kiosk")
        self._allow_exit = True
        self.guard.disarm()
        self.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()


    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Alt+F4 and the window manager's close arrive here: refused in kiosk mode."""
        if self._allow_exit:
            self.release_input()
            event.accept()
        else:
            log.info("close request ignored (kiosk mode)")
            event.ignore()


    @property
    def current_screen(self) -> QWidget | None:
        return self.stack.currentWidget()

    def release_input(self) -> None:
        """Stop watching (the window that shows the screens lets go of its input too)."""
        self.guard.disarm()
