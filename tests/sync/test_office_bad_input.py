"""Bad input to the office over real HTTP: every one gets a clear 4xx (or, for an event that
cannot apply, a clear per-event "rejected"), never a 5xx, and changes nothing it should not.

Requests go through http.client, not the kiosk's client, so the tests control every byte:
headers, chunked bodies, bodies that are not JSON at all.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator

import pytest

from kiosk.server.limits import MAX_BODY_BYTES
from kiosk.server.models import Kiosk, OfficeProducer
from kiosk.sync.protocol import MAX_BATCH
from tests.sync.conftest import RunningOffice
from tests.sync.wire import (
    ERROR_LOGGED,
    Credential,
    call,
    enrol,
    event,
    number,
    post_events,
    registration,
    stored_events,
)

NOT_A_CREDENTIAL = "missing kiosk credential"
WRONG_CREDENTIAL = "unknown, wrong or disabled kiosk credential"


@pytest.fixture(autouse=True)
def error_log_watch(office: RunningOffice) -> Iterator[None]:
    """After `office`: uvicorn's logging config replaces the 'uvicorn' logger's handlers, and
    this one must come after its stderr handler (which does the formatting)."""
    logger = logging.getLogger("uvicorn")
    logger.addHandler(ERROR_LOGGED)
    yield
    logger.removeHandler(ERROR_LOGGED)


@pytest.fixture
def kiosk(office: RunningOffice) -> Credential:
    return enrol(office, "entrance")


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


def test_a_body_over_the_limit_gets_413(office: RunningOffice, kiosk: Credential) -> None:
    body = json.dumps({"events": [event(1)]}).encode()
    body += b" " * (MAX_BODY_BYTES + 1 - len(body))            # still valid JSON
    answer = call(office, "POST", kiosk.events_path, body, kiosk.header)
    assert (answer.status, answer.messages()) == (413, f"request body over {MAX_BODY_BYTES} bytes")
    assert stored_events(office) == 0


def test_a_chunked_body_over_the_limit_gets_413(office: RunningOffice, kiosk: Credential) -> None:
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
    # Strict: no coercion of a number sent as text or a boolean (12.0 is 12, as in JSON
    # Schema, but 12.5 is not a whole number).
    ("pv_delta", "12", "valid integer"),
    ("pv_delta", 12.5, "valid integer"),
    ("seq", True, "valid integer"),
    ("card_id", "7", "valid integer"),
    ("kind", "refund", "'registration'"),
    ("producer_number", "123", "should match pattern"),
    # Digits are ASCII: a full-width or Arabic-Indic twin of a number is not a number.
    ("producer_number", "００１００００００１１", "should match pattern"),
    ("producer_number", "٠٠١٠٠٠٠٠٠١١", "should match pattern"),
    ("business_day", "yesterday", "a day is YYYY-MM-DD"),
    ("business_day", "2024-02-30", "no such day"),
    ("business_day", "２０２４-０３-０４", "a day is YYYY-MM-DD"),
    # Timestamps are RFC 3339 text with an offset, not numbers or local times.
    ("recorded_at", "noon", "RFC 3339"),
    ("recorded_at", 0, "RFC 3339"),
    ("recorded_at", "1700000000", "RFC 3339"),
    ("recorded_at", "2024-03-04T12:00:00", "RFC 3339"),
    ("recorded_at", "2024-03-04 12:00:00+09:00", "RFC 3339"),
    ("recorded_at", "2024-03-04T25:00:00+09:00", "not a real moment"),
    # Years a kiosk's clock never shows, and that no time zone conversion survives.
    ("recorded_at", "0001-01-01T00:30:00+09:00", "RFC 3339"),
    ("recorded_at", "9999-12-31T23:00:00-05:00", "RFC 3339"),
    ("business_day", "0001-01-01", "a day is YYYY-MM-DD"),
    ("uuid", "short", "should match pattern"),
    ("uuid", "line\nfeed-uuid", "should match pattern"),
    ("cast_id", "", "should match pattern"),
    ("cast_id", "next\u2028line", "should match pattern"),
    ("receipt", "R\x851", "should match pattern"),
    ("receipt", "R\t1", "should match pattern"),
    ("receipt", "R" * 65, "should match pattern"),
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
        bad = registration(1, 1, kiosk)
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
    refused = {"uuid": unknown["uuid"], "status": "rejected",
               "reason": f"no producer {number(99)} at the office",
               "problem": "unknown_producer", "code": 422}
    assert answer.body["results"] == [refused]
    assert answer.body["acked_through"] == 1              # the queue moves past it
    again = post_events(office, kiosk, [unknown])
    assert again.body["results"] == [refused]             # again "rejected", not "duplicate"
    assert again.body["acked_through"] == 1
    after = post_events(office, kiosk, [registration(2, 1, kiosk), event(3, serial=1)])
    assert [r["status"] for r in after.body["results"]] == ["stored", "stored"]
    assert after.body["acked_through"] == 3
    with office.office.reading():
        assert [p.number for p in OfficeProducer.select()] == [number(1)]
        assert OfficeProducer.get_by_id(number(1)).push_points == 1
        assert Kiosk.get_by_id(kiosk.kiosk_id).acked_through == 3


def test_events_that_cannot_apply_say_why(office: RunningOffice, kiosk: Credential) -> None:
    post_events(office, kiosk, [registration(1, 1, kiosk)])
    cases = [
        (event(2, kind="push", push_delta=-1, votes=1), "a push must carry cast_id"),
        (event(3, kind="push", push_delta=1, votes=1, cast_id="sakura"),
         "a push spends push points and earns no PV"),
        (event(4, kind="registration", push_delta=0), "a registration must carry producer"),
        (event(5, kind="visit", cast_id="sakura"), "a visit must not carry cast_id"),
    ]
    answer = post_events(office, kiosk, [bad for bad, _ in cases])
    assert answer.status == 200
    for result, (_bad, reason) in zip(answer.body["results"], cases, strict=True):
        assert result["status"] == "rejected" and reason in result["reason"], result
    assert answer.body["acked_through"] == 5
    with office.office.reading():
        assert OfficeProducer.get_by_id(number(1)).push_points == 0


@pytest.mark.parametrize("clash", ["login_id", "card"])
def test_a_registration_clashing_with_another_producer_is_rejected(
        office: RunningOffice, kiosk: Credential, clash: str) -> None:
    first = registration(1, 1, kiosk, login_id="samelogin", card_id=77)
    second = (registration(2, 2, kiosk, login_id="samelogin") if clash == "login_id"
              else registration(2, 2, kiosk, card_id=77))
    assert post_events(office, kiosk, [first]).status == 200
    answer = post_events(office, kiosk, [second])
    assert answer.status == 200
    assert answer.body["results"][0]["status"] == "rejected"


@pytest.mark.parametrize("where", ["uuid", "nickname", "receipt", "password_hash"])
def test_text_with_nul_or_control_characters_gets_422(office: RunningOffice,
                                                      kiosk: Credential, where: str) -> None:
    """PostgreSQL cannot store a NUL in text, and a line feed in a name breaks a printed card:
    refused for every store alike, and the schema says so (a pattern on every text field)."""
    for bad in ("nul\x00inside", "line\nfeed", "bell\x07"):
        sent = registration(1, 1, kiosk)
        if where == "nickname":
            sent["producer"]["nickname"] = bad
        else:
            sent[where] = bad
        answer = post_events(office, kiosk, [sent])
        assert answer.status == 422, (where, bad, answer)
        assert "should match pattern" in answer.messages()
    assert stored_events(office) == 0


def test_a_query_parameter_given_twice_gets_400(office: RunningOffice,
                                                kiosk: Credential) -> None:
    answer = call(office, "GET", "/v1/changes?since=5&since=0", headers=kiosk.header)
    assert (answer.status, answer.messages()) == (400, "query parameter 'since' given more "
                                                       "than once")
    assert call(office, "GET", "/v1/changes?since=0&limit=5", headers=kiosk.header
                ).status == 200


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
