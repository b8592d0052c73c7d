"""What only the owner does: staff accounts (make one, with a first password shown once;
disable one — never the last owner) and the audit log (browse, CSV)."""

from __future__ import annotations

import secrets
from typing import Any

from fastapi import APIRouter
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response

from kiosk.server.console.render import render
from kiosk.server.console.session import check_form, require
from kiosk.server.office import Office
from kiosk.server.office.staff import ROLES, AccountRefused
from kiosk.server.web.auth_pages import see_other
from kiosk.server.web.forms import posted

FIRST_PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def first_password() -> str:
    return "-".join("".join(secrets.choice(FIRST_PASSWORD_ALPHABET) for _ in range(4))
                    for _ in range(4))


def owner_router(office: Office) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    timezone = office.rules.timezone

    def accounts_page(request: Request, status: int = 200, **context: Any) -> Response:
        staff = require(office, request, "owner")
        return render(request, "accounts.html", staff, status, timezone, roles=ROLES,
                      accounts=office.staff_accounts(), **context)

    @router.get("/console/accounts")
    def accounts(request: Request) -> Response:
        return accounts_page(request)

    @posted(router, "/console/accounts")
    def _create(request: Request, form: FormData) -> Response:
        staff = require(office, request, "owner")
        check_form(staff, form.get("csrf"))
        role = str(form.get("role", ""))
        password = first_password()
        try:
            made = office.create_staff_account(str(form.get("username", ""))[:64], role,
                                               password, created_by=staff.username)
        except AccountRefused as refused:
            return accounts_page(request, 400, problem=refused.code)
        office.audit(staff.username, "account.create", made.username, after={"role": role})
        return accounts_page(request, 200, made=made, password=password)

    @posted(router, "/console/accounts/{username}/disable")
    def _disable(request: Request, form: FormData) -> Response:
        staff = require(office, request, "owner")
        check_form(staff, form.get("csrf"))
        username = str(request.path_params["username"])[:32]
        disabled = form.get("disabled") == "yes"
        try:
            office.set_staff_disabled(username, disabled)
        except AccountRefused as refused:
            return accounts_page(request, 400, problem=refused.code)
        office.audit(staff.username, "account.disable" if disabled else "account.enable",
                     username)
        return see_other("/console/accounts")

    @router.get("/console/audit")
    def audit(request: Request, page: int = 0, actor: str = "") -> Response:
        staff = require(office, request, "owner")
        lines, older = office.audit_lines(max(0, min(page, 100_000)), actor[:32])
        return render(request, "audit.html", staff, 200, timezone, lines=lines, older=older,
                      page=page, actor=actor[:32])

    @router.get("/console/audit.csv")
    def audit_csv(request: Request) -> Response:
        staff = require(office, request, "owner")
        office.audit(staff.username, "audit.export")
        return Response("\ufeff" + office.audit_csv(), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="audit.csv"',
                                 "Cache-Control": "no-store"})

    return router
