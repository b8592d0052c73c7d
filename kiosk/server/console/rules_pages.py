"""The console's rules: the version in force and its file, a new version pasted or
uploaded, checked (what is wrong and on which line), shown as what it changes — ranks,
prices, points — against the one in force, then published to every kiosk; the history."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from starlette.datastructures import FormData, UploadFile
from starlette.requests import Request
from starlette.responses import Response

from kiosk.server.console.render import render
from kiosk.server.console.session import check_form, require
from kiosk.server.office import Office, RulesRefused
from kiosk.server.web.auth_pages import see_other
from kiosk.server.web.forms import posted

MAX_RULES_BYTES = 256 * 1024


def rules_router(office: Office) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    timezone = office.rules.timezone

    def rules_page(request: Request, status: int = 200, **context: Any) -> Response:
        staff = require(office, request)
        return render(request, "rules.html", staff, status, timezone, rules=office.rules,
                      current=office.rules_text() or "", history=office.rules_history(),
                      **context)

    @router.get("/console/rules")
    def rules(request: Request, version: int | None = None) -> Response:
        shown = office.rules_text(version) if version is not None else None
        return rules_page(request, shown=shown, shown_version=version)

    def submitted_text(form: FormData) -> str | None:
        upload = form.get("file")
        if isinstance(upload, UploadFile) and upload.filename:
            data = upload.file.read(MAX_RULES_BYTES + 1)
        else:
            data = str(form.get("text", "")).encode()
        if len(data) > MAX_RULES_BYTES:
            return None
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return None

    @posted(router, "/console/rules/check")
    def _check(request: Request, form: FormData) -> Response:
        staff = require(office, request, "manager")
        check_form(staff, form.get("csrf"))
        text = submitted_text(form)
        if text is None:
            return rules_page(request, 400, problem="not UTF-8 text of at most 256 KB")
        try:
            new, changes = office.check_rules(text)
        except RulesRefused as refused:
            return rules_page(request, 400, problem=str(refused), draft=text)
        return rules_page(request, 200, checked=new, changes=changes, draft=text)

    @posted(router, "/console/rules/publish")
    def _publish(request: Request, form: FormData) -> Response:
        staff = require(office, request, "manager")
        check_form(staff, form.get("csrf"))
        text = str(form.get("text", ""))
        if form.get("confirm") != "yes":
            return rules_page(request, 400, problem="tick the box to publish", draft=text)
        before = office.rules.version
        try:
            _new, changes = office.check_rules(text)
            published = office.publish_rules(text)
        except RulesRefused as refused:
            return rules_page(request, 400, problem=str(refused), draft=text)
        office.audit(staff.username, "rules.publish", f"version {published.version}",
                     before={"version": before},
                     after={"version": published.version,
                            "changes": [[c.what, c.before, c.after] for c in changes]})
        return see_other(f"/console/rules?published={published.version}")

    return router
