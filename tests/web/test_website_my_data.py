"""A producer downloads everything held about them (APPI), as JSON and as CSV, from the
page in a real browser; both hold the same things, Japanese text intact."""

from __future__ import annotations

import csv
import io
import json

from playwright.sync_api import Page

from kiosk.domain.rules import RuleBook
from tests.sync.conftest import KioskBox, RunningOffice
from tests.web.conftest import register_and_sync, sign_in


def download(page: Page, label: str) -> bytes:
    with page.expect_download() as caught:
        page.click(f"form[action='/my-data/export'] button[value={label}]")
    path = caught.value.path()
    return path.read_bytes()


def test_both_downloads_hold_everything(page: Page, office: RunningOffice, kiosk: KioskBox,
                                        rules: RuleBook) -> None:
    producer = register_and_sync(kiosk, rules, "ミク")
    sign_in(page, producer)                       # home takes the day's point
    page.goto("/my-data")
    data = json.loads(download(page, "json").decode("utf-8"))
    assert data["producer"]["nickname"] == "ミク"
    assert [e["kind"] for e in data["ledger"]] == ["registration", "daily_login"]
    assert [e["origin_name"] for e in data["ledger"]] == ["entrance", "website"]
    assert data["producer"]["rank_name"] == "Assistant Producer"
    assert len(data["cards"]) == 1 and data["website_sessions_open"] == 1
    assert [r["kind"] for r in data["data_requests"]] == ["export_json"]

    raw = download(page, "csv")
    assert raw.startswith("\ufeff".encode())      # Excel in Japan needs the BOM
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    marked = [row[1:] for row in rows if row[0] == "#"]
    assert ["nickname", "ミク"] in marked
    assert [row[1] for row in marked if row[0] == "card"] == [data["cards"][0]["card_id"]]
    assert [row[1] for row in marked if row[0] == "data_request"] == ["export_json",
                                                                      "export_csv"]
    assert ["website_sessions_open", "1"] in marked
    header = next(i for i, row in enumerate(rows) if row[0] == "received_at")
    kind = rows[header].index("kind")
    assert [row[kind] for row in rows[header + 1:]] == ["registration", "daily_login"]
    origin = rows[header].index("origin_name")
    assert [row[origin] for row in rows[header + 1:]] == ["entrance", "website"]
