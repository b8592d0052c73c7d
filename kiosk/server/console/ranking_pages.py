"""The console's rankings: a month (this one live by default) or the year, each cast
member's top producers, closing a finished month (its board frozen for the award evening),
and every board as CSV."""

from __future__ import annotations

import re

from fastapi import APIRouter
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response

from kiosk.server.console.render import render
from kiosk.server.console.session import check_form, require
from kiosk.server.office import Office
from kiosk.server.office.ranking_desk import MonthNotOver
from kiosk.server.web.auth_pages import see_other
from kiosk.server.web.forms import posted

PERIOD = re.compile(r"^(19[7-9][0-9]|2[0-9]{3})(-(0[1-9]|1[0-2]))?$")


def ranking_router(office: Office) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    timezone = office.rules.timezone

    def period_of(text: str) -> str:
        return text if PERIOD.match(text) else office.month_of_now()

    @router.get("/console/rankings")
    def rankings(request: Request, period: str = "") -> Response:
        staff = require(office, request)
        period = period_of(period[:7])
        board = office.ranking(period)
        month = len(period) == 7
        tops = {e.cast_id: office.top_producers(e.cast_id, period, staff=True)
                for e in board.entries} if month else {}
        names = {c.cast_id: c for c in office.cast()}
        now = office.month_of_now()
        return render(request, "rankings.html", staff, 200, timezone, period=period,
                      board=board, tops=tops, names=names, month=month,
                      closed=office.closed_month(period) if month else None,
                      closable=month and period < now, this_month=now,
                      last_month=office.month_of_now(1), year=now[:4])

    @posted(router, "/console/rankings/close")
    def _close(request: Request, form: FormData) -> Response:
        staff = require(office, request, "manager")
        check_form(staff, form.get("csrf"))
        month = str(form.get("month", ""))[:7]
        if not PERIOD.match(month) or len(month) != 7 or form.get("confirm") != "yes":
            return see_other(f"/console/rankings?period={month}")
        try:
            closed = office.close_month(month, staff.username)
        except MonthNotOver:
            return see_other(f"/console/rankings?period={month}")
        office.audit(staff.username, "ranking.close", month,
                     after=[[e.position, e.cast_id, e.votes] for e in closed.board.entries])
        return see_other(f"/console/rankings?period={month}")

    @router.get("/console/rankings.csv")
    def rankings_csv(request: Request, period: str = "") -> Response:
        staff = require(office, request)
        period = period_of(period[:7])
        office.audit(staff.username, "ranking.export", period)
        return Response("\ufeff" + office.board_csv(period), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition":
                                 f'attachment; filename="ranking-{period}.csv"',
                                 "Cache-Control": "no-store"})

    return router
