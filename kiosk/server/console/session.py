"""Who is at the console: the staff account of a request (from its own cookie, apart from
the producers'), and the checks every page makes — signed in, second factor given, and a
role that may do what is asked (a refusal is written to the audit log, then 403)."""

from __future__ import annotations

from starlette.requests import Request

from kiosk.server.office import Office
from kiosk.server.office.staff import StaffSession
from kiosk.server.web.security import same_token

COOKIE = "pk_console"
PRE_CSRF_COOKIE = "pk_console_signin"
RANK = {"staff": 0, "manager": 1, "owner": 2}


class ConsoleSignInNeeded(Exception):
    pass


class SecondFactorNeeded(Exception):
    def __init__(self, setup: bool) -> None:
        super().__init__("setup" if setup else "code")
        self.setup = setup


class RoleRefused(Exception):
    def __init__(self, staff: StaffSession, needed: str) -> None:
        super().__init__(needed)
        self.staff = staff
        self.needed = needed


class ConsoleFormExpired(Exception):
    def __init__(self, staff: StaffSession) -> None:
        super().__init__("expired")
        self.staff = staff


def token_of(request: Request) -> str:
    return request.cookies.get(COOKIE, "")


def session_of(office: Office, request: Request) -> StaffSession | None:
    return office.console_session(token_of(request))


def require(office: Office, request: Request, role: str = "staff") -> StaffSession:
    """The signed-in, second-factor-verified staff member allowed `role`'s work."""
    staff = session_of(office, request)
    if staff is None:
        raise ConsoleSignInNeeded()
    if staff.needs_setup or not staff.verified:
        raise SecondFactorNeeded(setup=staff.needs_setup)
    if RANK[staff.role] < RANK[role]:
        office.audit(staff.username, "refused", f"{request.method} {request.url.path}",
                     after={"needs": role, "role": staff.role}, allowed=False)
        raise RoleRefused(staff, role)
    return staff


def check_form(staff: StaffSession, token: object) -> None:
    if not same_token(staff.csrf_token, str(token or "")):
        raise ConsoleFormExpired(staff)


def may(staff: StaffSession, role: str) -> bool:
    return RANK[staff.role] >= RANK[role]
