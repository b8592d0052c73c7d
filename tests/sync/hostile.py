"""What a hostile (or broken) kiosk with an ordinary credential sends: every event kind the
office must refuse, each built for one sequence number, with the refusal code expected.

Ann is an honest producer registered at kiosk A; `H` is the hostile kiosk's credential.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kiosk.domain.producer_number import damm_check_digit
from tests.sync.wire import NOON, TOMORROW, Credential, event, number, registration

Builder = Callable[[int], dict[str, Any]]


@dataclass(frozen=True)
class Target:
    """The honest producer the hostile events are about."""

    number: str
    card_id: int


@dataclass(frozen=True)
class Hostile:
    name: str
    build: Builder
    problem: str


def _wrong_check_digit(digits: str) -> str:
    return digits[:-1] + str((int(digits[-1]) + 1) % 10)


def _kiosk_000() -> str:
    body = "000" + "0000001"
    return body + str(damm_check_digit(body))


def _renumbered(sent: dict[str, Any], digits: str) -> dict[str, Any]:
    sent["producer_number"] = digits
    sent["producer"]["number"] = digits
    return sent


def hostile_events(h: Credential, ann: Target) -> list[Hostile]:
    def about_ann(seq: int, kind: str = "visit", **changes: Any) -> dict[str, Any]:
        fields = {"producer_number": ann.number, "card_id": ann.card_id, **changes}
        return event(seq, kind=kind, **fields)

    other_kiosk = number(5, kiosk=h.number % 999 + 1)
    return [
        Hostile("registration with a wrong check digit",
                lambda seq: _renumbered(registration(seq, 1, h),
                                        _wrong_check_digit(number(1, h.number))),
                "bad_number"),
        Hostile("registration as kiosk 000",
                lambda seq: _renumbered(registration(seq, 1, h), _kiosk_000()), "bad_number"),
        Hostile("registration in another kiosk's range",
                lambda seq: _renumbered(registration(seq, 1, h), other_kiosk),
                "not_this_kiosk"),
        Hostile("registration with a card another key signed",
                lambda seq: _with_key(registration(seq, 2, h), "0badc0de"), "not_this_kiosk"),
        Hostile("registration carrying 1,000,000 PV",
                lambda seq: registration(seq, 3, h, pv_delta=1_000_000), "wrong_amount"),
        Hostile("purchase of -500 PV",
                lambda seq: about_ann(seq, "purchase", yen=1000, receipt=f"H-{seq}",
                                      pv_delta=-500, push_delta=0), "wrong_amount"),
        Hostile("purchase worth more PV than its yen",
                lambda seq: about_ann(seq, "purchase", yen=1000, receipt=f"H-{seq}",
                                      pv_delta=100, push_delta=0), "wrong_amount"),
        Hostile("purchase of 0 yen",
                lambda seq: about_ann(seq, "purchase", yen=0, receipt=f"H-{seq}",
                                      push_delta=0), "wrong_amount"),
        Hostile("visit worth 1,000,000 push points",
                lambda seq: about_ann(seq, push_delta=1_000_000), "wrong_amount"),
        Hostile("visit with PV",
                lambda seq: about_ann(seq, pv_delta=50), "wrong_amount"),
        Hostile("push with inflated votes",
                lambda seq: about_ann(seq, "push", push_delta=-1, votes=1000,
                                      cast_id="mirai"), "wrong_amount"),
        Hostile("push over the rules' maximum",
                lambda seq: about_ann(seq, "push", push_delta=-51, votes=51,
                                      cast_id="mirai"), "wrong_amount"),
        Hostile("push that earns points",
                lambda seq: about_ann(seq, "push", push_delta=3, votes=3, cast_id="mirai"),
                "wrong_amount"),
        Hostile("correction of 1,000,000 PV",
                lambda seq: about_ann(seq, "correction", pv_delta=1_000_000, push_delta=0),
                "wrong_amount"),
        Hostile("correction taking PV below zero",
                lambda seq: about_ann(seq, "correction", pv_delta=-500, push_delta=0),
                "below_zero"),
        Hostile("correction that changes nothing",
                lambda seq: about_ann(seq, "correction", push_delta=0), "wrong_amount"),
        Hostile("daily login credited by a kiosk",
                lambda seq: about_ann(seq, "daily_login"), "office_only"),
        Hostile("visit on a shifted business day",
                lambda seq: about_ann(seq, business_day=TOMORROW), "wrong_day"),
        Hostile("visit dated years ahead",
                lambda seq: about_ann(seq, business_day="2099-03-04",
                                      recorded_at="2099-03-04T12:00:00+09:00"), "bad_time"),
        Hostile("visit backdated a year",
                lambda seq: about_ann(seq, business_day=_year_before(NOON)[:10],
                                      recorded_at=_year_before(NOON)), "bad_time"),
        Hostile("purchase larger than one receipt can be",
                lambda seq: about_ann(seq, "purchase", yen=100_000_000, receipt=f"H-{seq}",
                                      pv_delta=200_000, push_delta=0), "wrong_amount"),
        Hostile("push for a cast member nobody has heard of",
                lambda seq: about_ann(seq, "push", push_delta=-1, votes=1,
                                      cast_id="\u202eNOBODY"), "unknown_cast"),
        Hostile("push overdrawing the card far past any kiosk's offline cap",
                lambda seq: about_ann(seq, "push", push_delta=-50, votes=50,
                                      cast_id="mirai"), "overdrawn"),
        Hostile("visit for Ann with someone else's card",
                lambda seq: about_ann(seq, card_id=ann.card_id + 1), "not_this_producer"),
        Hostile("visit for a producer nobody registered",
                lambda seq: event(seq, serial=77, kiosk=1), "unknown_producer"),
        Hostile("replacement card signed by another key",
                lambda seq: about_ann(seq, "card_issue", push_delta=0, card={
                    "card_id": ann.card_id, "generation": 2, "key_id": "0badc0de"}),
                "not_this_kiosk"),
        Hostile("replacement of another card",
                lambda seq: about_ann(seq, "card_issue", push_delta=0, card={
                    "card_id": ann.card_id + 1, "generation": 2, "key_id": h.key_id}),
                "malformed"),
        Hostile("password reset with points",
                lambda seq: about_ann(seq, "password_reset", push_delta=5,
                                      password_hash="$argon2id$stolen"), "wrong_amount"),
        Hostile("visit carrying a receipt",
                lambda seq: about_ann(seq, receipt="R-1"), "malformed"),
        Hostile("visit recorded at a time its business day does not have",
                lambda seq: about_ann(seq, recorded_at=NOON.replace("12:00", "03:00")),
                "wrong_day"),
    ]


def _with_key(sent: dict[str, Any], key_id: str) -> dict[str, Any]:
    sent["producer"]["key_id"] = key_id
    return sent


def _year_before(moment: str) -> str:
    return f"{int(moment[:4]) - 1}{moment[4:]}"
