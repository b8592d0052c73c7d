"""Render every screen, in every offered language and both orientations, to PNG files.

`make gallery` runs this on a throw-away data dir; the screenshot tests call `capture`
with their own window. The window is driven into each state the way the flow would be
(sample name typed, terms shown, a real card issued), then grabbed.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from kiosk.services.card_issue import NewProducerCard
from kiosk.services.producer_view import ProducerSummary
from kiosk.services.registration import RegistrationRequest
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screens.base import Screen
from kiosk.ui.staff_samples import load_staff_samples, staff_screens

ORIENTATIONS = {"portrait": (1080, 1920), "landscape": (1920, 1080)}
SAMPLE_NAMES = {"ja": "タナカ ミライ", "en": "Alex Morgan", "fr": "Chloé Martin",
                "es": "Lucía Pérez", "th": "Somchai", "ko": "Minji Kim", "zh_CN": "Li Wei",
                "zh_TW": "Chen Yu"}


def _settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def _with_a_refused_purchase(summary: ProducerSummary) -> ProducerSummary:
    """The history as it looks after the office refused a purchase (its receipt had earned
    PV at another kiosk): shown, marked as not counted."""
    from dataclasses import replace
    from datetime import UTC, datetime, timedelta

    from kiosk.domain.ledger import EntryKind
    from kiosk.services.producer_view import HistoryItem

    refused = HistoryItem(EntryKind.PURCHASE, datetime.now(UTC) - timedelta(hours=1), 7, 0,
                          0, None, None, synced=True, counted=False)
    return replace(summary, history=(*summary.history[:4], refused))


def load_samples(window: KioskWindow, card: NewProducerCard, language: str) -> None:
    """Fill every screen the way a real session would (a real card, a real check-in)."""
    name = SAMPLE_NAMES.get(language, SAMPLE_NAMES["en"])
    registration = window.parts.registration
    registration.name.name_edit.setText(name)
    registration.confirm.load(name, language)
    registration.card_ready.load(card.issued, card.card_png)
    services = window.services
    if services is None:
        return
    found = services.cards.check_card(card.issued.token).summary
    assert found is not None
    stay = services.visits.check_in(found.producer_id).stay
    summary = services.cards.summary(found.producer_id)
    flow = window.parts.producer
    flow.balance.load(_with_a_refused_purchase(summary), stay,
                      card_upgrade=True)                   # show the rank-up note too
    flow.push.load(services.pushes.roster(), services.pushes.allowance(summary.producer_id),
                   summary.rank.weight, summary.push_points)
    roster = services.pushes.roster()
    if roster:
        flow.push.tile(roster[0].cast_id).click()
    flow.login.number.setText(summary.number)
    flow.login.password.setText("secret")
    _sample_board(window, [(entry.cast_id, entry.stage_name_ja, entry.stage_name_en)
                           for entry in roster])
    load_staff_samples(window, card)


def _sample_board(window: KioskWindow, roster: list[tuple[str, str, str]]) -> None:
    """A board and a sync line as the office would send them (sample votes)."""
    from datetime import UTC, datetime, timedelta

    from kiosk.services.ranking_view import BoardLine, BoardView
    from kiosk.sync.runner import SyncStatus

    now = datetime.now(UTC)
    lines = tuple(BoardLine(i + 1, cast_id, ja, en, 1240 - 180 * i)
                  for i, (cast_id, ja, en) in enumerate(roster[:5]))
    if lines:
        window.attract.show_board(BoardView(now.strftime("%Y-%m"), now, lines))
    window.attract.show_sync_status(SyncStatus(online=False, pending=12,
                                               last_success=now - timedelta(minutes=7),
                                               last_error="office unreachable", failures=3))


def capture(window: KioskWindow, out_dir: Path, language: str, orientation: str,
            card: NewProducerCard) -> dict[str, Path]:
    """Grab each screen of `window`; returns screen name → PNG path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    window.fit_to(*ORIENTATIONS[orientation])
    window.shell.switch_language(language)
    load_samples(window, card, language)
    registration, producer = window.parts.registration, window.parts.producer
    states: list[tuple[str, Screen]] = [
        ("attract", window.attract), ("welcome", registration.welcome),
        ("name", registration.name), ("terms", registration.terms),
        ("confirm", registration.confirm), ("card_ready", registration.card_ready),
        ("balance", producer.balance), ("push", producer.push),
        ("manual_login", producer.login),
        *((f"staff_{name}", screen) for name, screen in staff_screens(window)),
    ]
    shots: dict[str, Path] = {}
    for label, screen in states:
        window.stack.setCurrentWidget(screen)
        _settle()
        shots[label] = _save(window, out_dir / f"{label}_{language}_{orientation}.png")
    window.stack.setCurrentWidget(window.attract)
    window.attract.turn_to_board()
    _settle()
    shots["ranking_board"] = _save(window, out_dir / f"ranking_board_{language}_{orientation}.png")
    window.attract.reset()
    explainer = registration.explainer
    window.stack.setCurrentWidget(explainer)
    for index in range(explainer.page_count):
        explainer.show_page(index)
        _settle()
        label = f"explainer{index + 1}"
        shots[label] = _save(window, out_dir / f"{label}_{language}_{orientation}.png")
    window.shell.reset()
    return shots


def _save(window: KioskWindow, path: Path) -> Path:
    # A page's minimum size can overshoot while its word-wrapped labels settle, and a
    # window grows to a minimum but never shrinks back by itself: back to the screen size.
    size = ORIENTATIONS["portrait" if window.attract.portrait else "landscape"]
    if (window.width(), window.height()) != size:
        window.resize(*size)
        _settle()
    if not window.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def main(argv: list[str]) -> int:
    import argparse

    from kiosk.bootstrap import load_rules, open_kiosk
    from kiosk.paths import rules_path
    from kiosk.settings import load_settings
    from kiosk.ui.i18n import LanguageSwitcher
    from kiosk.ui.theme import install_theme

    parser = argparse.ArgumentParser(prog="python -m kiosk.ui.gallery",
                                     description="Render every screen to PNG files.")
    parser.add_argument("--out", type=Path, default=Path("test-artifacts/gallery"))
    parser.add_argument("--languages", nargs="*", default=None,
                        help="language codes (default: all offered)")
    args = parser.parse_args(argv)
    out_dir: Path = args.out
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_theme(app)
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(Path(tmp))
        rules = load_rules(rules_path())
        store, services = open_kiosk(settings, rules)
        window = KioskWindow(settings, rules, services, LanguageSwitcher(app), allow_exit=True)
        window.show()
        count = 0
        for language in args.languages or settings.languages:
            card = services.issuer.issue(RegistrationRequest.new(
                SAMPLE_NAMES.get(language, "Alex Morgan"), language, True))
            for orientation in ORIENTATIONS:
                count += len(capture(window, out_dir, language, orientation, card))
        window.close()
        store.close()
    print(f"wrote {count} screenshots to {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
