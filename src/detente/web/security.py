"""What every response carries and what every request may not exceed: the security headers, the body
limit, CORS (off unless configured) and the bearer token that guards the writes (``docs/web.md``)."""

from __future__ import annotations

import hmac
import os
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse

from detente.web.state import web_state

MAX_BODY = 5 * 1024 * 1024
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}
ASGIApp = Callable[
    [dict[str, Any], Callable[[], Awaitable[dict[str, Any]]], Callable[[dict[str, Any]], Awaitable[None]]],
    Awaitable[None],
]


class BodyLimit:
    """ASGI middleware: 413 for a body larger than ``limit`` bytes, announced or streamed."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(
        self,
        scope: dict[str, Any],
        receive: Callable[[], Awaitable[dict[str, Any]]],
        send: Callable[[MutableMapping[str, Any]], Awaitable[None]],
    ) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        too_big = declared is not None and declared.isdigit() and int(declared) > self.limit
        chunks: list[dict[str, Any]] = []
        if not too_big and scope.get("method") in ("POST", "PUT", "PATCH"):
            size = 0
            while True:
                message = await receive()
                chunks.append(message)
                size += len(message.get("body", b""))
                if size > self.limit:
                    too_big = True
                    break
                if message["type"] != "http.request" or not message.get("more_body"):
                    break
        if too_big:  # answered before the app's middleware runs: it carries the security headers itself
            response = JSONResponse(
                {"detail": f"request body larger than {self.limit} bytes"},
                status_code=413,
                headers={"Content-Security-Policy": CSP, **SECURITY_HEADERS},
            )
            await response(scope, receive, send)
            return
        if not chunks:
            await self.app(scope, receive, send)
            return

        async def replay() -> dict[str, Any]:
            return chunks.pop(0) if chunks else await receive()

        await self.app(scope, replay, send)


def cors_origins() -> list[str]:
    return [o.strip() for o in os.environ.get("DETENTE_CORS_ORIGINS", "").split(",") if o.strip()]


def secure(app: FastAPI, max_body: int) -> None:
    """The headers on every response, CORS when ``DETENTE_CORS_ORIGINS`` is set, and the body limit."""

    @app.middleware("http")
    async def headers(request: Request, call_next: Callable[[Request], Awaitable[Any]]) -> Any:
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.update(SECURITY_HEADERS)
        return response

    origins = cors_origins()
    if origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware,
            allow_origins=origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
        )
    app.add_middleware(BodyLimit, limit=max_body)


def check_token(request: Request) -> None:
    """The writes' guard: ``Authorization: Bearer`` the server's token; without one, writes are disabled."""
    token = web_state(request).token
    if not token:
        raise HTTPException(403, "ingest is disabled: start the server with DETENTE_TOKEN set")
    given = request.headers.get("authorization", "")
    if not given.lower().startswith("bearer ") or not given[7:].strip():
        raise HTTPException(401, "missing bearer token", headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given[7:].strip().encode(), token.encode()):
        raise HTTPException(403, "wrong token")
