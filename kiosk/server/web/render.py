"""Server-rendered pages: one Jinja2 environment (autoescaped: nicknames are whatever a
customer typed at a kiosk), gettext from the visitor's catalogue, and the café's own
formats for numbers and dates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from kiosk.server.web import i18n

TEMPLATES = Path(__file__).parent / "templates"


def page_templates(folder: Path) -> Environment:
    """The website's and the console's templates. They ship with a release and never
    change while the office serves, so no page looks at their files again (Jinja2 read
    each template's modification time on every render: 2 % of an evening's work)."""
    return Environment(loader=FileSystemLoader(folder), autoescape=select_autoescape(["html"]),
                       extensions=["jinja2.ext.i18n"], trim_blocks=True, lstrip_blocks=True,
                       auto_reload=False)


_env = page_templates(TEMPLATES)


@dataclass
class Visitor:
    """Who is looking: their language, and when signed in, their producer number and
    the session's CSRF token (every form carries it)."""

    language: str
    csrf_token: str
    producer_number: str | None = None
    token_hash: str | None = None
    notices: list[str] = field(default_factory=list)


def gettext_for(language: str) -> Any:
    return i18n.translations(language).gettext


def render(request: Request, template: str, visitor: Visitor, status: int = 200,
           timezone: str = "Asia/Tokyo", **context: Any) -> HTMLResponse:
    translations = i18n.translations(visitor.language)
    language = visitor.language
    html = _env.get_template(template).render(
        request=request, visitor=visitor, lang=language, html_lang=i18n.HTML_LANG[language],
        languages=i18n.NAMES, gettext=translations.gettext, _=translations.gettext,
        ngettext=translations.ngettext,
        number=lambda value: i18n.number(int(value), language),
        when=lambda stamp: i18n.when(stamp, language, timezone),
        month_name=lambda month: i18n.month_name(month, language),
        votes_text=lambda count: counted(translations, "votes", int(count), language),
        push_points_text=lambda count: counted(translations, "push points", int(count), language),
        **context)
    return HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-store"})


def counted(translations: Any, word: str, count: int, language: str) -> str:
    """"1 vote", "3 votes", "3票": a count with its word in the reader's plural form, to
    put inside a sentence (the sentence itself then needs no plural)."""
    forms = {"votes": translations.ngettext("%(num)s vote", "%(num)s votes", count),
             "push points": translations.ngettext("%(num)s push point",
                                                  "%(num)s push points", count)}
    return str(forms[word] % {"num": i18n.number(count, language)})
