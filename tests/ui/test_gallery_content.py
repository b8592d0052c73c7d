"""The gallery shows what customers see: the board really on screen (not the attract
screen again), a filled roster on the push screen, and the celebration after a push."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageChops
from pytestqt.qtbot import QtBot

from kiosk.services.card_issue import CardIssuer
from kiosk.services.registration import RegistrationRequest
from kiosk.ui.gallery import ORIENTATIONS, capture
from kiosk.ui.main_window import KioskWindow


def test_the_board_shot_is_the_board_and_the_push_shot_has_the_cast(
        qtbot: QtBot, window: KioskWindow, issuer: CardIssuer, tmp_path: Path) -> None:
    card = issuer.issue(RegistrationRequest.new("タナカ ミライ", "ja", True))
    window.fit_to(*ORIENTATIONS["portrait"])
    shots = capture(window, tmp_path, "ja", "portrait", card)
    with Image.open(shots["attract"]) as attract, Image.open(shots["ranking_board"]) as board:
        assert ImageChops.difference(attract.convert("RGB"), board.convert("RGB")).getbbox()
    panel = window.attract.board
    assert panel is not None
    assert panel.names()[:3] == ["ホシノ ミライ", "サクラ", "ナナ"]
    assert "push_celebration" in shots
    push = window.parts.producer.push
    # The gallery filled the roster (each with a drawn portrait) before it took the shot.
    from kiosk.ui.gallery import load_samples

    load_samples(window, card, "ja")
    assert len(push.group.buttons()) == 8 and not push.empty.isVisibleTo(push)
    assert all(entry.photo for entry in window.services.pushes.roster())  # type: ignore[union-attr]
