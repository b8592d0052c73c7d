"""What building a flow at its first use costs: the first tap and the first scan after a
start, beside the same tap and scan once the flow exists, in the same run.

The kiosk builds each flow when it is first used (`kiosk/ui/kiosk_parts.py`), so the
first customer after a start waits for the registration flow to be built (the first tap on
the attract screen) or the producer flow (the first scan), on the UI thread. Each round
opens a fresh window over the same store (nothing built but the attract screen, as after
a start), then times on it, with the clock stopped when the screen has painted:
- tap → the welcome screen painted, first (flow built meanwhile) and again (built);
- scan → the balance painted, first and again (the scanner's `scanned` signal, the same
  path a burst takes after it is recognised; the scan itself is `bench/scale.py`'s).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QWidget

from bench.harness import close_window, open_window, percentile

PAINT_TIMEOUT_MS = 10_000


class _Painted(QObject):
    """Quits `loop` at the first paint of whichever widget it was installed on."""

    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self.loop = loop
        self.at = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self.at and event.type() == QEvent.Type.Paint:
            self.at = time.perf_counter()
            QTimer.singleShot(0, self.loop.quit)
        return False


def _until_painted(start: Callable[[], object], screen: Callable[[], QWidget]) -> float:
    """Milliseconds from `start()` to the first paint of the screen `screen()` returns
    (looked up after `start`, which may be what builds it)."""
    loop = QEventLoop()
    watch = _Painted(loop)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    started = time.perf_counter()
    start()
    target = screen()
    target.installEventFilter(watch)
    target.update()
    guard.start(PAINT_TIMEOUT_MS)
    loop.exec()
    target.removeEventFilter(watch)
    if not watch.at:
        raise RuntimeError(f"{type(target).__name__} was never painted")
    return (watch.at - started) * 1000


def _one_start(data_dir: Path | None, token: str) -> tuple[Path, str, dict[str, float]]:
    """A fresh window over the store in `data_dir` (a new one when None), its first and
    second tap and scan; returns the data dir, the card used and the four times."""
    from kiosk.services.registration import RegistrationRequest

    app, store, window = open_window(data_dir, build_all=False)
    services = window.services
    assert services is not None
    if not token:
        token = services.issuer.issue(RegistrationRequest.new("ベンチ", "ja", True)).issued.token
    assert window.parts.built_names == ("gate",)
    times: dict[str, float] = {}
    for key in ("tap_first", "tap_again"):
        times[key] = _until_painted(lambda: window.attract.started.emit("ja"),
                                    lambda: window.parts.registration.welcome)
        window.shell.reset()
        app.processEvents()
    for key in ("scan_first", "scan_again"):
        window.scanner.forget_last_scan()
        times[key] = _until_painted(lambda: window.scanner.scanned.emit(token),
                                    lambda: window.parts.producer.balance)
        window.shell.reset()
        app.processEvents()
    data_dir = window.shell.settings.data_dir
    close_window(app, store, window)
    return data_dir, token, times


def run(rounds: int = 7) -> dict[str, float]:
    samples: dict[str, list[float]] = {key: [] for key in (
        "tap_first", "tap_again", "scan_first", "scan_again")}
    data_dir: Path | None = None
    token = ""
    for _ in range(rounds + 1):                  # the first start warms caches; dropped
        data_dir, token, times = _one_start(data_dir, token)
        for key, value in times.items():
            samples[key].append(value)
    result: dict[str, float] = {"rounds": float(rounds)}
    for key, values in samples.items():
        kept = values[1:]
        result[f"{key}_median_ms"] = statistics.median(kept)
        result[f"{key}_p95_ms"] = percentile(kept, 0.95)
        result[f"{key}_min_ms"] = min(kept)
    return result


def report(result: dict[str, float]) -> str:
    def line(what: str, key: str) -> str:
        first, again = result[f"{key}_first_median_ms"], result[f"{key}_again_median_ms"]
        return (f"- {what}: first {first:.0f} ms (p95 {result[f'{key}_first_p95_ms']:.0f}), "
                f"again {again:.0f} ms (p95 {result[f'{key}_again_p95_ms']:.0f}): the "
                f"flow's build adds {first - again:.0f} ms, once a start")

    return "\n".join([
        f"## The first tap and the first scan after a start ({int(result['rounds'])} "
        "fresh windows)",
        "Each flow is built at its first use; medians of each round's first and second "
        "use, on the UI thread, painted.",
        line("tap on the attract screen → welcome painted", "tap"),
        line("scan → balance painted", "scan"),
    ])
