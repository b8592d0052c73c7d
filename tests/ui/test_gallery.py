"""`make gallery` shows the kiosk as a café's screen would: each size in its own process on
a screen of exactly that size, the window full screen there, never sized by the gallery; and
no screen, filled as a real session fills it, needs more room than the screen has."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_gallery_renders_full_screen_at_the_sizes_asked(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kiosk.ui.gallery", "--out", str(tmp_path),
         "--screens", "1024x768", "1366x768", "800x1280", "--languages", "th", "ja"],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]    # 1: a screen did not fit
    for size in ((1024, 768), (1366, 768), (800, 1280)):
        shots = sorted(tmp_path.glob(f"*_th_{size[0]}x{size[1]}.png"))
        assert len(shots) >= 25, [path.name for path in shots]
        for path in shots:
            with Image.open(path) as image:
                assert image.size == size, path.name


@pytest.mark.slow
def test_every_customer_screen_fits_in_the_accessible_mode(tmp_path: Path) -> None:
    """Larger type and lowered actions, on a short wide screen and a tall one, in the
    tallest script and the longest words: nothing needs more room than the display."""
    done = subprocess.run(
        [sys.executable, "-m", "kiosk.ui.gallery", "--out", str(tmp_path), "--accessible",
         "--screens", "1366x768", "1080x1920", "--languages", "ja", "th", "fr"],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    shots = sorted(tmp_path.glob("*_accessible.png"))
    assert len(shots) >= 2 * 3 * 15, [path.name for path in shots]
