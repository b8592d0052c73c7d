"""Two kiosks and a real office on loopback: enrol, register, sync, verify elsewhere."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from kiosk.db.models import LedgerEntry
from kiosk.db.office_credential import load_credential
from kiosk.domain.rules import RuleBook
from kiosk.services.card_check import CardCheckService, CardRefused
from kiosk.services.pushes import PushService
from kiosk.services.registration import RegistrationRequest, RegistrationService
from kiosk.services.visits import VisitService
from kiosk.sync.client import OfficeClient, SyncRejected, SyncUnavailable
from kiosk.sync.enrolment import enrol_kiosk
from kiosk.sync.outbox import pending_batch
from kiosk.sync.protocol import EventBatch
from tests.sync.conftest import KioskBox, RunningOffice, enrolled, free_port


def test_a_card_issued_at_one_kiosk_works_at_another(office: RunningOffice, tmp_path: Path,
                                                     rules: RuleBook) -> None:
    a = enrolled(office, tmp_path / "a", rules, "entrance")
    b = enrolled(office, tmp_path / "b", rules, "stage side")
    with a:
        issued = RegistrationService(a.store, rules, a.signer).register(
            RegistrationRequest.new("ミク", "ja", True))
        summary = CardCheckService(a.store, rules).check_card(issued.token).summary
        assert summary is not None
        VisitService(a.store, rules, a.signer).check_in(summary.producer_id)
        report = a.engine().sync_once()
        assert (report.pushed, report.problems) == (2, 0)
        assert not LedgerEntry.select().where(LedgerEntry.synced_at.is_null()).exists()
    assert issued.producer_number.startswith("001-")          # kiosk number from the office
    with b:
        before = CardCheckService(b.store, rules).check_card
        with pytest.raises(CardRefused):                        # B does not know A's key yet
            before(issued.token)
        b.engine().sync_once()
        summary = CardCheckService(b.store, rules).check_card(issued.token).summary
        assert summary is not None
        assert (summary.nickname, summary.push_points) == ("ミク", 1)
        # B pushes on A's producer; the office sums both kiosks' events.
        PushService(b.store, rules, b.signer).push(summary.producer_id, "sakura", 1)
        b.engine().sync_once()
    with a:
        a.engine().sync_once()
        summary = CardCheckService(a.store, rules).check_card(issued.token).summary
        assert summary is not None and summary.push_points == 0


def test_events_are_idempotent_and_conflicts_are_reported(office: RunningOffice,
                                                          tmp_path: Path,
                                                          rules: RuleBook) -> None:
    a = enrolled(office, tmp_path / "a", rules, "entrance")
    with a:
        RegistrationService(a.store, rules, a.signer).register(
            RegistrationRequest.new("Ann", "en", True))
        engine = a.engine()
        batch = pending_batch(500)
        assert batch is not None
        client = engine._client
        first = client.push(batch)
        again = client.push(batch)                  # every batch delivered twice
        assert [r.status for r in first.results] == ["stored"]
        assert [r.status for r in again.results] == ["duplicate"]
        assert first.acked_through == again.acked_through == 1
        altered = batch.events[0].model_copy(update={"pv_delta": 999})
        answer = client.push(EventBatch(events=[altered]))
        assert [(r.status, r.code) for r in answer.results] == [("conflict", 409)]
        assert [r.code for r in first.results] == [201]


def test_bad_credentials_and_unreachable_office(office: RunningOffice, tmp_path: Path,
                                                rules: RuleBook) -> None:
    a = enrolled(office, tmp_path / "a", rules, "entrance")
    credential = load_credential(a.dir)
    assert credential is not None
    forged = OfficeClient(office.url, credential.kiosk_id, "not-the-secret")
    with pytest.raises(SyncRejected) as caught:
        forged.changes(0)
    assert caught.value.status == 401
    with pytest.raises(SyncRejected) as caught:
        OfficeClient(office.url).changes(0)                 # no credential at all
    assert caught.value.status == 401
    nowhere = OfficeClient(f"http://127.0.0.1:{free_port()}", credential.kiosk_id,
                           credential.secret, timeout_s=2)
    with pytest.raises(SyncUnavailable):
        nowhere.changes(0)


def test_enrolment_codes_work_once(office: RunningOffice, tmp_path: Path,
                                   rules: RuleBook) -> None:
    code = office.office.new_enrolment_code("entrance")
    box = KioskBox(tmp_path / "a", rules)
    with box:
        enrol_kiosk(box.store, box.dir, box.signer, office.url, code, "entrance")
    other = KioskBox(tmp_path / "b", rules)
    with other, pytest.raises(SyncRejected) as caught:
        enrol_kiosk(other.store, other.dir, other.signer, office.url, code, "again")
    assert caught.value.status == 403


def test_command_line_enrol_and_sync_once(office: RunningOffice, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    data = tmp_path / "cli-kiosk"

    def kiosk(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "kiosk", "--data-dir", str(data), *args],
                              capture_output=True, text=True, timeout=60, cwd=root,
                              env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})

    not_yet = kiosk("sync", "--once")
    assert not_yet.returncode == 2 and "not enrolled yet" in not_yet.stderr
    code = office.office.new_enrolment_code("cli")
    enrolled = kiosk("enrol", "--office", office.url, "--code", code, "--label", "cli")
    assert enrolled.returncode == 0, enrolled.stderr
    assert "enrolled as kiosk 1" in enrolled.stdout
    synced = kiosk("sync", "--once")
    assert synced.returncode == 0, synced.stderr
    assert "pushed 0 events" in synced.stdout
    reused = kiosk("enrol", "--office", office.url, "--code", code, "--label", "cli")
    # Enrolled and used: the same key cannot enrol again (a lost answer could, see
    # test_office_enrolment.py), and the kiosk says which kiosk it already is.
    assert reused.returncode == 2, reused.stderr
    assert "409" in reused.stderr and "enrolled already, as kiosk 1" in reused.stderr


def test_sync_thread_keeps_up_and_survives_an_outage(office: RunningOffice, tmp_path: Path,
                                                     rules: RuleBook) -> None:
    from kiosk.sync.runner import SyncRunner

    a = enrolled(office, tmp_path / "a", rules, "entrance")
    with a:
        engine = a.engine()
        runner = SyncRunner(a.store, engine, interval_s=0.2, backoff_base_s=0.05,
                            backoff_cap_s=0.2)
        runner.start()
        try:
            RegistrationService(a.store, rules, a.signer).register(
                RegistrationRequest.new("Ann", "en", True))
            runner.sync_now()
            deadline = time.monotonic() + 10

            def unsynced() -> int:
                return int(LedgerEntry.select().where(LedgerEntry.synced_at.is_null()).count())

            while unsynced() or not runner.status.online:
                assert time.monotonic() < deadline, runner.status
                time.sleep(0.05)
            assert runner.status.last_success is not None
            # The office goes away: the kiosk keeps working and says it is offline.
            engine._client.base_url = f"http://127.0.0.1:{free_port()}"
            RegistrationService(a.store, rules, a.signer).register(
                RegistrationRequest.new("Bob", "en", True))
            runner.sync_now()
            while runner.status.online or runner.status.failures < 2:
                assert time.monotonic() < deadline + 10, runner.status
                time.sleep(0.05)
            assert runner.status.pending == 1 and "unreachable" in runner.status.last_error
            # It comes back: the pending event goes, exactly once.
            engine._client.base_url = office.url
            runner.sync_now()
            while unsynced() or not runner.status.online:
                assert time.monotonic() < deadline + 20, runner.status
                time.sleep(0.05)
        finally:
            runner.stop()
    from kiosk.server.models import OfficeEvent

    assert OfficeEvent.select().count() == 2
