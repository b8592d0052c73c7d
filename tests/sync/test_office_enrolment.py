"""Enrolment over real HTTP: a lost answer can be retried with the same code and key and
yields the same kiosk; a key cannot enrol twice once its kiosk has used its credential
(409); wrong codes from one address are limited (429, with Retry-After)."""

from __future__ import annotations

import base64
import json

from kiosk.domain.tokens import new_signing_key, raw_public_key
from kiosk.server.models import Kiosk
from tests.sync.conftest import RunningOffice
from tests.sync.wire import Answer, call


def enrol_raw(office: RunningOffice, code: str, public_key: str,
              label: str = "entrance") -> Answer:
    body = json.dumps({"code": code, "public_key": public_key, "label": label}).encode()
    return call(office, "POST", "/v1/enrol", body)


def a_key() -> str:
    return base64.b64encode(raw_public_key(new_signing_key())).decode()


def test_a_lost_enrolment_answer_can_be_asked_for_again(office: RunningOffice) -> None:
    code, key = office.office.new_enrolment_code("entrance"), a_key()
    first = enrol_raw(office, code, key)
    assert first.status == 200
    again = enrol_raw(office, code.lower(), key)       # typed again, in lower case
    assert again.status == 200, again
    assert (again.body["kiosk_id"], again.body["kiosk_number"]) == \
        (first.body["kiosk_id"], first.body["kiosk_number"])
    assert again.body["secret"] != first.body["secret"]
    with office.office.reading():
        assert Kiosk.select().count() == 1             # no orphan kiosk
    lost = {"Authorization": f"Bearer {first.body['kiosk_id']}.{first.body['secret']}"}
    kept = {"Authorization": f"Bearer {again.body['kiosk_id']}.{again.body['secret']}"}
    assert call(office, "GET", "/v1/changes", headers=lost).status == 401
    assert call(office, "GET", "/v1/changes", headers=kept).status == 200
    # The kiosk has its credential now: the same key cannot enrol again, whatever the code.
    taken = enrol_raw(office, code, key)
    assert (taken.status, taken.messages()) == (409, "this signing key is enrolled already, "
                                                     "as kiosk 1")
    other_code = enrol_raw(office, office.office.new_enrolment_code("x"), key)
    assert other_code.status == 409


def test_a_used_code_does_not_enrol_another_key(office: RunningOffice) -> None:
    code = office.office.new_enrolment_code("entrance")
    assert enrol_raw(office, code, a_key()).status == 200
    answer = enrol_raw(office, code, a_key())
    assert (answer.status, answer.messages()) == (403, "this enrolment code was used already")


def test_wrong_codes_from_one_address_are_limited(office: RunningOffice) -> None:
    for attempt in range(10):
        answer = enrol_raw(office, f"WRONGCODE{attempt}", a_key())
        assert (answer.status, answer.messages()) == (403, "unknown enrolment code")
    limited = enrol_raw(office, office.office.new_enrolment_code("entrance"), a_key())
    assert limited.status == 429
    assert "too many wrong enrolment codes" in limited.messages()


def test_an_enrolment_body_that_does_not_fit_the_schema_gets_422(office: RunningOffice
                                                                 ) -> None:
    code = office.office.new_enrolment_code("entrance")
    for bad in ({"public_key": "not base64!"}, {"label": "line\nfeed"}, {"code": "ｃｏｄｅ１２"},
                {"public_key": base64.b64encode(b"short").decode()}):
        body = {"code": code, "public_key": a_key(), "label": "entrance", **bad}
        answer = call(office, "POST", "/v1/enrol", json.dumps(body).encode())
        assert answer.status == 422, (bad, answer)
    assert enrol_raw(office, code, a_key()).status == 200      # the code is still good
