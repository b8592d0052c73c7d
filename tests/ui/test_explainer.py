"""The "How it works" guide: live figures in every language, swiping, where it opens from."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt, QTime
from pytestqt.qtbot import QtBot

from kiosk.domain.rules import RuleBook
from kiosk.settings import KNOWN_LANGUAGES
from kiosk.ui.explainer_text import explainer_pages
from kiosk.ui.formatting import number, yen
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screens.explainer import ExplainerScreen
from tests.ui.conftest import tap


def odd_rules(rules: RuleBook) -> RuleBook:
    """Figures no default happens to share, so finding them proves they came from here."""
    stay = dataclasses.replace(
        rules.stay, first_hour_minutes=70, first_hour_charge_yen=640,
        first_hour_min_drinks=2, extension_minutes=25, extension_charge_yen=380,
        extension_min_orders=3, leave_notice_minutes=13, stage_show_every_minutes=45)
    return dataclasses.replace(rules, yen_per_pv=777, card_issue_fee_yen=432,
                               push_points_per_visit=3, push_points_per_daily_login=2,
                               ranking_honoured_top=17, day_ends_at_hour=6, stay=stay)


@pytest.mark.parametrize("language", KNOWN_LANGUAGES)
def test_every_figure_comes_from_the_rules_in_every_language(
        qtbot: QtBot, themed_app: object, rules: RuleBook, language: str) -> None:
    changed = odd_rules(rules)
    switcher = LanguageSwitcher(themed_app)  # type: ignore[arg-type]
    switcher.switch(language)
    try:
        screen = ExplainerScreen(changed)
        qtbot.add_widget(screen)
        pages: list[str] = []
        for index in range(screen.page_count):
            screen.show_page(index)
            view = screen.page
            pages.append(" ".join([view.title.text(), view.ladder.text()]
                                  + [p.text() for p in view.paragraphs]))
        text = "\n".join(pages)
        day_end = QLocale().toString(QTime(6, 0), QLocale.FormatType.ShortFormat)
        expected = [yen(432), yen(777), day_end, number(17), number(70), yen(640),
                    number(25), yen(380), number(13), number(45), number(2), number(3),
                    number(changed.ranks[4].weight * 5)]
        expected += [number(rank.pv_from) for rank in changed.ranks]
        missing = [figure for figure in expected if figure not in text]
        assert missing == [], f"{language}: {missing}"
        assert yen(300) not in text and yen(500) not in text   # the old figures are gone
    finally:
        switcher.switch("en")


def test_plural_forms_follow_the_count(qtbot: QtBot, themed_app: object,
                                       rules: RuleBook) -> None:
    switcher = LanguageSwitcher(themed_app)  # type: ignore[arg-type]
    switcher.switch("en")
    one = odd_rules(rules)
    one = dataclasses.replace(one, stay=dataclasses.replace(one.stay,
                                                            first_hour_min_drinks=1))
    stay_page = explainer_pages(one)[-1].paragraphs[0]
    assert "at least 1 drink." in stay_page
    assert "at least 2 drinks." in explainer_pages(odd_rules(rules))[-1].paragraphs[0]
    assert "(s)" not in "".join("".join(p.paragraphs) for p in explainer_pages(rules))


def test_swiping_turns_pages(qtbot: QtBot, window: KioskWindow) -> None:
    tap(qtbot, window.attract.explain_button)
    guide = window.parts.registration.explainer
    assert window.current_screen is guide and guide.index == 0
    centre = guide.rect().center()
    for _ in range(2):
        qtbot.mousePress(guide, Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseRelease(guide, Qt.MouseButton.LeftButton, pos=centre - QPoint(300, 0))
    assert guide.index == 2
    qtbot.mousePress(guide, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseRelease(guide, Qt.MouseButton.LeftButton, pos=centre + QPoint(300, 0))
    assert guide.index == 1
    qtbot.mousePress(guide, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseRelease(guide, Qt.MouseButton.LeftButton, pos=centre + QPoint(20, 0))
    assert guide.index == 1                        # a small wobble is not a swipe
    tap(qtbot, guide.close_button)
    assert window.current_screen is window.attract


def test_attract_screen_cycles_welcomes_and_guide_pages(qtbot: QtBot,
                                                       window: KioskWindow) -> None:
    attract = window.attract
    seen_welcomes, seen_titles = {attract.welcome.text()}, {attract.teaser.title.text()}
    for _ in range(3):
        attract._next_welcome()
        seen_welcomes.add(attract.welcome.text())
        seen_titles.add(attract.teaser.title.text())
    assert len(seen_welcomes) == 4 and len(seen_titles) == 4
    assert "ようこそ、プロデューサー！" in seen_welcomes
    assert "Welcome, producer!" in seen_welcomes


@pytest.mark.parametrize("language", [code for code in KNOWN_LANGUAGES if code != "en"])
def test_no_english_rank_names_on_a_foreign_guide(qtbot: QtBot, themed_app: object,
                                                  rules: RuleBook, language: str) -> None:
    switcher = LanguageSwitcher(themed_app)  # type: ignore[arg-type]
    switcher.switch(language)
    try:
        screen = ExplainerScreen(rules)
        qtbot.add_widget(screen)
        screen.show_page(2)
        table = screen.page.ladder.text()
        assert [r.name_en for r in rules.ranks if r.name_en in table] == []
        assert rules.ranks[-1].name_for(language) in table
    finally:
        switcher.switch("en")
