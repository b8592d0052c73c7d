"""`kiosk-server` (or `python -m kiosk.server`): run the office, or administer it.

    kiosk-server serve [--host 127.0.0.1] [--port 8080] [--workers 1]
    kiosk-server create-owner USERNAME         # the console's first owner (password asked)
    kiosk-server enrolment-code LABEL          # one-time code a new kiosk enrols with
    kiosk-server website-key LABEL             # the key the café website reports logins with
    kiosk-server kiosks                        # list enrolled kiosks
    kiosk-server disable-kiosk NUMBER          # cut a lost or stolen kiosk off
    kiosk-server cast set ID NAME_JA NAME_EN [--order N] [--retired]
    kiosk-server cast list
    kiosk-server rules publish FILE            # validate and send a rules file to every kiosk
    kiosk-server overdrawn [--clear NUMBER]    # cards overdrawn at two offline kiosks
    kiosk-server ranking PERIOD                # YYYY-MM (a month) or YYYY (the year)
    kiosk-server rejected [--kiosk N] [--limit N]   # events stored without effect, and why
    kiosk-server pull-problems [--limit N]     # records kiosks could not apply
    kiosk-server quarantine [NUMBER --reason TEXT | --release NUMBER]
                                               # set a producer's record aside (or back)

`--database` (before the command) is a SQLite file path or a postgresql:// URL; with no
configuration the office keeps a SQLite file in `./office-data/office.sqlite3`.

Environment variables give the defaults (a systemd `EnvironmentFile=` or a container's `-e`),
and flags on the command line win over them:

    KIOSK_OFFICE_DATABASE   --database
    KIOSK_OFFICE_HOST       serve --host   (127.0.0.1)
    KIOSK_OFFICE_PORT       serve --port   (8080)
    KIOSK_OFFICE_WORKERS    serve --workers (1): processes answering requests; they keep
                            nothing of their own (sessions, lockouts and rate limits live
                            in the database), so a chain that outgrows one process adds
                            workers behind one PostgreSQL
    KIOSK_OFFICE_CLOCK_AHEAD_DAYS   serve --clock-ahead-days (1): how far ahead of the
                            office's clock a kiosk may have recorded an event
    KIOSK_OFFICE_BACKDATE_DAYS      serve --backdate-days (14): how long before a kiosk's
                            enrolment or its latest event an event may have been recorded

Behind a TLS reverse proxy, uvicorn trusts `X-Forwarded-*` headers from the addresses in
`FORWARDED_ALLOW_IPS` (uvicorn's own variable; default the loopback addresses).

Starting the office creates or migrates its schema (`migrations.py`); a database newer than
this version is refused with exit status 2.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Mapping, Sequence
from datetime import timedelta
from pathlib import Path

DEFAULT_DATABASE = "office-data/office.sqlite3"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8080
ENV_DATABASE = "KIOSK_OFFICE_DATABASE"
ENV_HOST = "KIOSK_OFFICE_HOST"
ENV_PORT = "KIOSK_OFFICE_PORT"
ENV_WORKERS = "KIOSK_OFFICE_WORKERS"
ENV_AHEAD = "KIOSK_OFFICE_CLOCK_AHEAD_DAYS"
ENV_BACK = "KIOSK_OFFICE_BACKDATE_DAYS"


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 < port < 65536:
        raise argparse.ArgumentTypeError(f"not a TCP port: {text!r}")
    return port


def _workers(text: str) -> int:
    try:
        workers = int(text)
    except ValueError:
        workers = 0
    if not 1 <= workers <= 64:
        raise argparse.ArgumentTypeError(f"not a number of workers (1 to 64): {text!r}")
    return workers


def _days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        days = -1
    if not 0 <= days <= 36_500:
        raise argparse.ArgumentTypeError(f"not a number of days (0 to 36500): {text!r}")
    return days


def build_parser(environ: Mapping[str, str] | None = None) -> argparse.ArgumentParser:
    env = os.environ if environ is None else environ
    parser = argparse.ArgumentParser(prog="kiosk-server", description="Producer Kiosk office")
    parser.add_argument("--database", default=env.get(ENV_DATABASE) or DEFAULT_DATABASE,
                        help="SQLite file path, or a database URL (postgresql://…); "
                             f"default ${ENV_DATABASE} or {DEFAULT_DATABASE}")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="run the HTTP API")
    serve.add_argument("--host", default=env.get(ENV_HOST) or DEFAULT_HOST,
                       help=f"listen address; default ${ENV_HOST} or {DEFAULT_HOST}")
    serve.add_argument("--port", type=_port, default=env.get(ENV_PORT) or DEFAULT_PORT,
                       help=f"listen port; default ${ENV_PORT} or {DEFAULT_PORT}")
    serve.add_argument("--workers", type=_workers, default=env.get(ENV_WORKERS) or 1,
                       help=f"worker processes; default ${ENV_WORKERS} or 1")
    serve.add_argument("--clock-ahead-days", type=_days, default=env.get(ENV_AHEAD) or 1,
                       help="refuse events recorded more than this many days ahead of the "
                            f"office's clock; default ${ENV_AHEAD} or 1")
    serve.add_argument("--backdate-days", type=_days, default=env.get(ENV_BACK) or 14,
                       help="refuse events recorded more than this many days before the "
                            "kiosk's enrolment or its latest accepted event; default "
                            f"${ENV_BACK} or 14")
    owner = commands.add_parser(
        "create-owner", help="make an owner account for the manager console (the password "
                             "is asked twice, or read from standard input when piped)")
    owner.add_argument("username")
    code = commands.add_parser("enrolment-code", help="make a one-time kiosk enrolment code")
    code.add_argument("label", help="which kiosk it is for, e.g. 'Akihabara entrance'")
    website = commands.add_parser("website-key",
                                  help="make the key the café website reports logins with")
    website.add_argument("label")
    commands.add_parser("kiosks", help="list enrolled kiosks")
    disable = commands.add_parser("disable-kiosk", help="refuse a kiosk from now on")
    disable.add_argument("number", type=int)
    cast = commands.add_parser("cast", help="the cast roster kiosks show")
    cast_commands = cast.add_subparsers(dest="cast_command", required=True)
    cast_set = cast_commands.add_parser("set", help="add or change a cast member")
    cast_set.add_argument("cast_id")
    cast_set.add_argument("name_ja")
    cast_set.add_argument("name_en")
    cast_set.add_argument("--order", type=int, default=0)
    cast_set.add_argument("--retired", action="store_true")
    cast_commands.add_parser("list")
    rules = commands.add_parser("rules", help="publish a rules file to every kiosk")
    rules.add_argument("action", choices=["publish"])
    rules.add_argument("file", type=Path)
    overdrawn = commands.add_parser("overdrawn", help="producers whose pushes are blocked")
    overdrawn.add_argument("--clear", metavar="NUMBER",
                           help="let this producer push again (digits only)")
    ranking = commands.add_parser("ranking", help="print a month's or a year's ranking")
    ranking.add_argument("period")
    rejected = commands.add_parser("rejected", help="events kiosks sent that the office "
                                                    "stored without effect, newest first")
    rejected.add_argument("--kiosk", type=int, metavar="N", help="only kiosk number N")
    rejected.add_argument("--limit", type=int, default=50)
    problems = commands.add_parser("pull-problems",
                                   help="records kiosks could not apply, newest first")
    problems.add_argument("--limit", type=int, default=50)
    quarantine = commands.add_parser(
        "quarantine", help="set a producer's record aside: no kiosk pulls it, events for "
                           "it are refused (without arguments: list them)")
    quarantine.add_argument("number", nargs="?", help="the producer number as stored")
    quarantine.add_argument("--reason", default="", help="why, for the record")
    quarantine.add_argument("--release", metavar="NUMBER",
                            help="put a quarantined record back into the change feed")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "serve":      # schema creation and migrations go to the service log
        logging.basicConfig(level=logging.INFO,
                            format="%(levelname)s:     %(name)s: %(message)s")
    from kiosk.server.app import open_office
    from kiosk.server.intake import EventWindow
    from kiosk.server.migrations import OfficeSchemaError
    from kiosk.server.office import CastRefused, RulesRefused, UnknownProducer
    from kiosk.server.office.staff import AccountRefused

    window = None
    if args.command == "serve":
        window = EventWindow(timedelta(days=int(args.clock_ahead_days)),
                             timedelta(days=int(args.backdate_days)))
    try:
        office = open_office(args.database, window=window)
    except OfficeSchemaError as exc:
        print(f"kiosk-server: {exc}", file=sys.stderr)
        return 2
    try:
        if args.command == "serve":
            _serve(office, args)
        else:
            _administer(office, args)
    except (LookupError, RulesRefused, CastRefused, UnknownProducer, OSError) as exc:
        print(f"kiosk-server: {exc}", file=sys.stderr)
        return 2
    except AccountRefused as exc:
        print(f"kiosk-server: {ACCOUNT_PROBLEMS.get(exc.code, exc.code)}", file=sys.stderr)
        return 2
    return 0


def _serve(office: object, args: argparse.Namespace) -> None:
    """One worker serves the office opened here; several each open their own (the schema
    was created or migrated here first, so they start on a current one)."""
    import uvicorn

    from kiosk.server.app import create_app
    from kiosk.server.office import Office

    assert isinstance(office, Office)
    workers = int(args.workers)
    if workers == 1:
        uvicorn.run(create_app(office), host=args.host, port=args.port, log_level="info")
        return
    close_all = getattr(office.db, "close_all", None)     # the workers open their own
    if close_all is not None:
        close_all()
    os.environ.update({ENV_DATABASE: args.database,
                       ENV_AHEAD: str(args.clock_ahead_days),
                       ENV_BACK: str(args.backdate_days)})
    uvicorn.run("kiosk.server.asgi:office_app", factory=True, workers=workers,
                host=args.host, port=args.port, log_level="info")


ACCOUNT_PROBLEMS = {
    "username": "a username is 3 to 32 of a-z, 0-9, '.', '_' and '-'",
    "password_short": "the password needs at least 12 characters",
    "password_long": "the password may have at most 128 characters",
    "taken": "that username is taken",
    "mismatch": "the two passwords were not the same",
}


def _new_password() -> str:
    """Asked twice on a terminal; one line from standard input when piped (scripts)."""
    from kiosk.server.office.staff import AccountRefused

    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    import getpass

    first = getpass.getpass("password for the new owner: ")
    if getpass.getpass("the same again: ") != first:
        raise AccountRefused("mismatch")
    return first


def _administer(office: object, args: argparse.Namespace) -> None:
    from kiosk.server.office import Office

    assert isinstance(office, Office)
    if args.command == "create-owner":
        account = office.create_staff_account(args.username, "owner", _new_password(),
                                              created_by="kiosk-server create-owner")
        office.audit("kiosk-server", "account.create", account.username,
                     after={"role": "owner"})
        print(f"owner {account.username} created: sign in at the office's /console/ and "
              "set up the second factor (an authenticator app) there")
    elif args.command == "enrolment-code":
        print(office.new_enrolment_code(args.label))
    elif args.command == "website-key":
        print(office.new_website_key(args.label))
    elif args.command == "kiosks":
        for kiosk in office.kiosks():
            state = f"disabled {kiosk.disabled_at}" if kiosk.disabled_at else "active"
            print(f"{kiosk.number:3d}  {kiosk.label}  enrolled {kiosk.enrolled_at}  "
                  f"acked through {kiosk.acked_through}  {state}")
    elif args.command == "disable-kiosk":
        print(f"kiosk {args.number} disabled at {office.disable_kiosk(args.number).disabled_at}")
    elif args.command == "cast" and args.cast_command == "set":
        office.set_cast_member(args.cast_id, args.name_ja, args.name_en,
                               active=not args.retired, sort_order=args.order)
    elif args.command == "cast":
        for member in office.cast():
            state = "" if member.active else "  (retired)"
            print(f"{member.cast_id}  {member.stage_name_ja}  {member.stage_name_en}{state}")
    elif args.command == "rules":
        published = office.publish_rules(args.file.read_text(encoding="utf-8"))
        print(f"rules version {published.version} published")
    elif args.command == "overdrawn":
        if args.clear:
            office.clear_overdrawn(args.clear)
            print(f"producer {args.clear} may push again")
        for number, nickname, points, since in office.overdrawn():
            print(f"{number}  {nickname}  {points} push points  since {since}")
    elif args.command == "ranking":
        board = office.ranking(args.period)
        for entry in board.entries:
            print(f"{entry.position:3d}  {entry.cast_id}  {entry.votes}")
    else:
        _inspect(office, args)


def _inspect(office: object, args: argparse.Namespace) -> None:
    from kiosk.server.office import Office

    assert isinstance(office, Office)
    if args.command == "rejected":
        for event in office.refused_events(args.kiosk, args.limit):
            print(f"{event.received_at[:19]}  kiosk {event.kiosk:03d} #{event.seq}  "
                  f"{event.kind}  {event.producer_number}  "
                  f"{event.problem or 'refused'}: {event.reason}")
    elif args.command == "pull-problems":
        for record in office.pull_problems(args.limit):
            print(f"{record.received_at[:19]}  kiosk {record.kiosk:03d}  {record.kind} "
                  f"{record.key!r}: {record.reason}")
    elif args.command == "quarantine":
        if args.release:
            office.release(args.release)
            print(f"producer {args.release} is back in the change feed")
        elif args.number:
            office.quarantine(args.number, args.reason)
            print(f"producer {args.number} set aside: kiosks no longer pull it")
        for held in office.quarantined():
            print(f"{held.number!r}  {held.nickname}  since {held.since[:19]}  {held.reason}")


if __name__ == "__main__":
    sys.exit(main())
