"""The kiosk's Qt start-up: the application, the theme, the window, the attract screen
painted first and everything else (store, services, sync, session screens) right after.

`kiosk.app` parses the arguments and calls `run_ui`; it holds no Qt itself, so its
command-line tasks (`kiosk backup`, `kiosk sync --once`, `kiosk enrol`) never load Qt.
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys
import time
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from kiosk.bootstrap import data_dir_message, open_kiosk, start_sync
from kiosk.domain.rules import RuleBook
from kiosk.services.errors import StoreError
from kiosk.settings import KioskSettings, cafe_logo_path
from kiosk.ui.first_frame import FirstFrame, FrameStore, replace_frame, window_size
from kiosk.ui.first_paint import after_first_paint
from kiosk.ui.heap import set_heap_aside
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.staff.gesture import HOLD_MS
from kiosk.ui.stop_signals import quit_on_stop_signals
from kiosk.ui.tasks import settle_background_work
from kiosk.ui.theme import install_theme

if TYPE_CHECKING:
    from kiosk.services.demo import DemoSeed
    from kiosk.sync.protocol import PrinterHealth

log = logging.getLogger("kiosk")


def run_ui(args: argparse.Namespace, settings: KioskSettings, rules: RuleBook,
           started: float, kept: tuple[FrameStore, FirstFrame | None] | None = None) -> int:
    """Show the attract screen first; open the store and build the rest right after.
    `kept` is the first frame the app painted before this code loaded (if it had one) and
    where the live first frame is kept for the next start."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Producer Kiosk")
    size = window_size(app, args.windowed)
    install_theme(app, screen=size)     # type and spacing for this screen, before any widget
    window = KioskWindow(settings, rules, None, LanguageSwitcher(app),
                         allow_exit=args.allow_exit or args.windowed is not None)
    running = ExitStack()       # at exit: the sync stops, then the store closes

    def printer_health() -> PrinterHealth | None:
        # Loaded by the sync thread's first pass, in an enrolled kiosk only: the check pulls
        # in the wire types (pydantic, ~8 MB), which a kiosk working offline never needs.
        from kiosk.ui.printer_health import card_printer_health

        return card_printer_health(settings.data_dir)

    def finish_start() -> None:
        try:
            store, services = open_kiosk(
                settings, rules, lambda seed: print(demo_notice(seed, settings.data_dir),
                                                    flush=True))
        except StoreError as exc:
            log.error("%s", data_dir_message(settings.data_dir, exc))
            print(data_dir_message(settings.data_dir, exc), file=sys.stderr)
            app.exit(2)
            return
        running.callback(store.close)
        runners = start_sync(settings, rules, store, window.sync_status_changed.emit,
                             printer=printer_health)
        for runner in runners:
            running.callback(runner.stop)
        window.start(services, runners[0] if runners else None, ask_first_pin=True)
        window.start_camera()
        running.callback(gc.unfreeze)
        set_heap_aside()
        if args.exit_when_ready:
            print(f"ready screens={len(window.shell.screens)} "
                  f"parts={','.join(window.parts.built_names) or '-'} "
                  f"size={window.width()}x{window.height()} "
                  f"fullscreen={int(window.isFullScreen())} "
                  f"heap-set-aside={gc.get_freeze_count()} "
                  f"heap-tracked={len(gc.get_objects())}", flush=True)
            app.exit(0)

    def live() -> None:
        """The live attract screen has painted: it replaces the kept frame."""
        elapsed = time.perf_counter() - started
        if kept is not None:
            logo = cafe_logo_path(settings)
            replace_frame(window, kept[0], kept[1], [] if logo is None else [logo])
        if not args.exit_after_paint:
            finish_start()
            return
        if kept is None or kept[1] is None:
            print(f"first-paint-in-process {elapsed:.4f}", flush=True)
        print(f"live-paint-in-process {elapsed:.4f}", flush=True)
        app.exit(0)   # quit() would ask the kiosk-mode window, which refuses

    after_first_paint(window.attract, live)
    if args.windowed:
        window.fit_to(*size)
        window.show()
    else:
        window.show_kiosk(*size)
    with running, quit_on_stop_signals(app):
        code = int(app.exec())
        settle_background_work()
        return code


def demo_notice(seed: DemoSeed, data_dir: Path) -> str:
    """The terminal's lines at a demo start: where the demo lives and how staff mode opens
    (with no PIN to hand, a full-screen kiosk is a trap: only staff mode quits it)."""
    where = (f"Demo data in {data_dir} ({seed.producers_added} demo producers added; "
             "delete the folder to start afresh)." if seed.producers_added
             else f"Demo data in {data_dir} (delete the folder to start afresh).")
    how = (f"hold a finger (or the mouse button) still on the top-left corner of the kiosk "
           f"for {HOLD_MS / 1000:g} s to open staff mode; staff home's "
           "'Quit the kiosk' (tapped twice) ends it.")
    if seed.staff_pin is None:
        return (f"{where}\nThe demo's staff PIN was changed in staff mode; use that PIN, or "
                f"delete the folder for the demo PIN. To open staff mode, {how}")
    return f"{where}\nDemo staff PIN: {seed.staff_pin} — {how}"
