"""Demo data for `make run`: a few producers at different ranks, so screens have content.

Only written into an empty store, and only when asked (`--demo`). Demo producers go through
the real registration use case and then earn PV through ordinary purchase ledger entries.
"""

from __future__ import annotations

import uuid

from kiosk.db.identity import KioskSigner
from kiosk.db.ledger import NewEntry, append_entry
from kiosk.db.models import CastMember, Producer
from kiosk.db.store import Store
from kiosk.domain.ledger import Deltas, EntryKind
from kiosk.domain.producer_number import ProducerNumber
from kiosk.domain.rules import RuleBook
from kiosk.services.registration import RegistrationRequest, RegistrationService

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


def seed_demo_data(store: Store, rules: RuleBook, signer: KioskSigner) -> int:
    """Register the demo producers if the store has none; returns how many were added."""
    if Producer.select().exists():
        return 0
    seed_demo_cast()
    registration = RegistrationService(store, rules, signer)
    for nickname, language, spent_yen in DEMO_PRODUCERS:
        issued = registration.register(RegistrationRequest.new(nickname, language, True))
        if spent_yen:
            number = ProducerNumber.parse(issued.producer_number)
            with store.atomic():
                producer = Producer.get(Producer.number == number.digits)
                append_entry(producer=producer, kiosk_uuid=signer.kiosk_uuid, rules=rules,
                             moment=issued.issued_at,
                             entry=NewEntry(EntryKind.PURCHASE,
                                            Deltas(pv=rules.pv_for_yen(spent_yen)),
                                            entry_uuid=str(uuid.uuid4()), yen=spent_yen,
                                            receipt=f"DEMO-{number.serial:04d}"))
    return len(DEMO_PRODUCERS)


def seed_demo_cast() -> None:
    """The demo roster, if the store has no cast yet (the office's roster replaces it)."""
    if CastMember.select().exists():
        return
    for order, (cast_id, name_ja, name_en) in enumerate(DEMO_CAST):
        CastMember.create(cast_id=cast_id, stage_name_ja=name_ja, stage_name_en=name_en,
                          sort_order=order)
