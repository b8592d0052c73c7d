"""Render every screen, in the offered languages, at every supported screen size, to PNGs.

`make gallery` runs this on a throw-away data dir: one process per screen size, each on a
screen of exactly that size (Qt's offscreen plugin, configured like a real display), where
the kiosk window goes full screen the way it does in a café — the gallery never sizes the
window itself. The screenshot tests call `capture` with their own window. The window is
driven into each state the way the flow would be (sample name typed, terms shown, a real
card issued), then grabbed. Files are named `<screen>_<language>_<W>x<H>.png`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from kiosk.services.card_issue import NewProducerCard
from kiosk.services.producer_view import ProducerSummary
from kiosk.services.pushes import CastEntry, PushDone
from kiosk.services.registration import RegistrationRequest
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screens.base import Screen
from kiosk.ui.staff_samples import load_staff_samples, staff_screens

ORIENTATIONS = {"portrait": (1080, 1920), "landscape": (1920, 1080)}
FULL_HD = tuple(ORIENTATIONS.values())
# The screens cafés buy, each way round (docs/INSTALL.md lists the same).
SCREEN_SIZES = (*FULL_HD, (1366, 768), (768, 1366), (1280, 800), (800, 1280),
                (1280, 1024), (1024, 1280), (1024, 768), (768, 1024))
SMALL_SCREEN_LANGUAGES = ("ja", "th", "fr")      # Japanese, the tallest script, long words
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
    _demo_cast(window)
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
    _sample_board(window, roster)
    _sample_cards(window)
    load_staff_samples(window, card)


def _demo_cast(window: KioskWindow) -> None:
    """The demo roster with its drawn portraits, where the store has no cast (the
    gallery's own throw-away store) or its demo members have no photo yet."""
    from kiosk.services.demo import seed_demo_cast

    seed_demo_cast(window.shell.settings.data_dir)


def _sample_cards(window: KioskWindow) -> None:
    """The attract screen's card fan, drawn here rather than on the worker thread."""
    from kiosk.ui.widgets.card_fan import sample_card_pngs

    if window.services is not None and not window.attract.fan.card_count:
        window.attract.set_cards(sample_card_pngs(window.services.branding.current(),
                                                  list(window.rules.ranks)))


def _sample_board(window: KioskWindow, roster: list[CastEntry]) -> None:
    """A board and a sync state as the office would send them (sample votes)."""
    from datetime import UTC, datetime, timedelta

    from kiosk.services.ranking_view import BoardLine, BoardView
    from kiosk.sync.runner import SyncStatus

    now = datetime.now(UTC)
    lines = tuple(BoardLine(i + 1, entry.cast_id, entry.stage_name_ja, entry.stage_name_en,
                            1240 - 180 * i, entry.photo)
                  for i, entry in enumerate(roster[:5]))
    if lines:
        window.attract.show_board(BoardView(now.strftime("%Y-%m"), now, lines))
    window.attract.show_sync_status(SyncStatus(online=False, pending=12,
                                               last_success=now - timedelta(minutes=7),
                                               last_error="office unreachable", failures=3))


def capture(window: KioskWindow, out_dir: Path, language: str, label: str,
            card: NewProducerCard, accessible: bool = False) -> dict[str, Path]:
    """Grab each screen of `window`, at the size it has, in the accessible mode if asked;
    returns screen name → PNG path (named `<screen>_<language>_<label>.png`)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    window.shell.switch_language(language)
    load_samples(window, card, language)
    if accessible:
        window.accessible.set(True)
        label = f"{label}_accessible"
    registration, producer = window.parts.registration, window.parts.producer
    states: list[tuple[str, Screen]] = [
        ("attract", window.attract), ("welcome", registration.welcome),
        ("name", registration.name),
        ("confirm", registration.confirm), ("card_ready", registration.card_ready),
        ("balance", producer.balance), ("push", producer.push),
        ("manual_login", producer.login),
        *(() if accessible else
          ((f"staff_{name}", screen) for name, screen in staff_screens(window))),
    ]
    shots: dict[str, Path] = {}

    def save(name: str) -> None:
        _settle()
        shots[name] = _save(window, out_dir / f"{name}_{language}_{label}.png")

    for name, screen in states:
        window.stack.setCurrentWidget(screen)
        save(name)
    window.stack.setCurrentWidget(producer.balance)
    _celebrate(window)
    save("push_celebration")
    producer.celebration.hide()
    window.stack.setCurrentWidget(window.attract)
    window.attract.turn_to_board()
    save("ranking_board")
    window.attract.reset()
    explainer = registration.explainer
    window.stack.setCurrentWidget(explainer)
    for index in range(explainer.page_count):
        explainer.show_page(index)
        save(f"explainer{index + 1}")
    window.shell.reset()
    return shots


def _celebrate(window: KioskWindow) -> None:
    """The celebration after a push, at the end of its animation (a sample push of three
    points at weight two, not written to the store)."""
    roster = window.services.pushes.roster() if window.services is not None else []
    if not roster:
        return
    cast = roster[0]
    done = PushDone(CastEntry(cast.cast_id, cast.stage_name_ja, cast.stage_name_en,
                              cast.photo, 1246), points=3, votes=6, points_left=2)
    window.parts.producer.celebration.celebrate(done, weight=2, animate=False)


_overflows: list[str] = []


def take_overflows() -> list[str]:
    """The shots whose screen needed more room than the screen has (then cleared): on a
    real full-screen kiosk such a screen pushes the window past the display's edge."""
    found = list(_overflows)
    _overflows.clear()
    return found


def _save(window: KioskWindow, path: Path) -> Path:
    # A page's minimum size can overshoot while its word-wrapped labels settle, and a
    # window grows to a minimum but never shrinks back by itself: back to the size the
    # screens were laid out for (a full-screen kiosk window is held there by the screen).
    # A page whose settled minimum is still larger than the screen is a real overflow.
    width, height = window.laid_out_for
    needed = window.minimumSizeHint()
    if needed.width() > width or needed.height() > height:
        _overflows.append(f"{path.stem}: {type(window.stack.currentWidget()).__name__} needs "
                          f"{needed.width()}x{needed.height()}")
    if (window.width(), window.height()) != window.laid_out_for:
        window.resize(*window.laid_out_for)
        _settle()
    if not window.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


# ---- the command: one process per screen size ---------------------------------------------

def offscreen_platform(size: tuple[int, int], folder: Path) -> str:
    """A QT_QPA_PLATFORM value whose one screen is `size` (Qt's offscreen plugin reads the
    screens from a JSON file), so the kiosk finds that screen as it would a real one."""
    config = folder / f"screen-{size[0]}x{size[1]}.json"
    config.write_text(json.dumps({"screens": [{
        "name": "gallery", "x": 0, "y": 0, "width": size[0], "height": size[1],
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    return f"offscreen:configfile={config}"


def _render_sizes(out_dir: Path, languages: list[str] | None,
                  sizes: list[tuple[int, int]], accessible: bool = False) -> int:
    """Run this command once per size, each in its own process on a screen of that size."""
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            chosen = languages or (None if size in FULL_HD else list(SMALL_SCREEN_LANGUAGES))
            command = [sys.executable, "-m", "kiosk.ui.gallery", "--out", str(out_dir),
                       "--this-screen", *(["--accessible"] if accessible else [])]
            if chosen:
                command += ["--languages", *chosen]
            env = {**os.environ, "QT_QPA_PLATFORM": offscreen_platform(size, Path(tmp))}
            done = subprocess.run(command, env=env, check=False)
            if done.returncode != 0:
                return done.returncode
    return 0


def _render_this_screen(out_dir: Path, languages: list[str] | None,
                        accessible: bool = False) -> int:
    """Every screen on this process's screen, full screen as the kiosk shows itself."""
    from kiosk.bootstrap import load_rules, open_kiosk
    from kiosk.paths import rules_path
    from kiosk.settings import load_settings
    from kiosk.ui.i18n import LanguageSwitcher
    from kiosk.ui.theme import install_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    geometry = app.primaryScreen().geometry()
    size = (geometry.width(), geometry.height())
    install_theme(app, screen=size)
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(Path(tmp))
        rules = load_rules(rules_path())
        store, services = open_kiosk(settings, rules)
        window = KioskWindow(settings, rules, services, LanguageSwitcher(app), allow_exit=True)
        window.show_kiosk(*size)
        count = 0
        for language in languages or settings.languages:
            card = services.issuer.issue(RegistrationRequest.new(
                SAMPLE_NAMES.get(language, "Alex Morgan"), language, True))
            count += len(capture(window, out_dir, language, f"{size[0]}x{size[1]}", card,
                                 accessible))
        window.close()
        store.close()
    print(f"wrote {count} screenshots at {size[0]}x{size[1]} to {out_dir}", flush=True)
    overflows = take_overflows()
    for line in overflows:
        print(f"does not fit the {size[0]}x{size[1]} screen: {line}", file=sys.stderr)
    return 1 if overflows else 0


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.partition("x")
    return int(width), int(height)


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m kiosk.ui.gallery",
        description="Render every screen to PNG files, full screen at real screen sizes.")
    parser.add_argument("--out", type=Path, default=Path("test-artifacts/gallery"))
    parser.add_argument("--languages", nargs="*", default=None,
                        help="language codes (default: all offered at 1080 p, "
                             f"{' '.join(SMALL_SCREEN_LANGUAGES)} on smaller screens)")
    parser.add_argument("--screens", nargs="*", type=_size, default=None, metavar="WxH",
                        help="screen sizes (default: every supported size, both ways round)")
    parser.add_argument("--this-screen", action="store_true",
                        help="render on the screen this process has (one size)")
    parser.add_argument("--accessible", action="store_true",
                        help="the customer screens in the accessible mode")
    args = parser.parse_args(argv)
    if args.this_screen:
        return _render_this_screen(args.out, args.languages, args.accessible)
    return _render_sizes(args.out, args.languages, args.screens or list(SCREEN_SIZES),
                         args.accessible)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
