"""A kiosk's batch sent while the one before is still at the office is taken in after it:
never judged before the events it follows, never stored out of order, and when the office
does not hold the event it follows, answered "deferred" whole with nothing stored.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from kiosk.server.models import OfficeEvent
from kiosk.sync.protocol import BatchResult, EventBatch
from tests.sync.conftest import RunningOffice
from tests.sync.wire import call, enrol, event, registration, stored_events


def _batch(events: list[dict[str, Any]], after: dict[str, Any] | None = None) -> EventBatch:
    return EventBatch.model_validate({"events": events,
                                      "after_event": after["uuid"] if after else None})


def _statuses(result: BatchResult) -> list[str]:
    return [r.status for r in result.results]


def test_a_batch_sent_after_another_waits_for_it_and_is_judged_after_it(
        office: RunningOffice) -> None:
    kiosk = enrol(office, "entrance")
    desk = office.office
    answers: dict[str, BatchResult] = {}

    def accept(name: str, batch: EventBatch) -> None:
        answers[name] = desk.accept(kiosk.kiosk_id, batch)

    signup = registration(1, 1, kiosk)
    first = threading.Thread(target=accept, args=("first", _batch([signup])))
    second = threading.Thread(target=accept, args=(
        "second", _batch([event(2, 1, kiosk=kiosk.number)], after=signup)))
    with desk.writing():             # the office is busy: the first batch waits to be written
        first.start()
        deadline = time.monotonic() + 10
        while not desk.batch_order.busy(kiosk.kiosk_id):
            assert time.monotonic() < deadline, "the first batch never began"
            time.sleep(0.01)
        second.start()
        time.sleep(0.3)
        assert second.is_alive(), "the second batch did not wait for the first"
    first.join(30)
    second.join(30)
    # The visit was judged after the registration it follows: counted, not refused as a
    # visit by a producer the office does not know.
    assert (_statuses(answers["first"]), _statuses(answers["second"])) == (
        ["stored"], ["stored"])
    with desk.reading():
        assert [(e.seq, e.kind, e.rejected) for e in OfficeEvent.select().where(
            OfficeEvent.kiosk_id == kiosk.kiosk_id).order_by(OfficeEvent.id)] == [
            (1, "registration", None), (2, "visit", None)]


def test_a_batch_after_an_event_the_office_does_not_hold_is_deferred_whole(
        office: RunningOffice) -> None:
    kiosk = enrol(office, "entrance")
    signup, visit = registration(1, 1, kiosk), event(2, 1, kiosk=kiosk.number)
    body = _batch([visit], after=signup).model_dump_json().encode()
    answer = call(office, "POST", kiosk.events_path, body, kiosk.header)
    assert answer.status == 200 and answer.statuses() == ["deferred"]
    assert "does not hold" in answer.body["results"][0]["reason"]
    assert stored_events(office) == 0
    # Sent again on its own after the registration, it counts.
    first = _batch([signup]).model_dump_json(exclude={"after_event"})
    assert call(office, "POST", kiosk.events_path, first.encode(),
                kiosk.header).statuses() == ["stored"]
    again = _batch([visit]).model_dump_json(exclude={"after_event"})
    assert call(office, "POST", kiosk.events_path, again.encode(),
                kiosk.header).statuses() == ["stored"]
    # And a batch after an event the office holds goes straight in.
    later = _batch([event(3, 1, kiosk=kiosk.number, kind="purchase", yen=1000, pv_delta=2,
                          push_delta=0, receipt="R-1")], after=visit)
    assert call(office, "POST", kiosk.events_path, later.model_dump_json().encode(),
                kiosk.header).statuses() == ["stored"]
