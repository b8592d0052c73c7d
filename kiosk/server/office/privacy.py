"""A producer's rights over their data (Japan's APPI): a copy of everything the office
holds about them, and deletion on request.

Deletion keeps the ledger's totals (a cast member's votes and the rankings must not
change after the fact) but removes what identifies the person: the nickname goes, the
login stops, every card is revoked, and kiosks learn the revocation on their next pull
(the record stays in the change feed, with no name and no usable password). Each request
is logged with when and through what it came.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from kiosk.server.models import (
    OfficeCard,
    OfficeEvent,
    OfficeProducer,
    PrivacyRequest,
    WebSession,
)
from kiosk.server.office.base import OfficeBase, UnknownProducer, kiosk_labels, now_iso

DELETED_PASSWORD = "!deleted"        # no argon2id hash: no password ever matches it
EVENT_COLUMNS = ("received_at", "recorded_at", "kind", "origin", "origin_name", "pv_delta",
                 "push_delta", "votes", "cast_id", "yen", "receipt", "business_day", "refused")


class PrivacyDesk(OfficeBase):

    def export_data(self, number: str, via: str, form: str = "json") -> dict[str, Any]:
        """Everything held about the producer, and a log line saying it was handed out."""
        with self.writing():
            producer = OfficeProducer.get_or_none(OfficeProducer.number == number)
            if producer is None or producer.deleted_at is not None:
                raise UnknownProducer(number)
            cards = [{"card_id": str(c.card_id), "generation": c.generation,
                      "revoked_at": c.revoked_at}
                     for c in OfficeCard.select().where(OfficeCard.producer_number == number)
                     .order_by(OfficeCard.generation)]
            rows = list(OfficeEvent.select().where(OfficeEvent.producer_number == number)
                        .order_by(OfficeEvent.id))
            names = kiosk_labels({r.kiosk_id for r in rows})
            events = [self._event_row(e, names) for e in rows]
            sessions = WebSession.select().where(WebSession.producer_number == number).count()
            PrivacyRequest.create(producer_number=number, kind=f"export_{form}",
                                  requested_at=now_iso(), via=via)
            requests = [{"kind": r.kind, "requested_at": r.requested_at, "via": r.via}
                        for r in PrivacyRequest.select()
                        .where(PrivacyRequest.producer_number == number)
                        .order_by(PrivacyRequest.id)]
        rank = self.rules.rank_for(producer.pv_earned)
        return {
            "producer": {
                "number": producer.number, "nickname": producer.nickname,
                "language": producer.language, "website_language": producer.site_language,
                "login_id": producer.login_id, "pv_earned": producer.pv_earned,
                "push_points": producer.push_points,
                "rank": rank.number, "rank_name": rank.name_en, "rank_name_ja": rank.name_ja,
                "shown_in_rankings": bool(producer.ranking_visible),
                "registered_at_kiosk": producer.kiosk_id,
                "last_visit_at": producer.last_visit_at,
                "pushes_blocked_since": producer.overdrawn_at,
                "password": "stored only as an argon2id hash, never in the clear",
            },
            "cards": cards,
            "website_sessions_open": int(sessions),
            "ledger": events,
            "data_requests": requests,
        }

    @staticmethod
    def _event_row(event: OfficeEvent, kiosk_names: dict[str, str]) -> dict[str, Any]:
        """One ledger row; `origin_name` is the kiosk's label (the website and the till
        name themselves)."""
        return {"received_at": event.received_at, "recorded_at": event.recorded_at,
                "kind": event.kind, "origin": event.kiosk_id,
                "origin_name": kiosk_names.get(event.kiosk_id, event.kiosk_id),
                "pv_delta": event.pv_delta,
                "push_delta": event.push_delta, "votes": event.votes,
                "cast_id": event.cast_id, "yen": event.yen, "receipt": event.receipt,
                "business_day": event.business_day, "refused": event.rejected}

    def export_csv(self, number: str, via: str) -> str:
        """Everything the JSON holds, as CSV a spreadsheet opens: the profile, the cards,
        the open sessions and the data requests as "#" rows first, then the ledger."""
        data = self.export_data(number, via, form="csv")
        out = io.StringIO()
        writer = csv.writer(out)
        for key, value in data["producer"].items():
            writer.writerow(["#", key, _spreadsheet_safe(value)])
        writer.writerow(["#", "website_sessions_open", data["website_sessions_open"]])
        for section, rows in (("card", data["cards"]), ("data_request", data["data_requests"])):
            for row in rows:
                writer.writerow(["#", section, *(_spreadsheet_safe(v) for v in row.values())])
        writer.writerow(EVENT_COLUMNS)
        for row in data["ledger"]:
            writer.writerow([_spreadsheet_safe(row[c]) for c in EVENT_COLUMNS])
        return "\ufeff" + out.getvalue()      # a BOM: Excel in Japan reads UTF-8 with one

    def delete_account(self, number: str, via: str) -> None:
        """Delete on request: see the module's notes. Idempotent."""
        now = now_iso()
        with self.writing() as head:
            producer = OfficeProducer.get_or_none(OfficeProducer.number == number)
            if producer is None:
                raise UnknownProducer(number)
            if producer.deleted_at is not None:
                return
            OfficeCard.update(revoked_at=now).where(
                (OfficeCard.producer_number == number) & OfficeCard.revoked_at.is_null()
            ).execute()
            OfficeProducer.update(
                nickname="", password_hash=DELETED_PASSWORD, ranking_visible=0,
                site_language=None, deleted_at=now, change_id=head + 1,
            ).where(OfficeProducer.number == number).execute()
            WebSession.delete().where(WebSession.producer_number == number).execute()
            self._record_office_event(number, "account_deleted")
            PrivacyRequest.create(producer_number=number, kind="delete", requested_at=now,
                                  via=via)
            self._set_head(head + 1)


def _spreadsheet_safe(value: object) -> object:
    """Text a spreadsheet would run as a formula gets a leading quote (CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
