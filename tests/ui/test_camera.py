"""Camera scanning is optional: frames decode to tokens, and its absence is harmless."""

from __future__ import annotations

import importlib.util

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from kiosk.services.card_issue import CardIssuer
from kiosk.services.registration import RegistrationRequest
from kiosk.ui.camera import CameraScanner, decode_qr


def test_a_camera_frame_of_a_card_decodes_to_its_token(qapp: QApplication,
                                                       issuer: CardIssuer) -> None:
    card = issuer.issue(RegistrationRequest.new("ミク", "ja", True))
    frame = QImage()
    assert frame.loadFromData(card.card_png, "PNG")
    frame = frame.scaledToWidth(640)           # a typical camera frame, smaller than print
    assert decode_qr(frame) == [card.issued.token]


def test_without_qtmultimedia_the_camera_stays_off_quietly(qapp: QApplication) -> None:
    if importlib.util.find_spec("PySide6.QtMultimedia") is not None:
        pytest.skip("QtMultimedia is installed here: this test is about its absence")
    scanner = CameraScanner()
    assert scanner.start() is False             # no exception, no camera, kiosk carries on
    assert scanner._parts == []
