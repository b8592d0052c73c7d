"""`kiosk --self-test OUT_DIR`, unfrozen: the same check CI runs on the frozen build."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from kiosk.paths import assets_dir
from tests.support.outside import missing_program

ROOT = Path(__file__).resolve().parents[2]
OK_LINE = re.compile(r"^self-test ok: attract\.png card\.png card\.pdf "
                     r"producer 001-0000001-1 languages=8 .*fonts=10 .*print=cups.* serial=ok",
                     re.MULTILINE)


def self_test(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True,
                          text=True, timeout=120, cwd=ROOT,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env})


def assert_picture(path: Path, size: tuple[int, int] | None = None) -> None:
    with Image.open(path) as image:
        assert image.format == "PNG"
        if size is not None:
            assert image.size == size
        image.load()
        assert len(image.convert("RGB").getcolors(maxcolors=1 << 20) or range(999)) > 10


def test_self_test_renders_registers_and_exits_zero(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = self_test("--self-test", str(out))
    assert result.returncode == 0, result.stderr
    assert OK_LINE.search(result.stdout), result.stdout
    assert_picture(out / "attract.png", (1080, 1920))
    assert_picture(out / "card.png")
    assert (out / "card.pdf").read_bytes().startswith(b"%PDF")
    data_dirs = list(out.glob("data-*"))           # a throw-away data dir, with its log
    assert len(data_dirs) == 1
    assert "created store" in (data_dirs[0] / "logs" / "kiosk.log").read_text("utf-8")
    with sqlite3.connect(data_dirs[0] / "kiosk.sqlite3") as con:
        assert con.execute("SELECT nickname FROM producer").fetchall() == [("セルフテスト",)]


def test_self_test_uses_the_data_dir_it_is_given(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = self_test("--data-dir", str(data), "--self-test", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert (data / "kiosk.sqlite3").is_file()
    assert (data / "logs" / "kiosk.log").is_file()
    assert not list((tmp_path / "out").glob("data-*"))


def test_a_missing_translation_fails_the_self_test(tmp_path: Path) -> None:
    assets = tmp_path / "assets"
    shutil.copytree(assets_dir(), assets, ignore=shutil.ignore_patterns("*.ts"))
    (assets / "i18n" / "kiosk_th.qm").unlink()
    result = self_test("--self-test", str(tmp_path / "out"), KIOSK_ASSETS=str(assets))
    assert result.returncode == 1
    assert "self-test FAILED: MissingCatalogue" in result.stderr
    assert "kiosk_th.qm" in result.stderr
    assert "self-test ok" not in result.stdout


@pytest.mark.slow
def test_the_self_test_prints_both_sides_and_fails_on_a_printer_that_is_off(
        tmp_path: Path) -> None:
    from tests.support.cups import CupsServer, cups_available

    if not cups_available():
        missing_program("CUPS with cups-filters (apt-get install cups-daemon cups-filters)")
    cups = CupsServer().start()
    try:
        device = cups.add_shaped_printer("SelfTestZebra", "zebra_zc300")
        done = self_test("--self-test", str(tmp_path / "a"), "--self-test-print",
                         "SelfTestZebra", CUPS_SERVER=str(cups.socket))
        assert done.returncode == 0, done.stderr
        assert "printed=SelfTestZebra(both-sides,CR80)" in done.stdout
        assert len(device.received()) == 1
        device.set("offline")
        off = self_test("--self-test", str(tmp_path / "b"), "--self-test-print",
                        "SelfTestZebra", CUPS_SERVER=str(cups.socket))
        assert off.returncode == 1 and "self-test ok" not in off.stdout
        assert "did not print" in off.stderr and "offline" in off.stderr
    finally:
        cups.stop()
