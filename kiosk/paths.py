"""Where the kiosk finds its read-only assets and keeps its data, in every way it can run.

Assets (rules, fonts, translations) sit in `assets/` beside the package in a checkout, or in
the bundle directory of a frozen build; `KIOSK_ASSETS` overrides both (tests, packaging).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SETTINGS_FILE = "settings.toml"      # in the data dir (kiosk.settings reads it)


def assets_dir() -> Path:
    override = os.environ.get("KIOSK_ASSETS")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "assets"
    return Path(__file__).resolve().parent.parent / "assets"


def default_data_dir() -> Path:
    """`$XDG_DATA_HOME/producer-kiosk`, i.e. `~/.local/share/producer-kiosk` by default."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "producer-kiosk"


def font_path(weight: str = "Regular") -> Path:
    return assets_dir() / "fonts" / f"NotoSansJP-{weight}.otf"


def rules_path() -> Path:
    return assets_dir() / "rules.toml"


def demo_dir_problem(data_dir: Path) -> str | None:
    """Why demo data may not go into `data_dir` (None: it may). The default data dir is
    where a café's real store lives: demo producers and a demo staff PIN never go there."""
    if data_dir.expanduser().resolve() != default_data_dir().expanduser().resolve():
        return None
    return (f"--demo needs a data dir of its own (make run uses demo-data/ in the checkout): "
            f"{default_data_dir()} is where a café's real store lives. "
            f"Start it as: python -m kiosk --data-dir demo-data --demo")
