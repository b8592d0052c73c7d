from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.rules import RuleBook, RulesError, parse_rules
from kiosk.paths import rules_path

TEXT = rules_path().read_text(encoding="utf-8")


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    lines = [i for i, line in enumerate(text.splitlines(), 1) if needle in line]
    return lines[occurrence - 1]


def refuse(text: str) -> str:
    with pytest.raises(RulesError) as caught:
        parse_rules(text, "rules.toml")
    return str(caught.value)


def test_shipped_rules_match_the_domain_table(rules: RuleBook) -> None:
    assert [r.pv_from for r in rules.ranks] == [0, 20, 60, 150, 300, 500, 800, 1200, 2000, 3000]
    assert [r.weight for r in rules.ranks] == [1, 1, 2, 2, 3, 3, 4, 4, 5, 6]
    assert rules.ranks[0].name_ja == "アシスタントプロデューサー"
    assert rules.ranks[-1].name_ja == "超プロデューサー" and rules.ranks[-1].is_dark
    assert rules.yen_per_pv == 500 and rules.card_issue_fee_yen == 300
    assert rules.stay.first_hour_charge_yen == 600 and rules.stay.extension_charge_yen == 350


def test_rank_for_uses_lifetime_pv(rules: RuleBook) -> None:
    assert rules.rank_for(0).number == 1
    assert rules.rank_for(19).number == 1
    assert rules.rank_for(20).number == 2
    assert rules.rank_for(2999).number == 9
    assert rules.rank_for(10**9).number == 10
    assert rules.next_rank(150) is not None and rules.next_rank(150).number == 5  # type: ignore[union-attr]
    assert rules.next_rank(3000) is None


@given(st.integers(0, 10**7), st.integers(0, 10**7))
def test_rank_never_drops_as_pv_grows(a: int, b: int) -> None:
    rules = parse_rules(TEXT)
    low, high = sorted((a, b))
    assert rules.rank_for(low).number <= rules.rank_for(high).number


def test_pv_for_yen(rules: RuleBook) -> None:
    assert rules.pv_for_yen(499) == 0
    assert rules.pv_for_yen(500) == 1
    assert rules.pv_for_yen(1600) == 3
    with pytest.raises(ValueError):
        rules.pv_for_yen(-1)


def test_business_day_ends_at_five_tokyo(rules: RuleBook) -> None:
    # 04:59 Tokyo on the 2nd still belongs to the 1st; 05:00 starts the 2nd.
    assert rules.business_day(datetime(2026, 11, 1, 19, 59, tzinfo=UTC)) == date(2026, 11, 1)
    assert rules.business_day(datetime(2026, 11, 1, 20, 0, tzinfo=UTC)) == date(2026, 11, 2)


def test_missing_rank_names_the_line() -> None:
    text = TEXT[: TEXT.rindex("[[ranks]]")]
    message = refuse(text)
    assert "exactly 10" in message
    assert re.search(r"line \d+", message)


def test_thresholds_out_of_order_name_the_line() -> None:
    text = TEXT.replace("pv_from = 150", "pv_from = 50")
    message = refuse(text)
    assert f"line {line_of(text, 'pv_from = 50')}:" in message
    assert "out of order" in message


def test_negative_price_names_the_line() -> None:
    text = TEXT.replace("extension_charge_yen = 350", "extension_charge_yen = -350")
    message = refuse(text)
    assert f"line {line_of(text, 'extension_charge_yen')}:" in message
    assert "negative" in message


def test_wrong_type_names_the_line() -> None:
    text = TEXT.replace("issue_fee_yen = 300", 'issue_fee_yen = "300"')
    assert f"line {line_of(text, 'issue_fee_yen')}:" in refuse(text)


def test_bad_colour_and_missing_key() -> None:
    assert "#RRGGBB" in refuse(TEXT.replace('"#9ED8F5"', '"skyblue"'))
    assert "missing points.yen_per_pv" in refuse(re.sub(r"(?m)^yen_per_pv = .*$", "", TEXT))


def test_corrupted_file_is_refused_with_position() -> None:
    message = refuse(TEXT.replace("[card]", "[card"))
    assert "not valid TOML" in message and "line" in message
    assert "not valid TOML" in refuse("\x00\x01garbage = = =")


def test_unknown_time_zone_and_day_end_hour() -> None:
    assert "time zone" in refuse(TEXT.replace("Asia/Tokyo", "Mars/Olympus"))
    assert "at most 23" in refuse(TEXT.replace("ends_at_hour = 5", "ends_at_hour = 29"))


def test_rule_book_is_immutable(rules: RuleBook) -> None:
    with pytest.raises(AttributeError):
        rules.yen_per_pv = 1  # type: ignore[misc]


def test_rank_names_per_language(rules: RuleBook) -> None:
    top = rules.ranks[-1]
    assert top.name_for("ja") == "超プロデューサー"
    assert top.name_for("en") == "Super Producer"
    assert top.name_for("ko") == "슈퍼 프로듀서"
    assert top.name_for("xx") == "Super Producer"        # unknown language: English
    assert "names must map" in refuse(TEXT.replace('th = "ผู้ช่วยโปรดิวเซอร์"', 'th = ""'))
