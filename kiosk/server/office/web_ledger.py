"""What the producer website reads and writes in the ledger: a producer's card and
balances, the daily login point, pushes made from home, the history of every kiosk and
the website, and the per-cast "top producers" lists.

A push made on the website is an office event like the daily point: the office is the
authority, so it is judged against the balance inside the writing transaction and can
never overdraw; kiosks learn the new balance through the change feed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from peewee import Cast, ColumnBase, Database, PostgresqlDatabase, Value, fn

from kiosk.domain.rules import Rank, pv_to_reach, rank_progress
from kiosk.server import rankings
from kiosk.server.hot_sql import (
    DAILY_POINT_TAKEN,
    PRODUCER_VIEW,
    TOP_PRODUCERS_OF_CAST,
    all_rows,
    execute,
    one_row,
)
from kiosk.server.hot_writes import (
    ACTIVE_CAST,
    ADD_MONTH_VOTES,
    ADD_PUSH_POINTS,
    EVENT_DONE,
)
from kiosk.server.models import OfficeEvent
from kiosk.server.office.base import (
    TILL_ORIGIN,
    WEBSITE_ORIGIN,
    UnknownProducer,
    kiosk_labels,
    now_iso,
)
from kiosk.server.office.producers import ProducerDesk, daily_login_id
from kiosk.sync.protocol import DailyLogin

HISTORY_PAGE = 20
TOP_PRODUCERS = 10


@dataclass(frozen=True)
class ProducerView:
    number: str
    nickname: str
    language: str
    site_language: str | None
    pv_earned: int
    push_points: int
    rank: Rank
    next_rank: Rank | None
    push_blocked: bool
    ranking_visible: bool
    card_id: int | None          # the live card (None: every card revoked)
    generation: int | None
    month_votes: int             # votes this producer gave this month, every origin
    month_points: int            # push points spent on them
    deleted: bool = False        # the account was deleted (APPI); totals stay

    @property
    def weight(self) -> int:
        return self.rank.weight

    @property
    def pv_to_next(self) -> int:
        return pv_to_reach(self.next_rank, self.pv_earned)

    @property
    def progress(self) -> float:
        return rank_progress(self.rank, self.next_rank, self.pv_earned)


@dataclass(frozen=True)
class PushOutcome:
    status: str                  # pushed, already, not_enough, blocked, unknown_cast, amount
    points: int = 0
    votes: int = 0
    cast_id: str = ""
    push_points: int = 0


@dataclass(frozen=True)
class HistoryEntry:
    event_id: int
    kind: str
    when: str                    # RFC 3339: when it happened (the recording clock)
    where: str                   # "website", or the kiosk's label
    pv_delta: int
    push_delta: int
    votes: int
    cast_id: str | None
    yen: int | None
    rejected: bool


@dataclass(frozen=True)
class TopProducer:
    nickname: str | None         # None: the producer did not opt in
    votes: int
    is_you: bool
    number: str = ""             # only for the console (staff see who it is)


def month_bounds(month: str, timezone: str) -> tuple[str, str]:
    """The UTC ISO stamps that bound a Tokyo-time month, for comparing `received_at`."""
    year, number = (int(part) for part in month.split("-"))
    zone = ZoneInfo(timezone)
    start = datetime(year, number, 1, tzinfo=zone)
    end = datetime(year + number // 12, number % 12 + 1, 1, tzinfo=zone)
    return (start.astimezone(UTC).isoformat(timespec="microseconds"),
            end.astimezone(UTC).isoformat(timespec="microseconds"))


class WebLedger(ProducerDesk):

    def producer_view(self, number: str, now: datetime | None = None,
                      any_state: bool = False) -> ProducerView:
        """A producer as their website shows them; `any_state`: also one deleted or set
        aside (the console looks them up; the website never does)."""
        month = rankings.month_of(now or datetime.now(UTC), self.rules.timezone)
        start, end = month_bounds(month, self.rules.timezone)
        with self.reading():
            row = one_row(self.db, PRODUCER_VIEW, [start, end, start, end, number])
        if row is None:
            raise UnknownProducer(number)
        (number_, nickname, language, site_language, pv, push, overdrawn_at, visible,
         deleted_at, quarantined_at, card_id, generation, votes, points) = row
        if not any_state and (deleted_at is not None or quarantined_at is not None):
            raise UnknownProducer(number)
        return ProducerView(
            number=number_, nickname=nickname, language=language,
            site_language=site_language, pv_earned=int(pv), push_points=int(push),
            rank=self.rules.rank_for(int(pv)), next_rank=self.rules.next_rank(int(pv)),
            push_blocked=overdrawn_at is not None, ranking_visible=bool(visible),
            card_id=None if card_id is None else int(card_id),
            generation=None if generation is None else int(generation),
            month_votes=int(votes), month_points=int(points),
            deleted=deleted_at is not None)

    def business_day_now(self) -> date:
        return self.rules.business_day(datetime.now(UTC))

    def claim_daily_point(self, number: str) -> bool:
        """The website's daily login point: True when this visit earned it (the first of
        the business day, across every device and tab)."""
        day = self.business_day_now().isoformat()
        with self.reading():      # every page view asks: answer the usual "already" unlocked
            if one_row(self.db, DAILY_POINT_TAKEN, [daily_login_id(number, day)]):
                return False
        result = self.daily_login(DailyLogin(producer_number=number,
                                             day=day))
        return bool(result.status == "credited")

    def website_push(self, number: str, cast_id: str, points: int, form_id: str) -> PushOutcome:
        """Push `points` to a cast member once per submitted form (`form_id`): the same
        form sent twice pushes once; two forms can never spend more than the balance."""
        if not 1 <= points <= self.rules.max_points_per_push:
            return PushOutcome("amount", points=points, cast_id=cast_id)
        uuid = f"web-push:{form_id}"
        now = datetime.now(UTC)
        with self.writing() as head:     # the fewest round trips: every writer waits on it
            balance, pv_earned, overdrawn_at, done_by = self._live_balances(number, uuid)
            if done_by is not None:
                done = one_row(self.db, EVENT_DONE, [uuid])
                assert done is not None
                if done_by != number:
                    return PushOutcome("amount", cast_id=cast_id)
                return PushOutcome("already", -int(done[1]), int(done[2]), done[3] or "",
                                   balance)
            if one_row(self.db, ACTIVE_CAST, [cast_id]) is None:
                return PushOutcome("unknown_cast", points, cast_id=cast_id)
            if overdrawn_at is not None:
                return PushOutcome("blocked", points, cast_id=cast_id, push_points=balance)
            if points > balance:
                return PushOutcome("not_enough", points, cast_id=cast_id,
                                   push_points=balance)
            votes = points * self.rules.rank_for(pv_earned).weight
            self._record_office_event(number, "push", uuid=uuid, push_delta=-points,
                                      votes=votes, cast_id=cast_id,
                                      business_day=self.rules.business_day(now).isoformat())
            execute(self.db, ADD_PUSH_POINTS, [-points, head + 1, number])
            self._set_head(head + 1)
            execute(self.db, ADD_MONTH_VOTES, [cast_id, rankings.month_of(now, self.rules.timezone),
                                               votes, now_iso(), votes])
        return PushOutcome("pushed", points, votes, cast_id, balance - points)

    def website_history(self, number: str, before: int | None = None,
                        limit: int = HISTORY_PAGE) -> tuple[list[HistoryEntry], bool]:
        """Entries newest first by when they happened (a kiosk offline for a week sends its
        week at once), `limit` at a time after the entry with event id `before`; and
        whether there are older ones. A producer's few hundred rows sort in the database."""
        happened = _moment(self.db, OfficeEvent.recorded_at)
        query = OfficeEvent.select().where(OfficeEvent.producer_number == number)
        with self.reading():
            if before is not None:
                anchor = OfficeEvent.get_or_none(OfficeEvent.id == before)
                if anchor is None:
                    return [], False
                then = _moment(self.db, Value(anchor.recorded_at))
                query = query.where((happened < then)
                                    | ((happened == then) & (OfficeEvent.id < before)))
            rows = list(query.order_by(happened.desc(), OfficeEvent.id.desc())
                        .limit(limit + 1))
            labels = kiosk_labels({r.kiosk_id for r in rows})
        entries = [HistoryEntry(
            event_id=r.id, kind=r.kind, when=r.recorded_at,
            where=r.kiosk_id if r.kiosk_id in (WEBSITE_ORIGIN, TILL_ORIGIN)
            else labels.get(r.kiosk_id, "?"),
            pv_delta=r.pv_delta, push_delta=r.push_delta, votes=r.votes, cast_id=r.cast_id,
            yen=r.yen, rejected=r.rejected is not None) for r in rows[:limit]]
        return entries, len(rows) > limit

    def top_producers(self, cast_id: str, month: str, you: str | None = None,
                      limit: int = TOP_PRODUCERS, staff: bool = False) -> list[TopProducer]:
        """Who gave a cast member the most votes in a month; nicknames only of producers
        who opted in (the others appear without a name, so positions stay true) — for
        `staff` (the console) every nickname and number."""
        start, end = month_bounds(month, self.rules.timezone)
        with self.reading():
            rows = all_rows(self.db, TOP_PRODUCERS_OF_CAST, [cast_id, start, end, limit])
        return [TopProducer(nickname if (visible or staff) and not deleted else None,
                            int(votes), number == you, number if staff else "")
                for number, votes, nickname, visible, deleted in rows]

    def month_of_now(self, offset: int = 0) -> str:
        """This month (Tokyo time), or `offset` months before it."""
        month = rankings.month_of(datetime.now(UTC), self.rules.timezone)
        for _ in range(offset):
            month = rankings.previous_month(month)
        return month


def _moment(db: Database, text: ColumnBase) -> ColumnBase:
    """An RFC 3339 timestamp column or value as a moment the database compares: offsets
    differ between kiosks (+00:00, +09:00, Z), so the text's own order is not time's."""
    if isinstance(db, PostgresqlDatabase):
        return Cast(text, "timestamptz")
    return fn.julianday(text)
