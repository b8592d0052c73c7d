"""HTTP client for the office (stdlib urllib: no extra dependency on the kiosk).

Two kinds of failure, because they call for different actions: `SyncUnavailable` means the
outcome is unknown (network down, timeout, 5xx, an unreadable answer), so the same events
are simply sent again later; `SyncRejected` means the office answered "no" (4xx).
"""

from __future__ import annotations

import http.client
import json
import urllib.error
import urllib.request
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from kiosk.sync.feed_reader import read_changes
from kiosk.sync.protocol import (
    BatchResult,
    Changes,
    EnrolRequest,
    EnrolResponse,
    EventBatch,
    HealthAnswer,
    KioskHealth,
    PullProblem,
    PullReport,
    PullReportResult,
    RankingBoard,
)

Model = TypeVar("Model", bound=BaseModel)


class SyncUnavailable(RuntimeError):
    """The office could not be reached or gave no usable answer: try again later."""


class SyncRejected(RuntimeError):
    def __init__(self, status: int, detail: str) -> None:
        super().__init__(f"office refused ({status}): {detail}")
        self.status = status
        self.detail = detail


class OfficeClient:
    def __init__(self, base_url: str, kiosk_id: str = "", secret: str = "",
                 timeout_s: float = 10.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.kiosk_id = kiosk_id
        self._secret = secret
        self.timeout_s = timeout_s

    def enrol(self, request: EnrolRequest) -> EnrolResponse:
        return self._call("POST", "/v1/enrol", request, EnrolResponse, authenticated=False)

    def push(self, batch: EventBatch) -> BatchResult:
        # `after_event` goes only when set: an office from before it refuses unknown fields,
        # and must still take the batches it can.
        leave_out = {"after_event"} if batch.after_event is None else None
        return self._call("POST", f"/v1/kiosks/{self.kiosk_id}/events", batch, BatchResult,
                          leave_out=leave_out)

    def changes(self, since: int, limit: int = 1000) -> Changes:
        return self._call("GET", f"/v1/changes?since={since}&limit={limit}", None, Changes)

    def changes_page(self, since: int, limit: int = 1000
                     ) -> tuple[Changes, list[PullProblem]]:
        """A page of the change feed, and the records in it that could not be read (left
        out: one bad record must not stop the pull; see `feed_reader`)."""
        raw = self._send("GET", f"/v1/changes?since={since}&limit={limit}", None, True)
        try:
            return read_changes(raw)
        except (ValidationError, ValueError) as exc:
            raise SyncUnavailable("the office's answer could not be read") from exc

    def report_pull_problems(self, report: PullReport) -> PullReportResult:
        return self._call("POST", f"/v1/kiosks/{self.kiosk_id}/pull-problems", report,
                          PullReportResult)

    def report_health(self, health: KioskHealth) -> HealthAnswer:
        return self._call("POST", f"/v1/kiosks/{self.kiosk_id}/health", health, HealthAnswer)

    def download(self, path: str) -> bytes:
        """A file the office serves to anyone (a cast photo), as bytes."""
        return self._send("GET", path, None, False)

    def ranking(self, period: str) -> RankingBoard:
        """A month's board (YYYY-MM) or a year's table (YYYY)."""
        return self._call("GET", f"/v1/rankings/{period}", None, RankingBoard)

    def _call(self, method: str, path: str, body: BaseModel | None, answer: type[Model],
              authenticated: bool = True, leave_out: set[str] | None = None) -> Model:
        raw = self._send(method, path, body, authenticated, leave_out)
        try:
            return answer.model_validate_json(raw)
        except ValidationError as exc:
            raise SyncUnavailable("the office's answer could not be read") from exc

    def _send(self, method: str, path: str, body: BaseModel | None,
              authenticated: bool, leave_out: set[str] | None = None) -> bytes:
        headers = {"Accept": "application/json"}
        data = None
        if body is not None:
            data = body.model_dump_json(exclude=leave_out).encode()
            headers["Content-Type"] = "application/json"
        if authenticated:
            headers["Authorization"] = f"Bearer {self.kiosk_id}.{self._secret}"
        request = urllib.request.Request(self.base_url + path, data=data, headers=headers,
                                         method=method)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_s) as response:
                raw = response.read()
        except urllib.error.HTTPError as exc:
            try:
                raise _failure(exc) from exc
            finally:
                exc.close()     # its connection, now: the error may outlive this call
        except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as exc:
            raise SyncUnavailable(f"office unreachable: {exc}") from exc
        except http.client.HTTPException as exc:
            # Not an OSError: an answer cut short (IncompleteRead) or not HTTP at all
            # (BadStatusLine). The office may have acted on the request: outcome unknown.
            raise SyncUnavailable(f"the office's answer broke off: {exc!r}") from exc
        return bytes(raw)


def _failure(exc: urllib.error.HTTPError) -> SyncRejected | SyncUnavailable:
    """A 4xx is the office saying no; anything else an error whose outcome is unknown."""
    if not 400 <= exc.code < 500:
        return SyncUnavailable(f"office error {exc.code}")
    try:
        detail = exc.read().decode(errors="replace")[:500]
    except (http.client.HTTPException, OSError):    # the refusal's text broke off
        detail = ""
    return SyncRejected(exc.code, _detail(detail) or str(exc.reason))


def _detail(body: str) -> str:
    try:
        parsed = json.loads(body)
    except json.JSONDecodeError:
        return body
    return str(parsed.get("detail", body)) if isinstance(parsed, dict) else body
