"""Composition root: parse arguments, load settings and rules, then run a command-line task,
the self-test or the screens (`kiosk.ui.launch`).

`python -m kiosk` and the `kiosk` console script land here. Problems a person can fix (a bad
rules or settings file, an unwritable data dir) end with a one-line message naming the file
and exit status 2, never a traceback. No Qt here: the command-line tasks run without it.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.cli import add_commands
from kiosk.db.datadir import keep_private
from kiosk.paths import SETTINGS_FILE, default_data_dir, demo_dir_problem, rules_path

if TYPE_CHECKING:
    from kiosk.ui.first_frame import FirstFrame, FrameStore

# The rest loads in `_start`, after the kept first frame is on the glass (kiosk.ui.first_frame).


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description="Producer Kiosk")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="where the store, key and settings live "
                             f"(default {default_data_dir()})")
    parser.add_argument("--rules", type=Path, default=None, help="rules file to use")
    parser.add_argument("--demo", action="store_true",
                        help="add demo producers and a demo staff PIN (printed at start) "
                             "to an empty store; needs a --data-dir of its own")
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
    demo_problem = demo_dir_problem(data_dir) if args.demo else None
    if demo_problem is not None:            # refused before anything is written there
        print(f"kiosk: {demo_problem}", file=sys.stderr)
        return 2
    keep_private(data_dir)
    kept = _paint_kept_frame(args, data_dir, started) if _shows_screens(args) else None
    from kiosk.logs import setup_logging, stop_logging

    setup_logging(data_dir)
    try:
        return _start(args, data_dir, started, kept)
    finally:
        stop_logging()


def _shows_screens(args: argparse.Namespace) -> bool:
    return not args.command and args.self_test is None


def _paint_kept_frame(args: argparse.Namespace, data_dir: Path, started: float
                      ) -> tuple[FrameStore, FirstFrame | None]:
    """Qt up and the last start's first frame painted, before the kiosk's code loads."""
    from kiosk.ui.first_frame import paint_kept_frame

    return paint_kept_frame(data_dir, args.windowed,
                            [data_dir / SETTINGS_FILE, args.rules or rules_path()],
                            f"{args.kiosk_number} {args.demo} {args.allow_exit}",
                            started, announce=args.exit_after_paint)


def _start(args: argparse.Namespace, data_dir: Path, started: float,
           kept: tuple[FrameStore, FirstFrame | None] | None) -> int:
    from kiosk.bootstrap import data_dir_message, load_rules, newest_rules
    from kiosk.cli import run_command
    from kiosk.db.datadir import probe_data_dir
    from kiosk.db.errors import StoreError
    from kiosk.domain.rules import RulesError
    from kiosk.settings import SettingsError, load_settings

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
    # Qt loads here, for the screens only.
    from kiosk.ui.launch import run_ui

    return run_ui(args, settings, rules, started, kept)


def run() -> int:
    """The kiosk process's entry (`python -m kiosk`, the `kiosk` script): `main` in a
    process that is the kiosk alone."""
    without_postgres_drivers()
    return main()


def without_postgres_drivers() -> None:
    """Mark PostgreSQL's drivers absent in this process. The kiosk's store is SQLite, but
    peewee probes for psycopg when it loads, and psycopg with its libpq costs the kiosk
    15–20 MB of memory and ~30 ms of start-up for nothing (the frozen build leaves it out
    for the same reason). Never called where the office may run in the same process."""
    for driver in ("psycopg", "psycopg2"):
        # None in sys.modules is how Python marks a module absent: `import` raises ImportError.
        sys.modules.setdefault(driver, None)  # type: ignore[arg-type]


if __name__ == "__main__":
    sys.exit(run())
