"""The console's audit log: every change a staff account makes (who, when, what, before →
after) and every attempt its role did not allow. Written in the same transaction as the
change where the change is the console's own, and browsed and exported by the owner."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import Any

from kiosk.server.models_console import AuditEntry
from kiosk.server.office.base import OfficeBase, now_iso

AUDIT_PAGE = 50


@dataclass(frozen=True)
class AuditLine:
    at: str
    actor: str
    action: str
    target: str
    before: str
    after: str
    allowed: bool


def as_text(value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class AuditDesk(OfficeBase):

    def audit(self, actor: str, action: str, target: str = "", before: Any = None,
              after: Any = None, allowed: bool = True) -> None:
        with self.db.connection_context(), self.db.atomic():
            self._audit_here(actor, action, target, before, after, allowed)

    def _audit_here(self, actor: str, action: str, target: str = "", before: Any = None,
                    after: Any = None, allowed: bool = True) -> None:
        """Inside the caller's transaction: the entry commits with the change or not at all."""
        AuditEntry.create(at=now_iso(), actor=actor, action=action, target=target[:200],
                          before=as_text(before)[:4000], after=as_text(after)[:4000],
                          allowed=int(allowed))

    def audit_lines(self, page: int = 0, actor: str = "") -> tuple[list[AuditLine], bool]:
        """A page of the log, newest first, and whether an older page exists."""
        query = AuditEntry.select().order_by(AuditEntry.id.desc())
        if actor:
            query = query.where(AuditEntry.actor == actor)
        with self.reading():
            rows = list(query.offset(max(0, page) * AUDIT_PAGE).limit(AUDIT_PAGE + 1))
        return [_line(r) for r in rows[:AUDIT_PAGE]], len(rows) > AUDIT_PAGE

    def audit_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["at", "actor", "action", "target", "before", "after", "allowed"])
        with self.reading():
            for row in AuditEntry.select().order_by(AuditEntry.id):
                line = _line(row)
                writer.writerow([line.at, line.actor, line.action, line.target, line.before,
                                 line.after, "yes" if line.allowed else "refused"])
        return out.getvalue()


def _line(row: AuditEntry) -> AuditLine:
    return AuditLine(row.at, row.actor, row.action, row.target, row.before, row.after,
                     bool(row.allowed))
