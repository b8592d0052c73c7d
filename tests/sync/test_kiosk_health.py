"""Kiosks tell the office how they are after each sync (the manager console's kiosks
page): a real kiosk store and a real office on loopback, SQLite and PostgreSQL; an office
that does not know the report (404) costs the kiosk nothing; and what counts as a problem."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.domain.rules import RuleBook
from kiosk.server.kiosk_health import judge
from kiosk.sync.client import OfficeClient
from kiosk.sync.health import HealthReporter
from kiosk.sync.protocol import KioskHealth, PrinterHealth
from tests.sync.conftest import RunningOffice, enrolled, register

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


def test_a_sync_pass_reports_the_kiosk_and_its_printer(office: RunningOffice, tmp_path: Path,
                                                       rules: RuleBook) -> None:
    box = enrolled(office, tmp_path / "k", rules, "entrance")
    with box:
        register(box, rules, "Ann")
        printer = PrinterHealth(queue="Evolis_Primacy", state="out_of_cards", low=["cards"],
                                ribbon_percent=40)
        reporter = HealthReporter(box.store, lambda: printer)
        reporter.note_error("office unreachable: timed out")
        engine = box.engine()
        engine._health = reporter
        engine.sync_once()
    [kiosk] = office.office.kiosk_conditions()
    assert kiosk.health["pending"] == 0 and kiosk.health["free_disk_bytes"] > 0
    assert kiosk.health["store_bytes"] > 0 and kiosk.health["app_version"]
    assert abs(kiosk.health["clock_offset_s"]) <= 5
    assert kiosk.health["printer"]["state"] == "out_of_cards"
    assert "timed out" in kiosk.health["last_error"]
    assert kiosk.problems == ["printer", "error"]


def test_an_office_without_the_report_costs_nothing(office: RunningOffice, tmp_path: Path,
                                                    rules: RuleBook) -> None:
    box = enrolled(office, tmp_path / "k", rules, "entrance")

    class OldOffice(OfficeClient):
        calls = 0

        def report_health(self, health: KioskHealth) -> object:
            OldOffice.calls += 1
            return self._call("POST", "/v1/no-such-route", health, KioskHealth)

    with box:
        engine = box.engine()
        old = OldOffice(engine._client.base_url, engine._client.kiosk_id,
                        engine._client._secret)
        engine._client = old
        engine._health = HealthReporter(box.store)
        register(box, rules, "Ann")
        assert engine.sync_once().pushed == 1
        engine.sync_once()
    assert OldOffice.calls == 1                       # asked once, then left alone


def test_what_counts_as_a_problem() -> None:
    seen = (NOW - timedelta(minutes=2)).isoformat()
    assert judge(seen, {}, NOW).problems == []
    assert judge(None, {}, NOW).problems == ["never_seen"]
    assert judge((NOW - timedelta(hours=3)).isoformat(), {}, NOW).problems == ["silent"]
    assert judge(seen, {"pending": 5000}, NOW).problems == ["backlog"]
    assert judge(seen, {"clock_offset_s": -600}, NOW).problems == ["clock"]
    assert judge(seen, {"free_disk_bytes": 10}, NOW).problems == ["disk"]
    assert judge(seen, {"printer": {"state": "ready", "low": ["ribbon"]}}, NOW).problems == []
    assert judge(seen, {"printer": {"state": "ready", "low": ["cards"]}}, NOW).problems == [
        "printer"]
    assert judge(seen, {"printer": {"state": "not_set"}}, NOW).problems == []
    assert judge(seen, {"pending": True, "clock_offset_s": "x"}, NOW).problems == []
