"""Applying one page of the office's changes to the kiosk store (inside the caller's
transaction, with the cursor): kiosk keys, producers (`apply_producers.py`), the cast
roster, published rules and the ranking boards.

Returns the records left out because they could not be applied; the caller reports them to
the office and to staff, and the pull goes on.
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import UTC, datetime

from peewee import fn

from kiosk.db.kiosk_state import StateKey
from kiosk.db.models import CastMember, KioskState, RankingSnapshot, TrustedKey
from kiosk.db.store import now_iso
from kiosk.domain.rules import RuleBook
from kiosk.sync.apply_producers import apply_producers
from kiosk.sync.feed_reader import problem
from kiosk.sync.protocol import Changes, PullProblem


def apply_changes(changes: Changes, rules: RuleBook,
                  now: datetime | None = None) -> list[PullProblem]:
    moment = now or datetime.now(UTC)
    problems = _apply_keys(changes)
    if changes.producers:
        problems += apply_producers(list(changes.producers), rules, moment)
    for member in changes.cast:
        CastMember.insert(cast_id=member.cast_id, stage_name_ja=member.stage_name_ja,
                          stage_name_en=member.stage_name_en, active=int(member.active),
                          sort_order=member.sort_order).on_conflict(
            conflict_target=[CastMember.cast_id],
            preserve=[CastMember.stage_name_ja, CastMember.stage_name_en,
                      CastMember.active, CastMember.sort_order]).execute()
    photos = {m.cast_id: m.photo for m in changes.cast if m.photo}
    if photos:                       # fetched after the pull (`photo_fetch`), kept on disk
        wanted = json.loads(KioskState.read(StateKey.CAST_PHOTOS_WANTED) or "{}")
        KioskState.write(StateKey.CAST_PHOTOS_WANTED, json.dumps({**wanted, **photos}))
    if changes.rules is not None:
        # Used from the next start: a running kiosk keeps one rule book all day.
        KioskState.write(StateKey.OFFICE_RULES, changes.rules.text)
    stamp = changes.server_time.isoformat()
    for board in changes.boards:
        entries = json.dumps([[e.cast_id, e.votes] for e in board.entries])
        RankingSnapshot.insert(period=board.period, entries=entries, fetched_at=stamp
                               ).on_conflict_replace().execute()
    return problems


def _apply_keys(changes: Changes) -> list[PullProblem]:
    problems = []
    for key in changes.kiosk_keys:
        try:
            raw = base64.b64decode(key.public_key, validate=True)
        except (binascii.Error, ValueError):
            problems.append(problem("kiosk_key", key.key_id, "the public key is not base64"))
            continue
        revoked = now_iso() if key.revoked else None
        TrustedKey.insert(key_id=key.key_id, public_key=raw, label="office",
                          added_at=now_iso(), revoked_at=revoked).on_conflict(
            conflict_target=[TrustedKey.key_id],
            update={TrustedKey.revoked_at: fn.COALESCE(TrustedKey.revoked_at, revoked)
                    if revoked else None}).execute()
    return problems
