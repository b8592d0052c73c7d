"""The office as an ASGI application factory, for servers that start their own worker
processes (`kiosk-server serve --workers N`, or `uvicorn --factory
kiosk.server.asgi:office_app`, gunicorn with uvicorn workers): each worker opens the
database named by the environment, as `kiosk-server` would."""

from __future__ import annotations

import os
from datetime import timedelta

from fastapi import FastAPI

from kiosk.server.app import create_app, open_office
from kiosk.server.intake import EventWindow


def office_app() -> FastAPI:
    from kiosk.server.__main__ import DEFAULT_DATABASE, ENV_AHEAD, ENV_BACK, ENV_DATABASE

    window = EventWindow(timedelta(days=int(os.environ.get(ENV_AHEAD) or 1)),
                         timedelta(days=int(os.environ.get(ENV_BACK) or 14)))
    return create_app(open_office(os.environ.get(ENV_DATABASE) or DEFAULT_DATABASE,
                                  window=window))
