"""The wire format between kiosks and the office (pydantic models, JSON on the wire).

Shared by `kiosk.sync` (the client) and `kiosk.server` (the office), and nothing else of
either side: the office never imports the kiosk's store or screens.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

MAX_BATCH = 500
EventKind = Literal["registration", "purchase", "visit", "push", "daily_login", "correction",
                    "card_issue", "password_reset"]
# "sequence_taken": the office holds another event under this sequence number (a kiosk
# restored from an old backup numbers anew from its last row): renumber and send again.
EventStatus = Literal["stored", "duplicate", "conflict", "rejected", "sequence_taken"]


MAX_SEQ = 2**31 - 1          # fits every store's integer column (PostgreSQL's is 4 bytes)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    @field_validator("*", mode="after")
    @classmethod
    def _no_nul(cls, value: object) -> object:
        """No store keeps a NUL character in text (PostgreSQL refuses it outright)."""
        if isinstance(value, str) and "\x00" in value:
            raise ValueError("text must not contain NUL characters")
        return value


class ProducerRecord(Strict):
    """A new producer, sent with their registration event."""

    number: str = Field(pattern=r"^\d{11}$")
    nickname: str = Field(min_length=1, max_length=40)
    language: str = Field(max_length=8)
    login_id: str = Field(min_length=4, max_length=32)
    password_hash: str = Field(max_length=200)
    card_id: int = Field(ge=1, le=2**63 - 1)
    generation: int = Field(ge=1, le=65535)
    key_id: str = Field(pattern=r"^[0-9a-f]{8}$")


class CardRecord(Strict):
    """A replacement card (next generation), sent with its card_issue event."""

    card_id: int = Field(ge=1, le=2**63 - 1)
    generation: int = Field(ge=2, le=65535)
    key_id: str = Field(pattern=r"^[0-9a-f]{8}$")


class EventIn(Strict):
    uuid: str = Field(min_length=8, max_length=64)
    seq: int = Field(ge=1, le=MAX_SEQ)
    producer_number: str = Field(pattern=r"^\d{11}$")
    kind: EventKind
    pv_delta: int = Field(ge=-1_000_000, le=1_000_000)
    push_delta: int = Field(ge=-1_000_000, le=1_000_000)
    votes: int = Field(ge=0, le=10_000_000)
    cast_id: str | None = Field(default=None, max_length=64)
    yen: int | None = Field(default=None, ge=0, le=100_000_000)
    receipt: str | None = Field(default=None, max_length=64)
    rule_version: int = Field(ge=1)
    business_day: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    recorded_at: datetime
    producer: ProducerRecord | None = None
    card: CardRecord | None = None
    # A password_reset carries the producer's new argon2id hash (as a registration's does).
    password_hash: str | None = Field(default=None, min_length=1, max_length=200)


class EventBatch(Strict):
    events: list[EventIn] = Field(max_length=MAX_BATCH)


# Each event's outcome as the HTTP status it would have had alone (a batch mixes them).
STATUS_CODES: dict[str, int] = {"stored": 201, "duplicate": 200, "conflict": 409,
                                "rejected": 422, "sequence_taken": 409}


class EventResult(Strict):
    uuid: str
    status: EventStatus
    reason: str | None = None
    code: int = 0             # filled from `status`: 409 for the same UUID with other content

    @model_validator(mode="before")
    @classmethod
    def _code_from_status(cls, data: object) -> object:
        if isinstance(data, dict) and not data.get("code") and data.get("status") in \
                STATUS_CODES:
            return {**data, "code": STATUS_CODES[data["status"]]}
        return data


class BatchResult(Strict):
    acked_through: int        # every event of this kiosk up to this seq is at the office
    results: list[EventResult]
    highest_seq: int = 0      # the highest sequence of this kiosk the office holds


class EnrolRequest(Strict):
    code: str = Field(min_length=6, max_length=64)
    public_key: str = Field(min_length=40, max_length=64)     # raw Ed25519, base64
    label: str = Field(min_length=1, max_length=80)


class EnrolResponse(Strict):
    kiosk_id: str
    kiosk_number: int
    secret: str


class CardState(Strict):
    card_id: int
    generation: int
    revoked: bool


class ProducerBalance(Strict):
    number: str
    nickname: str
    language: str
    login_id: str
    password_hash: str
    pv_earned: int
    push_points: int
    cards: list[CardState]
    push_blocked: bool = False    # overdrawn by offline pushes at two kiosks: staff decide
    rank: int = 0                 # by the office's rules in force (kiosks recompute by theirs)


class KioskKey(Strict):
    key_id: str
    public_key: str           # raw Ed25519, base64
    revoked: bool             # the kiosk was disabled: cards it signed later are refused


class DailyLogin(Strict):
    """The website reports that a producer logged in on a business day."""

    producer_number: str = Field(pattern=r"^\d{11}$")
    day: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")


class DailyLoginResult(Strict):
    status: Literal["credited", "already_credited"]
    push_points: int


class RankingEntry(Strict):
    position: int
    cast_id: str
    votes: int


class RankingBoard(Strict):
    period: str               # YYYY-MM (a month) or YYYY (the year), Tokyo time
    entries: list[RankingEntry]


class CastRecord(Strict):
    cast_id: str
    stage_name_ja: str
    stage_name_en: str
    active: bool
    sort_order: int


class RulesRecord(Strict):
    version: int
    text: str                 # the whole rules.toml, validated by the office on publish


class Changes(Strict):
    """One page of the change feed. Roster, rules and boards come on the last page only."""

    cursor: int
    server_time: datetime     # the office's clock: kiosks record their offset from it
    producers: list[ProducerBalance]
    kiosk_keys: list[KioskKey]
    more: bool
    cast: list[CastRecord] = []
    rules: RulesRecord | None = None
    boards: list[RankingBoard] = []   # this month's and last month's top N
