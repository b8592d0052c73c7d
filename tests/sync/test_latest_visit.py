"""The office's latest visit of each producer (sent down to every kiosk with the balance):
the newest visit counted anywhere, never moved back by a kiosk that syncs late, never
cleared by a batch without a visit."""

from __future__ import annotations

from datetime import UTC, datetime

from kiosk.server.models import OfficeProducer
from kiosk.sync.protocol import EventBatch
from tests.sync.conftest import RunningOffice
from tests.sync.wire import NOON, YESTERDAY, enrol, event, number, purchase, registration


def _latest_visit(office: RunningOffice, digits: str) -> str | None:
    with office.office.reading():
        return OfficeProducer.get_by_id(digits).last_visit_at  # type: ignore[no-any-return]


def _send(office: RunningOffice, kiosk_id: str, *events: dict[str, object]) -> list[str]:
    answer = office.office.accept(kiosk_id, EventBatch.model_validate({"events": list(events)}))
    return [r.status for r in answer.results]


def test_the_latest_visit_is_the_newest_counted_anywhere(office: RunningOffice) -> None:
    entrance, stage = enrol(office, "entrance"), enrol(office, "stage side")
    digits = number(1, entrance.number)
    noon_utc = datetime.fromisoformat(NOON).astimezone(UTC).isoformat(timespec="microseconds")
    assert _send(office, entrance.kiosk_id, registration(1, 1, entrance),
                 event(2, 1, kiosk=entrance.number)) == ["stored", "stored"]
    assert _latest_visit(office, digits) == noon_utc
    # The stage-side kiosk was offline since yesterday: its older visit counts (another
    # day) but does not move the latest visit back.
    late = event(1, 1, kiosk=entrance.number, uuid="00000000-0000-4000-9000-000000000001",
                 business_day=YESTERDAY, recorded_at=f"{YESTERDAY}T12:00:00+09:00")
    assert _send(office, stage.kiosk_id, late) == ["stored"]
    assert _latest_visit(office, digits) == noon_utc
    # A batch without a visit leaves it as it is.
    assert _send(office, entrance.kiosk_id,
                 purchase(3, 1, 1000, "R-1", kiosk=entrance.number)) == ["stored"]
    assert _latest_visit(office, digits) == noon_utc


def test_a_producer_never_seen_at_a_kiosk_has_no_latest_visit(office: RunningOffice) -> None:
    entrance = enrol(office, "entrance")
    assert _send(office, entrance.kiosk_id, registration(1, 1, entrance)) == ["stored"]
    assert _latest_visit(office, number(1, entrance.number)) is None
