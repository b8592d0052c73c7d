"""The attract screen's first frame, kept from the last start and painted before the kiosk's
own code has loaded.

Why: Python and Qt take about 0.1 s to start; importing the kiosk, building its window and
laying out the attract screen take as long again, and all that time the glass is black. A
kiosk starts the same way every time, so the first frame of the last start (same screen
size, settings, rules, logo and code) is painted as soon as Qt is up, and the live window
takes its place once it has painted. Everything that shapes the picture is in the frame's
key, so a changed kiosk never shows an old picture; and the live window compares its own
first frame with the one it replaced and keeps the new one when they differ, so whatever
the key could miss is shown at most once, for the fraction of a second before the live paint.

The frame is kept as raw pixels (a PNG of a full-HD screen takes ~20 ms to decode; reading
8 MB from the page cache takes ~3 ms), written atomically, and checked for its exact length
before use: a damaged or half-written frame is ignored, never shown.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEventLoop, QRect
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.settings_file import PRIVATE_FILE_MODE, write_atomically

log = logging.getLogger(__name__)

PORTRAIT = (1080, 1920)
LANDSCAPE = (1920, 1080)
FORMAT = QImage.Format.Format_RGB32
WAIT_FOR_PAINT_MS = 500        # a display that has not exposed the window by then: go on


def window_size(app: QGuiApplication, windowed: str | None) -> tuple[int, int]:
    """The size the kiosk's window takes: the primary screen, or a developer's window."""
    if windowed:
        return PORTRAIT if windowed == "portrait" else LANDSCAPE
    screen = app.primaryScreen().geometry()
    return screen.width(), screen.height()


@dataclass(frozen=True)
class FrameStore:
    """Where the frame lives (the data dir's `cache/`) and what it must match."""

    folder: Path
    key: str

    @classmethod
    def for_start(cls, data_dir: Path, app: QGuiApplication, size: tuple[int, int],
                  windowed: str | None, inputs: Iterable[Path], options: str) -> FrameStore:
        digest = hashlib.sha256()
        screen = app.primaryScreen()
        digest.update(f"{size} {windowed} {options} {app.platformName()} "
                      f"{screen.devicePixelRatio() if screen else 1}".encode())
        for path in inputs:
            digest.update(f"\0{path}\0".encode())
            try:
                digest.update(path.read_bytes())
            except OSError:
                digest.update(b"(missing)")
        digest.update(code_fingerprint().encode())
        return cls(data_dir / "cache", digest.hexdigest())

    @property
    def pixels(self) -> Path:
        return self.folder / "first-frame.raw"

    @property
    def meta(self) -> Path:
        return self.folder / "first-frame.json"

    def load(self) -> QImage | None:
        """The kept frame if it was made for exactly this start, else None."""
        try:
            meta = json.loads(self.meta.read_text(encoding="utf-8"))
            if meta.get("key") != self.key or _files_changed(meta.get("files", {})):
                return None
            width, height, line = int(meta["width"]), int(meta["height"]), int(meta["line"])
            data = self.pixels.read_bytes()
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if width <= 0 or height <= 0 or line < width * 4 or len(data) != line * height:
            return None                    # damaged or half-written: never shown
        image = QImage(data, width, height, line, FORMAT).copy()   # owns its pixels
        image.setDevicePixelRatio(float(meta.get("dpr", 1.0)))
        return image

    def keep(self, image: QImage, files: Iterable[Path]) -> None:
        """Write the frame and its key (pixels first, key last: a key never names pixels
        that are not all there)."""
        image = image.convertToFormat(FORMAT)
        meta = {"key": self.key, "width": image.width(), "height": image.height(),
                "line": image.bytesPerLine(), "dpr": image.devicePixelRatio(),
                "files": {str(path): _stamp(path) for path in files}}
        try:
            self.folder.mkdir(mode=0o700, exist_ok=True)
            self.meta.unlink(missing_ok=True)
            write_atomically(self.pixels, bytes(image.constBits()), PRIVATE_FILE_MODE)
            write_atomically(self.meta, json.dumps(meta), PRIVATE_FILE_MODE)
        except OSError as exc:
            log.warning("the first frame was not kept (the next start paints later): %s", exc)


class FirstFrame(QWidget):
    """The kept frame on the glass, shown the way the kiosk shows its window."""

    def __init__(self, image: QImage, started: float, announce: bool) -> None:
        super().__init__()
        self.setWindowTitle("Producer Kiosk starting")
        self.image = image
        self.painted = False
        self._started = started
        self._announce = announce

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.drawImage(QRect(0, 0, self.width(), self.height()), self.image)
        painter.end()
        if not self.painted and self._announce:
            print(f"first-paint-in-process {time.perf_counter() - self._started:.4f}",
                  flush=True)
        self.painted = True


def paint_kept_frame(data_dir: Path, windowed: str | None, inputs: Iterable[Path],
                     options: str, started: float, announce: bool
                     ) -> tuple[FrameStore, FirstFrame | None]:
    """Start Qt and paint the kept frame for this start (before the kiosk's code loads);
    the store is where the live window keeps its own for the next start."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Producer Kiosk")
    size = window_size(app, windowed)
    store = FrameStore.for_start(data_dir, app, size, windowed, inputs, options)
    return store, _show_kept_frame(store, app, size, windowed, started, announce)


def _show_kept_frame(store: FrameStore, app: QApplication, size: tuple[int, int],
                     windowed: str | None, started: float, announce: bool
                     ) -> FirstFrame | None:
    image = store.load()
    if image is None:
        return None
    logical = image.deviceIndependentSize().toSize()
    if (logical.width(), logical.height()) != size and not windowed:
        return None
    frame = FirstFrame(image, started, announce)
    frame.resize(logical)
    # No window flags: touching `Qt` creates its ~100 enum classes (~20 ms); full screen
    # is frameless anyway, and the live window, on top, covers it when it comes.
    if windowed:
        frame.show()
    else:
        frame.showFullScreen()
    deadline = time.monotonic() + WAIT_FOR_PAINT_MS / 1000
    while not frame.painted and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    return frame


def replace_frame(window: QWidget, store: FrameStore, shown: FirstFrame | None,
                  files: Iterable[Path]) -> None:
    """The live window has painted its first frame: keep it for the next start when it
    differs from the one shown (or none was), then take the kept one off the glass."""
    live = window.grab().toImage().convertToFormat(FORMAT)
    live.setDevicePixelRatio(window.devicePixelRatioF())
    if shown is None or shown.image != live:
        if shown is not None:
            log.info("the kept first frame differed from the live one; keeping the new one")
        store.keep(live, files)
    if shown is not None:
        shown.close()
        shown.image = QImage()         # its 8 MB of pixels go now, not at exit
        shown.deleteLater()


# ---- what the key is made of -------------------------------------------------------------------

@functools.cache
def code_fingerprint() -> str:
    """Names, sizes and times of the kiosk's code and assets: a new version (or a
    developer's edit) makes a new key without reading a byte of them (worked out once a
    run: the first frame and the kept sample cards share it)."""
    import kiosk
    from kiosk.paths import assets_dir

    if getattr(sys, "frozen", False):       # a bundled kiosk: its executable is its version
        return repr(_stamp(Path(sys.executable)))
    parts: list[str] = []
    for root in (Path(kiosk.__file__).parent, assets_dir()):
        for folder, dirs, names in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(names):
                path = os.path.join(folder, name)
                try:
                    status = os.stat(path)
                except OSError:
                    continue
                parts.append(f"{path}:{status.st_size}:{status.st_mtime_ns}")
    return "\n".join(parts)


def _stamp(path: Path) -> list[int]:
    try:
        status = path.stat()
    except OSError:
        return [-1, -1]
    return [status.st_size, status.st_mtime_ns]


def _files_changed(files: dict[str, list[int]]) -> bool:
    return any(_stamp(Path(name)) != list(stamp) for name, stamp in files.items())
