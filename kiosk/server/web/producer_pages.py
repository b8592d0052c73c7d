"""The signed-in producer's pages: home (card, rank, balances, the daily point), push,
the ranking, the history, and their data (APPI)."""

from __future__ import annotations

import json
import secrets

from fastapi import APIRouter
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response

from kiosk.server.office import Office
from kiosk.server.office.web_ledger import HISTORY_PAGE
from kiosk.server.office.website import PasswordRefused
from kiosk.server.web.auth_pages import see_other
from kiosk.server.web.card_art import qr_svg, ranks_css
from kiosk.server.web.forms import posted
from kiosk.server.web.render import Visitor, render
from kiosk.server.web.security import SESSION_COOKIE, password_check_slot
from kiosk.server.web.session import check_form, signed_in

PERIODS = ("month", "last", "year")


def producer_router(office: Office) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    timezone = office.rules.timezone

    def number_of(visitor: Visitor) -> str:
        assert visitor.producer_number is not None
        return visitor.producer_number

    def cast_names(language: str) -> dict[str, str]:
        return {c.cast_id: (c.stage_name_ja if language == "ja" else c.stage_name_en)
                for c in office.cast()}

    @router.get("/")
    def home(request: Request, welcome: str = "", first: str = "") -> Response:
        visitor = signed_in(office, request)
        credited = office.claim_daily_point(number_of(visitor))
        view = office.producer_view(number_of(visitor))
        return render(request, "home.html", visitor, 200, timezone, view=view,
                      credited=credited, daily_points=office.rules.push_points_per_daily_login,
                      first_login=bool(first), welcome=bool(welcome),
                      has_card=view.card_id is not None)

    @router.get("/card.svg")
    def card_qr(request: Request) -> Response:
        visitor = signed_in(office, request)
        token = office.card_token(number_of(visitor))
        if token is None:
            return Response(status_code=404)
        return Response(qr_svg(token), media_type="image/svg+xml",
                        headers={"Cache-Control": "private, no-store"})

    @router.get("/ranks.css")
    def rank_colours() -> Response:
        return Response(ranks_css(office.rules), media_type="text/css",
                        headers={"Cache-Control": "public, max-age=300"})

    # ---- push --------------------------------------------------------------------------------

    def push_page(request: Request, visitor: Visitor, status: int = 200, **context: object
                  ) -> Response:
        view = office.producer_view(number_of(visitor))
        roster = [c for c in office.cast() if c.active]
        return render(request, "push.html", visitor, status, timezone, view=view,
                      roster=roster, names=cast_names(visitor.language),
                      max_points=min(office.rules.max_points_per_push, max(view.push_points, 1)),
                      form_id=secrets.token_urlsafe(16), **context)

    @router.get("/push")
    def push_form(request: Request) -> Response:
        visitor = signed_in(office, request)
        return push_page(request, visitor)

    @posted(router, "/push")
    def _push(request: Request, form: FormData) -> Response:
        visitor = signed_in(office, request)
        check_form(visitor, form.get("csrf"))
        cast_id = str(form.get("cast", ""))[:64]
        form_id = str(form.get("form_id", ""))[:64]
        try:
            points = int(str(form.get("points", "")).strip())
        except ValueError:
            points = 0
        if not form_id:
            return push_page(request, visitor, 400, problem="expired")
        if form.get("step") != "confirm":
            view = office.producer_view(number_of(visitor))
            problem = _preview_problem(points, cast_id, view.push_points,
                                       office.rules.max_points_per_push,
                                       {c.cast_id for c in office.cast() if c.active})
            if problem:
                return push_page(request, visitor, 400, problem=problem, chosen=cast_id,
                                 points=points)
            return render(request, "push_confirm.html", visitor, 200, timezone,
                          view=view, cast_id=cast_id, points=points,
                          votes=points * view.weight, form_id=form_id,
                          names=cast_names(visitor.language))
        outcome = office.website_push(number_of(visitor), cast_id, points, form_id)
        if outcome.status not in ("pushed", "already"):
            return push_page(request, visitor, 409, problem=outcome.status, chosen=cast_id,
                             points=points)
        return render(request, "push_done.html", visitor, 200, timezone, outcome=outcome,
                      names=cast_names(visitor.language),
                      view=office.producer_view(number_of(visitor)))

    # ---- ranking and history -----------------------------------------------------------------

    @router.get("/ranking")
    def ranking(request: Request, period: str = "month", cast: str = "") -> Response:
        visitor = signed_in(office, request)
        period = period if period in PERIODS else "month"
        month = office.month_of_now(1 if period == "last" else 0)
        board = office.ranking(month[:4] if period == "year" else month)
        names = cast_names(visitor.language)
        top = office.top_producers(cast, month, number_of(visitor)) \
            if cast in names and period != "year" else None
        return render(request, "ranking.html", visitor, 200, timezone, period=period,
                      board=board, names=names, month=month, cast=cast, top=top,
                      photos={c.cast_id: c.photo_sha256 for c in office.cast()
                              if c.photo_sha256},
                      view=office.producer_view(number_of(visitor)))

    @router.get("/history")
    def history(request: Request, before: int | None = None) -> Response:
        visitor = signed_in(office, request)
        if before is not None and not 0 < before < 2**62:
            before = None
        entries, older = office.website_history(number_of(visitor), before, HISTORY_PAGE)
        return render(request, "history.html", visitor, 200, timezone, entries=entries,
                      older=older, names=cast_names(visitor.language), first_page=before is None)

    # ---- my data (APPI) ----------------------------------------------------------------------

    @router.get("/my-data")
    def my_data(request: Request, problem: str = "") -> Response:
        visitor = signed_in(office, request)
        return render(request, "my_data.html", visitor, 200, timezone, problem=problem)

    @posted(router, "/my-data/export")
    def _export(request: Request, form: FormData) -> Response:
        visitor = signed_in(office, request)
        check_form(visitor, form.get("csrf"))
        number = number_of(visitor)
        if form.get("format") == "csv":
            body, kind = office.export_csv(number, "website"), "text/csv; charset=utf-8"
            name = f"producer-{number}.csv"
        else:
            body = json.dumps(office.export_data(number, "website"), ensure_ascii=False,
                              indent=2)
            kind, name = "application/json; charset=utf-8", f"producer-{number}.json"
        return Response(body, media_type=kind, headers={
            "Content-Disposition": f'attachment; filename="{name}"',
            "Cache-Control": "private, no-store"})

    @posted(router, "/my-data/delete")
    def _delete(request: Request, form: FormData) -> Response:
        visitor = signed_in(office, request)
        check_form(visitor, form.get("csrf"))
        if form.get("understood") != "on":
            return see_other("/my-data?problem=unticked#delete")
        try:
            with password_check_slot():
                office.website_password_matches(number_of(visitor),
                                                str(form.get("password", ""))[:200])
        except PasswordRefused as refused:
            problem = "locked" if refused.code == "locked" else "password"
            return see_other(f"/my-data?problem={problem}#delete")
        office.delete_account(number_of(visitor), "website")
        visitor.producer_number = None
        response = render(request, "deleted.html", visitor, 200, timezone)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    return router


def _preview_problem(points: int, cast_id: str, balance: int, most: int,
                     roster: set[str]) -> str | None:
    if cast_id not in roster:
        return "no_cast"
    if not 1 <= points <= most:
        return "amount"
    if points > balance:
        return "not_enough"
    return None
