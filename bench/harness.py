"""What every in-process benchmark needs: a real kiosk window over a real store, offscreen,
and percentiles."""

from __future__ import annotations

import gc
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from kiosk.db.store import Store
    from kiosk.ui.main_window import KioskWindow


ROOT = Path(__file__).resolve().parent.parent


def kiosk_process_env() -> dict[str, str]:
    """The environment a benchmark starts a kiosk process in: offscreen, this checkout on
    the path, and compiled bytecode allowed (an installed kiosk starts from it; pip compiles
    on install, a checkout writes it on its first start), whatever the caller's shell says."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def spread(values: list[float]) -> dict[str, float]:
    """What the report gives for every repeated figure: min, median, p95 and how many."""
    return {"min": min(values), "median": percentile(values, 0.5),
            "p95": percentile(values, 0.95), "n": len(values)}


def spread_text(values: list[float], unit: str, digits: int = 0) -> str:
    """`median 153 ms (min 121, p95 170; 9 runs)`."""
    s = spread(values)
    return (f"median {s['median']:,.{digits}f} {unit} (min {s['min']:,.{digits}f}, "
            f"p95 {s['p95']:,.{digits}f}; {s['n']} runs)")


def open_window(data_dir: Path | None = None,
                build_all: bool = True) -> tuple[QApplication, Store, KioskWindow]:
    """The app, the opened store and a shown portrait window (close both when done), its
    start-up heap set aside from the garbage collector as the kiosk's own start sets it.
    Every flow and desk is built (unless `build_all` is False: as at start-up), as in a
    kiosk after a day's use (each is built at its first use): a language switch then
    re-translates them all, the slowest case."""
    from kiosk.bootstrap import load_rules, open_kiosk
    from kiosk.paths import rules_path
    from kiosk.settings import load_settings
    from kiosk.ui.heap import set_heap_aside
    from kiosk.ui.i18n import LanguageSwitcher
    from kiosk.ui.main_window import KioskWindow
    from kiosk.ui.theme import install_theme

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    install_theme(app)
    settings = load_settings(data_dir or Path(tempfile.mkdtemp(prefix="kiosk-bench-")))
    rules = load_rules(rules_path())
    store, services = open_kiosk(settings, rules)
    window = KioskWindow(settings, rules, services, LanguageSwitcher(app), allow_exit=True)
    if build_all:
        window.parts.build_all()
    window.fit_to(1080, 1920)
    window.show()
    app.processEvents()
    set_heap_aside()
    return app, store, window


def close_window(app: QApplication, store: Store, window: KioskWindow) -> None:
    """Close and destroy the window, then close the store. A window only closed keeps its
    application-wide event filters (idle, scanner, staff gesture) installed, and every
    later benchmark in the same process pays for them on every event."""
    gc.unfreeze()
    window.close()
    window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    store.close()
