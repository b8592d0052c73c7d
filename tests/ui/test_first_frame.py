"""The kept first frame: a second start paints the last start's attract screen before the
kiosk's code loads, the live window paints the very same pixels, and anything that changes
the picture (settings, screen shape, a damaged file, the logo) means no old frame is shown.

Real processes (`python -m kiosk --exit-after-paint`), offscreen and on a real X server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from kiosk.ui.first_frame import FrameStore
from tests.support.xserver import xvfb

ROOT = Path(__file__).resolve().parents[2]


def start(data_dir: Path, *extra: str, env: dict[str, str] | None = None
          ) -> tuple[float, float]:
    """One start to the live paint: (seconds to the first paint, to the live paint)."""
    environment = {**(env or os.environ), "PYTHONPATH": str(ROOT)}
    environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    done = subprocess.run([sys.executable, "-m", "kiosk", "--data-dir", str(data_dir),
                           "--exit-after-paint", *extra], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    times = {line.split()[0]: float(line.split()[1]) for line in done.stdout.splitlines()
             if "-paint-in-process" in line}
    return times["first-paint-in-process"], times["live-paint-in-process"]


def kept_frame(data_dir: Path) -> Path:
    return data_dir / "cache" / "first-frame.raw"


def used_a_kept_frame(times: tuple[float, float]) -> bool:
    first, live = times
    return first < live


def test_the_second_start_paints_the_kept_frame_and_the_live_window_matches_it(
        tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert not used_a_kept_frame(start(data, "--windowed", "portrait"))
    frame = kept_frame(data)
    assert frame.stat().st_size == 1080 * 1920 * 4
    written = frame.stat().st_mtime_ns
    assert used_a_kept_frame(start(data, "--windowed", "portrait"))
    # The live window compared its first frame with the kept one and found them equal
    # (a difference is written back at once).
    assert frame.stat().st_mtime_ns == written


def test_a_changed_setting_shows_no_old_frame(tmp_path: Path) -> None:
    data = tmp_path / "data"
    start(data, "--windowed", "portrait")
    (data / "settings.toml").write_text('cafe_name = "Café <b>Nova</b> 🎀"\n',
                                        encoding="utf-8")
    assert not used_a_kept_frame(start(data, "--windowed", "portrait"))
    assert used_a_kept_frame(start(data, "--windowed", "portrait"))   # kept again


def test_another_screen_shape_shows_no_old_frame(tmp_path: Path) -> None:
    data = tmp_path / "data"
    start(data, "--windowed", "portrait")
    assert not used_a_kept_frame(start(data, "--windowed", "landscape"))


@pytest.mark.parametrize("damage", ["truncated pixels", "garbage key", "no pixels"])
def test_a_damaged_frame_is_never_shown_and_is_kept_again(tmp_path: Path,
                                                          damage: str) -> None:
    data = tmp_path / "data"
    start(data, "--windowed", "portrait")
    frame = kept_frame(data)
    if damage == "truncated pixels":          # a power cut in the middle of writing it
        with open(frame, "r+b") as pixels:
            pixels.truncate(frame.stat().st_size // 2)
    elif damage == "garbage key":
        frame.with_suffix(".json").write_bytes(b"\x00{not json")
    else:
        frame.unlink()
    assert not used_a_kept_frame(start(data, "--windowed", "portrait"))
    assert used_a_kept_frame(start(data, "--windowed", "portrait"))


def test_a_changed_logo_file_retires_the_frame(tmp_path: Path, qapp: QApplication) -> None:
    logo = tmp_path / "logo.png"
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#E83E8C"))
    image.save(str(logo))
    store = FrameStore.for_start(tmp_path, qapp, (40, 20), "portrait", [], "options")
    store.keep(image, [logo])
    assert store.load() == image
    image.fill(QColor("#4A7FC1"))
    image.save(str(logo))                     # same name, new picture
    os.utime(logo, ns=(1, 1))
    assert store.load() is None


def test_full_screen_on_a_real_x_server(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with xvfb(93, "1366x768") as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        assert not used_a_kept_frame(start(data, env=env))
        assert used_a_kept_frame(start(data, env=env))
    frame = QImage(str(kept_frame(data)))     # raw pixels: not an image file Qt reads
    assert frame.isNull()
    assert kept_frame(data).stat().st_size == 1366 * 768 * 4
