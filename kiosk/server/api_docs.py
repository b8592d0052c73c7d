"""What `/openapi.json` says besides the models: every status an operation can answer with
what it means, and the links a stateful client follows from one answer to the next request.

Every operation may answer 400 (a query parameter given twice, or a body that is not text)
and 422 (a request that does not match the schema); the others are listed per operation.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel


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
