"""PySide6's import hook asks of each new module whether it uses PySide6; the kiosk's
lighter check must give the binding's own answer without keeping sources in memory."""

from __future__ import annotations

import inspect
import subprocess
import sys
from types import ModuleType

import pytest

import kiosk.ui  # noqa: F401 (puts the lighter check in place)
from kiosk.ui import qt_import_scan
from kiosk.ui.qt_import_scan import mentions_pyside


def bindings_answer(module: ModuleType) -> bool:
    """The binding's own test: the word in the module's source, False without a source."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def test_the_lighter_check_is_in_place() -> None:
    hook = sys.modules[qt_import_scan._HOOK_MODULE]
    assert getattr(hook, qt_import_scan._CHECK) is mentions_pyside


def test_it_answers_as_the_binding_does_for_every_loaded_module() -> None:
    modules = [m for m in list(sys.modules.values()) if isinstance(m, ModuleType)]
    assert len(modules) > 100
    differing = [m.__name__ for m in modules if mentions_pyside(m) != bindings_answer(m)]
    assert differing == []
    assert mentions_pyside(sys.modules["kiosk.ui.qt_import_scan"])      # it says PySide6
    assert not mentions_pyside(sys.modules["kiosk.domain.rules"])      # pure rules do not
    assert not mentions_pyside(sys.modules["PySide6.QtCore"])          # no .py source


def test_modules_imported_after_qt_leave_no_source_in_memory() -> None:
    # A fresh interpreter: the kiosk's Qt package, then a module nobody imported yet.
    code = ("import linecache, kiosk.ui, sys\n"
            "before = set(linecache.cache)\n"
            "import kiosk.domain.kana, csv, fractions\n"
            "print(sorted(set(linecache.cache) - before))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert out.stdout.strip() == "[]"


def test_a_binding_without_the_check_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(qt_import_scan, "_HOOK_MODULE", "no.such.module")
    assert qt_import_scan.lighten() is False
