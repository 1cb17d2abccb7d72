"""The REST API and the dashboard: a thin FastAPI shell over ``detente.api`` and the analysis modules.

Security choices (see ``docs/web.md``):

- a read opens a read-only DuckDB connection and closes it, so other processes (``detente events``, even
  ``detente analyze``) can use the file while the server is idle. While a write (``POST /api/ingest``,
  ``DELETE /api/documents/ID``) runs, the server holds one read-write connection and every read gets a
  cursor of it (DuckDB's snapshots: a document is seen whole or not at all), so no read waits for an
  ingest; DuckDB refuses read-only and read-write handles to one file in one process, so a write first
  waits for the reads in flight to finish, and writers take turns (``store_access.StoreAccess``);
- ``POST /api/ingest`` needs ``Authorization: Bearer $DETENTE_TOKEN``; with no token configured it is
  disabled (403), so a server started without thinking about it cannot be written to;
- request bodies above ``max_body`` bytes (default 5 MB) get 413 before any parsing;
- every list has a hard maximum ``limit`` (``MAX_LIMIT``); larger values are rejected (422), not clamped;
- no CORS middleware unless ``DETENTE_CORS_ORIGINS`` (comma-separated) is set;
- a strict Content-Security-Policy (no inline script) on every response, so even a mistake in the
  dashboard cannot execute a script that came inside an article.

The web layer holds no SQL and imports only ``detente.api``: every data endpoint calls the same API function
as the CLI command that shows the same thing (``api.events``, ``api.relations_index``, ``api.cognitive_maps``,
``api.simulate``...), with the same defaults, so the dashboard and ``detente`` always agree. An error raised
by the api gets its status from ``detente.api.errors``, the map the CLI takes its exit codes from.

This module assembles the app from one router per concern: ``documents`` (list, read, ingest, remove,
/health), ``events`` (events, relations index, dyads, timeline, network, forecast), ``maps`` (cognitive map,
scenarios), ``sources`` (stance and framing, claim ledger), ``report`` and ``pages`` (dashboard, /docs);
``state`` holds what they share (the store access, the cache, the common query parameters), ``security`` the
headers, body limit and token, ``errors`` the error handlers.
"""

from __future__ import annotations

import os

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from detente import __version__, api
from detente.api import connect, db_path
from detente.web import documents, events, maps, pages, report, sources
from detente.web.errors import handle_errors
from detente.web.security import MAX_BODY, secure
from detente.web.state import WebState

ROUTERS = (
    documents.router,
    events.router,
    maps.router,
    sources.router,
    documents.writes,
    report.router,
    pages.router,
)
# Longer than any client pool's idle expiry (httpx: 5 s), so the client always closes an idle connection
# first. uvicorn's default (5 s) races httpx's: the server closed a pooled connection just as the client
# reused it, and the request failed with ReadError under load (tests/test_load.py).
KEEP_ALIVE_S = 75


def create_app(db: str | os.PathLike[str] | None = None, token: str | None = None, max_body: int = MAX_BODY) -> FastAPI:
    """The app over the store ``db`` (default: ``$DETENTE_DB`` or ``./detente.duckdb``).

    ``token`` (default ``$DETENTE_TOKEN``) guards ``POST /api/ingest``; without one ingest is disabled.
    Without a token the server only reads, so a missing ``db`` raises :class:`MissingStoreError` (naming the
    file) instead of creating an empty store; with one, a missing store is created for ingest to fill.
    """
    path = db_path(db)
    token = token if token is not None else os.environ.get("DETENTE_TOKEN") or None
    if token and not path.exists():  # ingest is enabled: start the empty store it will fill
        connect(path).close()
    connect(path, read_only=True).close()  # fails now, naming the file, if there is nothing to read
    app = FastAPI(
        title="detente",
        version=__version__,
        docs_url=None,
        redoc_url=None,
        description="News coverage of a pair of countries as sourced, structured data. Every item "
        "carries its document and raw character offsets.",
    )
    # the NLP of an ingest runs in a child process: the server's threads keep the interpreter lock to
    # themselves, so reads and /health answer at once while an upload is analyzed
    app.state.detente = WebState(path, token, api.AnalysisWorker() if token else None)
    secure(app, max_body)
    handle_errors(app)
    for router in ROUTERS:
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=pages.STATIC), name="static")
    return app


def serve(db: str | os.PathLike[str] | None = None, host: str = "127.0.0.1", port: int = 8000) -> None:
    """``detente serve``: run the API and dashboard with uvicorn until interrupted."""
    import uvicorn

    uvicorn.run(create_app(db), host=host, port=port, log_level="info", timeout_keep_alive=KEEP_ALIVE_S)


def main() -> None:
    """``python -m detente.web.app [db] [port]``: serve without the CLI (tests and debugging)."""
    import sys

    args = sys.argv[1:]
    serve(args[0] if args else None, port=int(args[1]) if len(args) > 1 else 8000)


if __name__ == "__main__":
    main()
