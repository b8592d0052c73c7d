"""The website's and the console's own stylesheets and script, answered from memory.

They are a few kilobytes, shipped with a release, and every producer's phone fetches them
on its first page of the evening. Starlette's `StaticFiles` resolves the path, checks the
file and reads it through the thread pool for each of those requests: 7 % of the office's
work at a month-end evening (sampled). Here each file is read once, at start, and answered
by its exact name, with an ETag so a phone that has it gets a 304. The fonts, large and
kept a month by browsers, stay with `StaticFiles`.
"""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import Path

from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.types import Receive, Scope, Send


@dataclass(frozen=True)
class _File:
    body: bytes
    media_type: str
    etag: str


class SiteFiles:
    """An ASGI app serving the files directly in `folder` (GET and HEAD)."""

    def __init__(self, folder: Path) -> None:
        self._files: dict[str, _File] = {}
        for path in sorted(folder.iterdir()):
            if path.is_file():
                body = path.read_bytes()
                media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
                if media_type.startswith("text/") or media_type.endswith("javascript"):
                    media_type += "; charset=utf-8"
                etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
                self._files["/" + path.name] = _File(body, media_type, etag)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["method"] not in ("GET", "HEAD"):
            raise HTTPException(405, headers={"Allow": "GET, HEAD"})
        path, mounted_at = scope["path"], scope.get("root_path", "")
        found = self._files.get(path[len(mounted_at):] if path.startswith(mounted_at)
                                else path)
        if found is None:
            raise HTTPException(404)
        headers = {"ETag": found.etag}
        held = Headers(scope=scope).get("if-none-match", "")
        if held.strip() == "*" or found.etag in held:
            response = Response(status_code=304, headers=headers)
        else:
            body = found.body if scope["method"] == "GET" else b""
            response = Response(body, media_type=found.media_type, headers=headers)
            if scope["method"] == "HEAD":
                response.headers["Content-Length"] = str(len(found.body))
        await response(scope, receive, send)
