"""The office decides: disabled kiosks, overdrawn cards, the roster, rules and boards it
sends down, and a change feed whose cursor never skips a row committed late."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from kiosk.db.kiosk_state import StateKey
from kiosk.db.models import CastMember, KioskState, Producer, RankingSnapshot
from kiosk.domain.rules import RuleBook
from kiosk.paths import rules_path
from kiosk.server.models import OfficeProducer
from kiosk.services.card_check import CardCheckService, CardProblem, CardRefused
from kiosk.services.pushes import PushProblem, PushRefused, PushService
from kiosk.services.visits import VisitService
from kiosk.sync.client import SyncRejected
from kiosk.sync.protocol import DailyLogin
from tests.sync.conftest import KioskBox, RunningOffice, enrolled
from tests.sync.conftest import register as register_producer


def register(box: KioskBox, rules: RuleBook, name: str) -> tuple[str, int]:
    issued, producer_id = register_producer(box, rules, name)
    return issued.token, producer_id


def test_a_disabled_kiosk_is_cut_off_and_its_new_cards_refused(
        office: RunningOffice, tmp_path: Path, rules: RuleBook) -> None:
    a = enrolled(office, tmp_path / "a", rules, "stolen one")
    b = enrolled(office, tmp_path / "b", rules, "entrance")
    with a:
        before, _ = register(a, rules, "Ann")
        a.engine().sync_once()
    number = next(k.number for k in office.office.kiosks() if k.label == "stolen one")
    assert office.office.disable_kiosk(number).disabled_at is not None
    with a:
        after, _ = register(a, rules, "Eve")                # minted after it was disabled
        with pytest.raises(SyncRejected) as caught:
            a.engine().sync_once()
        assert caught.value.status == 401
    with b:
        b.engine().sync_once()
        cards = CardCheckService(b.store, rules)
        known = cards.check_card(before).summary           # the office knew it: still valid
        assert known is not None and known.nickname == "Ann"
        with pytest.raises(CardRefused) as refused:
            cards.check_card(after)
        assert refused.value.problem is CardProblem.ISSUER_DISABLED


def test_overdrawn_at_two_offline_kiosks_is_recorded_flagged_and_blocks_pushes(
        office: RunningOffice, tmp_path: Path, rules: RuleBook) -> None:
    a = enrolled(office, tmp_path / "a", rules, "entrance")
    b = enrolled(office, tmp_path / "b", rules, "stage side")
    with a:
        token, producer_a = register(a, rules, "Ann")
        VisitService(a.store, rules, a.signer).check_in(producer_a)
        a.engine().sync_once()
    digits = _only_producer(office)
    for day in ("2026-11-20", "2026-11-21"):
        office.office.daily_login(DailyLogin(producer_number=digits, day=day))
    with a:
        a.engine().sync_once()
        assert CardCheckService(a.store, rules).summary(producer_a).push_points == 3
    with b:
        b.engine().sync_once()
        summary = CardCheckService(b.store, rules).check_card(token).summary
        assert summary is not None and summary.push_points == 3
        producer_b = summary.producer_id
    # Both kiosks lose the network and the same card spends all 3 points at each.
    with a:
        PushService(a.store, rules, a.signer).push(producer_a, "mirai", 3)
    with b:
        PushService(b.store, rules, b.signer).push(producer_b, "rin", 3)
        b.engine().sync_once()
    with a:
        a.engine().sync_once()                       # accepted, not dropped: the votes count
    flagged = office.office.overdrawn()
    assert [(n, points) for n, _, points, _ in flagged] == [(digits, -3)]
    with a:
        a.engine().sync_once()
        pushes = PushService(a.store, rules, a.signer)
        assert pushes.allowance(producer_a) == 0
        with pytest.raises(PushRefused) as refused:
            pushes.push(producer_a, "mirai", 1)
        assert refused.value.problem is PushProblem.BLOCKED
    office.office.clear_overdrawn(digits)
    with b:
        b.engine().sync_once()
        assert Producer.get_by_id(producer_b).push_blocked_at is None
        with pytest.raises(PushRefused) as refused:   # unblocked, but still in the red
            PushService(b.store, rules, b.signer).push(producer_b, "rin", 1)
        assert refused.value.problem is PushProblem.NOT_ENOUGH_POINTS


def _only_producer(office: RunningOffice) -> str:
    with office.office.reading():
        return str(OfficeProducer.get().number)


def test_roster_rules_and_boards_come_down_with_the_pull(
        office: RunningOffice, tmp_path: Path, rules: RuleBook) -> None:
    office.office.set_cast_member("hikari", "ひかり", "Hikari", sort_order=1)
    newer = rules_path().read_text(encoding="utf-8").replace(
        f"version = {rules.version}", f"version = {rules.version + 1}", 1)
    assert office.office.publish_rules(newer).version == rules.version + 1
    a = enrolled(office, tmp_path / "a", rules, "entrance")
    with a:
        _, producer = register(a, rules, "Ann")
        VisitService(a.store, rules, a.signer).check_in(producer)
        a.engine().sync_once()
        PushService(a.store, rules, a.signer).push(producer, "hikari", 1)
        a.engine().sync_once()
        member = CastMember.get_by_id("hikari")
        assert (member.stage_name_ja, member.stage_name_en) == ("ひかり", "Hikari")
        assert f"version = {rules.version + 1}" in KioskState.get_by_id(
            StateKey.OFFICE_RULES).value
        boards = {row.period: row for row in RankingSnapshot.select()}
        assert len(boards) == 2                       # this month and last month
        this_month = max(boards)
        assert boards[this_month].entries == '[["hikari", 1]]'


def test_publishing_rules_refuses_bad_files_and_old_versions(office: RunningOffice,
                                                            rules: RuleBook) -> None:
    from kiosk.server.office import RulesRefused

    with pytest.raises(RulesRefused, match="not newer"):
        office.office.publish_rules(rules_path().read_text(encoding="utf-8"))
    with pytest.raises(RulesRefused):
        office.office.publish_rules("version = 9\n[points\n")


def test_a_pull_never_skips_a_row_that_commits_late(office: RunningOffice,
                                                   tmp_path: Path, rules: RuleBook) -> None:
    """A writer holds its transaction open after taking a feed position; a pull meanwhile
    must not move its cursor past that position, and the next pull must see the row."""
    a = enrolled(office, tmp_path / "a", rules, "entrance")
    with a:
        register(a, rules, "Ann")
        a.engine().sync_once()
    the_office = office.office
    since = the_office.changes(0).cursor
    number = _only_producer(office)
    holding, release = threading.Event(), threading.Event()

    def slow_writer() -> None:
        with the_office.writing() as head:
            OfficeProducer.update(pv_earned=OfficeProducer.pv_earned + 5,
                                  change_id=head + 1).where(
                OfficeProducer.number == number).execute()
            the_office._set_head(head + 1)
            holding.set()
            release.wait(10)

    writer = threading.Thread(target=slow_writer)
    writer.start()
    try:
        assert holding.wait(10)
        during = the_office.changes(since)
        assert (during.cursor, during.producers) == (since, [])
    finally:
        release.set()
        writer.join(10)
    after = the_office.changes(since)
    assert [(p.number, p.pv_earned, p.rank) for p in after.producers] == \
        [(number, 5, rules.rank_for(5).number)]
    assert after.cursor == since + 1


def test_a_kiosk_restored_from_an_old_backup_loses_nothing(office: RunningOffice,
                                                          tmp_path: Path,
                                                          rules: RuleBook) -> None:
    """Restored, it syncs first (as the README's restore steps say): the producers it had
    forgotten come back by pull, and its new rows, which reuse sequence numbers the office
    holds, are renumbered after the office's highest and sent again, never dropped."""
    import shutil

    from kiosk.db.models import LedgerEntry
    from kiosk.server.models import OfficeEvent

    a = enrolled(office, tmp_path / "a", rules, "entrance")
    backup = tmp_path / "backup.sqlite3"
    with a:
        register(a, rules, "Ann")
        a.engine().sync_once()
    shutil.copy(a.dir / "kiosk.sqlite3", backup)       # closed cleanly: WAL checkpointed
    with a:
        register(a, rules, "Bob")
        register(a, rules, "Cy")
        a.engine().sync_once()
    shutil.copy(backup, a.dir / "kiosk.sqlite3")       # the disk died; yesterday's copy
    with a:
        a.engine().sync_once()                          # Bob and Cy come back
        ann = Producer.get(Producer.nickname == "Ann").id
        VisitService(a.store, rules, a.signer).check_in(ann)   # reuses Bob's sequence
        _, dee = register(a, rules, "Dee")
        VisitService(a.store, rules, a.signer).check_in(dee)
        report = a.engine().sync_once()
        assert report.problems == 0
        assert not LedgerEntry.select().where(LedgerEntry.synced_at.is_null()).exists()
        assert {p.nickname for p in Producer.select()} == {"Ann", "Bob", "Cy", "Dee"}
    with office.office.reading():
        assert OfficeEvent.select().count() == 6
        points = {p.nickname: p.push_points for p in OfficeProducer.select()}
    assert points == {"Ann": 1, "Bob": 0, "Cy": 0, "Dee": 1}


def test_a_replaced_card_is_refused_everywhere_after_sync(office: RunningOffice,
                                                         tmp_path: Path,
                                                         rules: RuleBook) -> None:
    from kiosk.server.models import OfficeCard
    from kiosk.services.card_reissue import CardReissueService

    a = enrolled(office, tmp_path / "a", rules, "entrance")
    b = enrolled(office, tmp_path / "b", rules, "stage side")
    with a:
        old, producer = register(a, rules, "Ann")
        a.engine().sync_once()
    with b:
        b.engine().sync_once()
        assert CardCheckService(b.store, rules).check_card(old).summary is not None
    with a:
        new = CardReissueService(a.store, rules, a.signer).reissue(producer, "lost")
        assert a.engine().sync_once().problems == 0
    with office.office.reading():
        cards = {(c.generation, c.revoked_at is not None) for c in OfficeCard.select()}
    assert cards == {(1, True), (2, False)}
    with b:
        b.engine().sync_once()
        cards_b = CardCheckService(b.store, rules)
        with pytest.raises(CardRefused) as refused:
            cards_b.check_card(old)
        assert refused.value.problem is CardProblem.REVOKED
        summary = cards_b.check_card(new.token).summary      # signed by A: B knows A's key
        assert summary is not None and summary.nickname == "Ann"
