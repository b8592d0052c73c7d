"""Kiosk settings: per-installation choices (not café rules, which live in rules.toml).

Read from `settings.toml` in the data dir when present; command-line flags override. Unknown
keys, wrong types and values out of range are refused with a message naming the key, like the
rules file, and with the key itself (`SettingsError.key`) for a screen to point at. Staff mode
changes settings through `save_settings`, which validates the whole result before it writes
anything and replaces the file atomically (`settings_file`).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from kiosk.cards.branding import CardBranding
from kiosk.domain.producer_number import MAX_KIOSK
from kiosk.domain.receipts import DEFAULT_MAX_YEN, DEFAULT_RECEIPT_PATTERN
from kiosk.domain.scan import ScannerSettings
from kiosk.paths import SETTINGS_FILE
from kiosk.settings_file import dump_toml, write_atomically

KNOWN_LANGUAGES = ("ja", "en", "zh_CN", "zh_TW", "ko", "th", "es", "fr")
ORIENTATIONS = ("auto", "portrait", "landscape")     # auto: follow the screen
SLIP_PAPERS = ("receipt", "a4", "label", "card")     # 80 mm roll, A4 sheet, 62 mm label, a card
CAFE_NAME_MAX = 40
LOGO_MAX_PX = 4096                                   # on a side; a logo, not a photo


class SettingsError(ValueError):
    """A setting (or the file) is not usable. `key` names the setting ("" when the file as a
    whole is at fault, e.g. not TOML), so a screen can point at it without reading the
    message; the message names it too, for logs and the start-up error line."""

    def __init__(self, message: str, key: str = "") -> None:
        super().__init__(message)
        self.key = key


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
    scanner_min_length: int = 6
    scanner_prefix: str = ""
    scanner_suffix: str = ""
    scanner_serial_port: str = ""           # a serial scanner's device; empty: none
    scanner_serial_baud: int = 9600
    receipt_pattern: str = DEFAULT_RECEIPT_PATTERN     # the till's receipt numbers
    max_purchase_yen: int = DEFAULT_MAX_YEN
    orientation: str = "auto"
    staff_idle_seconds: int = 120           # staff mode closes itself after this
    card_printer: str = ""                  # empty: the machine's default print queue
    slip_printer: str = ""                  # empty: the card printer
    slip_paper: str = "receipt"
    auto_print: bool = False                # print every issued card at once
    cafe_logo: str = ""                     # PNG/JPEG; relative to the data dir
    demo_data: bool = False
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def store_path(self) -> Path:
        return self.data_dir / "kiosk.sqlite3"


# What settings.toml (and staff mode) may set; `tuple` is a list of strings in the file.
_EDITABLE: dict[str, type] = {
    "kiosk_number": int, "idle_timeout_seconds": int, "cafe_name": str, "website_url": str,
    "languages": tuple, "default_language": str, "balance_idle_seconds": int,
    "scanner_max_gap_ms": int, "scanner_min_length": int, "scanner_prefix": str,
    "scanner_suffix": str, "scanner_serial_port": str, "scanner_serial_baud": int,
    "receipt_pattern": str, "max_purchase_yen": int,
    "orientation": str, "staff_idle_seconds": int, "card_printer": str, "slip_printer": str,
    "slip_paper": str, "auto_print": bool, "cafe_logo": str}

# Inclusive ranges of the integer settings (staff mode can bound its spin boxes with these).
SETTING_RANGES: Mapping[str, tuple[int, int]] = {
    "kiosk_number": (1, MAX_KIOSK), "idle_timeout_seconds": (10, 3600),
    "balance_idle_seconds": (10, 600), "staff_idle_seconds": (30, 3600),
    "scanner_max_gap_ms": (5, 500), "scanner_min_length": (4, 200),
    "scanner_serial_baud": (1200, 921_600),
    "max_purchase_yen": (1, 10_000_000)}

SETTING_CHOICES: Mapping[str, tuple[str, ...]] = {
    "orientation": ORIENTATIONS, "slip_paper": SLIP_PAPERS}

_FILE_HEADER = ("Kiosk settings. Staff mode rewrites this file (comments are not kept);\n"
                "settings left out have their defaults.")


# ---------------------------------------------------------------- loading and saving

def load_settings(data_dir: Path, **overrides: Any) -> KioskSettings:
    """Defaults ← `data_dir/settings.toml` ← non-None `overrides`, validated."""
    values = _read_file(data_dir / SETTINGS_FILE)
    values.update({k: v for k, v in overrides.items() if v is not None})
    settings = _build(data_dir, values)
    validate_settings(settings)
    return settings


def save_settings(data_dir: Path, changes: Mapping[str, Any]) -> KioskSettings:
    """Merge `changes` into settings.toml and return the settings the file now holds.

    The result is validated first: a refused change writes nothing and names its key. Keys
    already in the file stay; other keys are written only when they differ from the
    default. Command-line overrides are not applied to the result (they are not saved).
    """
    path = data_dir / SETTINGS_FILE
    current = _read_file(path)
    merged = dict(current)
    for key, value in changes.items():
        if key not in _EDITABLE:
            raise SettingsError(f"unknown setting {key!r}", key)
        merged[key] = _checked(key, value)
    settings = _build(data_dir, merged)
    validate_settings(settings)
    defaults = KioskSettings(data_dir=data_dir)
    kept = {key: merged[key] for key in _EDITABLE
            if key in current or (key in merged and merged[key] != getattr(defaults, key))}
    write_atomically(path, dump_toml(kept, header=_FILE_HEADER))
    return settings


def _read_file(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SettingsError(f"{path}: not valid TOML: {exc}") from exc
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in _EDITABLE:
            raise SettingsError(f"{path}: unknown setting {key!r}", key)
        try:
            values[key] = _checked(key, value)
        except SettingsError as exc:
            raise SettingsError(f"{path}: {exc}", exc.key) from exc
    return values


def _build(data_dir: Path, values: Mapping[str, Any]) -> KioskSettings:
    known = {f.name for f in fields(KioskSettings)} - {"data_dir", "extra"}
    return replace(KioskSettings(data_dir=data_dir),
                   **{k: v for k, v in values.items() if k in known})


def _checked(key: str, value: Any) -> Any:
    """`value` if its type suits `key` (a list becomes a tuple), else a SettingsError."""
    kind = _EDITABLE[key]
    if kind is bool:
        if not isinstance(value, bool):
            raise SettingsError(f"{key} must be true or false", key)
        return value
    if kind is tuple:
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise SettingsError(f"{key} must be a list of strings", key)
        return tuple(value)
    if not isinstance(value, kind) or isinstance(value, bool):    # True is not a number
        raise SettingsError(f"{key} must be {kind.__name__}", key)
    if isinstance(value, str) and not _is_text(value):
        raise SettingsError(f"{key} must be text (it holds an unpaired surrogate)", key)
    return value


# ---------------------------------------------------------------- validation

def validate_settings(settings: KioskSettings) -> None:
    """Raise SettingsError, naming the setting, unless every setting is usable."""
    for key in _EDITABLE:
        _checked(key, getattr(settings, key))
    for key, (low, high) in SETTING_RANGES.items():
        if not low <= getattr(settings, key) <= high:
            raise SettingsError(f"{key} must be between {low} and {high}", key)
    for key, choices in SETTING_CHOICES.items():
        if getattr(settings, key) not in choices:
            raise SettingsError(f"{key} must be one of {', '.join(choices)}", key)
    name = settings.cafe_name.strip()
    if not 1 <= len(name) <= CAFE_NAME_MAX:
        raise SettingsError(f"cafe_name must be 1 to {CAFE_NAME_MAX} characters", "cafe_name")
    for key in ("cafe_name", "card_printer", "slip_printer", "cafe_logo",
                "scanner_serial_port"):
        if _has_control_characters(getattr(settings, key)):
            raise SettingsError(f"{key} must not contain control characters or line breaks",
                                key)
    url = settings.website_url
    scheme = next((s for s in ("https://", "http://") if url.startswith(s)), None)
    if scheme is None or len(url) == len(scheme) or any(
            ch.isspace() or _has_control_characters(ch) for ch in url):
        raise SettingsError("website_url must be an address starting with https:// or http://",
                            "website_url")
    unknown = [code for code in settings.languages if code not in KNOWN_LANGUAGES]
    if unknown or not settings.languages:
        raise SettingsError(f"languages must be chosen from {', '.join(KNOWN_LANGUAGES)}",
                            "languages")
    if settings.default_language not in settings.languages:
        raise SettingsError("default_language must be one of languages", "default_language")
    try:
        re.compile(settings.receipt_pattern)
    except re.error as exc:
        raise SettingsError(f"receipt_pattern is not a valid pattern: {exc}",
                            "receipt_pattern") from exc
    _check_logo(settings)


def _is_text(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _has_control_characters(text: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Zl", "Zp") for ch in text)


def _check_logo(settings: KioskSettings) -> None:
    path = cafe_logo_path(settings)
    if path is None:
        return
    if not path.is_file():
        raise SettingsError(f"cafe_logo: there is no image file at {path}", "cafe_logo")
    # Pillow loads only when a logo is set: the kiosk's first paint does not wait for it.
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path, formats=["PNG", "JPEG"]) as image:
                size = image.size
                if max(size) <= LOGO_MAX_PX:
                    image.load()      # the whole file: a truncated image fails here
    except (OSError, SyntaxError, Image.DecompressionBombWarning,
            Image.DecompressionBombError) as exc:
        raise SettingsError(f"cafe_logo must be a PNG or JPEG image; {path} could not be "
                            f"read as one ({exc})", "cafe_logo") from exc
    if max(size) > LOGO_MAX_PX:
        raise SettingsError(f"cafe_logo is {size[0]}×{size[1]} pixels; at most "
                            f"{LOGO_MAX_PX} on a side, please", "cafe_logo")


# ---------------------------------------------------------------- helpers for callers

def cafe_logo_path(settings: KioskSettings) -> Path | None:
    """The logo's file (a relative setting is inside the data dir), or None without one."""
    if not settings.cafe_logo:
        return None
    path = Path(settings.cafe_logo)
    return path if path.is_absolute() else settings.data_dir / path


def read_cafe_logo(settings: KioskSettings) -> bytes | None:
    """The logo file's bytes, for `CardFace(logo_image=...)`; None without a logo."""
    path = cafe_logo_path(settings)
    return None if path is None else path.read_bytes()


def card_branding(settings: KioskSettings) -> CardBranding:
    """What the cards and slips are drawn with: the café's name, logo (read from its file)
    and website."""
    return CardBranding(settings.cafe_name, read_cafe_logo(settings), settings.website_url)


def scanner_settings(settings: KioskSettings) -> ScannerSettings:
    return ScannerSettings(max_gap_ms=settings.scanner_max_gap_ms,
                           min_length=settings.scanner_min_length,
                           prefix=settings.scanner_prefix, suffix=settings.scanner_suffix)
