"""The website's and the console's stylesheets and script, answered from memory: the bytes
on disk, their type, an ETag a phone can revalidate with, the security and caching
headers, and nothing else from the folder or beyond it."""

from __future__ import annotations

import http.client
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from kiosk.server.web.site_files import SiteFiles
from tests.sync.conftest import RunningOffice

WEB_STATIC = Path(__file__).parents[2] / "kiosk" / "server" / "web" / "static"
CONSOLE_STATIC = Path(__file__).parents[2] / "kiosk" / "server" / "console" / "static"


def ask(office: RunningOffice, method: str, path: str,
        headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    where = urlsplit(office.url)
    connection = http.client.HTTPConnection(where.hostname or "", where.port, timeout=10)
    try:
        connection.request(method, path, headers=headers or {})
        answer = connection.getresponse()
        return (answer.status, {k.lower(): v for k, v in answer.getheaders()}, answer.read())
    finally:
        connection.close()


@pytest.mark.parametrize(("path", "on_disk", "media_type"), [
    ("/static/site.css", WEB_STATIC / "site.css", "text/css; charset=utf-8"),
    ("/static/site.js", WEB_STATIC / "site.js", "text/javascript; charset=utf-8"),
    ("/console/static/console.css", CONSOLE_STATIC / "console.css", "text/css; charset=utf-8"),
])
def test_a_file_is_its_bytes_with_type_etag_and_headers(office: RunningOffice, path: str,
                                                         on_disk: Path, media_type: str) -> None:
    status, headers, body = ask(office, "GET", path)
    assert status == 200 and body == on_disk.read_bytes()
    assert headers["content-type"] == media_type
    assert headers["cache-control"] == "public, max-age=3600"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["etag"].startswith('"') and int(headers["content-length"]) == len(body)


def test_a_phone_that_has_the_file_gets_304_without_a_body(office: RunningOffice) -> None:
    _, first, _ = ask(office, "GET", "/static/site.css")
    status, headers, body = ask(office, "GET", "/static/site.css",
                                {"If-None-Match": first["etag"]})
    assert (status, body, headers["etag"]) == (304, b"", first["etag"])
    assert headers["cache-control"] == "public, max-age=3600"
    status, _, body = ask(office, "GET", "/static/site.css", {"If-None-Match": '"stale"'})
    assert status == 200 and body
    listed = f'"older", W/{first["etag"]}'              # a list, with a weak validator
    assert ask(office, "GET", "/static/site.css", {"If-None-Match": listed})[0] == 304
    assert ask(office, "GET", "/static/site.css", {"If-None-Match": "*"})[0] == 304


def test_head_says_the_length_and_sends_nothing(office: RunningOffice) -> None:
    status, headers, body = ask(office, "HEAD", "/static/site.js")
    assert status == 200 and body == b""
    assert int(headers["content-length"]) == len((WEB_STATIC / "site.js").read_bytes())


@pytest.mark.parametrize("path", [
    "/static/nothing.css", "/static/", "/static/../../pyproject.toml",
    "/static/%2e%2e/render.py", "/static/site.css/x", "/console/static/site.js",
])
def test_nothing_else_is_served(office: RunningOffice, path: str) -> None:
    status, headers, body = ask(office, "GET", path, {"Accept": "text/html"})
    assert status == 404
    assert b"ruff" not in body and b"import" not in body
    assert headers["x-frame-options"] == "DENY"


def test_a_post_is_refused_with_the_methods_allowed(office: RunningOffice) -> None:
    status, headers, _ = ask(office, "POST", "/static/site.css")
    assert status == 405 and headers["allow"] == "GET, HEAD"


def test_files_added_after_start_are_not_served(tmp_path: Path) -> None:
    """What is served is what the release shipped, read once."""
    (tmp_path / "a.css").write_text("a{}", encoding="utf-8")
    files = SiteFiles(tmp_path)
    (tmp_path / "b.css").write_text("b{}", encoding="utf-8")
    assert sorted(files._files) == ["/a.css"]
