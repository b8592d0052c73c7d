"""The data dir before anything is shown: private to the kiosk's user, and writable.

It holds the store and its WAL (every card's token, the staff PIN's hash), the signing
key and the logs, so it is 0700 and its files 0600 however the kiosk was started (not only
under the systemd unit's `UMask`). The store itself opens after the first paint (so the
kiosk appears sooner); the probe keeps the promise that an unusable data dir ends
start-up with one clear message.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
import uuid
from pathlib import Path

from kiosk.db.errors import StoreError, StoreProblem

log = logging.getLogger(__name__)


OWN_FOLDERS = ("logs", "cards")       # what the kiosk makes inside its data dir


def keep_private(data_dir: Path) -> None:
    """Everything the kiosk writes from now on is its user's alone (umask 077), and what
    is already there is made so: group and others lose every right on the data dir, its own
    folders and their files (0700 and 0600 for what the kiosk made itself).
    Only the kiosk's own folders are entered (a data dir pointed at a home directory by
    mistake is not rewritten through), and symlinks are left alone. A file it cannot
    change (another owner) is logged; the probe decides whether the dir is usable."""
    os.umask(0o077)
    try:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return                                   # the probe explains it
    for folder in (data_dir, *(data_dir / name for name in OWN_FOLDERS)):
        if not folder.is_dir() or folder.is_symlink():
            continue
        _restrict(folder)
        for entry in folder.iterdir():
            if entry.is_file() and not entry.is_symlink():
                _restrict(entry)


def _restrict(path: Path) -> None:
    """Take away the group's and others' rights; never add any (a dir staff made read-only
    on purpose stays so, and the probe then says it cannot be used)."""
    try:
        mode = stat.S_IMODE(path.lstat().st_mode)
        if mode & 0o077:
            path.chmod(mode & 0o700)
    except OSError as exc:
        log.warning("could not make %s private: %s", path, exc)


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
