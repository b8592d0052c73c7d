"""What `/openapi.json` says besides the models: every status an operation can answer with
what it means, and the links a stateful client follows from one answer to the next request.

Every operation may answer 400 (a query parameter given twice, or a body that is not text)
and 422 (a request that does not match the schema); the others are listed per operation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI
from pydantic import BaseModel

from kiosk.sync.protocol import MAX_ID


class Problem(BaseModel):
    """A refusal, in words for whoever reads the log."""

    detail: str


_MEANING = {
    400: "a query parameter given more than once, or a body that cannot be read as text",
    401: "missing, wrong or disabled credential",
    403: "not allowed: another kiosk's events, or an unknown or used enrolment code",
    404: "no such producer",
    409: "this signing key is enrolled already, as another kiosk",
    413: "request body over 4 MiB",
    429: "too many wrong enrolment codes from this address (see Retry-After)",
    503: "the office cannot reach its database",
}


def answers(*codes: int, links: dict[str, Any] | None = None) -> dict[int | str, Any]:
    """FastAPI's `responses=` for an operation that may answer `codes` (besides 200)."""
    responses: dict[int | str, Any] = {400: {"model": Problem, "description": _MEANING[400]}}
    for code in codes:
        if code != 422:                      # FastAPI documents 422 with its own model
            responses[code] = {"model": Problem, "description": _MEANING[code]}
    if links:
        responses[200] = {"links": links}
    return responses


LINKS: dict[str, dict[str, Any]] = {
    "enrol": {
        "EventsOfTheNewKiosk": {
            "operationId": "push_events",
            "parameters": {"kiosk_id": "$response.body#/kiosk_id"},
            "description": "the new kiosk sends its events under its own id",
        },
    },
    "push_events": {
        "ChangesAfterPushing": {
            "operationId": "changes",
            "parameters": {"since": "$response.body#/acked_through"},
            "description": "then the kiosk pulls what changed (here: from a cursor as far "
                         "as its acknowledged events, an arbitrary but valid one)",
        },
    },
    "changes": {
        "NextPage": {
            "operationId": "changes",
            "parameters": {"since": "$response.body#/cursor"},
            "description": "the next page of the change feed",
        },
        "ThisMonthsBoard": {
            "operationId": "ranking",
            "parameters": {"period": "$response.body#/boards/0/period"},
            "description": "the month's ranking board in full",
        },
    },
}


_BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")


def exact_bounds(node: Any) -> Any:
    """FastAPI writes numeric bounds as floats (`2**63 - 1` becomes 9.223372036854776e18,
    which is 2**63): put back the whole numbers the models say, so a client that trusts the
    document never sends a card id one above what the office accepts."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in _BOUNDS and isinstance(value, float) and value.is_integer():
                node[key] = MAX_ID if value == float(MAX_ID) else int(value)
            else:
                exact_bounds(value)
    elif isinstance(node, list):
        for item in node:
            exact_bounds(item)
    return node


def with_exact_bounds(app: FastAPI) -> Callable[[], dict[str, Any]]:
    """A replacement for `app.openapi` that serves the document with `exact_bounds`."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = exact_bounds(build())
        return app.openapi_schema

    return openapi
