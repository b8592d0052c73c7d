"""Form posts: the body is read on the event loop, the handler (which checks passwords
and writes to the database, both blocking) runs in the server's thread pool."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response

FormHandler = Callable[[Request, FormData], Response]


def posted(router: APIRouter, path: str) -> Callable[[FormHandler], FormHandler]:
    """Register `handler(request, form)` for POST `path`."""
    def register(handler: FormHandler) -> FormHandler:
        async def endpoint(request: Request) -> Response:
            form = await request.form()
            try:
                return await run_in_threadpool(handler, request, form)
            finally:
                await form.close()          # uploaded files' temporary copies
        endpoint.__name__ = handler.__name__.lstrip("_")
        router.add_api_route(path, endpoint, methods=["POST"])
        return handler
    return register
