"""The kiosk's command-line tasks besides running the screens: enrol, sync once, back up.

    kiosk enrol --office URL --code CODE --label "Akihabara entrance"
    kiosk sync --once
    kiosk backup DEST [--keep N]

Exit status: 0 done, 1 the backup copy failed its integrity check (nothing kept), 2 refused
or misconfigured (message says what to fix), 3 the office could not be reached (nothing
lost: pending events stay queued for the next sync).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:       # the parser is built at every start; the tasks load what they use
    from kiosk.domain.rules import RuleBook
    from kiosk.settings import KioskSettings


def add_commands(parser: argparse.ArgumentParser) -> None:
    commands = parser.add_subparsers(dest="command")
    enrol = commands.add_parser("enrol", help="enrol this kiosk at the office")
    enrol.add_argument("--office", required=True, help="the office's URL")
    enrol.add_argument("--code", required=True, help="one-time code from `kiosk-server "
                                                     "enrolment-code`")
    enrol.add_argument("--label", required=True, help="which kiosk this is")
    sync = commands.add_parser("sync", help="sync with the office")
    sync.add_argument("--once", action="store_true", required=True,
                      help="one pass: push pending events, pull changes, exit")
    backup = commands.add_parser(
        "backup", help="copy the live store (safe while the kiosk runs) and check the copy")
    backup.add_argument("dest", type=Path,
                        help="a file to write, or a directory for a time-stamped "
                             "kiosk-YYYYMMDDTHHMMSS.sqlite3")
    backup.add_argument("--keep", type=int, default=None, metavar="N",
                        help="with a directory DEST: keep only the N newest backups there")


def run_command(args: argparse.Namespace, settings: KioskSettings, rules: RuleBook) -> int:
    if args.command == "backup":
        return _backup_command(settings.store_path, args.dest, args.keep)
    from kiosk.bootstrap import data_dir_message, open_store
    from kiosk.db.errors import StoreError
    from kiosk.db.office_credential import load_credential
    from kiosk.sync.client import OfficeClient, SyncRejected, SyncUnavailable
    from kiosk.sync.engine import SyncEngine
    from kiosk.sync.enrolment import EnrolmentError, enrol_kiosk

    try:
        store, signer = open_store(settings, rules)
    except StoreError as exc:
        print(data_dir_message(settings.data_dir, exc), file=sys.stderr)
        return 2
    try:
        if args.command == "enrol":
            enrolled = enrol_kiosk(store, settings.data_dir, signer, args.office,
                                   args.code, args.label)
            print(f"enrolled as kiosk {enrolled.kiosk_number} at {enrolled.url}")
            return 0
        credential = load_credential(settings.data_dir)
        if credential is None:
            print("kiosk: not enrolled yet: run `kiosk enrol --office URL --code CODE "
                  "--label NAME` first", file=sys.stderr)
            return 2
        client = OfficeClient(credential.url, credential.kiosk_id, credential.secret)
        report = SyncEngine(store, rules, client).sync_once()
        print(f"synced: pushed {report.pushed} events ({report.problems} refused by the "
              f"office), pulled {report.pulled} producers")
        return 0
    except (SyncRejected, EnrolmentError) as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return 2
    except SyncUnavailable as exc:
        print(f"kiosk: {exc}; pending events stay queued", file=sys.stderr)
        return 3
    finally:
        store.close()


# ---- backup -------------------------------------------------------------------------------

def _backup_command(store_path: Path, dest: Path, keep: int | None) -> int:
    from kiosk.db.backup import BackupFailed, backup_store

    try:
        done = backup_store(store_path, dest, keep=keep)
    except BackupFailed as exc:
        print(f"kiosk: backup failed: {exc}", file=sys.stderr)
        return exc.status
    print(f"backed up {store_path} to {done.path} ({done.size} bytes, schema "
          f"{done.schema_version}, integrity ok)")
    for old in done.pruned:
        print(f"removed old backup {old}")
    return 0
