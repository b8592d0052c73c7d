"""Every rules version the office knows, by number: events are judged by the version they
name, not by whichever is in force when they arrive (a kiosk that was offline for a week
still computed its points by last week's rules).

The office knows its own bundled rules file and every file it published. Another process
may publish while this one serves (`kiosk-server rules publish`), so a version not seen yet
is looked up in the store before it is called unknown.
"""

from __future__ import annotations

import logging
import threading

from kiosk.domain.rules import RuleBook, RulesError, parse_rules
from kiosk.server.models import PublishedRules

log = logging.getLogger(__name__)


class RuleBooks:
    def __init__(self, bundled: RuleBook) -> None:
        self._books: dict[int, RuleBook] = {bundled.version: bundled}
        self._lock = threading.Lock()

    def add(self, rules: RuleBook) -> None:
        with self._lock:
            self._books[rules.version] = rules

    def get(self, version: int) -> RuleBook | None:
        """The rules of `version` (None: never published here). Inside a transaction."""
        with self._lock:
            known = self._books.get(version)
        if known is not None:
            return known
        row = PublishedRules.get_or_none(PublishedRules.version == version)
        if row is None:
            return None
        try:
            rules = parse_rules(row.text, f"published rules version {version}")
        except RulesError:
            log.exception("published rules version %d cannot be read", version)
            return None
        self.add(rules)
        return rules
