"""Bad input to the office over real HTTP: every one gets a clear 4xx (or, for an event that
cannot apply, a clear per-event "rejected"), never a 5xx, and changes nothing it should not.

Requests go through http.client, not the kiosk's client, so the tests control every byte:
headers, chunked bodies, bodies that are not JSON at all.
"""

from __future__ import annotations

import base64
import http.client
import json
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import pytest

from kiosk.domain.producer_number import ProducerNumber
from kiosk.domain.tokens import new_signing_key, raw_public_key
from kiosk.server.limits import MAX_BODY_BYTES
from kiosk.server.models import Kiosk, OfficeEvent, OfficeProducer
from kiosk.sync.protocol import MAX_BATCH, EnrolRequest
from tests.sync.conftest import RunningOffice

NOT_A_CREDENTIAL = "missing kiosk credential"
WRONG_CREDENTIAL = "unknown, wrong or disabled kiosk credential"


class ErrorLogged(logging.Handler):
    """Set once uvicorn has logged (and so finished formatting) an application's exception.

    CPython 3.11's AST state is shared between threads: the server thread formatting a
    traceback (carets come from `ast.parse`) while pytest formats one in the main thread can
    raise "SystemError: AST constructor recursion depth mismatch" (pytest issue #10763).
    After a 5xx, `call` waits for this before letting the test go on and fail.
    """

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.seen = threading.Event()

    def emit(self, record: logging.LogRecord) -> None:
        self.seen.set()


ERROR_LOGGED = ErrorLogged()


@pytest.fixture(autouse=True)
def error_log_watch(office: RunningOffice) -> Iterator[None]:
    """After `office`: uvicorn's logging config replaces the 'uvicorn' logger's handlers, and
    this one must come after its stderr handler (which does the formatting)."""
    logger = logging.getLogger("uvicorn")
    logger.addHandler(ERROR_LOGGED)
    yield
    logger.removeHandler(ERROR_LOGGED)


@dataclass(frozen=True)
class Answer:
    status: int
    body: Any

    def messages(self) -> str:
        """Every human-readable message in the answer, as one string to search."""
        detail = self.body.get("detail") if isinstance(self.body, dict) else self.body
        if isinstance(detail, list):
            return " | ".join(f"{'.'.join(map(str, item.get('loc', [])))}: {item.get('msg')}"
                              for item in detail)
        return str(detail)


@dataclass(frozen=True)
class Credential:
    kiosk_id: str
    secret: str
    number: int

    @property
    def header(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.kiosk_id}.{self.secret}"}

    @property
    def events_path(self) -> str:
        return f"/v1/kiosks/{self.kiosk_id}/events"


def call(office: RunningOffice, method: str, path: str,
         body: bytes | Iterator[bytes] | None = None, headers: dict[str, str] | None = None,
         chunked: bool = False) -> Answer:
    parts = urlsplit(office.url)
    assert parts.hostname is not None
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    ERROR_LOGGED.seen.clear()
    try:
        sent = {"Content-Type": "application/json", **(headers or {})}
        connection.request(method, path, body=body, headers=sent, encode_chunked=chunked)
        response = connection.getresponse()
        raw = response.read()
    finally:
        connection.close()
    if response.status >= 500:
        ERROR_LOGGED.seen.wait(timeout=30)
    try:
        return Answer(response.status, json.loads(raw))
    except ValueError:
        return Answer(response.status, raw.decode(errors="replace"))


def post_events(office: RunningOffice, kiosk: Credential,
                events: list[dict[str, Any]]) -> Answer:
    body = json.dumps({"events": events}).encode()
    return call(office, "POST", kiosk.events_path, body, kiosk.header)


def enrol(office: RunningOffice, label: str) -> Credential:
    key = base64.b64encode(raw_public_key(new_signing_key())).decode()
    answer = office.office.enrol(EnrolRequest(
        code=office.office.new_enrolment_code(label), public_key=key, label=label))
    return Credential(answer.kiosk_id, answer.secret, answer.kiosk_number)


@pytest.fixture
def kiosk(office: RunningOffice) -> Credential:
    return enrol(office, "entrance")


def number(serial: int) -> str:
    return ProducerNumber(1, serial).digits


def event(seq: int, /, serial: int = 1, kind: str = "visit", **changes: Any) -> dict[str, Any]:
    """A well-formed event (a visit by default); `changes` overrides or adds fields."""
    base: dict[str, Any] = {
        "uuid": f"00000000-0000-4000-8000-{seq:012d}", "seq": seq,
        "producer_number": number(serial), "kind": kind, "pv_delta": 0,
        "push_delta": 1 if kind == "visit" else 0, "votes": 0, "rule_version": 1,
        "business_day": "2024-03-04", "recorded_at": "2024-03-04T12:00:00+09:00"}
    return {**base, **changes}


def registration(seq: int, serial: int, login_id: str = "", card_id: int = 0) -> dict[str, Any]:
    record = {"number": number(serial), "nickname": f"P{serial}", "language": "en",
              "login_id": login_id or f"login{serial:04d}", "password_hash": "$argon2id$x",
              "card_id": card_id or 1000 + serial, "generation": 1, "key_id": "0123abcd"}
    return event(seq, serial, "registration", push_delta=0, producer=record)


def stored_events(office: RunningOffice) -> int:
    with office.office.reading():
        return int(OfficeEvent.select().count())


# ---- credentials ---------------------------------------------------------------------------------

def forged_headers(kiosk: Credential) -> list[tuple[dict[str, str], str]]:
    bearer = "Bearer "
    return [
        ({}, NOT_A_CREDENTIAL),
        ({"Authorization": f"Basic {kiosk.secret}"}, NOT_A_CREDENTIAL),
        ({"Authorization": f"{bearer}{kiosk.kiosk_id}.not-the-secret"}, WRONG_CREDENTIAL),
        ({"Authorization": f"{bearer}{kiosk.kiosk_id}."}, WRONG_CREDENTIAL),
        ({"Authorization": f"{bearer}{kiosk.kiosk_id}"}, WRONG_CREDENTIAL),
        ({"Authorization": f"{bearer}00000000-0000-0000-0000-000000000000.{kiosk.secret}"},
         WRONG_CREDENTIAL),
        ({"Authorization": f"{bearer}{kiosk.secret}.{kiosk.kiosk_id}"}, WRONG_CREDENTIAL),
        ({"Authorization": bearer + "x" * 4000}, WRONG_CREDENTIAL),
    ]


@pytest.mark.parametrize("endpoint", ["events", "changes", "ranking"])
def test_forged_or_missing_credentials_get_401(office: RunningOffice, kiosk: Credential,
                                               endpoint: str) -> None:
    for headers, message in forged_headers(kiosk):
        if endpoint == "events":
            answer = call(office, "POST", kiosk.events_path,
                          json.dumps({"events": [event(1)]}).encode(), headers)
        else:
            path = "/v1/changes?since=0" if endpoint == "changes" else "/v1/rankings/2024-03"
            answer = call(office, "GET", path, headers=headers)
        assert (answer.status, answer.messages()) == (401, message), headers
    assert stored_events(office) == 0


def test_a_disabled_kiosk_gets_401(office: RunningOffice, kiosk: Credential) -> None:
    assert post_events(office, kiosk, [event(1)]).status == 200
    office.office.disable_kiosk(kiosk.number)
    answer = post_events(office, kiosk, [event(2)])
    assert (answer.status, answer.messages()) == (401, WRONG_CREDENTIAL)
    answer = call(office, "GET", "/v1/changes?since=0", headers=kiosk.header)
    assert (answer.status, answer.messages()) == (401, WRONG_CREDENTIAL)
    assert stored_events(office) == 1


def test_a_kiosk_cannot_send_events_as_another(office: RunningOffice,
                                               kiosk: Credential) -> None:
    other = enrol(office, "stage side")
    answer = call(office, "POST", other.events_path,
                  json.dumps({"events": [event(1)]}).encode(), kiosk.header)
    assert (answer.status, answer.messages()) == (403, "a kiosk may only send its own events")
    assert stored_events(office) == 0


# ---- sizes ---------------------------------------------------------------------------------------

def test_a_batch_over_the_limit_gets_422_naming_it(office: RunningOffice,
                                                   kiosk: Credential) -> None:
    events = [event(seq, serial=seq) for seq in range(1, MAX_BATCH + 2)]
    answer = post_events(office, kiosk, events)
    assert answer.status == 422
    assert "body.events" in answer.messages() and f"at most {MAX_BATCH}" in answer.messages()
    assert stored_events(office) == 0
    assert post_events(office, kiosk, events[:MAX_BATCH]).status == 200    # the limit itself


def test_a_body_over_4_mb_gets_413(office: RunningOffice, kiosk: Credential) -> None:
    body = json.dumps({"events": [event(1)]}).encode()
    body += b" " * (MAX_BODY_BYTES + 1 - len(body))            # still valid JSON
    answer = call(office, "POST", kiosk.events_path, body, kiosk.header)
    assert (answer.status, answer.messages()) == (413, f"request body over {MAX_BODY_BYTES} bytes")
    assert stored_events(office) == 0


def test_a_chunked_body_over_4_mb_gets_413(office: RunningOffice, kiosk: Credential) -> None:
    body = json.dumps({"events": [event(1)]}).encode()
    body += b" " * (MAX_BODY_BYTES + 1 - len(body))
    chunks = iter([body[i:i + 65536] for i in range(0, len(body), 65536)])
    answer = call(office, "POST", kiosk.events_path, chunks, kiosk.header, chunked=True)
    assert answer.status == 413


# ---- absurd values -------------------------------------------------------------------------------

ABSURD = [
    ("pv_delta", 10**9, "less than or equal to 1000000"),
    ("pv_delta", -(10**9), "greater than or equal to -1000000"),
    ("push_delta", 10**9, "less than or equal to 1000000"),
    ("votes", -1, "greater than or equal to 0"),
    ("yen", -1, "greater than or equal to 0"),
    ("yen", 10**12, "less than or equal to 100000000"),
    ("seq", 0, "greater than or equal to 1"),
    ("seq", -5, "greater than or equal to 1"),
    ("pv_delta", 1.5, "valid integer"),
    ("pv_delta", "lots", "valid integer"),
    ("kind", "refund", "'registration'"),
    ("producer_number", "123", "should match pattern"),
    ("business_day", "yesterday", "should match pattern"),
    ("recorded_at", "noon", "valid datetime"),
    ("uuid", "short", "at least 8 characters"),
    ("balance", 10**6, "Extra inputs are not permitted"),
]


@pytest.mark.parametrize(("field", "value", "message"), ABSURD,
                         ids=[f"{field}={value!r}"[:30] for field, value, _ in ABSURD])
def test_absurd_values_get_422_naming_the_field(office: RunningOffice, kiosk: Credential,
                                                field: str, value: object,
                                                message: str) -> None:
    answer = post_events(office, kiosk, [event(1, **{field: value})])
    assert answer.status == 422
    assert f"body.events.0.{field}" in answer.messages() and message in answer.messages()
    assert stored_events(office) == 0


def test_absurd_producer_records_get_422(office: RunningOffice, kiosk: Credential) -> None:
    for field, value, message in [("card_id", 0, "greater than or equal to 1"),
                                  ("generation", 70_000, "less than or equal to 65535"),
                                  ("nickname", "", "at least 1 character"),
                                  ("key_id", "XYZ", "should match pattern")]:
        bad = registration(1, 1)
        bad["producer"][field] = value
        answer = post_events(office, kiosk, [bad])
        assert answer.status == 422, field
        assert f"body.events.0.producer.{field}" in answer.messages()
        assert message in answer.messages()
    assert stored_events(office) == 0


@pytest.mark.parametrize("seq", [2**31, 2**63])
def test_a_huge_sequence_number_gets_422(office: RunningOffice, kiosk: Credential,
                                         seq: int) -> None:
    """Past every store's integer column (PostgreSQL's is 4 bytes): refused, not a 500."""
    answer = post_events(office, kiosk, [event(seq)])
    assert answer.status == 422, answer
    assert "body.events.0.seq: Input should be less than or equal to 2147483647" \
        in answer.messages()
    assert post_events(office, kiosk, [event(2**31 - 1)]).status == 200


def test_a_huge_change_cursor_gets_422(office: RunningOffice, kiosk: Credential) -> None:
    answer = call(office, "GET", f"/v1/changes?since={2**63}", headers=kiosk.header)
    assert answer.status == 422, answer
    assert "query.since" in answer.messages()


# ---- not JSON, or not a batch --------------------------------------------------------------------

GARBAGE = [
    (b"{not json", "JSON decode error"),
    (b'{"events": [', "JSON decode error"),
    (b"\xff\xfe\x00garbage", "JSON decode error"),
    (b"", "Field required"),
    (b"[]", "valid dictionary"),
    (b'{"events": null}', "valid list"),
    (b'{"events": "everything"}', "valid list"),
    (b'{"evnts": []}', "Field required"),
]


@pytest.mark.parametrize(("body", "message"), GARBAGE, ids=[repr(b)[:24] for b, _ in GARBAGE])
def test_garbage_bodies_get_422(office: RunningOffice, kiosk: Credential, body: bytes,
                                message: str) -> None:
    answer = call(office, "POST", kiosk.events_path, body, kiosk.header)
    assert answer.status == 422
    assert message in answer.messages()
    assert stored_events(office) == 0


# ---- events that cannot apply --------------------------------------------------------------------

def test_events_for_unknown_producers_are_rejected_and_the_queue_moves(
        office: RunningOffice, kiosk: Credential) -> None:
    unknown = event(1, serial=99)
    answer = post_events(office, kiosk, [unknown])
    assert answer.status == 200
    assert answer.body["results"] == [{"uuid": unknown["uuid"], "status": "rejected",
                                       "reason": "unknown producer", "code": 422}]
    assert answer.body["acked_through"] == 1              # the queue moves past it
    again = post_events(office, kiosk, [unknown])
    assert again.body["results"][0]["status"] == "rejected"       # not "duplicate"
    assert again.body["results"][0]["reason"] == "unknown producer"
    assert again.body["acked_through"] == 1
    after = post_events(office, kiosk, [registration(2, serial=1), event(3, serial=1)])
    assert [r["status"] for r in after.body["results"]] == ["stored", "stored"]
    assert after.body["acked_through"] == 3
    with office.office.reading():
        assert [p.number for p in OfficeProducer.select()] == [number(1)]
        assert OfficeProducer.get_by_id(number(1)).push_points == 1
        assert Kiosk.get_by_id(kiosk.kiosk_id).acked_through == 3


def test_events_that_cannot_apply_say_why(office: RunningOffice, kiosk: Credential) -> None:
    post_events(office, kiosk, [registration(1, serial=1)])
    cases = [
        (event(2, kind="push", push_delta=-1, votes=1), "a push must name a cast member"),
        (event(3, kind="push", push_delta=1, votes=1, cast_id="sakura"),
         "a push must name a cast member and spend points"),
        (event(4, kind="registration", push_delta=0), "a registration must carry its producer"),
    ]
    answer = post_events(office, kiosk, [bad for bad, _ in cases])
    assert answer.status == 200
    for result, (_bad, reason) in zip(answer.body["results"], cases, strict=True):
        assert result["status"] == "rejected" and reason in result["reason"]
    assert answer.body["acked_through"] == 4
    with office.office.reading():
        assert OfficeProducer.get_by_id(number(1)).push_points == 0


@pytest.mark.parametrize("clash", ["login_id", "card"])
def test_a_registration_clashing_with_another_producer_is_rejected(
        office: RunningOffice, kiosk: Credential, clash: str) -> None:
    first = registration(1, serial=1, login_id="samelogin", card_id=77)
    second = (registration(2, serial=2, login_id="samelogin") if clash == "login_id"
              else registration(2, serial=2, card_id=77))
    assert post_events(office, kiosk, [first]).status == 200
    answer = post_events(office, kiosk, [second])
    assert answer.status == 200
    assert answer.body["results"][0]["status"] == "rejected"


def test_text_with_nul_characters_gets_422(office: RunningOffice, kiosk: Credential) -> None:
    """PostgreSQL cannot store a NUL in text: refused for every store alike."""
    answer = post_events(office, kiosk, [event(1, uuid="nul\x00in-the-uuid")])
    assert answer.status == 422, answer
    assert "NUL" in answer.messages()
    assert stored_events(office) == 0


NON_FINITE = [("/v1/kiosks/{kiosk}/events", b'{"events": [{"seq": NaN}]}'),
              ("/v1/kiosks/{kiosk}/events", b'{"events": [{"pv_delta": Infinity}]}'),
              ("/v1/enrol", b'{"code": NaN}'),
              ("/v1/website/daily-logins", b'{"day": -Infinity}')]


@pytest.mark.parametrize(("path", "body"), NON_FINITE,
                         ids=["events-NaN", "events-Infinity", "enrol-NaN", "website--Infinity"])
def test_non_finite_numbers_get_422(office: RunningOffice, kiosk: Credential, path: str,
                                    body: bytes) -> None:
    headers = {**kiosk.header, "X-Website-Key": "no-such-key"}
    answer = call(office, "POST", path.format(kiosk=kiosk.kiosk_id), body, headers)
    assert answer.status == 422, answer
