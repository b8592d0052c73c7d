"""A day offline goes to the office in batches of 2,000, each event once, in order; an office
from before that size (it took 500 at most) gets batches it takes, without losing a thing.

Both run through a loopback proxy in front of the real office that notes each push's size;
the older office is that proxy refusing a push of more than 500 events with the 422 the
office's own validation handler writes for an over-long list.
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field, ValidationError

from kiosk.db.ledger import NewEntry, append_entry
from kiosk.db.models import LedgerEntry, Producer
from kiosk.domain.ledger import Deltas, EntryKind
from kiosk.domain.rules import RuleBook
from kiosk.server.limits import validation_failed
from kiosk.sync.protocol import LEGACY_MAX_BATCH, MAX_BATCH
from tests.sync.conftest import KioskBox, RunningOffice, enrolled, register
from tests.sync.fault_proxy import Answer, Cycle, Fault, FaultProxy, Request
from tests.sync.test_sync_faults import check_invariants, engine_for

PURCHASES = 2 * MAX_BATCH + 97          # two full batches and a short one, with the three
                                        # registrations and their visits


class SizedOffice(FaultProxy):
    """Relays to the real office and notes how many events each push carried; with
    `takes_at_most`, refuses a longer push as an office of that limit did."""

    def __init__(self, upstream: str, takes_at_most: int | None = None) -> None:
        super().__init__(upstream, Cycle([Fault.PASS]))
        self.takes_at_most = takes_at_most
        self.sizes: list[tuple[int, int]] = []         # (events, office status)

    def forward(self, request: Request) -> Answer:
        if request.kind != "push":
            return super().forward(request)
        events = json.loads(request.body)["events"]
        if self.takes_at_most is not None and len(events) > self.takes_at_most:
            answer = _too_long(events, self.takes_at_most)
        else:
            answer = super().forward(request)
        self.sizes.append((len(events), answer.status))
        return answer


def _too_long(events: list[object], limit: int) -> Answer:
    """The 422 an office whose batch model said `max_length=limit` answered."""

    class OlderBatch(BaseModel):
        events: list[object] = Field(max_length=limit)

    try:
        OlderBatch(events=events)
    except ValidationError as exc:
        errors = [{**error, "loc": ("body", *error["loc"])} for error in exc.errors()]
        response = asyncio.run(validation_failed(None,  # type: ignore[arg-type]
                                                 RequestValidationError(errors)))
        return Answer(response.status_code, "Unprocessable Entity", "application/json",
                      bytes(response.body))
    raise AssertionError("the batch was not too long")


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


def test_a_day_offline_goes_in_full_batches_each_event_once(
        office: RunningOffice, tmp_path: Path, rules: RuleBook) -> None:
    box = enrolled(office, tmp_path / "kiosk", rules, "entrance")
    with box:
        pending = a_day_offline(box, rules)
        with SizedOffice(office.url) as proxy:
            report = engine_for(box, rules, proxy.url, 30.0, MAX_BATCH).sync_once()
        assert (report.pushed, report.problems) == (pending, 0)
        assert proxy.sizes == [(MAX_BATCH, 200), (MAX_BATCH, 200),
                               (pending - 2 * MAX_BATCH, 200)]
        assert check_invariants(office, box, rules) == pending


def test_an_office_that_takes_500_gets_batches_of_500_and_loses_nothing(
        office: RunningOffice, tmp_path: Path, rules: RuleBook,
        caplog: pytest.LogCaptureFixture) -> None:
    box = enrolled(office, tmp_path / "kiosk", rules, "entrance")
    with box:
        pending = a_day_offline(box, rules)
        with SizedOffice(office.url, takes_at_most=LEGACY_MAX_BATCH) as proxy:
            engine = engine_for(box, rules, proxy.url, 30.0, MAX_BATCH)
            with caplog.at_level(logging.WARNING, logger="kiosk.sync.engine"):
                report = engine.sync_once()
            assert (report.pushed, report.problems) == (pending, 0)
            full, rest = divmod(pending, LEGACY_MAX_BATCH)
            assert proxy.sizes == [(MAX_BATCH, 422)] + [(LEGACY_MAX_BATCH, 200)] * full + [
                (rest, 200)]
            assert [r.getMessage() for r in caplog.records] == [
                "the office takes at most 500 events a request: sending batches of that size"]
            more = a_day_offline(box, rules, "B")          # the next pass keeps to 500
            proxy.sizes.clear()
            assert engine.sync_once().pushed == more
            full, rest = divmod(more, LEGACY_MAX_BATCH)
            assert proxy.sizes == [(LEGACY_MAX_BATCH, 200)] * full + [(rest, 200)]
        assert check_invariants(office, box, rules) == pending + more
