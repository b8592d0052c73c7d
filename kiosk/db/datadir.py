"""A quick check, before anything is shown, that the data dir can be written at all.

The store itself opens after the first paint (so the kiosk appears sooner); this probe
keeps the promise that an unusable data dir ends start-up with one clear message.
"""

from __future__ import annotations

import errno
import os
import uuid
from pathlib import Path

from kiosk.db.errors import StoreError, StoreProblem


def probe_data_dir(data_dir: Path) -> None:
    """Create the dir if needed and write and remove a scratch file in it.

    No fsync: this asks "may we write here?", not "is it durable?" (the store's job).
    """
    probe = data_dir / f".probe-{uuid.uuid4().hex}"
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, b"ok")
        finally:
            os.close(fd)
        probe.unlink()
        for existing in data_dir.iterdir():
            if existing.is_file() and not os.access(existing, os.W_OK):
                raise PermissionError(errno.EACCES, "not writable", str(existing))
    except OSError as exc:
        if isinstance(exc, PermissionError) or exc.errno in (errno.EROFS, errno.EACCES):
            raise StoreError(StoreProblem.READ_ONLY, str(exc)) from exc
        if exc.errno == errno.ENOSPC:
            raise StoreError(StoreProblem.FULL, str(exc)) from exc
        raise StoreError(StoreProblem.UNAVAILABLE, str(exc)) from exc
