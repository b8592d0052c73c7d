"""The attract screen as a passer-by meets it: the café's name, real cards never cut off,
a loop that never moves anything, each line in its own language and font, the languages
to start in, and no staff words on the customer's screen."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk.domain.rules import RuleBook
from kiosk.services.bundle import KioskServices
from kiosk.services.ranking_view import BoardLine, BoardView
from kiosk.sync.runner import SyncStatus
from kiosk.ui.attract_text import WELCOMES, pages_in
from kiosk.ui.fonts import families_for
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.widgets.card_fan import sample_card_pngs
from kiosk.ui.widgets.sync_indicator import SyncDot, SyncIndicator
from tests.ui.conftest import tap

SIZES = {"portrait": (1080, 1920), "landscape": (1920, 1080)}


def _board() -> BoardView:
    now = datetime.now(UTC)
    return BoardView(now.strftime("%Y-%m"), now, tuple(
        BoardLine(i + 1, cast_id, ja, en, 900 - 100 * i) for i, (cast_id, ja, en) in
        enumerate((("mirai", "ホシノ ミライ", "Mirai Hoshino"), ("sakura", "サクラ", "Sakura"),
                   ("nana", "ナナ", "Nana")))))


def _geometry(attract: AttractScreen) -> dict[str, QRect]:
    """Every part's place; the guide's page and the board share one (whichever shows)."""
    parts: dict[str, QWidget | None] = {
        "mark": attract.mark, "fan": attract.fan, "welcome": attract.welcome,
        "languages": attract.languages, "stage": attract.stage,
        "guide": attract.explain_button, "teaser or board": attract.stage.findChild(
            QWidget, "board" if attract.showing_board else "teaser")}
    for button in attract.languages.findChildren(QAbstractButton):
        parts[button.text()] = button
    return {name: QRect(widget.geometry()) for name, widget in parts.items()
            if widget is not None}


@pytest.mark.parametrize("orientation", sorted(SIZES))
def test_nothing_moves_while_the_loop_turns(qtbot: QtBot, window: KioskWindow,
                                            orientation: str) -> None:
    attract = window.attract
    window.fit_to(*SIZES[orientation])
    attract.show_board(_board())
    attract.reset()
    qtbot.wait(20)
    first = _geometry(attract)
    seen_board = False
    for _ in range(2 * len(WELCOMES)):
        attract._next_welcome()
        qtbot.wait(5)
        seen_board |= attract.showing_board
        assert _geometry(attract) == first, attract.language_shown
    assert seen_board


def test_the_teaser_speaks_the_welcomes_language_each_line_in_its_font(
        qtbot: QtBot, window: KioskWindow, rules: RuleBook) -> None:
    attract = window.attract
    for language in ("th", "zh_CN", "ko", "en"):
        while attract.language_shown != language or attract.showing_board:
            attract._next_welcome()
        assert window.shell.language == "ja"                      # the kiosk did not switch
        assert attract.welcome.text() == WELCOMES[language][0]
        titles = [page.title for page in pages_in(rules, language) or []]
        assert attract.teaser is not None and attract.teaser.title.text() in titles
        own = families_for(language)[0]
        assert attract.teaser.title.font().families()[0] == own
        assert attract.teaser.paragraphs[0].font().families()[0] == own
        assert attract.welcome.line_font(language, 40).families()[0] == own
        assert attract.languages.button(language).font().families()[0] == own
    assert families_for("zh_CN")[0] != families_for("ja")[0]     # Chinese glyph forms


def test_tapping_a_language_starts_in_it(qtbot: QtBot, window: KioskWindow) -> None:
    assert window.attract.language_shown == "ja"
    tap(qtbot, window.attract.languages.button("th"))
    assert window.current_screen is window.parts.registration.welcome
    assert window.shell.language == "th"


def test_a_tap_elsewhere_starts_in_the_language_on_show(qtbot: QtBot,
                                                        window: KioskWindow) -> None:
    attract = window.attract
    while attract.language_shown != "ko":
        attract._next_welcome()
    fan = attract.fan
    qtbot.mouseClick(fan, Qt.MouseButton.LeftButton, pos=fan.rect().center())
    assert window.current_screen is window.parts.registration.welcome
    assert window.shell.language == "ko"


def test_the_guide_opens_in_the_language_on_show(qtbot: QtBot, window: KioskWindow) -> None:
    attract = window.attract
    while attract.language_shown != "fr":
        attract._next_welcome()
    assert attract.explain_button.text() == "Comment ça marche"
    tap(qtbot, attract.explain_button)
    assert window.current_screen is window.parts.registration.explainer
    assert window.shell.language == "fr"


@pytest.mark.parametrize("orientation", sorted(SIZES))
def test_real_cards_fan_out_and_none_is_cut_off(qtbot: QtBot, window: KioskWindow,
                                                kiosk_services: KioskServices,
                                                orientation: str) -> None:
    window.fit_to(*SIZES[orientation])
    fan = window.attract.fan
    qtbot.waitUntil(lambda: fan.card_count == 4, timeout=10_000)   # drawn off the UI thread
    pngs = sample_card_pngs(kiosk_services.branding.current(), list(window.rules.ranks))
    assert len(pngs) == 4 and all(png.startswith(b"\x89PNG") for png in pngs)
    qtbot.wait(10)
    rects = fan.card_rects()
    assert len(rects) == 4
    for rect in rects:
        assert fan.rect().toRectF().contains(rect), (rect, fan.rect())


def test_the_cafe_name_is_the_hero(window: KioskWindow) -> None:
    mark = window.attract.mark
    assert mark.name == window.shell.settings.cafe_name and not mark.has_logo
    assert mark.isVisible() and mark.height() > 0


def test_staff_sync_state_is_a_wordless_dot(qtbot: QtBot, window: KioskWindow) -> None:
    window.shell.switch_language("en")
    window.sync_status_changed.emit(SyncStatus(
        online=False, pending=3, last_success=datetime.now(UTC) - timedelta(minutes=5),
        last_error="office unreachable: timed out", failures=2))
    qtbot.waitUntil(lambda: window.attract.sync_line is not None)
    dot = window.attract.sync_line
    assert isinstance(dot, SyncDot) and dot.isVisible() and dot.colour == SyncDot.OFFLINE
    assert dot.width() <= 24
    words = [w.text() for w in window.attract.findChildren(QLabel)] + \
        [w.text() for w in window.attract.findChildren(QAbstractButton)]
    assert not any("unreachable" in text or "offline" in text.lower() for text in words)
    staff = SyncIndicator(window.rules.timezone, for_staff=True)   # staff home's line
    staff.show_status(dot.status)  # type: ignore[arg-type]
    assert "Office offline" in staff.line.text() and "unreachable" in staff.line.text()
    staff.deleteLater()
    window.sync_status_changed.emit(SyncStatus(online=True, pending=2,
                                               last_success=datetime.now(UTC)))
    qtbot.waitUntil(lambda: dot.colour == SyncDot.WAITING)
    window.sync_status_changed.emit(SyncStatus(online=True, pending=0,
                                               last_success=datetime.now(UTC)))
    qtbot.waitUntil(lambda: dot.colour == SyncDot.ONLINE)


def test_a_tap_never_lands_on_the_sync_dot(qtbot: QtBot, window: KioskWindow) -> None:
    window.attract.show_sync_status(SyncStatus(online=True, pending=0,
                                               last_success=datetime.now(UTC)))
    dot = window.attract.sync_line
    assert dot is not None
    qtbot.mouseClick(window.attract, Qt.MouseButton.LeftButton,
                     pos=dot.geometry().center() + QPoint(0, 0))
    assert window.current_screen is window.parts.registration.welcome
