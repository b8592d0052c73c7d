"""The console's kiosks: every kiosk's state at a glance, problems first; a one-time
enrolment code (text and QR) for a new kiosk; disabling a lost one, after a confirmation."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response

from kiosk.server.console.render import render
from kiosk.server.console.session import check_form, require
from kiosk.server.office import Office
from kiosk.server.web.auth_pages import see_other
from kiosk.server.web.card_art import qr_svg
from kiosk.server.web.forms import posted


def kiosk_router(office: Office) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    timezone = office.rules.timezone

    @router.get("/console/")
    def console_home(request: Request) -> Response:
        require(office, request)
        return see_other("/console/kiosks")

    @router.get("/console/kiosks")
    def kiosks(request: Request) -> Response:
        staff = require(office, request)
        found = office.kiosk_conditions()
        return render(request, "kiosks.html", staff, 200, timezone, kiosks=found,
                      troubled=sum(1 for k in found if k.problems and not k.info.disabled_at))

    @posted(router, "/console/kiosks/enrolment-code")
    def _enrolment_code(request: Request, form: FormData) -> Response:
        staff = require(office, request, "manager")
        check_form(staff, form.get("csrf"))
        label = " ".join(str(form.get("label", "")).split())[:80]
        if not label:
            return render(request, "kiosks.html", staff, 400, timezone,
                          kiosks=office.kiosk_conditions(), troubled=0, problem="label")
        code = office.new_enrolment_code(label)
        office.audit(staff.username, "kiosk.enrolment_code", label)
        enrol = (f"kiosk enrol --office {request.base_url}".rstrip("/")
                 + f" --code {code} --label \"{label}\"")
        return render(request, "enrolment_code.html", staff, 200, timezone, code=code,
                      label=label, qr=qr_svg(code), command=enrol)

    @router.get("/console/kiosks/{number}/disable")
    def disable_form(request: Request, number: int) -> Response:
        staff = require(office, request, "manager")
        kiosk = next((k for k in office.kiosk_conditions() if k.info.number == number), None)
        if kiosk is None:
            return render(request, "problem.html", staff, 404, timezone, problem="not_found")
        return render(request, "disable_kiosk.html", staff, 200, timezone, kiosk=kiosk)

    @posted(router, "/console/kiosks/{number}/disable")
    def _disable(request: Request, form: FormData) -> Response:
        staff = require(office, request, "manager")
        check_form(staff, form.get("csrf"))
        text = str(request.path_params["number"])
        if not (text.isdigit() and text.isascii() and len(text) < 9):
            return render(request, "problem.html", staff, 404, timezone, problem="not_found")
        number = int(text)
        if form.get("confirm") != "yes":
            return see_other(f"/console/kiosks/{number}/disable")
        try:
            before = next(k.info for k in office.kiosk_conditions() if k.info.number == number)
        except StopIteration:
            return render(request, "problem.html", staff, 404, timezone, problem="not_found")
        done = office.disable_kiosk(number)
        office.audit(staff.username, "kiosk.disable", f"kiosk {number} ({done.label})",
                     before={"disabled_at": before.disabled_at},
                     after={"disabled_at": done.disabled_at})
        return see_other("/console/kiosks?disabled=" + str(number))

    return router
