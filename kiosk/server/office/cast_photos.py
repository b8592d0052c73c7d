"""Cast photos at the office: a manager's upload, made safe (`photo_processing`), kept by
its hash, named in the cast member's record so every kiosk learns it at its next pull and
fetches it once; served to kiosks and the website at /cast-photos/<sha256>.jpg."""

from __future__ import annotations

from kiosk.server.models import OfficeCast
from kiosk.server.models_console import CastPhoto
from kiosk.server.office.base import OfficeBase, now_iso
from kiosk.server.office.catalogue import CastRefused
from kiosk.server.photo_processing import process_photo


class CastPhotoDesk(OfficeBase):

    def set_cast_photo(self, cast_id: str, upload: bytes) -> str:
        """Process and keep the photo; returns its hash. `PhotoRefused` says why not."""
        photo = process_photo(upload)
        with self.writing() as head:
            if OfficeCast.get_or_none(OfficeCast.cast_id == cast_id) is None:
                raise CastRefused(f"no cast member {cast_id!r}")
            CastPhoto.insert(sha256=photo.sha256, jpeg=photo.jpeg,
                             created_at=now_iso()).on_conflict_ignore().execute()
            OfficeCast.update(photo_sha256=photo.sha256, change_id=head + 1).where(
                OfficeCast.cast_id == cast_id).execute()
            self._set_head(head + 1)
        return photo.sha256

    def cast_photo(self, sha256: str) -> bytes | None:
        if len(sha256) != 64 or not all(c in "0123456789abcdef" for c in sha256):
            return None
        with self.reading():
            row = CastPhoto.get_or_none(CastPhoto.sha256 == sha256)
        return None if row is None else bytes(row.jpeg)
