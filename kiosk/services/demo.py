"""Demo data for `make run`: a few producers at different ranks, so screens have content,
and a known staff PIN, so the demo opens on the attract screen instead of the PIN chooser.

Only written when asked (`--demo`), into a data dir of the demo's own (the app refuses the
café's default one, `kiosk.paths.demo_dir_problem`). Producers and cast go into an empty
store only, and the PIN only where none is set, so a second start changes nothing. Demo
producers go through the real registration use case and then earn PV through ordinary
purchase ledger entries; the PIN through the staff service, logged like a real first PIN.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.db.identity import KioskSigner
from kiosk.db.kiosk_state import StateKey
from kiosk.db.ledger import NewEntry, append_entry
from kiosk.db.models import CastMember, KioskState, Producer
from kiosk.db.store import Store, store_errors
from kiosk.domain.credentials import verify_password
from kiosk.domain.ledger import Deltas, EntryKind
from kiosk.domain.producer_number import ProducerNumber
from kiosk.domain.rules import RuleBook
from kiosk.services.cast_photos import CAST_PHOTO_DIR
from kiosk.services.registration import RegistrationRequest, RegistrationService
from kiosk.services.staff import StaffService

# Passes `pin_problem` (no repeated digit, no run) and is printed at every demo start.
DEMO_STAFF_PIN = "5827"

DEMO_CAST = (
    ("mirai", "ホシノ ミライ", "Mirai Hoshino"),
    ("sakura", "サクラ", "Sakura"),
    ("nana", "ナナ", "Nana"),
    ("rin", "リン", "Rin"),
    ("hikari", "ヒカリ", "Hikari"),
    ("momo", "モモ", "Momo"),
    ("yui", "ユイ", "Yui"),
    ("aoi", "アオイ", "Aoi"),
)

DEMO_PRODUCERS = (
    ("サクラ", "ja", 0),
    ("ユウキ", "ja", 45_000),
    ("Alex", "en", 80_000),
    ("ミライ", "ja", 260_000),
    ("Chloé", "fr", 1_100_000),
)


@dataclass(frozen=True)
class DemoSeed:
    """What a demo start found or wrote: the terminal tells the person who started it."""

    producers_added: int
    staff_pin: str | None      # the PIN that opens staff mode; None: staff changed it


def seed_demo(store: Store, rules: RuleBook, signer: KioskSigner) -> DemoSeed:
    """The demo producers, cast and staff PIN, each only where the store has none yet."""
    added = seed_demo_data(store, rules, signer)
    with store.atomic():
        add_demo_portraits(store.path.parent)
    return DemoSeed(added, DEMO_STAFF_PIN if ensure_demo_pin(store) else None)


def ensure_demo_pin(store: Store) -> bool:
    """Set the demo staff PIN unless a PIN exists; True when the demo PIN is the one in force
    (False: someone changed it in staff mode, and the terminal must not claim otherwise)."""
    staff = StaffService(store)
    if not staff.has_pin():
        staff.set_first_pin(DEMO_STAFF_PIN)
        return True
    with store_errors():
        digest = KioskState.read(StateKey.STAFF_PIN_HASH)
    return digest is not None and verify_password(digest, DEMO_STAFF_PIN)


def seed_demo_data(store: Store, rules: RuleBook, signer: KioskSigner) -> int:
    """Register the demo producers if the store has none; returns how many were added."""
    if Producer.select().exists():
        return 0
    seed_demo_cast()
    registration = RegistrationService(store, rules, signer)
    for nickname, language, spent_yen in DEMO_PRODUCERS:
        issued = registration.register(RegistrationRequest.new(nickname, language, True))
        if spent_yen:
            _add_demo_purchases(store, rules, signer, issued.producer_number,
                                issued.issued_at, spent_yen)
    return len(DEMO_PRODUCERS)


def _add_demo_purchases(store: Store, rules: RuleBook, signer: KioskSigner, number_text: str,
                        moment: datetime, spent_yen: int) -> None:
    """`spent_yen` as receipts the rules accept (at most their largest receipt each), so the
    office credits every one when the demo kiosk syncs."""
    number = ProducerNumber.parse(number_text)
    receipts = -(-spent_yen // rules.max_yen_per_receipt)
    with store.atomic():
        producer = Producer.get(Producer.number == number.digits)
        for index in range(receipts):
            yen = min(rules.max_yen_per_receipt, spent_yen - index * rules.max_yen_per_receipt)
            append_entry(producer=producer, kiosk_uuid=signer.kiosk_uuid, rules=rules,
                         moment=moment,
                         entry=NewEntry(EntryKind.PURCHASE, Deltas(pv=rules.pv_for_yen(yen)),
                                        entry_uuid=str(uuid.uuid4()), yen=yen,
                                        receipt=f"DEMO-{number.serial:04d}-{index + 1}"))


def seed_demo_cast(data_dir: Path | None = None) -> None:
    """The demo roster, if the store has no cast yet (the office's roster replaces it);
    with `data_dir`, each with an illustrated portrait (`add_demo_portraits`)."""
    if not CastMember.select().exists():
        for order, (cast_id, name_ja, name_en) in enumerate(DEMO_CAST):
            CastMember.create(cast_id=cast_id, stage_name_ja=name_ja, stage_name_en=name_en,
                              sort_order=order)
    if data_dir is not None:
        add_demo_portraits(data_dir)


def add_demo_portraits(data_dir: Path) -> int:
    """Give the demo cast members who have no photo an illustrated portrait, drawn in code
    (`kiosk.cards.portraits`: no photo of a real person in a demo) and saved under the data
    dir; returns how many were added. A member the office sent a photo for keeps it."""
    folder = data_dir / CAST_PHOTO_DIR
    added = 0
    for order, (cast_id, _, _) in enumerate(DEMO_CAST):
        member = CastMember.get_or_none(CastMember.cast_id == cast_id)
        if member is None or member.photo:
            continue
        # Pillow loads only when a portrait is drawn (the first demo start), not every start.
        from kiosk.cards.portraits import portrait_png

        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{cast_id}.png").write_bytes(portrait_png(cast_id, index=order))
        member.photo = f"{CAST_PHOTO_DIR}/{cast_id}.png"
        member.save()
        added += 1
    return added
