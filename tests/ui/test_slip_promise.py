"""The new card's screen promises a slip only once the slip has come out, and says so
plainly when it could not be printed (the customer then writes the password down)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kiosk.services.card_issue import CardIssuer
from kiosk.services.registration import RegistrationRequest
from kiosk.ui.screens.card_ready import CardReadyScreen


def test_the_slip_is_promised_only_when_it_printed(qtbot: QtBot, themed_app: object,
                                                   issuer: CardIssuer) -> None:
    screen = CardReadyScreen()
    qtbot.add_widget(screen)
    made = issuer.issue(RegistrationRequest.new("Ann", "en", True))
    screen.load(made.issued, made.card_png)
    assert "slip" not in screen.warning.text()                  # not known yet
    screen.show_slip_outcome("000-0000000-0", True)            # someone else's slip
    assert "slip" not in screen.warning.text()
    screen.show_slip_outcome(made.issued.producer_number, False)
    assert "could not be printed" in screen.warning.text()
    screen.show_slip_outcome(made.issued.producer_number, True)
    assert "also printed on the slip" in screen.warning.text()
    screen.reset()
    screen.load(made.issued, made.card_png)
    assert "slip" not in screen.warning.text()
