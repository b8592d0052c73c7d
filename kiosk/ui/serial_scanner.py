"""A serial scanner (USB-COM / CDC-ACM, or RS-232): read on its own thread, codes to the UI.

Most 2D imagers can present themselves as a serial port instead of a keyboard. Then no
keyboard layout, Shift or Caps Lock stands between the card and the kiosk, and nothing a
scanner sends can ever land in a text field. The port is a path from the settings —
`/dev/ttyACM0`, or better a stable `/dev/serial/by-id/…` link — opened with pyserial.

The reader never gives up: a port that is missing (not plugged in yet), unplugged while
reading, or busy is retried every `RETRY_S`, and the state is logged once per change, so
a scanner plugged in after the kiosk started, or pulled and put back, simply works. Codes
go out through `code_read`, a Qt signal emitted on the reader thread and delivered on the
UI thread, to the same cleaning and repeat filter the keyboard wedge and the camera use.
"""

from __future__ import annotations

import logging
import threading
import time

import serial
from PySide6.QtCore import QObject, Signal

from kiosk.domain.scan import SerialFrames

log = logging.getLogger(__name__)

RETRY_S = 1.0            # how soon a missing or unplugged port is tried again
READ_TIMEOUT_S = 0.02    # a read returns this often, so a pause can end a code


class SerialScanner(QObject):
    """Start with `start()`; `stop()` before the application quits."""

    code_read = Signal(str)
    connected_changed = Signal(bool)      # the port opened (True) or was lost (False)

    def __init__(self, port: str, baud: int = 9600, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.port = port
        self.baud = baud
        self.connected = False
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="serial-scanner",
                                            daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    # ---- the reader thread ---------------------------------------------------------------

    def _run(self) -> None:
        complained = False
        while not self._stopping.is_set():
            try:
                with serial.Serial(self.port, self.baud, timeout=READ_TIMEOUT_S,
                                   exclusive=True) as device:
                    complained = False
                    self._set_connected(True)
                    self._read_until_lost(device)
            except (serial.SerialException, OSError, ValueError) as exc:
                if self.connected:
                    log.warning("serial scanner %s lost: %s", self.port, exc)
                elif not complained:
                    log.warning("serial scanner %s not available (retrying every %.0f s): "
                                "%s", self.port, RETRY_S, exc)
                complained = True
            self._set_connected(False)
            self._stopping.wait(RETRY_S)

    def _read_until_lost(self, device: serial.Serial) -> None:
        frames = SerialFrames()
        while not self._stopping.is_set():
            data = device.read(max(1, device.in_waiting))   # raises when unplugged
            now_ms = time.monotonic() * 1000
            codes = frames.feed(data, now_ms) if data else frames.flush_if_quiet(now_ms)
            for code in codes:
                self.code_read.emit(code)

    def _set_connected(self, connected: bool) -> None:
        if connected != self.connected:
            self.connected = connected
            if connected:
                log.info("serial scanner %s connected", self.port)
            self.connected_changed.emit(connected)
