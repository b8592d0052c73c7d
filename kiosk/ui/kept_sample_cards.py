"""The attract screen's sample cards, kept from the last start.

Why: drawing them takes the card art: Pillow, its own FreeType reading the CJK fonts, and
qrcode. That is ~15 MB the kiosk then held all day, and ~0.3 s of a worker thread at every
start, for four pictures that change only with the café's branding, its rank ladder or a
new version of the kiosk. They are kept as PNG bytes in the data dir's `cache/` under a key
made of all of those, and read back at the next start; a changed key draws them afresh and
keeps the new ones. A damaged or half-written file is never shown: the cards are drawn.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.settings_file import PRIVATE_FILE_MODE, write_atomically
from kiosk.ui.first_frame import code_fingerprint

if TYPE_CHECKING:
    from kiosk.cards.branding import CardBranding
    from kiosk.domain.rules import Rank

log = logging.getLogger(__name__)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Libraries whose drawing could change the picture (a frozen kiosk's executable stands for
# them: see `code_fingerprint`).
DRAWN_WITH = ("PIL", "qrcode")


def sample_cards(cache: Path | None, branding: CardBranding, ranks: list[Rank]) -> list[bytes]:
    """The sample cards' fronts as PNG bytes: kept ones when they match, else drawn (and
    kept when `cache` is given). Worker thread: no Qt here."""
    key = cards_key(branding, ranks)
    if cache is not None:
        kept = _load(cache, key)
        if kept is not None:
            return kept
    from kiosk.ui.widgets.card_fan import sample_card_pngs

    pngs = sample_card_pngs(branding, ranks)
    if cache is not None:
        _keep(cache, key, pngs)
    return pngs


def cards_key(branding: CardBranding, ranks: list[Rank]) -> str:
    """Everything that shapes the picture: the branding (name, logo), the ranks (names,
    colours), the kiosk's code and assets, and the drawing libraries' versions."""
    digest = hashlib.sha256()
    digest.update(repr((branding, ranks)).encode())
    digest.update(code_fingerprint().encode())
    for name in DRAWN_WITH:
        digest.update(f"\0{name} {_installed(name)}".encode())
    return digest.hexdigest()


def _installed(package: str) -> str:
    """Where a library is and its files' size and time: a new version is a new stamp
    (found without importing it, nor reading its metadata)."""
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        spec = None
    if spec is None or spec.origin is None:
        return "(missing)"
    try:
        status = os.stat(spec.origin)
    except OSError:
        return spec.origin
    return f"{spec.origin}:{status.st_size}:{status.st_mtime_ns}"


def _paths(cache: Path) -> tuple[Path, Path]:
    return cache / "sample-cards.json", cache / "sample-cards.bin"


def _load(cache: Path, key: str) -> list[bytes] | None:
    meta_path, data_path = _paths(cache)
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("key") != key:
            return None
        sizes = [int(size) for size in meta["sizes"]]
        data = data_path.read_bytes()
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not sizes or any(size <= 0 for size in sizes) or sum(sizes) != len(data):
        return None                     # damaged or half-written: drawn again
    pngs, start = [], 0
    for size in sizes:
        pngs.append(data[start:start + size])
        start += size
    if not all(png.startswith(PNG_SIGNATURE) for png in pngs):
        return None
    return pngs


def _keep(cache: Path, key: str, pngs: list[bytes]) -> None:
    """The pictures first, their key last: a key never names pictures not all there."""
    meta_path, data_path = _paths(cache)
    try:
        cache.mkdir(mode=0o700, parents=True, exist_ok=True)
        meta_path.unlink(missing_ok=True)
        write_atomically(data_path, b"".join(pngs), PRIVATE_FILE_MODE)
        meta = json.dumps({"key": key, "sizes": [len(png) for png in pngs]})
        write_atomically(meta_path, meta, PRIVATE_FILE_MODE)
    except OSError as exc:
        log.warning("the sample cards were not kept (the next start draws them): %s", exc)
