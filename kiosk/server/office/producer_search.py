"""Finding a producer at the console: by number (with or without the dashes printed on
the card), by login ID, or by the start of a nickname — each an indexed read, so the
search stays quick with a million producers."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.credentials import typed_login_id
from kiosk.server.models import OfficeCard, OfficeProducer
from kiosk.server.office.base import OfficeBase

FOUND_AT_MOST = 50


@dataclass(frozen=True)
class FoundProducer:
    number: str
    nickname: str
    login_id: str
    pv_earned: int
    push_points: int
    overdrawn: bool
    deleted: bool


@dataclass(frozen=True)
class CardLine:
    card_id: int
    generation: int
    revoked_at: str | None


def _found(row: OfficeProducer) -> FoundProducer:
    return FoundProducer(row.number, row.nickname, row.login_id, row.pv_earned,
                         row.push_points, row.overdrawn_at is not None,
                         row.deleted_at is not None)


class ProducerSearch(OfficeBase):

    def find_producers(self, query: str) -> list[FoundProducer]:
        text = " ".join(query.split())[:40]
        if not text:
            return []
        digits = text.replace("-", "").replace(" ", "")
        found: dict[str, FoundProducer] = {}
        with self.reading():
            if digits.isdigit() and digits.isascii():
                for row in OfficeProducer.select().where(OfficeProducer.number == digits):
                    found[row.number] = _found(row)
            for row in OfficeProducer.select().where(
                    OfficeProducer.login_id == typed_login_id(text)[:64]):
                found[row.number] = _found(row)
            # A prefix as a range: the nickname index answers it on SQLite and PostgreSQL.
            for row in (OfficeProducer.select()
                        .where((OfficeProducer.nickname >= text)
                               & (OfficeProducer.nickname < text + "\U0010ffff"))
                        .order_by(OfficeProducer.nickname).limit(FOUND_AT_MOST)):
                found.setdefault(row.number, _found(row))
        return list(found.values())[:FOUND_AT_MOST]

    def producer_cards(self, number: str) -> list[CardLine]:
        with self.reading():
            return [CardLine(c.card_id, c.generation, c.revoked_at) for c in
                    OfficeCard.select().where(OfficeCard.producer_number == number)
                    .order_by(OfficeCard.generation)]

    def producer_login_id(self, number: str) -> str | None:
        with self.reading():
            row = OfficeProducer.get_or_none(OfficeProducer.number == number)
        return None if row is None else str(row.login_id)
