"""A serial scanner's bytes cut into codes, however the bytes trickle in."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.scan import SERIAL_FLOOD_BYTES, SERIAL_QUIET_MS, SerialFrames

CODE = st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=80)
ENDING = st.sampled_from([b"\r", b"\n", b"\r\n", b"\t", b"\x03", b"\x04"])


@given(codes=st.lists(st.tuples(CODE, ENDING), min_size=1, max_size=6),
       cuts=st.lists(st.integers(min_value=1, max_value=7), min_size=1, max_size=40))
def test_codes_come_out_whole_however_the_bytes_are_cut(
        codes: list[tuple[str, bytes]], cuts: list[int]) -> None:
    stream = b"".join(code.encode() + ending for code, ending in codes)
    frames, at, now = SerialFrames(), 0, 0.0
    found: list[str] = []
    while at < len(stream):
        size = cuts[len(found) % len(cuts)]
        found += frames.feed(stream[at:at + size], now)
        at += size
        now += 1.0                        # 1 ms between chunks: never a pause
    assert found == [code for code, _ in codes]


def test_a_scanner_without_terminator_is_heard_out_by_a_pause() -> None:
    frames = SerialFrames()
    assert frames.feed(b"PKC:ABC", 0.0) == []
    assert frames.feed(b"DEF", 5.0) == []
    assert frames.flush_if_quiet(5.0 + SERIAL_QUIET_MS / 2) == []
    assert frames.flush_if_quiet(5.0 + SERIAL_QUIET_MS) == ["PKC:ABCDEF"]
    assert frames.flush_if_quiet(1000.0) == []


def test_a_pause_then_new_bytes_start_a_new_code() -> None:
    frames = SerialFrames()
    frames.feed(b"first", 0.0)
    assert frames.feed(b"second\r", 500.0) == ["first", "second"]


def test_a_flood_is_one_code_not_many() -> None:
    frames = SerialFrames()
    found = frames.feed(b"A" * (SERIAL_FLOOD_BYTES * 3), 0.0)
    found += frames.feed(b"\r\n", 1.0)
    assert found == ["A" * SERIAL_FLOOD_BYTES]
    assert frames.feed(b"next\r", 2.0) == ["next"]


def test_bytes_that_are_not_utf8_do_not_stop_the_reader() -> None:
    assert SerialFrames().feed(b"\xff\xfePKC\r", 0.0) == ["\ufffd\ufffdPKC"]
