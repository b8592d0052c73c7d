"""The frozen kiosk (PyInstaller one-folder, packaging/kiosk.spec) starts with no Python.

Builds the folder from the spec (about a minute), then runs it the way a kiosk machine
would: no virtualenv on PATH, no PYTHONPATH, another working directory, offscreen Qt.
Any import or resource error fails. Slow, so it runs only under CI=true (where it must
pass) or when asked with KIOSK_TEST_FROZEN=1.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from tests.support.cups import CupsServer, cups_available
from tests.support.outside import missing_program

ROOT = Path(__file__).resolve().parents[2]
WANTED = os.environ.get("CI") == "true" or os.environ.get("KIOSK_TEST_FROZEN") == "1"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not WANTED, reason="builds the frozen kiosk (about a minute): runs "
                                          "under CI=true or with KIOSK_TEST_FROZEN=1"),
]


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/producer-kiosk/, built into a temp dir (a developer's own dist/ stays put)."""
    base = tmp_path_factory.mktemp("frozen")
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    subprocess.run([str(pyinstaller), "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(base / "dist"), "--workpath", str(base / "build"),
                    str(ROOT / "packaging" / "kiosk.spec")],
                   cwd=ROOT, check=True, timeout=900, env=_without_test_settings())
    folder = base / "dist" / "producer-kiosk"
    assert (folder / "producer-kiosk").is_file()
    return folder


def _without_test_settings() -> dict[str, str]:
    return {k: v for k, v in os.environ.items()
            if k not in ("KIOSK_ASSETS", "QT_QPA_PLATFORM", "PYTHONPATH")}


def run_frozen(folder: Path, cwd: Path, *args: str,
               **extra_env: str) -> subprocess.CompletedProcess[str]:
    """A clean environment: only the system's PATH, no Python anywhere in it."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(cwd), "LANG": "C.UTF-8",
           "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(cwd / "xdg"), **extra_env}
    return subprocess.run([str(folder / "producer-kiosk"), *args], capture_output=True,
                          text=True, timeout=300, cwd=cwd, env=env)


def assert_no_import_errors(stderr: str) -> None:
    for sign in ("Traceback", "ModuleNotFoundError", "ImportError", "could not load bundled",
                 "Could not find the Qt platform plugin", "no compiled translations"):
        assert sign not in stderr, stderr


def test_frozen_self_test_passes(frozen: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_frozen(frozen, tmp_path, "--self-test", str(out))
    assert result.returncode == 0, result.stderr
    assert re.search(r"^self-test ok: attract\.png card\.png card\.pdf producer "
                     r"001-0000001-1 languages=8 qt-catalogues=7 fonts=10 .*print=cups"
                     r".* serial=ok",
                     result.stdout, re.MULTILINE), result.stdout
    assert_no_import_errors(result.stderr)
    for name in ("attract.png", "card.png"):
        with Image.open(out / name) as image:
            assert image.format == "PNG" and image.width > 100
    assert (out / "card.pdf").read_bytes().startswith(b"%PDF")


def test_frozen_kiosk_prints_through_cups(frozen: Path, tmp_path: Path) -> None:
    """QtPrintSupport and the CUPS plugin survive freezing: a card reaches a real queue."""
    if not cups_available() or not shutil.which("pdfinfo"):
        missing_program("CUPS with cups-filters, and poppler-utils")
    cups = CupsServer().start()
    try:
        device = cups.add_shaped_printer("SelfTestCard", "evolis_primacy")
        result = run_frozen(frozen, tmp_path, "--self-test", str(tmp_path / "out"),
                            "--self-test-print", "SelfTestCard",
                            CUPS_SERVER=str(cups.socket))
        assert result.returncode == 0, result.stderr
        # Both sides, on the driver's upright card page, and CUPS completed the job.
        assert "queues=1 printed=SelfTestCard(both-sides,Card)" in result.stdout, result.stdout
        assert len(device.received()) == 1
    finally:
        cups.stop()


def test_frozen_kiosk_starts_fully_without_the_camera(frozen: Path, tmp_path: Path) -> None:
    result = run_frozen(frozen, tmp_path, "--data-dir", str(tmp_path / "data"), "--demo",
                        "--exit-when-ready", "--windowed", "portrait")
    assert result.returncode == 0, result.stderr
    assert "ready screens=" in result.stdout
    assert "camera scanning off" in result.stderr        # QtMultimedia is not in the build
    assert_no_import_errors(result.stderr)
    assert (tmp_path / "data" / "logs" / "kiosk.log").is_file()


def test_frozen_folder_leaves_out_what_the_kiosk_does_not_use(frozen: Path) -> None:
    names = {p.relative_to(frozen).as_posix() for p in frozen.rglob("*")}
    for unused in ("QtNetwork", "QtQml", "QtQuick", "QtMultimedia", "QtWebEngine", "QtSql",
                   "QtTest", "QtPdf", "libqgtk3", "fastapi", "uvicorn", "psycopg",
                   "matplotlib", "hypothesis", "_pytest", "schemathesis", "numpy"):
        assert not [n for n in names if unused in n], unused
    for needed in ("_internal/assets/rules.toml", "_internal/assets/i18n/kiosk_ja.qm",
                   "_internal/assets/fonts/NotoSansJP-Regular.otf",
                   "_internal/PySide6/Qt/plugins/platforms/libqxcb.so",
                   "_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so"):
        assert needed in names, needed
    assert [n for n in names if n.startswith("_internal/cups.")], "pycups (the CUPS client)"
    assert not [n for n in names if "PrintSupport" in n or "printsupport" in n]
