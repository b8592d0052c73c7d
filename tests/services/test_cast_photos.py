"""The demo cast gets drawn portraits under the data dir; the roster and the ranking board
hand the screens a path that exists (or None)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from kiosk.db.ledger import cast_month
from kiosk.db.models import CastMember, RankingSnapshot
from kiosk.db.store import Store
from kiosk.domain.rules import RuleBook
from kiosk.services.bundle import KioskServices
from kiosk.services.cast_photos import CAST_PHOTO_DIR, resolve_photo
from kiosk.services.demo import DEMO_CAST, add_demo_portraits, seed_demo_cast


def test_demo_portraits_are_written_once_and_resolve(store: Store, data_dir: Path,
                                                      kiosk_services: KioskServices) -> None:
    with store.atomic():
        seed_demo_cast(data_dir)
    roster = kiosk_services.pushes.roster()
    assert len(roster) == len(DEMO_CAST)
    for entry in roster:
        assert entry.photo is not None and Path(entry.photo).is_file()
        assert Path(entry.photo).parent == data_dir / CAST_PHOTO_DIR
    stored = CastMember.get(CastMember.cast_id == "mirai").photo
    assert stored == f"{CAST_PHOTO_DIR}/mirai.png"               # relative: the dir may move
    with store.atomic():
        assert add_demo_portraits(data_dir) == 0                  # nothing twice


def test_a_photo_the_office_sent_is_kept(store: Store, data_dir: Path,
                                         kiosk_services: KioskServices) -> None:
    CastMember.update(photo="office/mirai.jpg").where(CastMember.cast_id == "mirai").execute()
    with store.atomic():
        add_demo_portraits(data_dir)
    assert CastMember.get(CastMember.cast_id == "mirai").photo == "office/mirai.jpg"
    assert resolve_photo(data_dir, "office/mirai.jpg") is None   # file missing: no photo


def test_the_board_carries_the_photos(store: Store, data_dir: Path, rules: RuleBook,
                                      kiosk_services: KioskServices) -> None:
    with store.atomic():
        seed_demo_cast(data_dir)
        RankingSnapshot.create(period=cast_month(datetime.now(UTC), rules),
                               entries=json.dumps([["sakura", 120], ["ghost", 90]]),
                               fetched_at=datetime.now(UTC).isoformat())
    board = kiosk_services.ranking.board()
    assert board is not None
    sakura, ghost = board.lines
    assert sakura.photo is not None and Path(sakura.photo).is_file()
    assert ghost.photo is None
