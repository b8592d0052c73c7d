"""Purchases from the till: the till's daily CSV export, credited once per receipt together
with what staff recorded at the kiosks (a receipt never earns PV twice, whichever came
first), with a report of what was added, skipped as already recorded, or refused and why.

The format (README, "Purchases from the till"): a header row, then one purchase per row;
columns found by their header, in any order, others ignored —
receipt (`receipt`, `receipt_number`, `伝票番号`, `レシート番号`), amount in yen (`amount`,
`yen`, `金額`, `合計`; "¥1,200" and "1200円" are fine) and the producer number
(`producer`, `producer_number`, `プロデューサー番号`, `会員番号`; dashes optional).
UTF-8 (with or without a BOM) or Shift_JIS, as Japanese tills write it.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime

from kiosk.domain.producer_number import ProducerNumber, ProducerNumberError
from kiosk.server.models import OfficeEvent, OfficeProducer
from kiosk.server.office.base import TILL_ORIGIN, OfficeBase

MAX_ROWS = 100_000
HEADERS = {
    "receipt": ("receipt", "receipt_number", "receipt no", "伝票番号", "レシート番号"),
    "amount": ("amount", "yen", "total", "金額", "合計", "売上金額"),
    "producer": ("producer", "producer_number", "member", "プロデューサー番号", "会員番号"),
}


class TillFileRefused(ValueError):
    """The whole file cannot be read; `code`: encoding, header, too_many, empty."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class TillLine:
    line: int
    receipt: str
    producer_number: str
    yen: int
    pv: int = 0
    reason: str = ""          # skipped or refused: why (a code the console words)


@dataclass
class TillReport:
    encoding: str
    added: list[TillLine] = field(default_factory=list)
    skipped: list[TillLine] = field(default_factory=list)
    refused: list[TillLine] = field(default_factory=list)


def decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "UTF-8 (BOM)"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp932"), "Shift_JIS"
    except UnicodeDecodeError as exc:
        raise TillFileRefused("encoding", str(exc)) from exc


def _columns(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, name in enumerate(header):
        cleaned = unicodedata.normalize("NFKC", name).strip().lower()
        for column, names in HEADERS.items():
            if cleaned in names and column not in found:
                found[column] = index
    missing = [column for column in HEADERS if column not in found]
    if missing:
        raise TillFileRefused("header", ", ".join(missing))
    return found


def _yen(text: str) -> int | None:
    cleaned = unicodedata.normalize("NFKC", text).strip()
    for mark in ("¥", "\\", "円", ",", " "):
        cleaned = cleaned.replace(mark, "")
    return int(cleaned) if cleaned.isdigit() and cleaned.isascii() and len(cleaned) < 12 \
        else None


class TillImportDesk(OfficeBase):

    def import_till_csv(self, data: bytes) -> TillReport:
        text, encoding = decode(data)
        rows = list(csv.reader(io.StringIO(text)))
        rows = [row for row in rows if any(cell.strip() for cell in row)]
        if not rows:
            raise TillFileRefused("empty")
        if len(rows) > MAX_ROWS + 1:
            raise TillFileRefused("too_many", str(MAX_ROWS))
        columns = _columns(rows[0])
        report = TillReport(encoding)
        wanted: list[TillLine] = []
        seen: set[str] = set()
        for number, row in enumerate(rows[1:], start=2):
            line = self._read(number, row, columns)
            if line.reason:
                report.refused.append(line)
            elif line.receipt in seen:
                report.skipped.append(_because(line, "twice_in_file"))
            else:
                seen.add(line.receipt)
                wanted.append(line)
        self._credit(wanted, report)
        return report

    def _read(self, number: int, row: list[str], columns: dict[str, int]) -> TillLine:
        def cell(name: str) -> str:
            index = columns[name]
            return row[index] if index < len(row) else ""

        receipt = unicodedata.normalize("NFKC", cell("receipt")).strip().upper()[:64]
        yen = _yen(cell("amount"))
        try:
            producer = ProducerNumber.parse(unicodedata.normalize("NFKC", cell("producer")))
            digits = producer.digits
        except ProducerNumberError:
            digits = ""
        line = TillLine(number, receipt, digits, yen or 0)
        if not receipt or not receipt.isprintable():
            return _because(line, "no_receipt")
        if yen is None or yen < 1:
            return _because(line, "bad_amount")
        if yen > self.rules.max_yen_per_receipt:
            return _because(line, "too_much")
        if not digits:
            return _because(line, "bad_number")
        return line

    def _credit(self, wanted: list[TillLine], report: TillReport) -> None:
        """One transaction: every receipt not credited yet (by a kiosk or an earlier
        import) is added to its producer's PV; kiosks learn the balance at their pull."""
        if not wanted:
            return
        now = datetime.now(UTC)
        with self.writing() as head:
            used = {r.receipt for r in OfficeEvent.select(OfficeEvent.receipt).where(
                (OfficeEvent.kind == "purchase") & OfficeEvent.rejected.is_null()
                & OfficeEvent.receipt.in_([w.receipt for w in wanted]))}
            producers = {p.number: p for p in OfficeProducer.select().where(
                OfficeProducer.number.in_([w.producer_number for w in wanted]))}
            changed = False
            for line in wanted:
                producer = producers.get(line.producer_number)
                if line.receipt in used:
                    report.skipped.append(_because(line, "already_recorded"))
                elif producer is None or producer.quarantined_at is not None:
                    report.refused.append(_because(line, "unknown_producer"))
                elif producer.deleted_at is not None:
                    report.refused.append(_because(line, "deleted_producer"))
                else:
                    pv = self.rules.pv_for_yen(line.yen)
                    self._record_office_event(
                        producer.number, "purchase", uuid=f"till:{line.receipt}",
                        pv_delta=pv, yen=line.yen, receipt=line.receipt, origin=TILL_ORIGIN,
                        business_day=self.rules.business_day(now).isoformat())
                    producer.pv_earned += pv
                    producer.change_id = head + 1
                    producer.save()
                    changed = True
                    report.added.append(TillLine(line.line, line.receipt,
                                                 line.producer_number, line.yen, pv))
            if changed:
                self._set_head(head + 1)


def _because(line: TillLine, reason: str) -> TillLine:
    return TillLine(line.line, line.receipt, line.producer_number, line.yen, line.pv, reason)
