"""Every screen, both orientations, both languages: rendered to PNG and checked for text a
person could not read. The PNGs land in test-artifacts/screens/ — look at them."""

from __future__ import annotations

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from kiosk.services.card_issue import CardIssuer
from kiosk.services.registration import RegistrationRequest
from kiosk.settings import KNOWN_LANGUAGES
from kiosk.ui.gallery import ORIENTATIONS, SAMPLE_NAMES, capture, load_samples
from kiosk.ui.main_window import KioskWindow
from tests.conftest import artifacts_dir
from tests.ui.layout_checks import text_problems


@pytest.mark.slow
@pytest.mark.parametrize("orientation", sorted(ORIENTATIONS))
@pytest.mark.parametrize("language", KNOWN_LANGUAGES)
def test_every_screen_renders_and_every_text_fits(qtbot: QtBot, window: KioskWindow,
                                                  issuer: CardIssuer, language: str,
                                                  orientation: str) -> None:
    card = issuer.issue(RegistrationRequest.new(SAMPLE_NAMES[language], language, True))
    out = artifacts_dir("screens")
    window.fit_to(*ORIENTATIONS[orientation])
    shots = capture(window, out, language, orientation, card)
    assert {"attract", "welcome", "name", "confirm", "card_ready", "balance",
            "push", "manual_login", "explainer1", "explainer6", "ranking_board",
            "staff_pin", "staff_home", "staff_queue", "staff_find", "staff_producer",
            "staff_purchase", "staff_correction", "staff_password", "staff_settings"
            } <= set(shots)
    for path in shots.values():
        with Image.open(path) as image:
            assert image.size == ORIENTATIONS[orientation]
            colours = image.convert("RGB").resize((64, 64)).getcolors(64 * 64)
            assert colours is not None and len(colours) > 8   # not a blank page
    # Re-visit each screen and inspect its widgets as laid out at this size.
    window.fit_to(*ORIENTATIONS[orientation])
    window.shell.switch_language(language)
    load_samples(window, card, language)
    window.parts.registration.name.name_edit.setText("アレクサンダー・スミスソン")
    window.parts.registration.confirm.load("Alexander Smithson", language)
    problems: dict[str, list[str]] = {}
    for screen in window.shell.screens:
        window.stack.setCurrentWidget(screen)
        qtbot.wait(10)
        found = text_problems(screen)
        if found:
            problems[type(screen).__name__] = found
    window.stack.setCurrentWidget(window.attract)
    window.attract.turn_to_board()
    qtbot.wait(10)
    assert window.attract.showing_board
    found = text_problems(window.attract)
    if found:
        problems["ranking board"] = found
    for page in range(window.parts.registration.explainer.page_count):
        window.stack.setCurrentWidget(window.parts.registration.explainer)
        window.parts.registration.explainer.show_page(page)
        qtbot.wait(10)
        found = text_problems(window.parts.registration.explainer)
        if found:
            problems[f"explainer page {page + 1}"] = found
    window.shell.open_language_picker()
    qtbot.wait(10)
    found = text_problems(window.shell.picker)
    if found:
        problems["language picker"] = found
    assert problems == {}


@pytest.mark.slow
@pytest.mark.parametrize("orientation", sorted(ORIENTATIONS))
@pytest.mark.parametrize("language", ["ja", "th", "fr", "ko"])
def test_every_customer_screen_reads_in_the_accessible_mode(
        qtbot: QtBot, window: KioskWindow, issuer: CardIssuer, language: str,
        orientation: str) -> None:
    """Larger type: still no text clipped, elided or in tofu, on any customer screen."""
    card = issuer.issue(RegistrationRequest.new(SAMPLE_NAMES[language], language, True))
    window.fit_to(*ORIENTATIONS[orientation])
    window.shell.switch_language(language)
    load_samples(window, card, language)
    window.accessible.set(True)
    try:
        problems: dict[str, list[str]] = {}
        for screen in window.shell.customer_screens:
            window.stack.setCurrentWidget(screen)
            qtbot.wait(10)
            found = text_problems(screen)
            if found:
                problems[type(screen).__name__] = found
        assert problems == {}
    finally:
        window.accessible.set(False)
