"""The kiosk's private signing key on disk: created once, readable by the kiosk user only.

The key never enters the store (which is synced and backed up) and never leaves the data
dir. It is written to a temporary file, flushed to disk and renamed into place, so a power
cut while creating it leaves either no key or a whole one, never half a PEM.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.domain.tokens import new_signing_key, private_key_from_pem, private_key_to_pem

KEY_FILE_NAME = "signing_key.pem"


def load_or_create_signing_key(data_dir: Path) -> tuple[Ed25519PrivateKey, bool]:
    """The kiosk's key and whether it was created just now."""
    path = data_dir / KEY_FILE_NAME
    if path.exists():
        return private_key_from_pem(path.read_bytes()), False
    key = new_signing_key()
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, private_key_to_pem(key))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    dir_fd = os.open(data_dir, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
    return key, True
