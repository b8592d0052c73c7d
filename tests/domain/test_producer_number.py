from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.producer_number import (
    _DAMM,
    MAX_KIOSK,
    MAX_SERIAL,
    ProducerNumber,
    ProducerNumberError,
    damm_is_valid,
)

numbers = st.builds(ProducerNumber, st.integers(1, MAX_KIOSK), st.integers(1, MAX_SERIAL))


def test_damm_table_is_a_weakly_totally_antisymmetric_quasigroup() -> None:
    """The property the error detection rests on, checked exhaustively."""
    for row in _DAMM:
        assert sorted(row) == list(range(10))
    for col in range(10):
        assert sorted(r[col] for r in _DAMM) == list(range(10))
    for i in range(10):
        assert _DAMM[i][i] == 0
    for c in range(10):
        for x in range(10):
            for y in range(10):
                if _DAMM[_DAMM[c][x]][y] == _DAMM[_DAMM[c][y]][x]:
                    assert x == y


@given(numbers)
def test_round_trip_through_text(number: ProducerNumber) -> None:
    assert ProducerNumber.parse(str(number)) == number
    assert ProducerNumber.parse(number.digits) == number
    assert damm_is_valid(number.digits)


@given(numbers, st.data())
def test_any_single_wrong_digit_is_caught(number: ProducerNumber, data: st.DataObject) -> None:
    digits = number.digits
    position = data.draw(st.integers(0, len(digits) - 1))
    wrong = data.draw(st.sampled_from([d for d in "0123456789" if d != digits[position]]))
    typo = digits[:position] + wrong + digits[position + 1:]
    assert not damm_is_valid(typo)
    with pytest.raises(ProducerNumberError):
        ProducerNumber.parse(typo)


@given(numbers, st.data())
def test_any_swap_of_neighbours_is_caught(number: ProducerNumber, data: st.DataObject) -> None:
    digits = number.digits
    position = data.draw(st.integers(0, len(digits) - 2))
    if digits[position] == digits[position + 1]:
        return   # swapping equal digits changes nothing: nothing to catch
    swapped = (digits[:position] + digits[position + 1] + digits[position]
               + digits[position + 2:])
    assert not damm_is_valid(swapped)


def test_typed_forms_are_accepted() -> None:
    number = ProducerNumber(1, 23)
    spaced = f" {number.digits[:3]} {number.digits[3:10]} {number.digits[10]} "
    fullwidth = str(number).translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))
    assert ProducerNumber.parse(spaced) == number
    assert ProducerNumber.parse(fullwidth) == number


@pytest.mark.parametrize("text", ["", "abc", "001-0000001", "001-0000001-12", "１２"])
def test_malformed_numbers_are_refused(text: str) -> None:
    with pytest.raises(ProducerNumberError):
        ProducerNumber.parse(text)


def test_out_of_range_parts_are_refused() -> None:
    with pytest.raises(ProducerNumberError):
        ProducerNumber(0, 1)
    with pytest.raises(ProducerNumberError):
        ProducerNumber(1, MAX_SERIAL + 1)


@given(numbers)
def test_the_stored_form_reads_back_as_parse_reads_it(number: ProducerNumber) -> None:
    assert ProducerNumber.from_stored(number.digits) == ProducerNumber.parse(number.digits)


@pytest.mark.parametrize("text", ["001-0000001-1", "0010000001", "00100000011 ", "１" * 11,
                                  "00100000012", "", "0" * 11, "٠٠١٠٠٠٠٠٠١٠"])
def test_the_stored_form_is_only_the_eleven_digits(text: str) -> None:
    """What people type (dashes, full-width) goes through `parse`; the store's form is
    exact, and its check digit still counts."""
    with pytest.raises(ProducerNumberError):
        ProducerNumber.from_stored(text)
