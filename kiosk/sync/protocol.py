"""The wire format between kiosks and the office (pydantic models, JSON on the wire).

Shared by `kiosk.sync` (the client) and `kiosk.server` (the office), and nothing else of
either side: the office never imports the kiosk's store or screens.

Strict on purpose, and the OpenAPI document says exactly what is accepted:
- no coercion: a number sent as a string ("12") or a boolean is refused, so is a fraction
  (1.5) and a timestamp sent as a number (0); a whole number written with a zero fraction
  (12.0) is the number 12, as JSON Schema's "integer" has it;
- timestamps are RFC 3339 (`2024-03-04T12:00:00+09:00`, `…Z`) with an offset, days are
  `YYYY-MM-DD` and must exist;
- digits are ASCII digits: `\\d` would also match full-width and Arabic-Indic digits, which
  look like a producer number's twin and broke every kiosk's pull once;
- text carries no NUL or other control characters (PostgreSQL cannot store a NUL, and a
  name with a line feed in it breaks a printed card): every text field has a pattern.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from kiosk.sync.wire_types import MAX_ID as MAX_ID
from kiosk.sync.wire_types import MAX_SEQ as MAX_SEQ
from kiosk.sync.wire_types import NO_CONTROLS as NO_CONTROLS
from kiosk.sync.wire_types import (
    PRINTABLE_ASCII,
    Answer,
    ByteCount,
    CardId,
    Count,
    Day,
    Generation,
    KeyId,
    LaterGeneration,
    Percent,
    Points,
    ProducerNumberText,
    Sequence,
    Strict,
    Timestamp,
    Votes,
    Yen,
)
from kiosk.sync.wire_types import SHORT_TEXT as SHORT_TEXT

# Events per push. Offices before this limit took at most 2,000, and before that 500
# (LEGACY_MAX_BATCH); a kiosk that meets one sends what the office says it takes. Fewer,
# larger batches mean fewer commits for the same day offline, and a commit's pages grow
# slower than its events (index pages shared by more of them): 5,000 events are about
# 3 MB, and the office takes them in 20 % faster than batches of 2,000.
MAX_BATCH = 5000
LEGACY_MAX_BATCH = 500
MAX_PULL_PROBLEMS = 1000

EventKind = Literal["registration", "purchase", "visit", "push", "daily_login", "correction",
                    "card_issue", "password_reset"]
# "sequence_taken": the office holds another event under this sequence number (a kiosk
# restored from an old backup numbers anew from its last row): renumber and send again.
# "deferred": not judged yet and not stored (the rules version it names is not published at
# the office yet), with every later event of the batch: send them again later.
EventStatus = Literal["stored", "duplicate", "conflict", "rejected", "sequence_taken",
                      "deferred"]
# Why the office refused an event (with status "rejected"); the reason text says more.
EventProblem = Literal[
    "malformed",           # fields the kind does not allow, or lacks ones it needs
    "office_only",         # daily logins are credited by the office, never by a kiosk
    "wrong_day",           # the business day does not match the time recorded
    "bad_time",            # recorded in the future, or long before the kiosk's other events
    "wrong_amount",        # points or votes the rules do not give for this event
    "bad_number",          # a producer number with a wrong check digit
    "not_this_kiosk",      # a number in another kiosk's range, or a card it did not sign
    "unknown_producer",
    "quarantined",         # the office has set this producer's record aside
    "not_this_producer",   # the event's card belongs to another producer (or none)
    "number_taken",        # the number belongs to another producer (a restored kiosk)
    "login_taken",
    "card_taken",
    "card_generation",     # this card generation was issued already
    "visited_today",       # a visit on this business day is counted already (any kiosk)
    "receipt_used",        # this till receipt earned PV already (any kiosk)
    "below_zero",          # a correction taking PV or push points below zero
    "overdrawn",           # a push on a card already overdrawn, or overdrawing it too far
    "unknown_cast",        # a push for a cast member the office's roster never had
]

# ---- events (kiosk → office) ------------------------------------------------------------------

class ProducerRecord(Strict):
    """A new producer, sent with their registration event."""

    number: ProducerNumberText
    nickname: str = Field(min_length=1, max_length=40, pattern=NO_CONTROLS)
    language: str = Field(pattern=r"^[a-z]{2}(_[A-Z]{2})?$")
    login_id: str = Field(pattern=r"^[0-9a-z]{4,32}$")
    password_hash: str = Field(min_length=1, max_length=200, pattern=PRINTABLE_ASCII)
    card_id: CardId
    generation: Generation
    key_id: KeyId


class CardRecord(Strict):
    """A replacement card (next generation), sent with its card_issue event."""

    card_id: CardId
    generation: LaterGeneration
    key_id: KeyId


class EventIn(Strict):
    uuid: str = Field(pattern=r"^[0-9A-Za-z-]{8,64}$")
    seq: Sequence
    producer_number: ProducerNumberText
    # The producer's card (the same id through every reissue): an event belongs to one
    # registration, not just to a number, so a number the office gave someone else is
    # never credited with another person's points.
    card_id: CardId
    kind: EventKind
    pv_delta: Points
    push_delta: Points
    votes: Votes
    cast_id: str | None = Field(default=None, pattern=SHORT_TEXT)
    yen: Yen | None = None
    receipt: str | None = Field(default=None, pattern=SHORT_TEXT)
    rule_version: Sequence
    business_day: Day
    recorded_at: Timestamp
    producer: ProducerRecord | None = None
    card: CardRecord | None = None
    # A password_reset carries the producer's new argon2id hash (as a registration's does).
    password_hash: str | None = Field(default=None, min_length=1, max_length=200,
                                      pattern=PRINTABLE_ASCII)


class EventBatch(Strict):
    events: list[EventIn] = Field(max_length=MAX_BATCH)
    # Sent while the batch before is still at the office: the UUID of that batch's last
    # event. The office takes this one in only after it holds that event, and otherwise
    # answers it "deferred" whole (nothing stored; the kiosk sends it again on its own).
    # A UUID, not a sequence number: a kiosk restored from a backup reuses numbers.
    after_event: str | None = Field(default=None, pattern=r"^[0-9A-Za-z-]{8,64}$")


# Each event's outcome as the HTTP status it would have had alone (a batch mixes them).
STATUS_CODES: dict[str, int] = {"stored": 201, "duplicate": 200, "conflict": 409,
                                "rejected": 422, "sequence_taken": 409, "deferred": 503}


class EventResult(Answer):
    uuid: str
    status: EventStatus
    reason: str | None = None
    # One of `EventProblem` (text, so that a newer office's new codes read as "refused").
    problem: str | None = None
    code: int = 0             # filled from `status`: 409 for the same UUID with other content

    @model_validator(mode="before")
    @classmethod
    def _code_from_status(cls, data: object) -> object:
        if isinstance(data, dict) and not data.get("code") and data.get("status") in \
                STATUS_CODES:
            return {**data, "code": STATUS_CODES[data["status"]]}
        return data

    @classmethod
    def of(cls, uuid: str, status: EventStatus, reason: str | None = None,
           problem: str | None = None) -> EventResult:
        """The office's own answer for one event, built without validating it again: a
        batch's 5,000 results are typed here already, and validation cost a tenth as much
        as taking the events in."""
        return cls.model_construct(uuid=uuid, status=status, reason=reason, problem=problem,
                                   code=STATUS_CODES[status])


class BatchResult(Answer):
    acked_through: int        # every event of this kiosk up to this seq is at the office
    results: list[EventResult]
    highest_seq: int = 0      # the highest sequence of this kiosk the office holds
    # The highest serial among the producer numbers of this kiosk's range the office holds:
    # a kiosk restored from an old backup numbers its next registrations above it.
    highest_serial: int = 0


# ---- enrolment --------------------------------------------------------------------------------

class EnrolRequest(Strict):
    code: str = Field(pattern=r"^[0-9A-Za-z]{6,64}$")
    public_key: str = Field(pattern=r"^[A-Za-z0-9+/]{43}=$",
                            description="raw 32-byte Ed25519 public key, base64")
    label: str = Field(min_length=1, max_length=80, pattern=NO_CONTROLS)


class EnrolResponse(Answer):
    kiosk_id: str
    kiosk_number: int
    secret: str


# ---- the change feed (office → kiosk) ---------------------------------------------------------

class CardState(Answer):
    card_id: int
    generation: int
    revoked: bool


class ProducerBalance(Answer):
    number: ProducerNumberText
    nickname: str
    language: str
    login_id: str
    password_hash: str
    pv_earned: int
    push_points: int
    cards: list[CardState]
    push_blocked: bool = False    # overdrawn by offline pushes at two kiosks: staff decide
    rank: int = 0                 # by the office's rules in force (kiosks recompute by theirs)
    # When the latest counted visit was recorded (any kiosk): a kiosk refuses a second
    # check-in on that business day instead of sending one the office would refuse.
    last_visit_at: Timestamp | None = None


class KioskKey(Answer):
    key_id: str
    public_key: str           # raw Ed25519, base64
    revoked: bool             # the kiosk was disabled: cards it signed later are refused


class DailyLogin(Strict):
    """The website reports that a producer logged in on a business day."""

    producer_number: ProducerNumberText
    day: Day


class DailyLoginResult(Answer):
    status: Literal["credited", "already_credited"]
    push_points: int


class RankingEntry(Answer):
    position: int
    cast_id: str
    votes: int


class RankingBoard(Answer):
    period: str               # YYYY-MM (a month) or YYYY (the year), Tokyo time
    entries: list[RankingEntry]


class CastRecord(Answer):
    cast_id: str
    stage_name_ja: str
    stage_name_en: str
    active: bool
    sort_order: int
    # The photo's SHA-256 (fetch /cast-photos/<sha256>.jpg once); None: no photo. Offices
    # from before photos leave it out.
    photo: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")


class RulesRecord(Answer):
    version: int
    text: str                 # the whole rules.toml, validated by the office on publish


class Changes(Answer):
    """One page of the change feed. Roster, rules and boards come on the last page only."""

    cursor: int
    server_time: Timestamp    # the office's clock: kiosks stamp its ranking boards with it
    producers: list[ProducerBalance]
    kiosk_keys: list[KioskKey]
    more: bool
    cast: list[CastRecord] = Field(default_factory=list)
    rules: RulesRecord | None = None
    boards: list[RankingBoard] = Field(default_factory=list)   # this month's and last month's top N


# ---- what a kiosk could not apply (kiosk → office) ---------------------------------------------

class PullProblem(Strict):
    """One record of the change feed a kiosk skipped because it could not apply it."""

    kind: Literal["producer", "kiosk_key", "cast", "rules", "board"]
    key: str = Field(max_length=200, pattern=NO_CONTROLS)   # e.g. the producer number
    reason: str = Field(max_length=500, pattern=NO_CONTROLS)


class PullReport(Strict):
    problems: list[PullProblem] = Field(min_length=1, max_length=MAX_PULL_PROBLEMS)


class PullReportResult(Answer):
    stored: int


# ---- health (kiosk → office, after each sync pass) ---------------------------------------

PrinterStateName = Literal["ready", "no_such_printer", "no_card_size", "paused",
                           "not_accepting", "out_of_cards", "ribbon_out", "cover_open",
                           "card_jam", "offline", "no_print_service", "not_set"]


class PrinterHealth(Strict):
    queue: str = Field(default="", max_length=127, pattern=NO_CONTROLS)
    state: PrinterStateName
    low: list[Literal["cards", "ribbon"]] = Field(default_factory=list, max_length=2)
    ribbon_percent: Percent | None = None


class KioskHealth(Strict):
    """What a kiosk says about itself for the manager console's kiosks page. Old offices
    answer 404 (the kiosk then stops sending it); old kiosks never send it."""

    sent_at: Timestamp                       # the kiosk's clock: the office works out the offset
    app_version: str = Field(max_length=40, pattern=SHORT_TEXT)
    pending: Count                           # events not yet accepted by the office
    store_bytes: ByteCount
    free_disk_bytes: ByteCount
    printer: PrinterHealth | None = None
    last_error: str = Field(default="", max_length=300, pattern=NO_CONTROLS)


class HealthAnswer(Answer):
    clock_offset_s: int                      # the kiosk's clock minus the office's, seconds
