"""What the office publishes to every kiosk: the cast roster, the rules, the rankings, and
the change feed that carries them with the producers' balances.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from peewee import fn

from kiosk.domain.rules import RuleBook, parse_rules
from kiosk.domain.rules_diff import RuleChange, rules_changes
from kiosk.paths import rules_path
from kiosk.server import feed
from kiosk.server.hot_sql import ROSTER, all_rows
from kiosk.server.migrations import MIGRATIONS, Migrations, migrate
from kiosk.server.models import Counter, OfficeCast, PublishedRules
from kiosk.server.office.base import FEED, WEBSITE_SEQ, RulesRefused, now_iso
from kiosk.server.office.card_key import CardKey
from kiosk.sync.protocol import SHORT_TEXT, Changes


class CastRefused(ValueError):
    pass


@dataclass(frozen=True)
class CastMember:
    cast_id: str
    stage_name_ja: str
    stage_name_en: str
    active: bool
    sort_order: int
    photo_sha256: str | None       # the photo (`CastPhoto`), if any


class Catalogue(CardKey):

    def create_schema(self, migrations: Migrations = MIGRATIONS) -> None:
        """Create or migrate the tables (`migrations.py`), then the feed's counters."""
        migrate(self.db, migrations)
        with self.db.connection_context(), self.db.atomic():
            for name in (FEED, WEBSITE_SEQ):
                Counter.insert(name=name, value=0).on_conflict_ignore().execute()
        self.ensure_signing_key()
        with self.reading():
            published = list(PublishedRules.select().order_by(PublishedRules.version))
        for row in published:
            rules = parse_rules(row.text, f"published rules version {row.version}")
            self.rulebooks.add(rules)
            if rules.version > self.rules.version:
                self.rules = rules

    # ---- cast roster and rules -------------------------------------------------------------

    def set_cast_member(self, cast_id: str, stage_name_ja: str, stage_name_en: str,
                        active: bool = True, sort_order: int = 0) -> None:
        """Add or change a cast member. The id travels in every push a kiosk sends, so it
        must fit the wire format (1–64 characters, no control characters)."""
        for what, text in (("cast id", cast_id), ("Japanese name", stage_name_ja),
                           ("English name", stage_name_en)):
            if not re.fullmatch(SHORT_TEXT, text):
                raise CastRefused(f"the {what} must be 1 to 64 characters with no control "
                                  f"characters, not {text!r}")
        with self.writing() as head:
            OfficeCast.insert(cast_id=cast_id, stage_name_ja=stage_name_ja,
                              stage_name_en=stage_name_en, active=int(active),
                              sort_order=sort_order, change_id=head + 1).on_conflict(
                conflict_target=[OfficeCast.cast_id],
                update={OfficeCast.stage_name_ja: stage_name_ja,
                        OfficeCast.stage_name_en: stage_name_en,
                        OfficeCast.active: int(active), OfficeCast.sort_order: sort_order,
                        OfficeCast.change_id: head + 1}).execute()
            self._set_head(head + 1)

    def cast(self) -> list[CastMember]:
        """The whole roster in its order, retired members included (most website pages
        name cast members, so this is fixed SQL read into plain values)."""
        with self.reading():
            return [CastMember(str(cast_id), ja, en, bool(active), int(order), photo)
                    for cast_id, ja, en, active, order, photo in all_rows(self.db, ROSTER, [])]

    def rules_text(self, version: int | None = None) -> str | None:
        """A version's file as published (None: the newest); the bundled file when no
        version was ever published."""
        with self.reading():
            query = PublishedRules.select().order_by(PublishedRules.version.desc())
            if version is not None:
                query = query.where(PublishedRules.version == version)
            row = query.first()
        if row is not None:
            return str(row.text)
        bundled = rules_path().read_text(encoding="utf-8")
        if version is None or parse_rules(bundled).version == version:
            return bundled
        return None

    def rules_history(self) -> list[tuple[int, str]]:
        """(version, published at), newest first."""
        with self.reading():
            return [(r.version, r.published_at) for r in PublishedRules.select(
                PublishedRules.version, PublishedRules.published_at).order_by(
                PublishedRules.version.desc())]

    def check_rules(self, text: str) -> tuple[RuleBook, list[RuleChange]]:
        """Validate a rules file against the one in force without publishing it: the new
        rule book and what it changes; `RulesRefused` says what is wrong and where."""
        try:
            rules = parse_rules(text)
        except ValueError as exc:
            raise RulesRefused(str(exc)) from exc
        with self.reading():
            newest = PublishedRules.select(fn.MAX(PublishedRules.version)).scalar()
        current = max(newest or 0, self.rules.version)
        if rules.version <= current:
            raise RulesRefused(f"version {rules.version} is not newer than {current}; "
                               "raise 'version' in the file")
        return rules, rules_changes(self.rules, rules)

    def publish_rules(self, text: str) -> RuleBook:
        """Validate a rules file and send it to every kiosk; its version must be new."""
        try:
            rules = parse_rules(text)
        except ValueError as exc:
            raise RulesRefused(str(exc)) from exc
        with self.writing() as head:
            newest = PublishedRules.select(fn.MAX(PublishedRules.version)).scalar()
            current = max(newest or 0, self.rules.version)
            if rules.version <= current:
                raise RulesRefused(f"version {rules.version} is not newer than {current}; "
                                   "raise 'version' in the file")
            PublishedRules.create(version=rules.version, text=text, published_at=now_iso(),
                                  change_id=head + 1)
            self._set_head(head + 1)
        self.rules = rules
        self.rulebooks.add(rules)
        return rules

    # ---- the feed ----------------------------------------------------------------------------

    def changes(self, since: int, limit: int = 1000) -> Changes:
        with self.reading():
            return feed.changes_page(since, limit, datetime.now(UTC), self.rules)
