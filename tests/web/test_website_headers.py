"""Every page and file the website serves carries the security headers; the fonts and
the stylesheet may be kept by the browser (they are most of a first visit's bytes), pages
never are; the kiosks' JSON API gets neither."""

from __future__ import annotations

import urllib.request

from tests.sync.conftest import RunningOffice


def headers_of(url: str) -> dict[str, str]:
    with urllib.request.urlopen(url, timeout=10) as answer:
        return {name.lower(): value for name, value in answer.headers.items()}


def test_headers_and_caching(office: RunningOffice) -> None:
    page = headers_of(f"{office.url}/login")
    assert "frame-ancestors 'none'" in page["content-security-policy"]
    assert page["x-frame-options"] == "DENY" and page["cache-control"] == "no-store"
    font = headers_of(f"{office.url}/fonts/NotoSansJP-Regular.otf")
    assert "max-age=2592000" in font["cache-control"] and "x-content-type-options" in font
    css = headers_of(f"{office.url}/static/site.css")
    assert css["cache-control"] == "public, max-age=3600"
    api = headers_of(f"{office.url}/v1/health")
    assert "content-security-policy" not in api and "cache-control" not in api
