"""Schemathesis against the office's own OpenAPI document: no generated request, valid for
the schema (positive) or not (negative), gets a 5xx.

The office runs in-process (ASGI) on a temporary SQLite file with one enrolled kiosk, whose
credential and id every request carries, so the fuzzing gets past authentication and into
the batch intake and the change feed; the website endpoint gets a real website key too.
Examples are derandomized and bounded, so a run is reproducible and quick. A 5xx fails
with a curl command that reproduces it. (It found two: an event's seq and the change cursor
had no upper bound; both are now refused with a 422, see test_office_bad_input.py.)
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from schemathesis import Case, GenerationMode
from schemathesis.checks import not_a_server_error

from kiosk.domain.tokens import new_signing_key, raw_public_key
from kiosk.server.app import create_app, open_office
from kiosk.sync.protocol import EnrolRequest

OPERATIONS = [
    ("POST", "/v1/enrol"),
    ("POST", "/v1/kiosks/{kiosk_id}/events"),
    ("POST", "/v1/kiosks/{kiosk_id}/pull-problems"),
    ("POST", "/v1/kiosks/{kiosk_id}/health"),
    ("POST", "/v1/website/daily-logins"),
    ("GET", "/v1/rankings/{period}"),
    ("GET", "/v1/changes"),
    ("GET", "/v1/health"),
]
# An operation without parameters has no invalid request to generate.
NOTHING_TO_GET_WRONG = {("GET", "/v1/health", GenerationMode.NEGATIVE)}
EXAMPLES_PER_OPERATION = 50

log = logging.getLogger(__name__)
Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


@dataclass
class OfficeUnderTest:
    """The app as uvicorn would serve it, plus what a fuzzed request needs to get in."""

    app: Callable[[Scope, Receive, Send], Awaitable[None]]
    headers: dict[str, str]
    kiosk_id: str


def served_like_uvicorn(app: FastAPI) -> Callable[
        [Scope, Receive, Send], Awaitable[None]]:
    """Starlette sends its 500 and then re-raises; uvicorn logs and swallows the exception.
    Do the same, so the check sees the 500 (the log shows in a failure's report)."""
    async def serve(scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await app(scope, receive, send)
        except Exception:
            if scope["type"] != "http":
                raise
            log.exception("the office raised")
    return serve


@pytest.fixture
def office_under_test(tmp_path: Path) -> OfficeUnderTest:
    office = open_office(str(tmp_path / "office.sqlite3"))
    key = base64.b64encode(raw_public_key(new_signing_key())).decode()
    kiosk = office.enrol(EnrolRequest(code=office.new_enrolment_code("fuzz"), public_key=key,
                                      label="fuzz"))
    headers = {"Authorization": f"Bearer {kiosk.kiosk_id}.{kiosk.secret}",
               "X-Website-Key": office.new_website_key("fuzz")}
    return OfficeUnderTest(served_like_uvicorn(create_app(office)), headers, kiosk.kiosk_id)


def test_every_operation_is_fuzzed(office_under_test: OfficeUnderTest) -> None:
    """A new endpoint must be added to OPERATIONS, not silently left out."""
    schema = schemathesis.openapi.from_asgi("/openapi.json", office_under_test.app)
    found = {(op.ok().method.upper(), op.ok().path) for op in schema.get_all_operations()}
    assert found == set(OPERATIONS)


@pytest.mark.parametrize(("method", "path", "mode"), [
    (method, path, mode) for method, path in OPERATIONS
    for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
    if (method, path, mode) not in NOTHING_TO_GET_WRONG],
    ids=lambda value: value.value if isinstance(value, GenerationMode) else value)
def test_no_generated_request_gets_a_server_error(office_under_test: OfficeUnderTest,
                                                  method: str, path: str,
                                                  mode: GenerationMode) -> None:
    under_test = office_under_test
    schema = schemathesis.openapi.from_asgi("/openapi.json", under_test.app)
    operation = schema[path][method]
    fixed = {"kiosk_id": under_test.kiosk_id} if "{kiosk_id}" in path else None
    strategy = operation.as_strategy(mode, headers=under_test.headers, path_parameters=fixed)

    @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None,
              derandomize=True, suppress_health_check=[HealthCheck.too_slow,
                                                       HealthCheck.filter_too_much,
                                                       HealthCheck.data_too_large])
    @given(case=strategy)
    def no_server_error(case: Case) -> None:
        response = case.call()
        case.validate_response(response, checks=[not_a_server_error])

    no_server_error()
