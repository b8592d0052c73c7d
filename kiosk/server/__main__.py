"""`kiosk-server` (or `python -m kiosk.server`): run the office, or administer it.

    kiosk-server serve [--database PATH|URL] [--host 127.0.0.1] [--port 8080]
    kiosk-server enrolment-code LABEL      # one-time code a new kiosk enrols with

With no configuration the office keeps a SQLite file in `./office-data/office.sqlite3`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

DEFAULT_DATABASE = "office-data/office.sqlite3"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kiosk-server", description="Producer Kiosk office")
    parser.add_argument("--database", default=DEFAULT_DATABASE,
                        help="SQLite file path, or a database URL (postgresql://…)")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="run the HTTP API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    code = commands.add_parser("enrolment-code", help="make a one-time kiosk enrolment code")
    code.add_argument("label", help="which kiosk it is for, e.g. 'Akihabara entrance'")
    website = commands.add_parser("website-key",
                                  help="make the key the café website reports logins with")
    website.add_argument("label")
    args = parser.parse_args(argv)

    from kiosk.server.app import create_app, open_office

    office = open_office(args.database)
    if args.command == "enrolment-code":
        print(office.new_enrolment_code(args.label))
        return 0
    if args.command == "website-key":
        print(office.new_website_key(args.label))
        return 0
    import uvicorn

    uvicorn.run(create_app(office), host=args.host, port=args.port, log_level="info")
    return 0


if __name__ == "__main__":
    sys.exit(main())
