"""The console's producers: find one by number, login ID or nickname; their balances,
cards and history across kiosks and the website; clear an overdrawn card; their data under
APPI — export it, delete the account on request (the website's rules), each logged."""

from __future__ import annotations

import json

from fastapi import APIRouter
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response

from kiosk.server.console.render import render
from kiosk.server.console.session import check_form, require
from kiosk.server.office import Office, UnknownProducer
from kiosk.server.web.auth_pages import see_other
from kiosk.server.web.forms import posted


def producer_router(office: Office) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    timezone = office.rules.timezone

    @router.get("/console/producers")
    def search(request: Request, q: str = "") -> Response:
        staff = require(office, request)
        found = office.find_producers(q[:80]) if q.strip() else []
        return render(request, "producers.html", staff, 200, timezone, q=q[:80], found=found)

    @router.get("/console/producers/{number}")
    def producer(request: Request, number: str, before: int | None = None) -> Response:
        staff = require(office, request)
        try:
            view = office.producer_view(number[:20], any_state=True)
        except UnknownProducer:
            return render(request, "problem.html", staff, 404, timezone, problem="not_found")
        history, older = office.website_history(view.number, before)
        return render(request, "producer.html", staff, 200, timezone, view=view,
                      cards=office.producer_cards(view.number), history=history, older=older,
                      login_id=office.producer_login_id(view.number),
                      done=request.query_params.get("done", ""))

    @posted(router, "/console/producers/{number}/clear-overdrawn")
    def _clear(request: Request, form: FormData) -> Response:
        staff = require(office, request, "manager")
        check_form(staff, form.get("csrf"))
        number = str(request.path_params["number"])[:20]
        office.clear_overdrawn(number)
        office.audit(staff.username, "producer.clear_overdrawn", number,
                     before={"overdrawn": True}, after={"overdrawn": False})
        return see_other(f"/console/producers/{number}?done=cleared")

    @posted(router, "/console/producers/{number}/export")
    def _export(request: Request, form: FormData) -> Response:
        staff = require(office, request, "manager")
        check_form(staff, form.get("csrf"))
        number = str(request.path_params["number"])[:20]
        data = office.export_data(number, "console")
        office.audit(staff.username, "producer.export", number)
        return Response(json.dumps(data, ensure_ascii=False, indent=2),
                        media_type="application/json", headers={
                            "Content-Disposition":
                                f'attachment; filename="producer-{number}.json"',
                            "Cache-Control": "no-store"})

    @posted(router, "/console/producers/{number}/delete")
    def _delete(request: Request, form: FormData) -> Response:
        staff = require(office, request, "manager")
        check_form(staff, form.get("csrf"))
        number = str(request.path_params["number"])[:20]
        if str(form.get("confirm_number", "")).replace("-", "").strip() != number:
            return see_other(f"/console/producers/{number}?done=confirm#delete")
        try:
            view = office.producer_view(number)
        except UnknownProducer:
            return see_other(f"/console/producers/{number}")
        office.delete_account(number, "console")
        office.audit(staff.username, "producer.delete", number,
                     before={"nickname": view.nickname}, after={"deleted": True})
        return see_other(f"/console/producers/{number}?done=deleted")

    return router
