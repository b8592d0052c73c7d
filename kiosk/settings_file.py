"""Writing `settings.toml`: a small TOML emitter and a crash-safe file replace.

`tomllib` only reads, and the settings need only strings, integers, booleans and lists of
them, so the emitter is a few lines rather than a dependency. The file is replaced atomically
(temp file in the same directory, fsync, rename, fsync the directory) so a power cut during a
save leaves either the old file or the new one, never half of either.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Mapping
from pathlib import Path

NEW_FILE_MODE = 0o644
PRIVATE_FILE_MODE = 0o600

# ---------------------------------------------------------------- TOML

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+\Z")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f",
            "\r": "\\r"}


def toml_string(text: str) -> str:
    """`text` as a TOML basic string: quotes, backslashes and control characters escaped."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\u{code:04X}")
        elif 0xD800 <= code <= 0xDFFF:
            raise ValueError(f"lone surrogate U+{code:04X} cannot be written as TOML")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def toml_value(value: object) -> str:
    if isinstance(value, bool):            # before int: bool is an int in Python
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} as a setting")


def toml_key(key: str) -> str:
    return key if _BARE_KEY.match(key) else toml_string(key)


def dump_toml(values: Mapping[str, object], header: str = "") -> str:
    """A flat TOML document (no tables): one `key = value` line each, in the given order."""
    lines = [f"# {line}".rstrip() for line in header.splitlines()]
    lines += [f"{toml_key(key)} = {toml_value(value)}" for key, value in values.items()]
    return "".join(line + "\n" for line in lines)


# ---------------------------------------------------------------- atomic replace

def write_atomically(path: Path, content: str | bytes, new_mode: int = NEW_FILE_MODE) -> None:
    """Replace `path` with `content` (text as UTF-8) so a crash leaves the old or the new
    file: the settings, and the kiosk's kept files (first frame, sample cards, cast photos).

    The file keeps its permissions; a new one gets `new_mode` (`PRIVATE_FILE_MODE` for
    what only the kiosk's user may read).
    """
    try:
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        mode = new_mode
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(content.encode("utf-8") if isinstance(content, str) else content)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    _fsync_directory(path.parent)


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable (POSIX; Windows cannot open a directory to sync it)."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
