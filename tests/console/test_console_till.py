"""The till's daily CSV at the console, in a real browser: Shift_JIS with Japanese column
names, then the same purchases again as UTF-8 with a BOM — the second upload adds nothing;
a receipt staff recorded at a kiosk is never credited twice; every bad line is refused with
its reason and the others still count; a kiosk's next pull shows the new PV."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

from kiosk.domain.producer_number import ProducerNumber
from kiosk.domain.rules import RuleBook
from kiosk.services.card_check import CardCheckService
from kiosk.services.purchases import PurchaseService
from tests.console.conftest import owner_signed_in
from tests.sync.conftest import RunningOffice, enrolled
from tests.web.conftest import register_and_sync


def upload(page: Page, path: Path) -> None:
    page.goto("/console/purchases")
    page.set_input_files("#file", str(path))
    page.click("form[action='/console/purchases'] button[type=submit]")


def test_a_till_export_is_credited_once_per_receipt(console: Page, office: RunningOffice,
                                                    tmp_path: Path, rules: RuleBook) -> None:
    kiosk = enrolled(office, tmp_path / "kiosk", rules, "entrance")
    ann = register_and_sync(kiosk, rules, "アン")
    with kiosk:
        summary = CardCheckService(kiosk.store, rules).check_card(ann.issued.token).summary
        assert summary is not None
        PurchaseService(kiosk.store, rules, kiosk.signer).record(summary.producer_id,
                                                                 "R-0001", 3000)
        kiosk.engine().sync_once()
    stranger = ProducerNumber(kiosk=9, serial=99).digits
    rows = [
        "伝票番号,日付,金額,プロデューサー番号",
        f"R-0001,2026/12/06,\"￥3,000\",{ann.issued.producer_number}",      # kiosk had it
        f"R-0002,2026/12/06,1200円,{ann.issued.producer_number}",          # new
        f"R-0002,2026/12/06,1200,{ann.issued.producer_number}",            # twice in file
        f"R-0003,2026/12/06,5000,{stranger}",                              # unknown producer
        "R-0004,2026/12/06,5000,00100000012",                              # check digit
        f"R-0005,2026/12/06,99999999,{ann.number}",                        # absurd
        f"R-0006,2026/12/06,-500,{ann.number}",                            # negative
        f"ｒ－０００７,2026/12/06,２０００,{ann.number}",                        # full width
    ]
    sjis = tmp_path / "till-sjis.csv"
    sjis.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp932"))
    owner_signed_in(console, office)
    before = office.office.producer_view(ann.number).pv_earned
    upload(console, sjis)
    expect(console.locator("h2")).to_contain_text("追加 2 件、スキップ 2 件、拒否 4 件")
    expect(console.locator("h2 small")).to_have_text("(Shift_JIS)")
    gained = office.office.producer_view(ann.number).pv_earned - before
    assert gained == rules.pv_for_yen(1200) + rules.pv_for_yen(2000)
    bom = tmp_path / "till-bom.csv"
    bom.write_bytes(b"\xef\xbb\xbf" + "\n".join(rows).encode("utf-8"))
    upload(console, bom)
    expect(console.locator("h2")).to_contain_text("追加 0 件")
    assert office.office.producer_view(ann.number).pv_earned - before == gained
    with kiosk:
        kiosk.engine().sync_once()
        summary = CardCheckService(kiosk.store, rules).check_card(ann.issued.token).summary
        assert summary is not None and summary.pv_earned == before + gained
    imports = [line for line in office.office.audit_lines()[0] if line.action == "till.import"]
    assert len(imports) == 2


def test_files_that_cannot_be_read_say_why(console: Page, office: RunningOffice,
                                           tmp_path: Path) -> None:
    owner_signed_in(console, office)
    cases = {"no-header.csv": b"R-1,100,00100000011\n",
             "binary.csv": bytes(range(128, 256)) * 4,
             "empty.csv": b"\n\n"}
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        upload(console, path)
        expect(console.locator(".alert")).to_be_visible()
