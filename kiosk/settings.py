"""Kiosk settings: per-installation choices (not café rules, which live in rules.toml).

Read from `settings.toml` in the data dir when present; command-line flags override. Unknown
keys and wrong types are refused with a message naming the key, like the rules file.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from kiosk.domain.receipts import DEFAULT_MAX_YEN, DEFAULT_RECEIPT_PATTERN
from kiosk.domain.scan import ScannerSettings

SETTINGS_FILE = "settings.toml"
KNOWN_LANGUAGES = ("ja", "en", "zh_CN", "zh_TW", "ko", "th", "es", "fr")


class SettingsError(ValueError):
    pass


@dataclass(frozen=True)
class KioskSettings:
    data_dir: Path
    kiosk_number: int = 1
    idle_timeout_seconds: int = 90
    cafe_name: str = "IDOL CAFÉ"
    website_url: str = "https://producer.example.cafe/login"
    languages: tuple[str, ...] = ("ja", "en", "zh_CN", "zh_TW", "ko", "th", "es", "fr")
    default_language: str = "ja"
    balance_idle_seconds: int = 30          # the balance screen closes sooner (privacy)
    scanner_max_gap_ms: int = 40
    scanner_min_length: int = 12
    scanner_prefix: str = ""
    scanner_suffix: str = ""
    receipt_pattern: str = DEFAULT_RECEIPT_PATTERN     # the till's receipt numbers
    max_purchase_yen: int = DEFAULT_MAX_YEN
    demo_data: bool = False
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def store_path(self) -> Path:
        return self.data_dir / "kiosk.sqlite3"


_EDITABLE = {"kiosk_number": int, "idle_timeout_seconds": int, "cafe_name": str,
             "website_url": str, "languages": list, "default_language": str,
             "balance_idle_seconds": int, "scanner_max_gap_ms": int,
             "scanner_min_length": int, "scanner_prefix": str, "scanner_suffix": str,
             "receipt_pattern": str, "max_purchase_yen": int}


def load_settings(data_dir: Path, **overrides: Any) -> KioskSettings:
    """Defaults ← `data_dir/settings.toml` ← non-None `overrides`."""
    settings = KioskSettings(data_dir=data_dir)
    path = data_dir / SETTINGS_FILE
    values: dict[str, Any] = {}
    if path.exists():
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise SettingsError(f"{path}: not valid TOML: {exc}") from exc
        for key, value in raw.items():
            kind = _EDITABLE.get(key)
            if kind is None:
                raise SettingsError(f"{path}: unknown setting {key!r}")
            if not isinstance(value, kind) or isinstance(value, bool):
                raise SettingsError(f"{path}: {key} must be {kind.__name__}")
            values[key] = tuple(value) if isinstance(value, list) else value
    values.update({k: v for k, v in overrides.items() if v is not None})
    known = {f.name for f in fields(KioskSettings)}
    settings = replace(settings, **{k: v for k, v in values.items() if k in known})
    if settings.idle_timeout_seconds < 10:
        raise SettingsError("idle_timeout_seconds must be at least 10")
    unknown = [code for code in settings.languages if code not in KNOWN_LANGUAGES]
    if unknown or not settings.languages:
        raise SettingsError(f"languages must be chosen from {', '.join(KNOWN_LANGUAGES)}")
    if settings.default_language not in settings.languages:
        raise SettingsError("default_language must be one of languages")
    try:
        re.compile(settings.receipt_pattern)
    except re.error as exc:
        raise SettingsError(f"receipt_pattern is not a valid pattern: {exc}") from exc
    if not 1 <= settings.max_purchase_yen <= 10_000_000:
        raise SettingsError("max_purchase_yen must be between 1 and 10000000")
    return settings


def scanner_settings(settings: KioskSettings) -> ScannerSettings:
    return ScannerSettings(max_gap_ms=settings.scanner_max_gap_ms,
                           min_length=settings.scanner_min_length,
                           prefix=settings.scanner_prefix, suffix=settings.scanner_suffix)
