"""The console's pages: its own Jinja2 templates (autoescaped) and gettext catalogue
(`console/locale`, Japanese and English for now), the café's number and date formats."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse

from kiosk.server.console.session import may
from kiosk.server.office.staff import StaffSession
from kiosk.server.web import i18n
from kiosk.server.web.render import page_templates

TEMPLATES = Path(__file__).parent / "templates"
LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "console"
LANGUAGES = ("ja", "en")

_env = page_templates(TEMPLATES)


def language_for(request: Request, staff: StaffSession | None) -> str:
    if staff is not None and staff.language in LANGUAGES:
        return staff.language
    wanted = i18n.from_accept_language(request.headers.get("accept-language", ""))
    return wanted if wanted in LANGUAGES else "ja"


def render(request: Request, template: str, staff: StaffSession | None, status: int = 200,
           timezone: str = "Asia/Tokyo", csrf: str = "", **context: Any) -> HTMLResponse:
    language = language_for(request, staff)
    translations = i18n.translations(language, DOMAIN, LOCALE_DIR)
    html = _env.get_template(template).render(
        request=request, staff=staff, lang=language, html_lang=i18n.HTML_LANG[language],
        csrf=csrf or (staff.csrf_token if staff else ""), languages=LANGUAGES,
        language_names=i18n.NAMES, _=translations.gettext, gettext=translations.gettext,
        ngettext=translations.ngettext, may=lambda role: staff is not None and may(staff, role),
        number=lambda value: i18n.number(int(value), language),
        when=lambda stamp: i18n.when(stamp, language, timezone) if stamp else "—",
        month_name=lambda month: i18n.month_name(month, language), **context)
    return HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-store"})
