"""The REST API and the dashboard: a thin FastAPI shell over ``detente.api`` and the analysis modules.

Security choices (see ``docs/web.md``):

- reads open a read-only DuckDB connection per request; the only write (``POST /api/ingest``) takes an
  exclusive lock, because DuckDB refuses a read-only and a read-write connection to one file in one process;
- ``POST /api/ingest`` needs ``Authorization: Bearer $DETENTE_TOKEN``; with no token configured it is
  disabled (403), so a server started without thinking about it cannot be written to;
- request bodies above ``max_body`` bytes (default 5 MB) get 413 before any parsing;
- every list has a hard maximum ``limit`` (``MAX_LIMIT``); larger values are rejected (422), not clamped;
- no CORS middleware unless ``DETENTE_CORS_ORIGINS`` (comma-separated) is set;
- a strict Content-Security-Policy (no inline script) on every response, so even a mistake in the
  dashboard cannot execute a script that came inside an article.

The web layer holds no SQL and imports only ``detente.api``: every data endpoint calls the same API function
as the CLI command that shows the same thing (``api.events``, ``api.relations_index``, ``api.cognitive_maps``,
``api.simulate``...), with the same defaults, so the dashboard and ``detente`` always agree.
"""

from __future__ import annotations

import datetime as dt
import email.parser
import email.policy
import hmac
import json
import os
import re
import tempfile
import threading
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

import duckdb
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field, ValidationError

from detente import __version__, api
from detente.api import StoreError, connect, db_path
from detente.api.documents import actor_network, events_by_ids, list_documents
from detente.api.documents import document as get_document
from detente.api.maps import (
    DEFAULT_AGGREGATE,
    DEFAULT_LAMBDA,
    DEFAULT_RULE,
    DEFAULT_STEPS,
    DEFAULT_THRESHOLD,
    DEFAULT_TOP,
    DEFAULT_TRANSFER,
)
from detente.api.report import build_report

STATIC = Path(__file__).resolve().parent / "static"
MAX_LIMIT = 500
MAX_BODY = 5 * 1024 * 1024
UPLOAD_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl", ".ndjson")
DYAD_PATTERN = r"^[A-Za-z0-9]{2,12}[-_][A-Za-z0-9]{2,12}$"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'"
ASGIApp = Callable[[dict[str, Any], Callable[[], Awaitable[dict[str, Any]]],
                    Callable[[dict[str, Any]], Awaitable[None]]], Awaitable[None]]


class _RWLock:
    """Many readers or one writer: DuckDB will not mix read-only and read-write handles in one process."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writer = False

    @contextmanager
    def read(self) -> Iterator[None]:
        with self._cond:
            while self._writer:
                self._cond.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def write(self) -> Iterator[None]:
        with self._cond:
            while self._writer or self._readers:
                self._cond.wait()
            self._writer = True
        try:
            yield
        finally:
            with self._cond:
                self._writer = False
                self._cond.notify_all()


class BodyLimit:
    """ASGI middleware: 413 for a body larger than ``limit`` bytes, announced or streamed."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: dict[str, Any], receive: Callable[[], Awaitable[dict[str, Any]]],
                       send: Callable[[dict[str, Any]], Awaitable[None]]) -> None:
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
        if too_big:
            response = JSONResponse({"detail": f"request body larger than {self.limit} bytes"}, status_code=413)
            await response(scope, receive, send)
            return
        if not chunks:
            await self.app(scope, receive, send)
            return

        async def replay() -> dict[str, Any]:
            return chunks.pop(0) if chunks else await receive()

        await self.app(scope, replay, send)


class SimulateBody(BaseModel):
    """A scenario: concepts to clamp (names from ``/api/map``, or free text like "economic sanctions", resolved
    to the map's concept as ``detente simulate --clamp`` does), an optional start, and FCM options. The
    defaults are those of ``detente.api.simulate``, i.e. of ``detente simulate``."""

    init: dict[str, float] = Field(default_factory=dict)
    clamp: dict[str, float] = Field(default_factory=dict)
    source: str | None = Field(None, max_length=200)
    rule: Literal["kosko", "modified-kosko", "rescaled"] = DEFAULT_RULE
    transfer: Literal["sigmoid", "tanh", "bivalent", "trivalent"] = DEFAULT_TRANSFER
    lam: float = Field(DEFAULT_LAMBDA, alias="lambda", gt=0, le=100)
    threshold: float = Field(DEFAULT_THRESHOLD, ge=0, le=1)
    steps: int = Field(DEFAULT_STEPS, ge=0, le=1000)
    top: int = Field(DEFAULT_TOP, ge=1, le=MAX_LIMIT, description="how many of the moved concepts to list")
    aggregate: Literal["evidence", "mean-all", "mean-asserting"] = DEFAULT_AGGREGATE

    model_config = {"populate_by_name": True}


class Article(BaseModel):
    id: str = Field(min_length=1, max_length=300)
    text: str = Field(min_length=1)
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None


class IngestBody(BaseModel):
    articles: list[Article] = Field(min_length=1, max_length=1000)


def _cors_origins() -> list[str]:
    return [o.strip() for o in os.environ.get("DETENTE_CORS_ORIGINS", "").split(",") if o.strip()]


def _parse_multipart(content_type: str, body: bytes) -> list[tuple[str, bytes]]:
    """(file name, content) of each uploaded file part, parsed with the standard library."""
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    if not message.is_multipart():
        raise HTTPException(400, "malformed multipart body")
    files = []
    for part in message.iter_parts():
        name = part.get_filename()
        if name:
            files.append((name, part.get_payload(decode=True) or b""))
    return files


def _safe_name(name: str) -> str:
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(name.replace("\\", "/")).name).lstrip(".") or "upload.txt"
    if not base.lower().endswith(UPLOAD_SUFFIXES):
        raise HTTPException(415, f"unsupported file type {Path(base).suffix or '(none)'}; use "
                                 + " ".join(UPLOAD_SUFFIXES))
    return base[:200]


def create_app(db: str | os.PathLike[str] | None = None, token: str | None = None,
               max_body: int = MAX_BODY) -> FastAPI:
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
    lock = _RWLock()
    cache: dict[tuple[Any, ...], Any] = {}
    generation = [0]

    app = FastAPI(title="detente", version=__version__,
                  description="News coverage of a pair of countries as sourced, structured data. Every item "
                              "carries its document and raw character offsets.")

    @app.middleware("http")
    async def headers(request: Request, call_next: Callable[[Request], Awaitable[Any]]) -> Any:
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    origins = _cors_origins()
    if origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=origins, allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(BodyLimit, limit=max_body)

    @app.exception_handler(ValueError)
    async def bad_value(_request: Request, exc: ValueError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(StoreError)
    async def store_error(_request: Request, exc: StoreError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=503)

    def reader() -> Iterator[duckdb.DuckDBPyConnection]:
        with lock.read():
            con = connect(path, read_only=True)
            try:
                yield con
            finally:
                con.close()

    def cached(key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
        """Slow, model-backed results (maps, stance) kept until the store changes."""
        stamp = (generation[0], path.stat().st_mtime_ns if path.exists() else 0)
        full = (stamp, *key)
        if full not in cache:
            if len(cache) > 64:
                cache.clear()
            cache[full] = compute()
        return cache[full]

    Con = Depends(reader)
    Limit = Query(50, ge=1, le=MAX_LIMIT, description=f"page size, at most {MAX_LIMIT}")
    Offset = Query(0, ge=0, le=10_000_000)
    Dyad = Query("USA-RUS", pattern=DYAD_PATTERN, description="two actor-code prefixes, e.g. USA-RUS")
    OptDyad = Query(None, pattern=DYAD_PATTERN)
    Code = Query(None, max_length=40, pattern=r"^[A-Za-z0-9_-]+$")
    Actor = Query(None, max_length=40, pattern=r"^[A-Za-z0-9]+$")
    Freq = Query("month", pattern="^(day|week|month|year)$")

    @app.get("/health", tags=["meta"])
    def health(con: duckdb.DuckDBPyConnection = Con) -> dict[str, Any]:
        return {"status": "ok", "version": __version__, "documents": list_documents(con, limit=1)["total"]}

    @app.get("/api/documents", tags=["documents"])
    def documents(limit: int = Limit, offset: int = Offset, source: str | None = Query(None, max_length=200),
                  con: duckdb.DuckDBPyConnection = Con) -> dict[str, Any]:
        return list_documents(con, limit=limit, offset=offset, source=source)

    @app.get("/api/documents/{doc_id:path}", tags=["documents"])
    def document(doc_id: str, con: duckdb.DuckDBPyConnection = Con) -> dict[str, Any]:
        doc = get_document(con, doc_id)
        if doc is None:
            raise HTTPException(404, "no such document")
        return doc

    @app.get("/api/events", tags=["events"])
    def events(dyad: str | None = OptDyad, actor: str | None = Actor, code: str | None = Code,
               since: dt.date | None = None, until: dt.date | None = None,
               source: str | None = Query(None, max_length=200),
               origin: Literal["text", "gdelt", "icews"] | None = None, directed: bool = False,
               limit: int = Limit, offset: int = Offset,
               con: duckdb.DuckDBPyConnection = Con) -> dict[str, Any]:
        items = api.events(con, dyad=dyad, actor=actor, code=code, since=since, until=until, source=source,
                           origin=origin, limit=limit, offset=offset, directed=directed)
        return {"limit": limit, "offset": offset, "items": items}

    @app.get("/api/index", tags=["events"])
    def index(dyad: str = Dyad, freq: str = Freq, directed: bool = False, since: dt.date | None = None,
              until: dt.date | None = None, weight: Literal["sources", "articles"] | None = None,
              origin: Literal["text", "gdelt", "icews"] | None = None,
              con: duckdb.DuckDBPyConnection = Con) -> dict[str, Any]:
        rows = api.relations_index(con, dyad=dyad, directed=directed, freq=freq, since=since, until=until,
                                   weight=weight, origin=origin)
        return {"dyad": dyad.upper().replace("_", "-"), "freq": freq, "directed": directed, "rows": rows}

    @app.get("/api/index/events", tags=["events"])
    def index_evidence(period: dt.date, dyad: str = Dyad, freq: str = Freq, directed: bool = False,
                       origin: Literal["text", "gdelt", "icews"] | None = None, limit: int = Limit,
                       con: duckdb.DuckDBPyConnection = Con) -> dict[str, Any]:
        """The events behind one point of the index: every number links to its sentences."""
        ids = api.index_events(con, dyad, period, freq=freq, directed=directed, origin=origin, limit=limit)
        return {"period": period.isoformat(), "items": events_by_ids(con, ids)}

    @app.get("/api/dyads", tags=["events"])
    def dyads(top: int = Query(20, ge=1, le=MAX_LIMIT), con: duckdb.DuckDBPyConnection = Con) -> dict[str, Any]:
        return {"items": api.dyads(con, top=top)}

    @app.get("/api/timeline", tags=["events"])
    def timeline(dyad: str = Dyad, since: dt.date | None = None, until: dt.date | None = None,
                 code: str | None = Code, directed: bool = False, limit: int = Limit,
                 con: duckdb.DuckDBPyConnection = Con) -> dict[str, Any]:
        items = api.timeline(con, dyad=dyad, since=since, until=until, code=code, directed=directed,
                             limit=limit)
        return {"dyad": dyad.upper().replace("_", "-"), "items": items}

    @app.get("/api/network", tags=["events"])
    def network(actor: str | None = Actor, top: int = Query(60, ge=1, le=MAX_LIMIT),
                con: duckdb.DuckDBPyConnection = Con) -> dict[str, Any]:
        return actor_network(con, actor=actor, top=top)

    def maps(con: duckdb.DuckDBPyConnection, aggregate: str = DEFAULT_AGGREGATE) -> Any:
        """``api.cognitive_maps``: what ``detente map`` and ``detente simulate`` build, kept until the store changes."""
        return cached(("maps", aggregate), lambda: api.cognitive_maps(con, aggregate=aggregate))

    @app.get("/api/map", tags=["maps"])
    def cognitive_map(source: str | None = Query(None, max_length=200),
                      aggregate: Literal["evidence", "mean-all", "mean-asserting"] = DEFAULT_AGGREGATE,
                      con: duckdb.DuckDBPyConnection = Con) -> dict[str, Any]:
        """``detente map --format json`` (merged, or ``source``'s map) plus ``names`` (the concept names
        ``/api/simulate`` takes, in matrix order) and ``sources`` (every source with a map of its own)."""
        every = maps(con, aggregate)
        cmap = api.select_map(every, source)
        return {**cmap.to_json(), "names": cmap.names(), "sources": sorted(every.per_source),
                "claims": len({c["claim_id"] for e in cmap.edges for c in e.claims})}

    @app.post("/api/simulate", tags=["maps"])
    def simulate(body: SimulateBody, con: duckdb.DuckDBPyConnection = Con) -> dict[str, Any]:
        """``detente simulate``: the same ``api.simulate`` result for the same clamp, init and options."""
        cmap = api.select_map(maps(con, body.aggregate), body.source)
        return api.simulate(cmap=cmap, init=body.init, clamp=body.clamp, rule=body.rule, transfer=body.transfer,
                            lam=body.lam, threshold=body.threshold, steps=body.steps, top=body.top)

    @app.get("/api/sources", tags=["sources"])
    def sources(con: duckdb.DuckDBPyConnection = Con) -> dict[str, Any]:
        return {"items": cached(("sources",), lambda: api.sources(con))}

    @app.get("/api/claims", tags=["claims"])
    def claims(status: Literal["corroborated", "single", "contested"] | None = None, limit: int = Limit,
               offset: int = Offset, con: duckdb.DuckDBPyConnection = Con) -> dict[str, Any]:
        items = cached(("claims", status), lambda: api.claims(con, status=status))
        return {"total": len(items), "limit": limit, "offset": offset, "items": items[offset: offset + limit]}

    def check_token(request: Request) -> None:
        if not token:
            raise HTTPException(403, "ingest is disabled: start the server with DETENTE_TOKEN set")
        given = request.headers.get("authorization", "")
        if not given.lower().startswith("bearer ") or not given[7:].strip():
            raise HTTPException(401, "missing bearer token", headers={"WWW-Authenticate": "Bearer"})
        if not hmac.compare_digest(given[7:].strip().encode(), token.encode()):
            raise HTTPException(403, "wrong token")

    @app.post("/api/ingest", tags=["documents"], dependencies=[Depends(check_token)],
              openapi_extra={"requestBody": {"content": {
                  "application/json": {"schema": IngestBody.model_json_schema()},
                  "multipart/form-data": {"schema": {"type": "object", "properties": {
                      "file": {"type": "string", "format": "binary"}}}}}}})
    async def ingest(request: Request) -> dict[str, Any]:
        """Store and analyze articles: JSON ``{articles: [...]}`` or a multipart upload of files.

        An uploaded file is stored as ``upload:HASH/NAME`` (``api.upload_id``), so it never replaces an
        ingested document of the same name; JSON articles keep the ``id`` they give."""
        from starlette.concurrency import run_in_threadpool

        content_type = request.headers.get("content-type", "")
        body = await request.body()
        problems: list[str] = []
        if content_type.startswith("multipart/form-data"):
            files = [(_safe_name(name), content) for name, content in _parse_multipart(content_type, body)]
            if not files:
                raise HTTPException(400, "no file in the upload")

            def store() -> api.IngestReport:
                return api.analyze_uploads(files, db=path, on_problem=problems.append)
        elif content_type.startswith("application/json"):
            try:
                parsed = IngestBody.model_validate_json(body)
            except ValidationError as exc:
                raise HTTPException(422, json.loads(exc.json(include_url=False))) from exc

            def store() -> api.IngestReport:
                with tempfile.TemporaryDirectory(prefix="detente-upload-") as tmp:
                    jsonl = Path(tmp) / "articles.jsonl"
                    with jsonl.open("w", encoding="utf-8") as fh:
                        for a in parsed.articles:
                            fh.write(json.dumps(a.model_dump(exclude_none=True), ensure_ascii=False) + "\n")
                    return api.analyze([jsonl], db=path, on_problem=problems.append)
        else:
            raise HTTPException(415, "send application/json or multipart/form-data")

        def work() -> dict[str, Any]:
            with lock.write():
                report = store()
                generation[0] += 1
            return report.as_dict()

        return await run_in_threadpool(work)

    @app.get("/report", response_class=HTMLResponse, tags=["report"])
    def report(dyad: str = Dyad, con: duckdb.DuckDBPyConnection = Con) -> HTMLResponse:
        html = cached(("report", dyad), lambda: build_report(con, dyad=dyad))
        return HTMLResponse(html, headers={"Content-Security-Policy": REPORT_CSP})

    @app.get("/", include_in_schema=False)
    def home() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def serve(db: str | os.PathLike[str] | None = None, host: str = "127.0.0.1", port: int = 8000) -> None:
    """``detente serve``: run the API and dashboard with uvicorn until interrupted."""
    import uvicorn

    uvicorn.run(create_app(db), host=host, port=port, log_level="info")


def main() -> None:
    """``python -m detente.web.app [db] [port]``: serve without the CLI (tests and debugging)."""
    import sys

    args = sys.argv[1:]
    serve(args[0] if args else None, port=int(args[1]) if len(args) > 1 else 8000)


if __name__ == "__main__":
    main()
