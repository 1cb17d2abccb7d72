"""The web side of the error map: a handled error's status comes from ``detente.api.errors`` (the map the
CLI takes its exit codes from); a request FastAPI rejects gets 422 with each problem's place and reason."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from detente.api.errors import HANDLED, outcome

log = logging.getLogger("detente.web")


async def handle_exception(_request: Request, exc: Exception) -> JSONResponse:
    """A handled error: its status and public detail; the server logs a message the client is not told (a
    store error names files and another process's PID)."""
    found = outcome(exc)
    if found.log:
        log.warning("%s", found.message)
    return JSONResponse({"detail": found.detail}, status_code=found.http_status)


async def invalid_request(_request: Request, exc: Exception) -> JSONResponse:
    # FastAPI's own handler echoes each bad input, which fails on NaN (not JSON) and repeats big bodies
    problems = exc.errors() if isinstance(exc, RequestValidationError) else []
    errors = [{k: v for k, v in e.items() if k in ("loc", "msg", "type")} for e in problems]
    return JSONResponse({"detail": errors}, status_code=422)


def handle_errors(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, invalid_request)
    for handled in HANDLED:
        app.add_exception_handler(handled, handle_exception)
