"""Spoken guidance for the accessible mode, where this machine has a speech engine.

Qt's own text-to-speech (PySide6-Addons, over speech-dispatcher) when it is installed;
otherwise speech-dispatcher's `spd-say` or `espeak-ng` run as a process, never waited for;
otherwise nothing (a kiosk without speakers or an engine stays silent, and says so once in
the log). A new sentence cuts off the one still being spoken: only the current screen counts.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess

log = logging.getLogger(__name__)
# espeak-ng's voice names where they differ from the kiosk's language codes.
ESPEAK_VOICES = {"zh_CN": "cmn", "zh_TW": "cmn"}


class Speaker(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._qt: Any = _qt_engine(self)
        self._program = None if self._qt is not None else (
            shutil.which("spd-say") or shutil.which("espeak-ng"))
        self._process = QProcess(self)
        if not self.available:
            log.info("spoken guidance off: no speech engine (install speech-dispatcher "
                     "or espeak-ng)")

    @property
    def available(self) -> bool:
        return self._qt is not None or self._program is not None

    @property
    def engine(self) -> str:
        if self._qt is not None:
            return "qt"
        return Path(self._program).name if self._program else ""

    def say(self, text: str, language: str) -> None:
        text = " ".join(text.split())
        if not text or not self.available:
            return
        if self._qt is not None:
            from PySide6.QtCore import QLocale

            self._qt.stop()
            self._qt.setLocale(QLocale(language))
            self._qt.say(text)
            return
        self.stop()
        assert self._program is not None
        if self._program.endswith("spd-say"):
            arguments = ["-l", language.split("_")[0], text]
        else:
            arguments = ["-v", ESPEAK_VOICES.get(language, language.split("_")[0]), text]
        self._process.start(self._program, arguments)

    def stop(self) -> None:
        if self._qt is not None:
            self._qt.stop()
        elif self._process.state() != QProcess.ProcessState.NotRunning:
            self._process.kill()
            self._process.waitForFinished(500)


def _qt_engine(parent: QObject) -> Any:
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        return None
    if not QTextToSpeech.availableEngines():
        return None
    return QTextToSpeech(parent)
