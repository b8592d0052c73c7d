"""Where the kiosk's log lines go: `<data dir>/logs/kiosk.log`, rotated, and stderr.

A kiosk runs for months unattended, so the file is capped (1 MB, the last five kept) and
staff can read it or copy it to a USB stick from the data dir. A data dir that cannot be
written (read-only medium, wrong owner) must not stop the kiosk: logging then goes to
stderr alone, with one warning saying why.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_FILE_BYTES = 1_000_000
LOG_FILES_KEPT = 5
_OURS = "_kiosk_handler"
_saved_level: list[int] = []


def log_path(data_dir: Path) -> Path:
    return data_dir / "logs" / "kiosk.log"


def setup_logging(data_dir: Path, level: int = logging.INFO,
                  max_bytes: int = LOG_FILE_BYTES, backups: int = LOG_FILES_KEPT) -> Path | None:
    """Log to stderr and to the rotating file in `data_dir`; the file's path, or None when
    it could not be opened (then stderr only, and a warning says why).

    Calling it again (a second main() in one process) replaces the handlers it added before
    instead of doubling every line; `stop_logging` takes them away again.
    """
    stop_logging()
    root = logging.getLogger()
    _saved_level[:] = [root.level]
    root.setLevel(level)
    formatter = logging.Formatter(LOG_FORMAT)
    stderr = logging.StreamHandler(sys.stderr)
    _add(root, stderr, formatter)
    path = log_path(data_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        rotating = logging.handlers.RotatingFileHandler(path, maxBytes=max_bytes,
                                                        backupCount=backups,
                                                        encoding="utf-8")
    except OSError as exc:
        logging.getLogger("kiosk").warning("logging to stderr only: cannot write %s: %s",
                                           path, exc)
        return None
    _add(root, rotating, formatter)
    return path


def stop_logging() -> None:
    """Remove and close the handlers `setup_logging` added and restore the root level."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _OURS, False)]:
        root.removeHandler(handler)
        handler.close()
    if _saved_level:
        root.setLevel(_saved_level.pop())


def _add(root: logging.Logger, handler: logging.Handler,
         formatter: logging.Formatter) -> None:
    handler.setFormatter(formatter)
    setattr(handler, _OURS, True)
    root.addHandler(handler)
