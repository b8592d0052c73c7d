"""The card on the website's home is held up to the kiosk's camera from a phone: its QR, as
a real browser paints it, must read back as a token the kiosk takes for that producer (the
office signs it), and after a replacement as the new card's, the old one refused."""

from __future__ import annotations

import io

import pytest
from playwright.sync_api import Page, expect

from kiosk.domain.rules import RuleBook
from kiosk.services.card_check import CardCheckService, CardRefused
from kiosk.services.card_reissue import CardReissueService, ReplaceReason
from kiosk.services.producer_view import ProducerSummary
from tests.sync.conftest import KioskBox, RunningOffice
from tests.web.conftest import Producer, register_and_sync, sign_in

zxingcpp = pytest.importorskip("zxingcpp")
Image = pytest.importorskip("PIL.Image")


def painted_qr(page: Page) -> list[str]:
    """What a QR reader finds in the card's QR as the page shows it (a phone's screen)."""
    qr = page.locator("img.card-qr")
    expect(qr).to_be_visible()
    page.wait_for_function("document.querySelector('img.card-qr').naturalWidth > 0")
    shot = Image.open(io.BytesIO(qr.screenshot()))
    return [found.text for found in zxingcpp.read_barcodes(shot)
            if found.format == zxingcpp.BarcodeFormat.QRCode]


def kiosk_reads(producer: Producer, token: str) -> ProducerSummary:
    """Who the kiosk shows for a scanned token, after a pull."""
    with producer.kiosk:
        producer.kiosk.engine().sync_once()
        summary = CardCheckService(producer.kiosk.store, producer.kiosk.rules).check_card(
            token).summary
    assert summary is not None
    return summary


def test_the_home_cards_qr_is_taken_by_the_kiosk(page: Page, office: RunningOffice,
                                                 kiosk: KioskBox, rules: RuleBook) -> None:
    producer = register_and_sync(kiosk, rules, "ミク")
    sign_in(page, producer)
    [token] = painted_qr(page)
    assert kiosk_reads(producer, token).number == producer.issued.producer_number


def test_a_replacement_cards_qr_replaces_the_old_one(page: Page, office: RunningOffice,
                                                     kiosk: KioskBox, rules: RuleBook) -> None:
    producer = register_and_sync(kiosk, rules, "レン")
    sign_in(page, producer)
    [old] = painted_qr(page)
    producer_id = kiosk_reads(producer, old).producer_id
    with kiosk:
        CardReissueService(kiosk.store, rules, kiosk.signer).reissue(producer_id,
                                                                     ReplaceReason.LOST)
        assert kiosk.engine().sync_once().problems == 0
    page.reload()
    [new] = painted_qr(page)
    assert new != old
    assert kiosk_reads(producer, new).number == producer.issued.producer_number
    with pytest.raises(CardRefused):
        kiosk_reads(producer, old)
