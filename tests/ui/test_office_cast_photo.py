"""A photo a manager gave a cast member at the office is on the kiosk's push screen after
one sync: a real office on loopback, the kiosk's real sync engine, the real push tile."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from kiosk.db.identity import KioskSigner
from kiosk.db.office_credential import load_credential
from kiosk.db.store import Store
from kiosk.domain.rules import RuleBook
from kiosk.services.bundle import KioskServices
from kiosk.sync.client import OfficeClient
from kiosk.sync.engine import SyncEngine
from kiosk.sync.enrolment import enrol_kiosk
from kiosk.ui.main_window import KioskWindow
from tests.sync.conftest import RunningOffice, office  # noqa: F401 (fixture)
from tests.ui.test_card_check_flow import register, scan_to_balance


@pytest.fixture
def office_database(tmp_path: Path) -> str:
    """SQLite is enough here: the office's side is tested on both stores elsewhere."""
    return str(tmp_path / "office" / "office.sqlite3")


def green_photo() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (480, 480), (10, 200, 40)).save(out, "JPEG")
    return out.getvalue()


def test_an_office_photo_is_on_the_push_screen_after_one_sync(
        qtbot: QtBot, window: KioskWindow, kiosk_services: KioskServices, store: Store,
        signer: KioskSigner, rules: RuleBook, office: RunningOffice,  # noqa: F811
        data_dir: object) -> None:
    office.office.set_cast_member("mirai", "ホシノ ミライ", "Mirai Hoshino")
    office.office.set_cast_photo("mirai", green_photo())
    enrol_kiosk(store, Path(str(data_dir)), signer, office.url,
                office.office.new_enrolment_code("entrance"), "entrance")
    credential = load_credential(Path(str(data_dir)))
    assert credential is not None
    SyncEngine(store, rules, OfficeClient(credential.url, credential.kiosk_id,
                                          credential.secret)).sync_once()
    issued = register(kiosk_services, "Ann", "en")
    scan_to_balance(qtbot, window, window.attract, issued.token)
    window.parts.producer.open_push()
    qtbot.waitUntil(lambda: window.current_screen is window.parts.producer.push, timeout=5000)
    icon = window.parts.producer.push.tile("mirai").icon().pixmap(96).toImage()
    colour = icon.pixelColor(48, 48)
    assert colour.green() > 150 and colour.red() < 80 and colour.blue() < 90, colour.name()
