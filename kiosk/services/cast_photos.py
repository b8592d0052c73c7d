"""Where a cast member's photo is on this kiosk, for the screens that show it.

The roster stores a photo as a path under the data dir (relative, so a data dir that is
moved or restored from a backup keeps its photos); an absolute path is taken as it is. The
screens get an absolute path, or None when there is no photo or its file is gone, so they
draw the member's initial instead of a broken picture.
"""

from __future__ import annotations

from pathlib import Path

CAST_PHOTO_DIR = "cast-photos"


def resolve_photo(data_dir: Path, photo: str | None) -> str | None:
    if not photo:
        return None
    path = Path(photo)
    if not path.is_absolute():
        path = data_dir / path
    return str(path) if path.is_file() else None
