"""Composition root: parse arguments, load settings and rules, open the store, start the UI.

`python -m kiosk` and the `kiosk` console script land here. Problems a person can fix (a bad
rules or settings file, an unwritable data dir) end with a one-line message naming the file
and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import errno
import logging
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.cli import add_commands, run_command
from kiosk.db.datadir import probe_data_dir
from kiosk.db.errors import StoreError, StoreProblem
from kiosk.domain.rules import RuleBook, RulesError, parse_rules
from kiosk.logs import setup_logging, stop_logging
from kiosk.paths import default_data_dir, rules_path
from kiosk.settings import KioskSettings, SettingsError, load_settings, read_cafe_logo

if TYPE_CHECKING:
    from kiosk.db.store import Store
    from kiosk.services.bundle import KioskServices
    from kiosk.sync.runner import SyncRunner, SyncStatus

log = logging.getLogger("kiosk")
PORTRAIT = (1080, 1920)
LANDSCAPE = (1920, 1080)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description="Producer Kiosk")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="where the store, key and settings live "
                             f"(default {default_data_dir()})")
    parser.add_argument("--rules", type=Path, default=None, help="rules file to use")
    parser.add_argument("--demo", action="store_true",
                        help="add demo producers to an empty store")
    parser.add_argument("--kiosk-number", type=int, default=None)
    parser.add_argument("--idle-timeout", type=int, default=None, dest="idle_timeout_seconds",
                        help="seconds without a touch before the session is wiped")
    parser.add_argument("--windowed", choices=("portrait", "landscape"), default=None,
                        help="developer: a normal window of that shape instead of full screen")
    parser.add_argument("--allow-exit", action="store_true",
                        help="developer: let Esc and window close quit the kiosk")
    parser.add_argument("--exit-when-ready", action="store_true",
                        help="self-test: start fully (store open, all screens built), "
                             "print 'ready' and quit")
    parser.add_argument("--exit-after-paint", action="store_true",
                        help="benchmark: print the time to the first painted attract screen "
                             "and quit")
    parser.add_argument("--self-test", type=Path, default=None, metavar="OUT_DIR",
                        help="check this installation on a throw-away data dir under OUT_DIR "
                             "(or --data-dir): render the attract screen and a new card "
                             "there, print 'self-test ok: ...' and exit 0, else exit 1")
    parser.add_argument("--self-test-print", default=None, metavar="QUEUE",
                        help="with --self-test: also print the card on this print queue")
    add_commands(parser)
    return parser


def load_rules(path: Path) -> RuleBook:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RulesError(f"{path}: cannot read the rules file: {exc}") from exc
    return parse_rules(text, source=str(path))


def open_kiosk(settings: KioskSettings, rules: RuleBook) -> tuple[Store, KioskServices]:
    """The store and the services on top of it; identity and demo data on first start."""
    from kiosk.db.identity import ensure_identity
    from kiosk.db.store import Store
    from kiosk.services.bundle import build_services
    from kiosk.services.demo import seed_demo_data

    store = Store(settings.store_path, rules).open()
    try:
        signer = ensure_identity(store, settings.data_dir, settings.kiosk_number)
    except OSError as exc:
        raise StoreError(_problem_for(exc), f"{settings.data_dir}: {exc}") from exc
    if settings.demo_data:
        added = seed_demo_data(store, rules, signer)
        if added:
            log.info("added %d demo producers", added)
    from kiosk.services.print_queue import PrintQueueService

    interrupted = PrintQueueService(store, rules).recover()
    if interrupted:
        log.warning("%d card print job(s) were interrupted; they wait to print again",
                    interrupted)
    return store, build_services(store, rules, signer, settings.cafe_name,
                                 settings.website_url, settings.receipt_pattern,
                                 settings.max_purchase_yen, read_cafe_logo(settings))


def _problem_for(exc: OSError) -> StoreProblem:
    if isinstance(exc, PermissionError):
        return StoreProblem.READ_ONLY
    return StoreProblem.FULL if exc.errno == errno.ENOSPC else StoreProblem.UNAVAILABLE


def newest_rules(bundled: RuleBook, store_path: Path) -> RuleBook:
    """The office's published rules if they are newer than the bundled file."""
    from kiosk.db.office_rules import published_rules_text

    text = published_rules_text(store_path)
    if text is None:
        return bundled
    try:
        published = parse_rules(text, source="rules published by the office")
    except RulesError as exc:
        log.error("ignoring the office's rules: %s", exc)
        return bundled
    return published if published.version > bundled.version else bundled


def main(argv: Sequence[str] | None = None) -> int:
    started = time.perf_counter()
    args = build_parser().parse_args(argv)
    data_dir = args.data_dir or default_data_dir()
    if args.self_test is not None and args.data_dir is None:
        from kiosk.self_test import throwaway_data_dir

        data_dir = throwaway_data_dir(args.self_test)
    # `--data-dir kiosk-data` means the folder where the command was given, once and for all
    # (SQLite's URIs, the logs and the backup command all want the same absolute path).
    data_dir = data_dir.expanduser().absolute()
    setup_logging(data_dir)
    try:
        return _start(args, data_dir, started)
    finally:
        stop_logging()


def _start(args: argparse.Namespace, data_dir: Path, started: float) -> int:
    try:
        settings = load_settings(data_dir, kiosk_number=args.kiosk_number,
                                 idle_timeout_seconds=args.idle_timeout_seconds,
                                 demo_data=args.demo or None)
        rules = newest_rules(load_rules(args.rules or rules_path()), settings.store_path)
        probe_data_dir(data_dir)
        if args.command:
            return run_command(args, settings, rules)
        if args.self_test is not None:
            from kiosk.self_test import run_self_test

            return run_self_test(args.self_test, data_dir, rules, args.self_test_print)
    except (SettingsError, RulesError) as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return 2
    except StoreError as exc:
        print(data_dir_message(data_dir, exc), file=sys.stderr)
        return 2
    return _run_ui(args, settings, rules, started)


def data_dir_message(data_dir: Path, exc: StoreError) -> str:
    return f"kiosk: cannot use the data dir {data_dir}: {exc}"


def _run_ui(args: argparse.Namespace, settings: KioskSettings, rules: RuleBook,
            started: float) -> int:
    """Show the attract screen first; open the store and build the rest right after."""
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.first_paint import after_first_paint, report_first_paint
    from kiosk.ui.i18n import LanguageSwitcher
    from kiosk.ui.main_window import KioskWindow
    from kiosk.ui.theme import install_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Producer Kiosk")
    install_theme(app)
    window = KioskWindow(settings, rules, None, LanguageSwitcher(app),
                         allow_exit=args.allow_exit or args.windowed is not None,
                         defer_screens=True)
    opened: list[Store] = []
    runners: list[SyncRunner] = []

    def finish_start() -> None:
        try:
            store, services = open_kiosk(settings, rules)
        except StoreError as exc:
            log.error("%s", data_dir_message(settings.data_dir, exc))
            print(data_dir_message(settings.data_dir, exc), file=sys.stderr)
            app.exit(2)
            return
        opened.append(store)
        window.attach_services(services)
        runners.extend(start_sync(settings, rules, store, window.sync_status_changed.emit))
        if runners:
            window.sync_now = runners[0].sync_now
            window.office_url = runners[0].office_url
        window.build_session_screens()
        window.staff.require_pin()
        window.start_camera()
        if args.exit_when_ready:
            print(f"ready screens={len(window.screens)} "
                  f"size={window.width()}x{window.height()} "
                  f"fullscreen={int(window.isFullScreen())}", flush=True)
            app.exit(0)

    if args.exit_after_paint:
        report_first_paint(window.attract, started)
    else:
        after_first_paint(window.attract, finish_start)
    if args.windowed:
        window.fit_to(*(PORTRAIT if args.windowed == "portrait" else LANDSCAPE))
        window.show()
    else:
        from PySide6.QtCore import Qt

        window.setWindowFlags(Qt.WindowType.FramelessWindowHint
                              | Qt.WindowType.WindowStaysOnTopHint)
        screen = app.primaryScreen().geometry()
        window.fit_to(screen.width(), screen.height())
        window.showFullScreen()
    try:
        return int(app.exec())
    finally:
        for runner in runners:
            runner.stop()
        for store in opened:
            store.close()


def start_sync(settings: KioskSettings, rules: RuleBook, store: Store,
               on_status: Callable[[SyncStatus], None]) -> list[SyncRunner]:
    """The background sync, if this kiosk is enrolled at an office (else nothing).
    `on_status` is called on the sync thread after every pass."""
    from kiosk.db.office_credential import load_credential
    from kiosk.sync.client import OfficeClient
    from kiosk.sync.engine import SyncEngine
    from kiosk.sync.runner import SyncRunner

    credential = load_credential(settings.data_dir)
    if credential is None:
        log.info("not enrolled at an office: working offline only")
        return []
    client = OfficeClient(credential.url, credential.kiosk_id, credential.secret)
    runner = SyncRunner(store, SyncEngine(store, rules, client), on_status=on_status,
                        office_url=credential.url)
    runner.start()
    log.info("syncing with the office at %s", credential.url)
    return [runner]


if __name__ == "__main__":
    sys.exit(main())
