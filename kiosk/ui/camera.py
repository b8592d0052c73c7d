"""Optional camera scanning: where QtMultimedia (PySide6-Addons) and a camera exist, frames
are decoded with zxing-cpp (the `camera` extra) and found codes arrive as scans.

Neither is needed: a kiosk without them logs one line and relies on its USB scanner.
Frames are sampled a few times a second and decoded off the UI thread.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from kiosk.ui.tasks import run_detached

log = logging.getLogger(__name__)

FRAMES_PER_SECOND = 4


def decode_qr(image: QImage) -> list[str]:
    """Every QR code zxing-cpp finds in `image` (grey-scaled first)."""
    import zxingcpp
    from PIL import Image

    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(grey.constBits())
    pil = Image.frombuffer("L", (grey.width(), grey.height()), data, "raw", "L",
                           grey.bytesPerLine(), 1)
    return [result.text for result in zxingcpp.read_barcodes(pil)
            if result.format == zxingcpp.BarcodeFormat.QRCode]


class CameraScanner(QObject):
    """Emits `scanned(text)` for QR codes seen by the first camera, when there is one."""

    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._parts: list[Any] = []
        self._last_frame = 0.0
        self._busy = False

    def start(self) -> bool:
        """Start the camera if everything it needs is there; False (and a log line) if not."""
        try:
            from PySide6.QtMultimedia import (
                QCamera,
                QMediaCaptureSession,
                QMediaDevices,
                QVideoSink,
            )
        except ImportError as exc:
            log.info("camera scanning off: %s (install the 'camera' extra)", exc.name)
            return False
        devices = QMediaDevices.videoInputs()
        if not devices:
            log.info("camera scanning off: no camera found")
            return False
        try:        # the decoder, loaded only for a camera that is there
            import zxingcpp  # noqa: F401
        except ImportError as exc:
            log.info("camera scanning off: %s", exc.name)
            return False
        camera = QCamera(devices[0])
        session = QMediaCaptureSession()
        sink = QVideoSink()
        session.setCamera(camera)
        session.setVideoSink(sink)
        sink.videoFrameChanged.connect(self._on_frame)
        camera.start()
        self._parts = [camera, session, sink]
        log.info("camera scanning on: %s", devices[0].description())
        return True

    def _on_frame(self, frame: Any) -> None:
        now = time.monotonic()
        if self._busy or now - self._last_frame < 1 / FRAMES_PER_SECOND:
            return
        self._last_frame = now
        image = frame.toImage()
        if image.isNull():
            return
        self._busy = True
        run_detached(lambda: decode_qr(image), self._on_decoded, self._on_failed)

    def _on_decoded(self, codes: list[str]) -> None:
        self._busy = False
        for code in codes:
            self.scanned.emit(code)

    def _on_failed(self, error: Exception) -> None:
        self._busy = False
        log.warning("camera frame could not be decoded: %s", error)
