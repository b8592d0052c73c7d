"""Where this kiosk's office credential lives: `office.json` in the data dir, mode 0600.

Like the signing key it stays out of the store (which may be copied for backups).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

FILE_NAME = "office.json"


@dataclass(frozen=True)
class OfficeCredential:
    url: str
    kiosk_id: str
    secret: str
    kiosk_number: int


def save_credential(data_dir: Path, credential: OfficeCredential) -> None:
    path = data_dir / FILE_NAME
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, json.dumps(asdict(credential)).encode())
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def load_credential(data_dir: Path) -> OfficeCredential | None:
    path = data_dir / FILE_NAME
    if not path.exists():
        return None
    return OfficeCredential(**json.loads(path.read_text(encoding="utf-8")))
