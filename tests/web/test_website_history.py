"""History says when each entry happened, newest first, even when a kiosk that was
offline for days sends its week at once (the office receives it all "now")."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from kiosk.domain.rules import RuleBook
from kiosk.server.office.web_ledger import HistoryEntry
from kiosk.services.card_check import CardCheckService
from kiosk.services.registration import RegistrationRequest, RegistrationService
from kiosk.services.visits import VisitService
from tests.sync.conftest import KioskBox, RunningOffice


def test_an_offline_week_reads_in_the_order_it_happened(office: RunningOffice,
                                                        kiosk: KioskBox,
                                                        rules: RuleBook) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    days = [now - timedelta(days=d, hours=1) for d in (5, 3, 1)]
    with kiosk:                      # offline: nothing is synced until the end
        issued = RegistrationService(kiosk.store, rules, kiosk.signer,
                                     lambda: days[0]).register(
            RegistrationRequest.new("ミク", "ja", True))
        summary = CardCheckService(kiosk.store, rules).check_card(issued.token).summary
        assert summary is not None
        for day in days:
            VisitService(kiosk.store, rules, kiosk.signer, lambda d=day: d).check_in(
                summary.producer_id)
        assert kiosk.engine().sync_once().problems == 0
    number = issued.producer_number.replace("-", "")
    assert office.office.claim_daily_point(number)           # today, on the website

    entries, older = office.office.website_history(number)
    assert not older
    happened = [(e.kind, datetime.fromisoformat(e.when)) for e in entries]
    assert happened == [("daily_login", happened[0][1]), ("visit", days[2]),
                        ("visit", days[1]), ("visit", days[0]),
                        ("registration", days[0])], happened
    assert happened[0][1] >= now

    # Paged two at a time, the pages join up with nothing missing or repeated.
    seen: list[HistoryEntry] = []
    before = None
    while True:
        page, older = office.office.website_history(number, before, limit=2)
        seen += page
        if not older:
            break
        before = page[-1].event_id
    assert [e.event_id for e in seen] == [e.event_id for e in entries]
