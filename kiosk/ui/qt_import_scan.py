"""A lighter check for the import hook Qt's Python binding puts on every import.

PySide6 replaces `__import__` so that each module may opt into its `__feature__` switches
(snake_case names, true properties). To know whether a newly imported module "uses
PySide6", the hook reads the module's whole source with `inspect.getsource` and looks for
that word. `inspect` reads through `linecache`, which keeps every line of every file it
read for the life of the process: at start-up the kiosk imports about 400 modules after
Qt, so about 12 MB of source text stayed in memory and the reading cost about 15 ms before
the first paint and 45 ms before the kiosk was ready (measured under Xvfb; see the
CHANGELOG).

`lighten()` (called by `kiosk.ui`'s `__init__`, before any screen is imported) swaps
that check for the same question asked without the cache: the module's source file, read
as bytes and searched for the same word, then let go. The answer is the same for every
module (a module without a `.py` source file is "not using PySide6" either way). The kiosk
never selects a feature, so even a different answer would change nothing it does; the
swap keeps the hook's own bookkeeping exactly as the binding intends.

The check is a private part of the binding: when a release renames it, `lighten()` leaves
the binding as it is and says so in the log, and only the memory and time come back.
"""

from __future__ import annotations

import logging
import sys
from types import ModuleType

import PySide6  # noqa: F401 (loads shiboken, whose start installs the import hook)

log = logging.getLogger(__name__)

_HOOK_MODULE = "shibokensupport.feature"
_CHECK = "_mod_uses_pyside"
_WORD = b"PySide6"


def mentions_pyside(module: ModuleType) -> bool:
    """Whether the module's Python source mentions PySide6 (False without a source file)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return _WORD in source.read()
    except OSError:
        return False


def lighten() -> bool:
    """Put `mentions_pyside` in place of the binding's check; False when it is not there."""
    hook = sys.modules.get(_HOOK_MODULE)
    if hook is None or not callable(getattr(hook, _CHECK, None)):
        log.info("PySide6's import check is not where expected; left as it is")
        return False
    setattr(hook, _CHECK, mentions_pyside)
    return True

