"""Talking to a real office over HTTP byte by byte, as a hostile or careless kiosk might:
http.client (not the kiosk's client), so a test controls headers, chunked bodies and bodies
that are not JSON at all; and well-formed events to start from and spoil one field at a time.
"""

from __future__ import annotations

import base64
import http.client
import json
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from kiosk.domain.producer_number import ProducerNumber
from kiosk.domain.tokens import key_id_for, new_signing_key, raw_public_key
from kiosk.server.models import OfficeEvent
from kiosk.sync.protocol import EnrolRequest
from tests.sync.conftest import RunningOffice

# Today's business day in Tokyo (days end at 05:00) and its noon: the office refuses events
# recorded in the future or long before the kiosk enrolled, so tests live in the present.
DAY = (datetime.now(ZoneInfo("Asia/Tokyo")) - timedelta(hours=5)).date().isoformat()
NOON = f"{DAY}T12:00:00+09:00"
YESTERDAY = (date.fromisoformat(DAY) - timedelta(days=1)).isoformat()
TOMORROW = (date.fromisoformat(DAY) + timedelta(days=1)).isoformat()


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

    def statuses(self) -> list[str]:
        return [result["status"] for result in self.body["results"]]

    def problems(self) -> list[str | None]:
        return [result.get("problem") for result in self.body["results"]]


@dataclass(frozen=True)
class Credential:
    kiosk_id: str
    secret: str
    number: int
    key_id: str

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
    public = raw_public_key(new_signing_key())
    answer = office.office.enrol(EnrolRequest(
        code=office.office.new_enrolment_code(label),
        public_key=base64.b64encode(public).decode(), label=label))
    return Credential(answer.kiosk_id, answer.secret, answer.kiosk_number, key_id_for(public))


def number(serial: int, kiosk: int = 1) -> str:
    return ProducerNumber(kiosk, serial).digits


def card_of(serial: int, kiosk: int = 1) -> int:
    return kiosk * 1_000_000 + serial


def event(seq: int, /, serial: int = 1, kind: str = "visit", kiosk: int = 1,
          **changes: Any) -> dict[str, Any]:
    """A well-formed event (a visit by default) for producer `serial` of kiosk `kiosk`'s
    range; `changes` overrides or adds fields."""
    base: dict[str, Any] = {
        "uuid": f"00000000-0000-4000-8000-{seq:012d}", "seq": seq,
        "producer_number": number(serial, kiosk), "card_id": card_of(serial, kiosk),
        "kind": kind, "pv_delta": 0, "push_delta": 1 if kind == "visit" else 0, "votes": 0,
        "rule_version": 1, "business_day": DAY, "recorded_at": NOON}
    return {**base, **changes}


def registration(seq: int, serial: int, sender: Credential, login_id: str = "",
                 card_id: int = 0, **changes: Any) -> dict[str, Any]:
    """`sender` registers producer `serial` of its own range, with a card it signed."""
    card = card_id or card_of(serial, sender.number)
    record = {"number": number(serial, sender.number), "nickname": f"P{serial}",
              "language": "en", "login_id": login_id or f"login{sender.number}x{serial:04d}",
              "password_hash": "$argon2id$x", "card_id": card, "generation": 1,
              "key_id": sender.key_id}
    return event(seq, serial, "registration", kiosk=sender.number, push_delta=0,
                 card_id=card, producer=record, **changes)


def purchase(seq: int, serial: int, yen: int, receipt: str, kiosk: int = 1,
             **changes: Any) -> dict[str, Any]:
    return event(seq, serial, "purchase", kiosk=kiosk, yen=yen, receipt=receipt,
                 pv_delta=yen // 500, **changes)


def stored_events(office: RunningOffice) -> int:
    with office.office.reading():
        return int(OfficeEvent.select().count())
