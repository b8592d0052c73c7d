"""One unreadable record in a page of the change feed costs that record, not the pull."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import ValidationError

from kiosk.sync.feed_reader import read_changes


def balance(number: str, **changes: Any) -> dict[str, Any]:
    return {"number": number, "nickname": "Ann", "language": "en", "login_id": "kq7mxtar",
            "password_hash": "$argon2id$x", "pv_earned": 6, "push_points": 1,
            "cards": [{"card_id": 7, "generation": 1, "revoked": False}], **changes}


def page(**changes: Any) -> bytes:
    base: dict[str, Any] = {
        "cursor": 12, "server_time": "2026-12-04T09:00:00Z", "more": False,
        "producers": [balance("00100000011")], "kiosk_keys": [], "cast": [],
        "rules": None, "boards": []}
    return json.dumps({**base, **changes}).encode()


def test_a_good_page_is_read_whole() -> None:
    changes, problems = read_changes(page())
    assert [p.number for p in changes.producers] == ["00100000011"] and problems == []


def test_unreadable_records_are_left_out_and_named() -> None:
    twin = "００１００００００１１"
    raw = page(producers=[balance(twin), balance("00100000011"),
                          balance("00100000029", pv_earned="12"),
                          balance("00100000037", nickname=None)],
               cast=[{"cast_id": "mirai", "stage_name_ja": "みらい", "stage_name_en": "Mirai",
                      "active": True, "sort_order": 1}, {"cast_id": "broken"}],
               rules={"version": "two", "text": "…"},
               boards=[{"period": "2026-12", "entries": [{"position": 1}]}])
    changes, problems = read_changes(raw)
    assert [p.number for p in changes.producers] == ["00100000011"]
    assert [c.cast_id for c in changes.cast] == ["mirai"]
    assert changes.rules is None and changes.boards == [] and changes.cursor == 12
    assert [(p.kind, p.key) for p in problems] == [
        ("producer", twin), ("producer", "00100000029"), ("producer", "00100000037"),
        ("cast", "broken"), ("board", "2026-12"), ("rules", "two")]
    assert "pv_earned" in problems[1].reason


def test_control_characters_in_a_bad_record_are_escaped_in_the_report() -> None:
    _, problems = read_changes(page(producers=[balance("0010000\x00011")]))
    assert problems[0].key == "0010000\\x00011"


@pytest.mark.parametrize("frame", [{"cursor": "twelve"}, {"server_time": 0},
                                   {"producers": "all of them"}])
def test_a_page_whose_frame_is_unreadable_is_refused_whole(frame: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        read_changes(page(**frame))
