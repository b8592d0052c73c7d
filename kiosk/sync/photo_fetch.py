"""Cast photos after a pull: the office names each member's photo by its SHA-256; the kiosk
fetches each one once, checks the bytes against the name, keeps the file in the data dir's
cast-photos folder and points the roster at it. A broken or refused download leaves the
old picture (or the initial) and is tried again at the next pass."""

from __future__ import annotations

import hashlib
import json
import logging

from kiosk.db.kiosk_state import StateKey
from kiosk.db.models import CastMember, KioskState
from kiosk.db.store import Store, store_errors
from kiosk.settings_file import PRIVATE_FILE_MODE, write_atomically
from kiosk.sync.client import OfficeClient, SyncRejected, SyncUnavailable

log = logging.getLogger(__name__)
PHOTO_DIR = "cast-photos"


def fetch_cast_photos(store: Store, client: OfficeClient) -> int:
    """Fetch what the roster names and this kiosk lacks; returns how many arrived."""
    with store_errors():
        wanted: dict[str, str] = json.loads(KioskState.read(StateKey.CAST_PHOTOS_WANTED)
                                            or "{}")
        have = {m.cast_id: m.photo for m in CastMember.select()}
    data_dir = store.path.parent
    arrived = 0
    for cast_id, sha256 in sorted(wanted.items()):
        relative = f"{PHOTO_DIR}/office-{sha256[:32]}.jpg"
        if cast_id not in have or (have[cast_id] == relative
                                   and (data_dir / relative).is_file()):
            continue
        if not (data_dir / relative).is_file():
            try:
                jpeg = client.download(f"/cast-photos/{sha256}.jpg")
            except (SyncUnavailable, SyncRejected) as exc:
                log.warning("cast photo for %s not fetched (next pass tries again): %s",
                            cast_id, exc)
                continue
            if hashlib.sha256(jpeg).hexdigest() != sha256:
                log.warning("cast photo for %s arrived damaged; next pass tries again",
                            cast_id)
                continue
            (data_dir / relative).parent.mkdir(parents=True, exist_ok=True)
            write_atomically(data_dir / relative, jpeg, PRIVATE_FILE_MODE)
        with store_errors(), store.atomic():
            CastMember.update(photo=relative).where(CastMember.cast_id == cast_id).execute()
        arrived += 1
    return arrived
