"""Every website string is translated into every language, with the same placeholders
(a missing `%(votes)s` would crash the page; an extra one would show raw)."""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from kiosk.server.web.i18n import LANGUAGES, LOCALE_DIR, translations

PLACEHOLDER = re.compile(r"%\(\w+\)[sd]")


def template_ids() -> list[str | tuple[str, ...]]:
    with (LOCALE_DIR / "website.pot").open("rb") as handle:
        return [m.id for m in read_po(handle) if m.id]


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_the_catalogue_is_whole_and_keeps_placeholders(language: str) -> None:
    with (LOCALE_DIR / language / "LC_MESSAGES" / "website.po").open("rb") as handle:
        catalog = read_po(handle, locale=language)
    for message_id in template_ids():
        message = catalog.get(message_id)
        assert message is not None and message.string, f"{language}: {message_id!r} missing"
        sources = message_id if isinstance(message_id, tuple) else (message_id,)
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = set(PLACEHOLDER.findall(sources[-1]))
        for form in forms:
            assert set(PLACEHOLDER.findall(form)) == wanted, f"{language}: {form!r}"
    assert translations(language).gettext("Sign in") != "Sign in"
