"""The real kiosk (`kiosk.app.main`, full screen on whatever display it is given) with a
test's eyes: it reads one question per line on stdin and answers one JSON line on stdout.

Run by `test_real_screens.py` under Xvfb (or cage). The kiosk starts exactly as a café
starts it; the driver only looks (where a widget is on the screen, what lies outside it,
a grab of the real screen). Taps and keys come from outside, through the display server
(xdotool / wtype), like a person's.

Questions:
- `state` → current screen's class, kiosk mode, what an open overlay says, window and screen
  geometry, full screen or not
- `where <path>` → centre of the widget at `path` (attributes from the window, e.g.
  `parts.registration.welcome.new_button`) in screen coordinates, visible, enabled
- `key <text>` → centre of the visible on-screen key (or button) showing `text`
- `outside` → visible widgets of the current screen (and open overlays) not wholly on the
  screen, clipped by their parent, or with clipped text
- `watch <path>` / `watched <path>` → every text the field at `path` has had since
- `minimums` → each screen's minimum size, every flow and desk built first (the window can be
  no smaller than the largest)
- `tree <path>` → the widget's children with their minimum sizes and places (for a report)
- `grab <png>` → the screen as the display server shows it, saved to `png` (on Wayland,
  where no client may read the screen, the window as Qt renders it)
"""

from __future__ import annotations

import json
import sys
from typing import Any

from PySide6.QtCore import QRect, QSocketNotifier, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QWidget,
)

from kiosk.app import main as kiosk_main
from kiosk.ui.main_window import KioskWindow
from tests.ui.layout_checks import text_problems

CHECKED = (QAbstractButton, QLineEdit, QLabel)
_watched: dict[str, list[str]] = {}       # a text field's path → every text it has had


def _window() -> KioskWindow | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, KioskWindow):
            return widget
    return None


def _global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def _resolve(window: KioskWindow, path: str) -> Any:
    target: Any = window
    for name in path.split("."):
        target = target[name] if isinstance(target, dict) else getattr(target, name)
    return target


def _answer_where(window: KioskWindow, path: str) -> dict[str, Any]:
    widget = _resolve(window, path)
    centre = _global_rect(widget).center()
    return {"x": centre.x(), "y": centre.y(), "visible": widget.isVisible(),
            "enabled": widget.isEnabled()}


def _roots(window: KioskWindow) -> list[QWidget]:
    """The current screen and whatever overlays lie over it now."""
    roots: list[QWidget] = []
    current = window.stack.currentWidget()
    if current is not None:
        roots.append(current)
    roots += [child for child in window.stack.children()
              if isinstance(child, QWidget) and child.isVisible()
              and child is not current and child.parent() is window.stack
              and child not in window.shell.screens]
    return roots


def _answer_key(window: KioskWindow, text: str) -> dict[str, Any]:
    for root in reversed(_roots(window)):
        for key in root.findChildren(QAbstractButton):
            if key.isVisible() and key.text() == text:
                centre = _global_rect(key).center()
                return {"x": centre.x(), "y": centre.y(), "enabled": key.isEnabled()}
    return {"error": f"no visible key {text!r}"}


def _answer_outside(window: KioskWindow) -> list[str]:
    screen = window.screen().geometry()
    problems: list[str] = []
    for root in _roots(window):
        for widget in [root, *root.findChildren(QWidget)]:
            if not isinstance(widget, CHECKED) or not widget.isVisible():
                continue
            scroller = widget.parentWidget()
            in_scroll = False
            while scroller is not None and scroller is not root:
                if scroller.inherits("QAbstractScrollArea"):
                    in_scroll = True
                    break
                scroller = scroller.parentWidget()
            if in_scroll:
                continue      # a scroll area's content may lie beyond its viewport
            rect = _global_rect(widget)
            if not screen.contains(rect):
                text = getattr(widget, "text", lambda: "")()
                problems.append(f"{type(widget).__name__}({text!r}) at "
                                f"{rect.x()},{rect.y()} {rect.width()}x{rect.height()} "
                                f"is not wholly on the {screen.width()}x{screen.height()} "
                                "screen")
        problems += text_problems(root)
    return problems


def _answer(line: str) -> Any:
    window = _window()
    if window is None or not getattr(window, "_started", False):
        return {"error": "the kiosk is not up yet"}
    question, _, rest = line.partition(" ")
    if question == "state":
        current = window.stack.currentWidget()
        geometry, screen = window.geometry(), window.screen().geometry()
        overlays = _roots(window)[1:]
        said = [label.text() for overlay in overlays for label in overlay.findChildren(QLabel)
                if label.isVisible() and label.text()]
        return {"screen": type(current).__name__, "mode": window.shell.mode.name,
                "overlay": said,
                "window": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
                "screen_size": [screen.width(), screen.height()],
                "fullscreen": window.isFullScreen(), "portrait": window.attract.portrait,
                "exposed": handle.isExposed() if (handle := window.windowHandle()) else False}
    if question == "where":
        return _answer_where(window, rest)
    if question == "key":
        return _answer_key(window, rest)
    if question == "outside":
        return _answer_outside(window)
    if question == "watch":
        field = _resolve(window, rest)
        seen = _watched.setdefault(rest, [field.text()])
        field.textChanged.connect(seen.append)
        return {"watching": rest}
    if question == "watched":
        return _watched.get(rest, [])
    if question == "minimums":
        window.parts.build_all()        # every flow and desk, as after a day's use
        return {type(page).__name__: [page.minimumSizeHint().width(),
                                      page.minimumSizeHint().height()]
                for page in window.shell.screens}
    if question == "tree":
        root = _resolve(window, rest)
        return [f"{type(child).__name__}({getattr(child, 'text', lambda: '')()!r}) "
                f"min={child.minimumSizeHint().toTuple()} "
                f"geometry={child.geometry().getRect()}"
                for child in root.findChildren(QWidget) if child.parentWidget() is root]
    if question == "grab":
        shot = window.screen().grabWindow(0)
        from_screen = not shot.isNull()
        if not from_screen:              # Wayland lets no client read the screen
            shot = window.grab()
        return {"saved": shot.save(rest), "size": [shot.width(), shot.height()],
                "from_screen": from_screen}
    return {"error": f"unknown question {question!r}"}


def main() -> int:
    app = QApplication(sys.argv[:1])
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)

    def on_question() -> None:
        line = sys.stdin.readline()
        if not line:
            notifier.setEnabled(False)
            QTimer.singleShot(0, app.quit)
            return
        try:
            answer = _answer(line.strip())
        except Exception as exc:          # the test reads the reason
            answer = {"error": f"{type(exc).__name__}: {exc}"}
        print(json.dumps(answer, ensure_ascii=False), flush=True)

    notifier.activated.connect(on_question)
    return kiosk_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
