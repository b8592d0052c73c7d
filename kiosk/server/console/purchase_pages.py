"""Purchases from the till at the console: upload the till's daily CSV export; each
receipt is credited once across the chain (with what staff recorded at the kiosks), and the
page reports what was added, skipped as already recorded, or refused and why."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.datastructures import FormData, UploadFile
from starlette.requests import Request
from starlette.responses import Response

from kiosk.server.console.render import render
from kiosk.server.console.session import check_form, require
from kiosk.server.office import Office
from kiosk.server.office.till_import import TillFileRefused
from kiosk.server.web.forms import posted


def purchase_router(office: Office) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    timezone = office.rules.timezone

    @router.get("/console/purchases")
    def purchases(request: Request) -> Response:
        staff = require(office, request, "manager")
        return render(request, "purchases.html", staff, 200, timezone)

    @posted(router, "/console/purchases")
    def _import(request: Request, form: FormData) -> Response:
        staff = require(office, request, "manager")
        check_form(staff, form.get("csrf"))
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            return render(request, "purchases.html", staff, 400, timezone, problem="empty")
        data = upload.file.read()
        name = (upload.filename or "")[:120]
        try:
            report = office.import_till_csv(data)
        except TillFileRefused as refused:
            office.audit(staff.username, "till.import", name, after={"refused": refused.code},
                         allowed=True)
            return render(request, "purchases.html", staff, 400, timezone,
                          problem=refused.code, detail=refused.detail)
        office.audit(staff.username, "till.import", name, after={
            "added": len(report.added), "skipped": len(report.skipped),
            "refused": len(report.refused), "encoding": report.encoding})
        return render(request, "purchases.html", staff, 200, timezone, report=report,
                      name=name)

    return router
