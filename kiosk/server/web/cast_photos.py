"""Cast photos by their hash, for kiosks (fetched once after a pull) and the website's
pages: public like the roster itself, and kept by browsers for good (a new photo is a new
address)."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from kiosk.server.office import Office

FOREVER = "public, max-age=31536000, immutable"


def cast_photo_router(office: Office) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/cast-photos/{name}")
    async def cast_photo(name: str) -> Response:
        sha256, _, extension = name.partition(".")
        jpeg = await run_in_threadpool(office.cast_photo, sha256) if extension == "jpg" \
            else None
        if jpeg is None:
            return Response(status_code=404)
        return Response(jpeg, media_type="image/jpeg", headers={"Cache-Control": FOREVER})

    return router
