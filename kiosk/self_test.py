"""`kiosk --self-test OUT_DIR`: prove an installed (or frozen) kiosk has everything it needs.

It runs the real code paths once, on a throw-away data dir: starts Qt (offscreen when there
is no display), loads every translation catalogue and bundled font, opens the store, renders
the attract screen, registers a producer through the real services, renders and verifies the
card, saves it as PDF, and loads the CUPS client (pycups); with a print queue, prints the card
on both sides and waits until CUPS completed it. Any missing module,
asset or plugin fails it with a message and exit status 1; success prints one line

    self-test ok: attract.png card.png card.pdf producer 001-0000001-1 ...

CI runs it on the frozen build (tests/app/test_frozen_build.py); staff can run it on a kiosk.
Everything Qt does here is in `kiosk.ui.self_test_render`; this module holds no Qt.
"""

from __future__ import annotations

import logging
import sys
import tempfile
import traceback
from pathlib import Path

from kiosk.bootstrap import open_kiosk
from kiosk.db.identity import trusted_keys
from kiosk.db.store import Store
from kiosk.domain.rules import RuleBook
from kiosk.domain.tokens import verify_card
from kiosk.services.bundle import KioskServices
from kiosk.services.registration import RegistrationRequest
from kiosk.settings import load_settings
from kiosk.ui.printing import PrintFailure, print_card, printer_names
from kiosk.ui.self_test_render import (
    QtSelfTest,
    SelfTestFailed,
    count_qt_catalogues,
    print_pdf,
    save_card_picture,
)

log = logging.getLogger(__name__)

SELF_TEST_NAME = "セルフテスト"


def throwaway_data_dir(out_dir: Path) -> Path:
    """A fresh data dir under OUT_DIR (kept afterwards: it holds the self-test's log)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix="data-", dir=out_dir))


def cups_client_support() -> str:
    """"cups" when this build can talk to CUPS (pycups and libcups load)."""
    try:
        import kiosk.ui.cups_client  # noqa: F401
    except ImportError as exc:
        raise SelfTestFailed(f"CUPS cannot be reached from this build: {exc}") from exc
    return "cups"


def _print_both_sides(services: KioskServices, queue: str) -> str:
    """The self-test card, front and back, on `queue`, waited for until CUPS completed it
    (a printer that is off or out of cards fails the self-test, with its reason)."""
    from kiosk.ui.print_worker import card_back_png, card_front_png

    job_id = services.print_queue.next_waiting()
    if job_id is None:
        raise SelfTestFailed("the self-test card was not queued for printing")
    card = services.print_queue.card_for(job_id)
    try:
        done = print_card(queue, card_front_png(card), card_back_png(card),
                          title="Self-test card")
    except PrintFailure as exc:
        raise SelfTestFailed(f"the card did not print on {queue}: {exc}") from exc
    return f"{queue}({'both-sides' if done.both_sides else 'front-only'},{done.media})"


def serial_scanner_support() -> str:
    """"ok" when this build can read a serial scanner (pyserial is in it)."""
    try:
        import kiosk.ui.serial_scanner  # noqa: F401
    except ImportError as exc:
        raise SelfTestFailed(f"serial scanners cannot be read: {exc}") from exc
    return "ok"


def run_self_test(out_dir: Path, data_dir: Path, rules: RuleBook,
                  print_queue: str | None = None) -> int:
    """Exit status: 0 when every check passed, 1 (and a message on stderr) otherwise.
    With `print_queue`, the card is also sent to that print queue (CUPS)."""
    try:
        summary = _check_everything(out_dir, data_dir, rules, print_queue)
    except Exception as exc:
        log.error("self-test failed:\n%s", traceback.format_exc(limit=8)[:4000])
        detail = str(exc)[:500]         # not a whole PNG dumped by a binding's message
        print(f"self-test FAILED: {type(exc).__name__}: {detail}", file=sys.stderr, flush=True)
        return 1
    print(f"self-test ok: {summary}", flush=True)
    return 0


def _check_everything(out_dir: Path, data_dir: Path, rules: RuleBook,
                      print_queue: str | None) -> str:
    out_dir.mkdir(parents=True, exist_ok=True)
    qt = QtSelfTest()
    settings = load_settings(data_dir)
    store, services = open_kiosk(settings, rules)
    try:
        with qt.window(settings, rules, services) as window:
            window.render_attract(out_dir / "attract.png")
            made = services.issuer.issue(RegistrationRequest.new(SELF_TEST_NAME, "ja", True))
            _check_token(store, made.issued.token, made.issued.card_id)
            save_card_picture(made.card_png, out_dir / "card.png")
            print_pdf(made.card_png, out_dir / "card.pdf")
            plugin = cups_client_support()
            queues = len(printer_names())
            printed = _print_both_sides(services, print_queue) if print_queue else "-"
            camera = "on" if window.start_camera() else "off"   # optional: off must not fail
            serial = serial_scanner_support()
    finally:
        store.close()
    return (f"attract.png card.png card.pdf producer {made.issued.producer_number} "
            f"languages={qt.languages} qt-catalogues={count_qt_catalogues()} "
            f"fonts={qt.fonts} rules=v{rules.version} print={plugin} queues={queues} "
            f"printed={printed} camera={camera} serial={serial}")


def _check_token(store: Store, token: str, card_id: int) -> None:
    claims = verify_card(token, trusted_keys(store))   # raises TokenError if it does not
    if claims.card_id != card_id:
        raise SelfTestFailed(f"the card's QR token names card {claims.card_id}, not {card_id}")
