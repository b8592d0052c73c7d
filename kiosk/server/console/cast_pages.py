"""The console's cast roster: add, edit, order and retire members (Japanese and English
stage names), and give each a photo — checked and made safe at the office, then fetched by
every kiosk at its next sync and shown on the push screen, the ranking board and the
website."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from starlette.datastructures import FormData, UploadFile
from starlette.requests import Request
from starlette.responses import Response

from kiosk.server.console.render import render
from kiosk.server.console.session import check_form, require
from kiosk.server.office import CastRefused, Office
from kiosk.server.photo_processing import MAX_UPLOAD_BYTES, PhotoRefused
from kiosk.server.web.auth_pages import see_other
from kiosk.server.web.forms import posted


def cast_router(office: Office) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    timezone = office.rules.timezone

    def cast_page(request: Request, status: int = 200, **context: Any) -> Response:
        staff = require(office, request)
        return render(request, "cast.html", staff, status, timezone, cast=office.cast(),
                      **context)

    @router.get("/console/cast")
    def cast(request: Request) -> Response:
        return cast_page(request, done=request.query_params.get("done", ""))

    @posted(router, "/console/cast")
    def _save(request: Request, form: FormData) -> Response:
        staff = require(office, request, "manager")
        check_form(staff, form.get("csrf"))
        cast_id = str(form.get("cast_id", "")).strip()[:64]
        name_ja = " ".join(str(form.get("name_ja", "")).split())[:64]
        name_en = " ".join(str(form.get("name_en", "")).split())[:64]
        order_text = str(form.get("order", "0")).strip()
        order = int(order_text) if order_text.lstrip("-").isdigit() and len(order_text) < 6 \
            else 0
        active = form.get("retired") != "yes"
        before = next(({"ja": c.stage_name_ja, "en": c.stage_name_en, "order": c.sort_order,
                        "active": bool(c.active)} for c in office.cast()
                       if c.cast_id == cast_id), None)
        try:
            office.set_cast_member(cast_id, name_ja, name_en, active=active, sort_order=order)
        except CastRefused as refused:
            return cast_page(request, 400, problem=str(refused))
        office.audit(staff.username, "cast.save", cast_id, before=before,
                     after={"ja": name_ja, "en": name_en, "order": order, "active": active})
        return see_other("/console/cast?done=saved")

    @posted(router, "/console/cast/{cast_id}/photo")
    def _photo(request: Request, form: FormData) -> Response:
        staff = require(office, request, "manager")
        check_form(staff, form.get("csrf"))
        cast_id = str(request.path_params["cast_id"])[:64]
        upload = form.get("photo")
        if not isinstance(upload, UploadFile):
            return cast_page(request, 400, photo_problem="not_an_image", photo_for=cast_id)
        data = upload.file.read(MAX_UPLOAD_BYTES + 1)
        try:
            sha256 = office.set_cast_photo(cast_id, data)
        except PhotoRefused as refused:
            office.audit(staff.username, "cast.photo", cast_id,
                         after={"refused": refused.code})
            return cast_page(request, 400, photo_problem=refused.code, photo_for=cast_id)
        except CastRefused as refused:
            return cast_page(request, 404, problem=str(refused))
        office.audit(staff.username, "cast.photo", cast_id, after={"sha256": sha256})
        return see_other("/console/cast?done=photo")

    return router
