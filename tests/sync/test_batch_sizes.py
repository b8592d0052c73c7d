"""A day offline goes to the office in batches of 5,000, two at the office at a time, each
event once; an office from before gets batches it takes, without losing a thing: the last
release took 2,000 at most (two at a time), the one before 500 (one batch at a time: it
refuses a field it does not know), and a proxy in front of the office may refuse a body as
too large.

All run through a loopback proxy in front of the real office that notes each push; an
older office is that proxy refusing what the older office refused, with the 422 the
office's own validation handler writes for it (a 413 as a web server writes it).
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from kiosk.db.ledger import NewEntry, append_entry
from kiosk.db.models import LedgerEntry, Producer
from kiosk.domain.ledger import Deltas, EntryKind
from kiosk.domain.rules import RuleBook
from kiosk.server.limits import validation_failed
from kiosk.sync.outbox import pending_batch
from kiosk.sync.protocol import LEGACY_MAX_BATCH, MAX_BATCH
from tests.sync.conftest import KioskBox, RunningOffice, enrolled, register
from tests.sync.fault_proxy import Answer, Cycle, Fault, FaultProxy, Request
from tests.sync.test_sync_faults import check_invariants, engine_for

PURCHASES = 2 * MAX_BATCH + 97          # two full batches and a short one, with the three
                                        # registrations and their visits


@dataclass(frozen=True)
class Push:
    events: int
    after_event: str | None
    status: int
    deferred_whole: bool
    size: int = 0              # bytes of the request's body


class SizedOffice(FaultProxy):
    """Relays to the real office and notes each push; with `takes`, refuses what an office
    from before refused (more events than it took, and with `knows_after_event` False an
    `after_event`) as it did; with `max_bytes`, refuses a larger body as a web server in
    front of the office does."""

    def __init__(self, upstream: str, takes: int | None = None,
                 knows_after_event: bool = True, max_bytes: int | None = None) -> None:
        super().__init__(upstream, Cycle([Fault.PASS]))
        self.takes = takes
        self.knows_after_event = knows_after_event
        self.max_bytes = max_bytes
        self.pushes: list[Push] = []

    def forward(self, request: Request) -> Answer:
        if request.kind != "push":
            return super().forward(request)
        body = json.loads(request.body)
        answer = self._refusal(request, body) or super().forward(request)
        results = json.loads(answer.body).get("results") if answer.status == 200 else None
        with self._lock:
            self.pushes.append(Push(len(body["events"]), body.get("after_event"), answer.status,
                                    bool(results) and all(r["status"] == "deferred"
                                                          for r in results),
                                    len(request.body)))
        return answer

    def taken_in(self) -> list[Push]:
        return [p for p in self.pushes if p.status == 200 and not p.deferred_whole]


    def _refusal(self, request: Request, body: dict[str, object]) -> Answer | None:
        if self.max_bytes is not None and len(request.body) > self.max_bytes:
            return Answer(413, "Request Entity Too Large", "text/html",
                          b"<html><body><h1>413 Request Entity Too Large</h1></body></html>")
        if self.takes is None:
            return None
        return _older_office_refusal(body, self.takes, self.knows_after_event)


def _older_office_refusal(body: dict[str, object], takes: int,
                          knows_after_event: bool) -> Answer | None:
    """The 422 an office from before answered: its batch model took at most `takes` events
    and forbade fields it did not know."""

    class OlderBatch(BaseModel):
        model_config = ConfigDict(extra="forbid")
        events: list[object] = Field(max_length=takes)
        if knows_after_event:
            after_event: str | None = None

    try:
        OlderBatch.model_validate(body)
    except ValidationError as exc:
        errors = [{**error, "loc": ("body", *error["loc"])} for error in exc.errors()]
        response = asyncio.run(validation_failed(None,  # type: ignore[arg-type]
                                                 RequestValidationError(errors)))
        return Answer(response.status_code, "Unprocessable Entity", "application/json",
                      bytes(response.body))
    return None


def a_day_offline(box: KioskBox, rules: RuleBook, day: str = "A") -> int:
    """Three newcomers, then purchases spread over them; returns the pending events."""
    producers = [register(box, rules, f"{name} {day}")[1] for name in ("Ann", "Bo", "Cy")]
    moment = datetime.now(UTC) - timedelta(hours=3)
    with box.store.atomic():
        for i in range(PURCHASES):
            append_entry(producer=Producer.get_by_id(producers[i % 3]),
                         kiosk_uuid=box.signer.kiosk_uuid, rules=rules,
                         moment=moment + timedelta(seconds=i),
                         entry=NewEntry(EntryKind.PURCHASE, Deltas(pv=rules.pv_for_yen(1000)),
                                        entry_uuid=str(uuid.uuid4()), yen=1000,
                                        receipt=f"R-{day}{i:06d}"))
    return int(LedgerEntry.select().where(LedgerEntry.synced_at.is_null()).count())


def test_a_day_offline_goes_in_full_batches_two_at_a_time_each_event_once(
        office: RunningOffice, tmp_path: Path, rules: RuleBook) -> None:
    box = enrolled(office, tmp_path / "kiosk", rules, "entrance")
    with box:
        pending = a_day_offline(box, rules)
        with SizedOffice(office.url) as proxy:
            report = engine_for(box, rules, proxy.url, 30.0, MAX_BATCH).sync_once()
        assert (report.pushed, report.problems) == (pending, 0)
        taken = proxy.taken_in()
        assert sorted(p.events for p in taken) == [pending - 2 * MAX_BATCH, MAX_BATCH,
                                                   MAX_BATCH]
        # Batches went while the one before was at the office, naming its last event; one
        # the office could not place after it (it reached the office first) came back
        # deferred whole and went again on its own.
        assert any(p.after_event is not None for p in proxy.pushes)
        assert all(p.deferred_whole for p in proxy.pushes if p not in taken)
        assert check_invariants(office, box, rules) == pending


def test_an_older_office_gets_batches_of_500_one_at_a_time_and_loses_nothing(
        office: RunningOffice, tmp_path: Path, rules: RuleBook,
        caplog: pytest.LogCaptureFixture) -> None:
    box = enrolled(office, tmp_path / "kiosk", rules, "entrance")
    with box:
        pending = a_day_offline(box, rules)
        with SizedOffice(office.url, takes=LEGACY_MAX_BATCH, knows_after_event=False) as proxy:
            engine = engine_for(box, rules, proxy.url, 30.0, MAX_BATCH)
            with caplog.at_level(logging.WARNING, logger="kiosk.sync.push"):
                report = engine.sync_once()
            assert (report.pushed, report.problems) == (pending, 0)
            refused = [p for p in proxy.pushes if p.status == 422]
            assert 1 <= len(refused) <= 2 and refused[0].events == MAX_BATCH
            full, rest = divmod(pending, LEGACY_MAX_BATCH)
            assert [(p.events, p.after_event, p.status) for p in proxy.pushes[len(refused):]] \
                == [(LEGACY_MAX_BATCH, None, 200)] * full + [(rest, None, 200)]
            assert [r.getMessage() for r in caplog.records] == [
                "the office takes at most 500 events a request, one request at a time: "
                "sending batches of that size"]
            more = a_day_offline(box, rules, "B")          # the next pass keeps to that
            proxy.pushes.clear()
            assert engine.sync_once().pushed == more
            full, rest = divmod(more, LEGACY_MAX_BATCH)
            assert [(p.events, p.after_event, p.status) for p in proxy.pushes] \
                == [(LEGACY_MAX_BATCH, None, 200)] * full + [(rest, None, 200)]
        assert check_invariants(office, box, rules) == pending + more


def test_the_last_releases_office_gets_batches_of_2000_two_at_a_time(
        office: RunningOffice, tmp_path: Path, rules: RuleBook,
        caplog: pytest.LogCaptureFixture) -> None:
    """It said how many it takes in its 422 and still takes a batch sent while the one
    before is at the office: only the size changes."""
    box = enrolled(office, tmp_path / "kiosk", rules, "entrance")
    with box:
        pending = a_day_offline(box, rules)
        with SizedOffice(office.url, takes=2000) as proxy, \
                caplog.at_level(logging.WARNING, logger="kiosk.sync.push"):
            report = engine_for(box, rules, proxy.url, 30.0, MAX_BATCH).sync_once()
        assert (report.pushed, report.problems) == (pending, 0)
        refused = [p for p in proxy.pushes if p.status == 422]
        assert 1 <= len(refused) <= 2 and refused[0].events == MAX_BATCH
        taken = proxy.taken_in()
        full, rest = divmod(pending, 2000)
        assert sorted(p.events for p in taken) == sorted([2000] * full + [rest])
        assert any(p.after_event is not None for p in taken)
        assert [r.getMessage() for r in caplog.records] == [
            "the office takes at most 2000 events a request: sending batches of that size"]
        assert check_invariants(office, box, rules) == pending


def test_a_proxy_that_refuses_a_large_body_gets_half_as_many_events(
        office: RunningOffice, tmp_path: Path, rules: RuleBook) -> None:
    """A web server in front of the office with a smaller body limit (nginx's
    client_max_body_size) answers 413 before the office sees the batch."""
    box = enrolled(office, tmp_path / "kiosk", rules, "entrance")
    with box:
        pending = a_day_offline(box, rules)
        first = pending_batch(MAX_BATCH)
        assert first is not None
        full_size = len(first.model_dump_json(exclude={"after_event"}))
        with SizedOffice(office.url, max_bytes=full_size * 2 // 3) as proxy:
            report = engine_for(box, rules, proxy.url, 30.0, MAX_BATCH).sync_once()
        assert (report.pushed, report.problems) == (pending, 0)
        refused = [p for p in proxy.pushes if p.status == 413]
        assert refused and all(p.events == MAX_BATCH for p in refused)
        taken = proxy.taken_in()
        assert sum(p.events for p in taken) == pending
        assert max(p.events for p in taken) == MAX_BATCH // 2
        assert any(p.after_event is not None for p in taken)      # still two at a time
        assert check_invariants(office, box, rules) == pending
