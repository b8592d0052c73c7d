"""Kiosk settings: every field's good and bad values, saving from staff mode, crash safety."""

from __future__ import annotations

import io
import os
import tomllib
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from kiosk.settings import (
    SETTINGS_FILE,
    KioskSettings,
    SettingsError,
    cafe_logo_path,
    load_settings,
    read_cafe_logo,
    save_settings,
    validate_settings,
)


def settings_file(data_dir: Path) -> Path:
    return data_dir / SETTINGS_FILE


def write_logo(path: Path, fmt: str = "PNG", size: tuple[int, int] = (120, 60)) -> Path:
    Image.new("RGB", size, (200, 30, 90)).save(path, format=fmt)
    return path


def test_defaults_are_valid_and_need_no_file(data_dir: Path) -> None:
    settings = load_settings(data_dir)
    validate_settings(settings)
    assert (settings.orientation, settings.staff_idle_seconds, settings.card_printer,
            settings.slip_printer, settings.slip_paper, settings.auto_print,
            settings.cafe_logo) == ("auto", 120, "", "", "receipt", False, "")
    assert not settings_file(data_dir).exists()


# ---------------------------------------------------------------- each field, good and bad

GOOD: list[tuple[str, Any]] = [
    ("kiosk_number", 1), ("kiosk_number", 999),
    ("idle_timeout_seconds", 10), ("idle_timeout_seconds", 3600),
    ("balance_idle_seconds", 10), ("balance_idle_seconds", 600),
    ("staff_idle_seconds", 30), ("staff_idle_seconds", 3600),
    ("scanner_max_gap_ms", 5), ("scanner_max_gap_ms", 500),
    ("scanner_min_length", 4), ("scanner_min_length", 200),
    ("scanner_prefix", "\x02"), ("scanner_suffix", "\r"),
    ("scanner_serial_port", "/dev/ttyACM0"), ("scanner_serial_port", ""),
    ("scanner_serial_port", "/dev/serial/by-id/usb-Honeywell_Imaging_1900-if00"),
    ("scanner_serial_baud", 1200), ("scanner_serial_baud", 115200),
    ("orientation", "auto"), ("orientation", "portrait"), ("orientation", "landscape"),
    ("card_printer", "Evolis_Primacy"), ("card_printer", ""),
    ("slip_printer", "EPSON TM-T88V"), ("slip_printer", ""),
    ("slip_paper", "receipt"), ("slip_paper", "a4"), ("slip_paper", "label"),
    ("slip_paper", "card"),
    ("auto_print", True), ("auto_print", False),
    ("cafe_name", "カフェ☆ミライ 🎤"), ("cafe_name", "Café Ünïcode"), ("cafe_name", "x" * 40),
    ("cafe_name", "  " + "y" * 40 + "  "), ("cafe_name", '"Quoted" \\ café'),
    ("website_url", "https://cafe.example/p"), ("website_url", "http://192.168.1.5:8080/"),
    ("languages", ["th", "ja", "en"]), ("default_language", "en"),
    ("receipt_pattern", "T[0-9]{6}"), ("max_purchase_yen", 1),
]

BAD: list[tuple[str, Any]] = [
    ("kiosk_number", 0), ("kiosk_number", 1000), ("kiosk_number", "1"),
    ("idle_timeout_seconds", 9), ("idle_timeout_seconds", 3601), ("idle_timeout_seconds", True),
    ("balance_idle_seconds", 9), ("balance_idle_seconds", 601),
    ("staff_idle_seconds", 29), ("staff_idle_seconds", 3601), ("staff_idle_seconds", 60.0),
    ("staff_idle_seconds", False),
    ("scanner_max_gap_ms", 4), ("scanner_max_gap_ms", 501),
    ("scanner_min_length", 3), ("scanner_min_length", 201),
    ("scanner_prefix", 2),
    ("scanner_serial_port", "/dev/tty\nACM0"), ("scanner_serial_port", 0),
    ("scanner_serial_baud", 300), ("scanner_serial_baud", 2_000_000),
    ("scanner_serial_baud", "9600"),
    ("orientation", "sideways"), ("orientation", "Portrait"), ("orientation", 1),
    ("card_printer", "bad\nname"), ("card_printer", 3),
    ("slip_printer", "tab\there"), ("slip_printer", None),
    ("slip_paper", "A5"), ("slip_paper", ""),
    ("auto_print", 1), ("auto_print", "true"), ("auto_print", 0),
    ("cafe_name", ""), ("cafe_name", "   "), ("cafe_name", "x" * 41),
    ("cafe_name", "two\nlines"), ("cafe_name", "bell\x07"), ("cafe_name", "del\x7f"),
    ("cafe_name", "\ud800"),
    ("website_url", "ftp://cafe.example"), ("website_url", "cafe.example/login"),
    ("website_url", "https://"), ("website_url", "https://cafe example"),
    ("languages", ["en", "xx"]), ("languages", []), ("languages", "en"),
    ("languages", ["en", 3]), ("default_language", "de"),
    ("receipt_pattern", "[unclosed"), ("max_purchase_yen", 0),
    ("cafe_logo", "missing.png"), ("cafe_logo", 5),
]


@pytest.mark.parametrize(("key", "value"), GOOD)
def test_good_values_save_and_load_back(data_dir: Path, key: str, value: Any) -> None:
    saved = save_settings(data_dir, {key: value})
    loaded = load_settings(data_dir)
    expected = tuple(value) if isinstance(value, list) else value
    assert getattr(saved, key) == getattr(loaded, key) == expected


@pytest.mark.parametrize(("key", "value"), BAD)
def test_bad_values_are_refused_naming_the_key_and_write_nothing(
        data_dir: Path, key: str, value: Any) -> None:
    save_settings(data_dir, {"cafe_name": "Before", "auto_print": True})
    before = settings_file(data_dir).read_bytes()
    with pytest.raises(SettingsError, match=key) as caught:
        save_settings(data_dir, {"staff_idle_seconds": 300, key: value})
    assert caught.value.key == key                  # a screen points at it without parsing
    assert settings_file(data_dir).read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == [SETTINGS_FILE]   # no temp left


# What a file can hold: TOML has no None, no lone surrogates (and floats are refused anyway).
FILE_BAD = [(k, v) for k, v in BAD if isinstance(v, int | str | list) and v != "\ud800"]


@pytest.mark.parametrize(("key", "value"), FILE_BAD)
def test_bad_values_in_the_file_are_refused_on_load(data_dir: Path, key: str,
                                                     value: Any) -> None:
    from kiosk.settings_file import dump_toml

    settings_file(data_dir).write_text(dump_toml({key: value}), encoding="utf-8")
    with pytest.raises(SettingsError, match=key) as caught:
        load_settings(data_dir)
    assert caught.value.key == key


@pytest.mark.parametrize(("key", "value"), GOOD)
def test_validate_accepts_every_good_value(data_dir: Path, key: str, value: Any) -> None:
    value = tuple(value) if isinstance(value, list) else value
    validate_settings(KioskSettings(data_dir=data_dir, **{key: value}))


def test_validate_names_the_setting(data_dir: Path) -> None:
    with pytest.raises(SettingsError, match="staff_idle_seconds must be between 30 and 3600"):
        validate_settings(KioskSettings(data_dir=data_dir, staff_idle_seconds=5))
    with pytest.raises(SettingsError, match="auto_print must be true or false"):
        validate_settings(KioskSettings(data_dir=data_dir, auto_print=1))  # type: ignore[arg-type]


# ---------------------------------------------------------------- booleans

def test_bools_load_from_toml_and_ints_still_refuse_them(data_dir: Path) -> None:
    settings_file(data_dir).write_text("auto_print = true\n", encoding="utf-8")
    assert load_settings(data_dir).auto_print is True
    settings_file(data_dir).write_text("auto_print = 1\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="auto_print must be true or false"):
        load_settings(data_dir)
    settings_file(data_dir).write_text("staff_idle_seconds = true\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="staff_idle_seconds must be int"):
        load_settings(data_dir)


# ---------------------------------------------------------------- saving

def test_save_round_trip_writes_only_what_differs_and_keeps_what_was_there(
        data_dir: Path) -> None:
    settings_file(data_dir).write_text(
        "# hand-written\nidle_timeout_seconds = 90\nlanguages = ['ja', 'en']\n",
        encoding="utf-8")
    saved = save_settings(data_dir, {"cafe_name": "カフェ \"☆\" \\ミライ", "auto_print": True,
                                     "slip_paper": "a4", "orientation": "auto"})
    assert saved == load_settings(data_dir)
    assert saved.cafe_name == "カフェ \"☆\" \\ミライ" and saved.languages == ("ja", "en")
    written = tomllib.loads(settings_file(data_dir).read_text(encoding="utf-8"))
    # idle_timeout_seconds = 90 is the default but was in the file; orientation=auto is not.
    assert written == {"idle_timeout_seconds": 90, "languages": ["ja", "en"],
                       "cafe_name": "カフェ \"☆\" \\ミライ", "auto_print": True,
                       "slip_paper": "a4"}


def test_saves_accumulate(data_dir: Path) -> None:
    save_settings(data_dir, {"card_printer": "Evolis"})
    save_settings(data_dir, {"slip_printer": "TM-T88"})
    settings = save_settings(data_dir, {"languages": ("en", "ja"), "default_language": "en"})
    assert (settings.card_printer, settings.slip_printer, settings.languages,
            settings.default_language) == ("Evolis", "TM-T88", ("en", "ja"), "en")


def test_unknown_keys_are_refused(data_dir: Path) -> None:
    with pytest.raises(SettingsError, match="office_url") as caught:
        save_settings(data_dir, {"office_url": "https://office.example"})
    assert caught.value.key == "office_url"
    with pytest.raises(SettingsError, match="data_dir"):
        save_settings(data_dir, {"data_dir": "/tmp"})
    assert not settings_file(data_dir).exists()


def test_a_change_that_breaks_another_setting_is_refused(data_dir: Path) -> None:
    save_settings(data_dir, {"default_language": "ja"})
    before = settings_file(data_dir).read_bytes()
    with pytest.raises(SettingsError, match="default_language") as caught:
        save_settings(data_dir, {"languages": ["en"]})
    assert caught.value.key == "default_language"      # the setting at fault, not the change
    assert settings_file(data_dir).read_bytes() == before


def test_a_file_that_is_not_toml_names_no_key(data_dir: Path) -> None:
    settings_file(data_dir).write_text("cafe_name = [unclosed\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="not valid TOML") as caught:
        load_settings(data_dir)
    assert caught.value.key == ""


def test_a_crash_before_the_rename_leaves_the_old_file(data_dir: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    save_settings(data_dir, {"cafe_name": "Old name"})
    before = settings_file(data_dir).read_bytes()

    def power_cut(src: object, dst: object) -> None:
        raise OSError("power cut")

    monkeypatch.setattr(os, "replace", power_cut)
    with pytest.raises(OSError, match="power cut"):
        save_settings(data_dir, {"cafe_name": "New name"})
    monkeypatch.undo()
    assert settings_file(data_dir).read_bytes() == before
    assert load_settings(data_dir).cafe_name == "Old name"
    assert sorted(p.name for p in data_dir.iterdir()) == [SETTINGS_FILE]


def test_the_file_and_its_directory_are_synced(data_dir: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[int] = []
    real_fsync = os.fsync

    def counting_fsync(fd: int) -> None:
        synced.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", counting_fsync)
    save_settings(data_dir, {"auto_print": True})
    assert len(synced) == 2          # the new file's contents, then the directory entry


def test_saving_keeps_the_file_mode(data_dir: Path) -> None:
    settings_file(data_dir).write_text("auto_print = false\n", encoding="utf-8")
    settings_file(data_dir).chmod(0o640)
    save_settings(data_dir, {"auto_print": True})
    assert settings_file(data_dir).stat().st_mode & 0o777 == 0o640


def test_command_line_overrides_are_not_saved(data_dir: Path) -> None:
    assert load_settings(data_dir, idle_timeout_seconds=300).idle_timeout_seconds == 300
    saved = save_settings(data_dir, {"auto_print": True})
    assert saved.idle_timeout_seconds == 90
    with pytest.raises(SettingsError, match="idle_timeout_seconds"):
        load_settings(data_dir, idle_timeout_seconds=5)


# ---------------------------------------------------------------- café logo

def test_a_relative_logo_is_found_in_the_data_dir(data_dir: Path) -> None:
    write_logo(data_dir / "logo.png")
    settings = save_settings(data_dir, {"cafe_logo": "logo.png"})
    assert cafe_logo_path(settings) == data_dir / "logo.png"
    logo = read_cafe_logo(settings)
    assert logo is not None and Image.open(io.BytesIO(logo)).size == (120, 60)


def test_an_absolute_jpeg_logo_is_accepted(data_dir: Path, tmp_path: Path) -> None:
    path = write_logo(tmp_path / "logo.jpg", "JPEG")
    settings = save_settings(data_dir, {"cafe_logo": str(path)})
    assert cafe_logo_path(settings) == path


def test_no_logo_means_none(data_dir: Path) -> None:
    settings = load_settings(data_dir)
    assert cafe_logo_path(settings) is None and read_cafe_logo(settings) is None


@pytest.mark.parametrize("content", [b"", b"not an image at all", b"\x89PNG\r\n\x1a\n broken"])
def test_a_logo_that_is_not_an_image_is_refused(data_dir: Path, content: bytes) -> None:
    (data_dir / "logo.png").write_bytes(content)
    with pytest.raises(SettingsError, match="cafe_logo"):
        save_settings(data_dir, {"cafe_logo": "logo.png"})
    assert not settings_file(data_dir).exists()


def test_a_truncated_logo_is_refused(data_dir: Path) -> None:
    out = io.BytesIO()
    Image.effect_noise((200, 200), 60).save(out, format="PNG")
    (data_dir / "logo.png").write_bytes(out.getvalue()[: len(out.getvalue()) // 2])
    with pytest.raises(SettingsError, match="cafe_logo"):
        save_settings(data_dir, {"cafe_logo": "logo.png"})


def test_a_logo_in_another_format_or_huge_is_refused(data_dir: Path) -> None:
    write_logo(data_dir / "logo.gif", "GIF")
    with pytest.raises(SettingsError, match="cafe_logo must be a PNG or JPEG"):
        save_settings(data_dir, {"cafe_logo": "logo.gif"})
    write_logo(data_dir / "big.png", size=(5000, 10))
    with pytest.raises(SettingsError, match="cafe_logo"):
        save_settings(data_dir, {"cafe_logo": "big.png"})
    (data_dir / "folder.png").mkdir()
    with pytest.raises(SettingsError, match="cafe_logo"):
        save_settings(data_dir, {"cafe_logo": "folder.png"})


def test_a_logo_deleted_after_saving_is_named_on_the_next_start(data_dir: Path) -> None:
    write_logo(data_dir / "logo.png")
    save_settings(data_dir, {"cafe_logo": "logo.png"})
    (data_dir / "logo.png").unlink()
    with pytest.raises(SettingsError, match="cafe_logo"):
        load_settings(data_dir)


def test_the_card_branding_is_the_cafes_name_logo_and_website(data_dir: Path) -> None:
    from kiosk.cards.branding import CardBranding
    from kiosk.settings import card_branding

    logo = write_logo(data_dir / "logo.png").read_bytes()
    settings = save_settings(data_dir, {"cafe_name": "カフェ☆ミライ", "cafe_logo": "logo.png",
                                        "website_url": "https://mirai.example/login"})
    assert card_branding(settings) == CardBranding("カフェ☆ミライ", logo,
                                                   "https://mirai.example/login")
    defaults = KioskSettings(data_dir=data_dir)            # no logo: none on the card
    assert card_branding(defaults) == CardBranding(defaults.cafe_name, None,
                                                   defaults.website_url)
