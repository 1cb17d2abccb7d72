"""The REST API and the dashboard: a thin FastAPI shell over ``detente.api`` and the analysis modules.

Security choices (see ``docs/web.md``):

- a read opens a read-only DuckDB connection and closes it, so other processes (``detente events``, even
  ``detente analyze``) can use the file while the server is idle. While a write (``POST /api/ingest``,
  ``DELETE /api/documents/ID``) runs, the server holds one read-write connection and every read gets a
  cursor of it (DuckDB's snapshots: a document is seen whole or not at all), so no read waits for an
  ingest; DuckDB refuses read-only and read-write handles to one file in one process, so a write first
  waits for the reads in flight to finish, and writers take turns (see ``_StoreAccess``);
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
import logging
import os
import re
import tempfile
import threading
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from contextlib import contextmanager
from html import escape
from pathlib import Path
from typing import Annotated, Any, Literal

import duckdb
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field, ValidationError

from detente import __version__, api
from detente.api import connect, db_path
from detente.api.documents import actor_network, events_by_ids, list_documents
from detente.api.documents import document as get_document
from detente.api.errors import HANDLED, outcome
from detente.api.forecast import MODELS as FORECAST_MODELS
from detente.api.forecast import TARGETS as FORECAST_TARGETS
from detente.api.maps import (
    DEFAULT_AGGREGATE,
    DEFAULT_LAMBDA,
    DEFAULT_RULE,
    DEFAULT_STEPS,
    DEFAULT_THRESHOLD,
    DEFAULT_TOP,
    DEFAULT_TRANSFER,
    MAX_LAMBDA,
    MAX_STEPS,
    VALUE_RANGE,
)
from detente.api.report import build_report

STATIC = Path(__file__).resolve().parent / "static"
log = logging.getLogger("detente.web")
MAX_LIMIT = 500
MAX_BODY = 5 * 1024 * 1024
UPLOAD_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl", ".ndjson")
DYAD_PATTERN = r"^[A-Za-z0-9]{2,12}[-_][A-Za-z0-9]{2,12}$"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
# Longer than any client pool's idle expiry (httpx: 5 s), so the client always closes an idle connection
# first. uvicorn's default (5 s) races httpx's: the server closed a pooled connection just as the client
# reused it, and the request failed with ReadError under load (tests/test_load.py).
KEEP_ALIVE_S = 75
SECURITY_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'"
ASGIApp = Callable[
    [dict[str, Any], Callable[[], Awaitable[dict[str, Any]]], Callable[[dict[str, Any]], Awaitable[None]]],
    Awaitable[None],
]


class _StoreAccess:
    """Connections for the server's requests: read-only ones per request while no write runs; during a
    write, cursors of the writer's read-write connection, so reads go on while an ingest analyzes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._cond = threading.Condition()
        self._writers = threading.Lock()  # two writers on one store would conflict: they take turns
        self._read_only = 0  # read-only connections open
        self._cursors = 0  # cursors of the writer's connection open
        self._switching = False  # a writer is opening or closing its connection: new reads wait
        self._writer: duckdb.DuckDBPyConnection | None = None

    @contextmanager
    def read(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self._cond:
            while self._switching:
                self._cond.wait()
            writer = self._writer
            cursor = writer is not None
            if writer is not None:
                con, self._cursors = writer.cursor(), self._cursors + 1
            else:
                con, self._read_only = None, self._read_only + 1
        try:
            if con is None:
                con = connect(self.path, read_only=True)
            yield con
        finally:
            if con is not None:
                con.close()
            with self._cond:
                if cursor:
                    self._cursors -= 1
                else:
                    self._read_only -= 1
                self._cond.notify_all()

    @contextmanager
    def write(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self._writers:
            with self._cond:
                self._switching = True
                try:
                    while self._read_only:
                        self._cond.wait()
                    self._writer = connect(self.path)
                finally:
                    self._switching = False
                    self._cond.notify_all()
            try:
                yield self._writer
            finally:
                with self._cond:
                    self._switching = True
                    while self._cursors:
                        self._cond.wait()
                    self._writer.close()
                    self._writer, self._switching = None, False
                    self._cond.notify_all()


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


# api.maps.check_scenario's bounds, so a bad value gets 422 with the field named
ConceptValue = Annotated[float, Field(ge=VALUE_RANGE[0], le=VALUE_RANGE[1], allow_inf_nan=False)]


class SimulateBody(BaseModel):
    """A scenario: concepts to clamp (names from ``/api/map``, or free text like "economic sanctions", resolved
    to the map's concept as ``detente simulate --clamp`` does), an optional start, and FCM options. The
    defaults are those of ``detente.api.simulate``, i.e. of ``detente simulate``."""

    init: dict[str, ConceptValue] = Field(default_factory=dict)
    clamp: dict[str, ConceptValue] = Field(default_factory=dict)
    source: str | None = Field(None, max_length=200)
    rule: Literal["kosko", "modified-kosko", "rescaled"] = DEFAULT_RULE
    transfer: Literal["sigmoid", "tanh", "bivalent", "trivalent"] = DEFAULT_TRANSFER
    lam: float = Field(DEFAULT_LAMBDA, alias="lambda", gt=0, le=MAX_LAMBDA)
    threshold: float = Field(DEFAULT_THRESHOLD, ge=0, le=1)
    steps: int = Field(DEFAULT_STEPS, ge=0, le=MAX_STEPS)
    top: int = Field(DEFAULT_TOP, ge=1, le=MAX_LIMIT, description="how many of the moved concepts to list")
    aggregate: Literal["evidence", "mean-all", "mean-asserting"] = DEFAULT_AGGREGATE

    model_config = {"populate_by_name": True, "allow_inf_nan": False}


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
    files: list[tuple[str, bytes]] = []
    for part in message.iter_parts():
        name = part.get_filename()
        payload = part.get_payload(decode=True)
        if name:
            files.append((name, payload if isinstance(payload, bytes) else b""))
    return files


def _safe_name(name: str) -> str:
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(name.replace("\\", "/")).name).lstrip(".") or "upload.txt"
    if not base.lower().endswith(UPLOAD_SUFFIXES):
        raise HTTPException(
            415, f"unsupported file type {Path(base).suffix or '(none)'}; use " + " ".join(UPLOAD_SUFFIXES)
        )
    if len(base) > 200:  # keep the suffix: cut, the file would have been skipped as of no known type
        suffix = next(x for x in UPLOAD_SUFFIXES if base.lower().endswith(x))
        base = base[: 200 - len(suffix)] + base[-len(suffix) :]
    return base


async def handle_exception(_request: Request, exc: Exception) -> JSONResponse:
    """A handled error (``detente.api.errors``): its status and public detail; the server logs a message the
    client is not told (a store error names files and another process's PID)."""
    found = outcome(exc)
    if found.log:
        log.warning("%s", found.message)
    return JSONResponse({"detail": found.detail}, status_code=found.http_status)


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
    store = _StoreAccess(path)
    # the NLP of an ingest runs in a child process: the server's threads keep the interpreter lock to
    # themselves, so reads and /health answer at once while an upload is analyzed
    worker = api.AnalysisWorker() if token else None
    cache: dict[tuple[Any, ...], Any] = {}
    cache_lock = threading.Lock()
    computing_locks: dict[tuple[Any, ...], threading.Lock] = {}
    generation = [0]

    app = FastAPI(
        title="detente",
        version=__version__,
        docs_url=None,
        redoc_url=None,
        description="News coverage of a pair of countries as sourced, structured data. Every item "
        "carries its document and raw character offsets.",
    )

    @app.middleware("http")
    async def headers(request: Request, call_next: Callable[[Request], Awaitable[Any]]) -> Any:
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.update(SECURITY_HEADERS)
        return response

    origins = _cors_origins()
    if origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware,
            allow_origins=origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
        )
    app.add_middleware(BodyLimit, limit=max_body)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        # FastAPI's own handler echoes each bad input, which fails on NaN (not JSON) and repeats big bodies
        errors = [{k: v for k, v in e.items() if k in ("loc", "msg", "type")} for e in exc.errors()]
        return JSONResponse({"detail": errors}, status_code=422)

    for handled in HANDLED:  # the statuses of the map the CLI takes its exit codes from
        app.add_exception_handler(handled, handle_exception)

    def reader() -> Iterator[duckdb.DuckDBPyConnection]:
        with store.read() as con:
            yield con

    def cached(key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
        """Slow, model-backed results (maps, stance) kept until the store changes."""
        stamp = (generation[0], path.stat().st_mtime_ns if path.exists() else 0)
        full = (stamp, *key)
        with cache_lock:
            if len(computing_locks) > 256:  # dyads are user input: keep the table bounded
                computing_locks.clear()
            computing = computing_locks.setdefault(key, threading.Lock())
        with computing:  # parallel requests for one key compute it once, the others wait for it
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
    def documents(
        limit: int = Limit,
        offset: int = Offset,
        source: str | None = Query(None, max_length=200),
        con: duckdb.DuckDBPyConnection = Con,
    ) -> dict[str, Any]:
        return list_documents(con, limit=limit, offset=offset, source=source)

    @app.get("/api/documents/{doc_id:path}", tags=["documents"])
    def document(doc_id: str, con: duckdb.DuckDBPyConnection = Con) -> dict[str, Any]:
        doc = get_document(con, doc_id)
        if doc is None:
            raise HTTPException(404, "no such document")
        return doc

    @app.get("/api/events", tags=["events"])
    def events(
        dyad: str | None = OptDyad,
        actor: str | None = Actor,
        code: str | None = Code,
        since: dt.date | None = None,
        until: dt.date | None = None,
        source: str | None = Query(None, max_length=200),
        origin: Literal["text", "gdelt", "icews"] | None = None,
        directed: bool = False,
        limit: int = Limit,
        offset: int = Offset,
        con: duckdb.DuckDBPyConnection = Con,
    ) -> dict[str, Any]:
        items = api.events(
            con,
            dyad=dyad,
            actor=actor,
            code=code,
            since=since,
            until=until,
            source=source,
            origin=origin,
            limit=limit,
            offset=offset,
            directed=directed,
        )
        return {"limit": limit, "offset": offset, "items": items}

    @app.get("/api/index", tags=["events"])
    def index(
        dyad: str = Dyad,
        freq: str = Freq,
        directed: bool = False,
        since: dt.date | None = None,
        until: dt.date | None = None,
        weight: Literal["sources", "articles"] | None = None,
        origin: Literal["text", "gdelt", "icews"] | None = None,
        con: duckdb.DuckDBPyConnection = Con,
    ) -> dict[str, Any]:
        rows = api.relations_index(
            con, dyad=dyad, directed=directed, freq=freq, since=since, until=until, weight=weight, origin=origin
        )
        return {"dyad": dyad.upper().replace("_", "-"), "freq": freq, "directed": directed, "rows": rows}

    @app.get("/api/index/events", tags=["events"])
    def index_evidence(
        period: dt.date,
        dyad: str = Dyad,
        freq: str = Freq,
        directed: bool = False,
        origin: Literal["text", "gdelt", "icews"] | None = None,
        limit: int = Limit,
        con: duckdb.DuckDBPyConnection = Con,
    ) -> dict[str, Any]:
        """The events behind one point of the index: every number links to its sentences."""
        ids = api.index_events(con, dyad, period, freq=freq, directed=directed, origin=origin, limit=limit)
        return {"period": period.isoformat(), "items": events_by_ids(con, ids)}

    @app.get("/api/dyads", tags=["events"])
    def dyads(top: int = Query(20, ge=1, le=MAX_LIMIT), con: duckdb.DuckDBPyConnection = Con) -> dict[str, Any]:
        return {"items": api.dyads(con, top=top)}

    Target = f"^({'|'.join(FORECAST_TARGETS)})$"
    Model = f"^({'|'.join(FORECAST_MODELS)})$"

    @app.get("/api/forecast", tags=["events"])
    def forecast(
        dyad: str = Dyad,
        target: str = Query("net_cooperation", pattern=Target),
        horizon: int = Query(3, ge=1, le=24),
        model: str = Query("auto", pattern=Model),
        backtest_from: str | None = Query(None, pattern=r"^\d{4}-\d{2}$", description="YYYY-MM"),
        summary: bool = False,
        directed: bool = False,
        origin: Literal["text", "gdelt", "icews"] | None = None,
        con: duckdb.DuckDBPyConnection = Con,
    ) -> dict[str, Any]:
        """``detente forecast``: the dyad's monthly ``target`` forecast ``horizon`` months ahead with 80/95%
        intervals (or backtested from ``backtest_from``), and the observed series it starts from."""
        key = ("forecast", dyad.upper(), target, horizon, model, backtest_from, summary, directed, origin)
        return {
            "dyad": dyad.upper().replace("_", "-"),
            **cached(
                key,
                lambda: api.forecast(
                    con,
                    dyad=dyad,
                    target=target,
                    horizon=horizon,
                    model=model,
                    backtest_from=backtest_from,
                    summary=summary,
                    directed=directed,
                    origin=origin,
                ),
            ),
        }

    @app.get("/api/timeline", tags=["events"])
    def timeline(
        dyad: str = Dyad,
        since: dt.date | None = None,
        until: dt.date | None = None,
        code: str | None = Code,
        directed: bool = False,
        limit: int = Limit,
        con: duckdb.DuckDBPyConnection = Con,
    ) -> dict[str, Any]:
        items = api.timeline(con, dyad=dyad, since=since, until=until, code=code, directed=directed, limit=limit)
        return {"dyad": dyad.upper().replace("_", "-"), "items": items}

    @app.get("/api/network", tags=["events"])
    def network(
        actor: str | None = Actor, top: int = Query(60, ge=1, le=MAX_LIMIT), con: duckdb.DuckDBPyConnection = Con
    ) -> dict[str, Any]:
        return actor_network(con, actor=actor, top=top)

    def maps(con: duckdb.DuckDBPyConnection, aggregate: str = DEFAULT_AGGREGATE) -> Any:
        """``api.cognitive_maps``: what ``detente map`` and ``detente simulate`` build, kept until the store changes."""
        return cached(("maps", aggregate), lambda: api.cognitive_maps(con, aggregate=aggregate))

    @app.get("/api/map", tags=["maps"])
    def cognitive_map(
        source: str | None = Query(None, max_length=200),
        aggregate: Literal["evidence", "mean-all", "mean-asserting"] = DEFAULT_AGGREGATE,
        con: duckdb.DuckDBPyConnection = Con,
    ) -> dict[str, Any]:
        """``detente map --format json`` (merged, or ``source``'s map) plus ``names`` (the concept names
        ``/api/simulate`` takes, in matrix order) and ``sources`` (every source with a map of its own)."""
        every = maps(con, aggregate)
        cmap = api.select_map(every, source)
        return {
            **cmap.to_json(),
            "names": cmap.names(),
            "sources": sorted(every.per_source),
            "claims": len({c["claim_id"] for e in cmap.edges for c in e.claims}),
        }

    @app.post("/api/simulate", tags=["maps"])
    def simulate(body: SimulateBody, con: duckdb.DuckDBPyConnection = Con) -> dict[str, Any]:
        """``detente simulate``: the same ``api.simulate`` result for the same clamp, init and options."""
        cmap = api.select_map(maps(con, body.aggregate), body.source)
        return api.simulate(
            cmap=cmap,
            init=body.init,
            clamp=body.clamp,
            rule=body.rule,
            transfer=body.transfer,
            lam=body.lam,
            threshold=body.threshold,
            steps=body.steps,
            top=body.top,
        )

    @app.get("/api/sources", tags=["sources"])
    def sources(con: duckdb.DuckDBPyConnection = Con) -> dict[str, Any]:
        return {"items": cached(("sources",), lambda: api.sources(con))}

    @app.get("/api/claims", tags=["claims"])
    def claims(
        status: Literal["corroborated", "single", "contested"] | None = None,
        limit: int = Limit,
        offset: int = Offset,
        con: duckdb.DuckDBPyConnection = Con,
    ) -> dict[str, Any]:
        items = cached(("claims", status), lambda: api.claims(con, status=status))
        return {"total": len(items), "limit": limit, "offset": offset, "items": items[offset : offset + limit]}

    def check_token(request: Request) -> None:
        if not token:
            raise HTTPException(403, "ingest is disabled: start the server with DETENTE_TOKEN set")
        given = request.headers.get("authorization", "")
        if not given.lower().startswith("bearer ") or not given[7:].strip():
            raise HTTPException(401, "missing bearer token", headers={"WWW-Authenticate": "Bearer"})
        if not hmac.compare_digest(given[7:].strip().encode(), token.encode()):
            raise HTTPException(403, "wrong token")

    @app.post(
        "/api/ingest",
        tags=["documents"],
        dependencies=[Depends(check_token)],
        openapi_extra={
            "requestBody": {
                "content": {
                    "application/json": {"schema": IngestBody.model_json_schema()},
                    "multipart/form-data": {
                        "schema": {"type": "object", "properties": {"file": {"type": "string", "format": "binary"}}}
                    },
                }
            }
        },
    )
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

            def save(con: duckdb.DuckDBPyConnection) -> api.IngestReport:
                return api.analyze_uploads(files, db=con, on_problem=problems.append, worker=worker)
        elif content_type.startswith("application/json"):
            try:
                parsed = IngestBody.model_validate_json(body)
            except ValidationError as exc:
                raise HTTPException(422, json.loads(exc.json(include_url=False))) from exc

            def save(con: duckdb.DuckDBPyConnection) -> api.IngestReport:
                with tempfile.TemporaryDirectory(prefix="detente-upload-") as tmp:
                    jsonl = Path(tmp) / "articles.jsonl"
                    with jsonl.open("w", encoding="utf-8") as fh:
                        for a in parsed.articles:
                            fh.write(json.dumps(a.model_dump(exclude_none=True), ensure_ascii=False) + "\n")
                    report = api.analyze([jsonl], db=con, on_problem=problems.append, worker=worker)
                    # "article N" for a line of the temporary file: its path is the server's business
                    report.problems = [
                        re.sub(rf"^{re.escape(str(jsonl))}:(\d+)", "article \\1", line) for line in report.problems
                    ]
                    return report
        else:
            raise HTTPException(415, "send application/json or multipart/form-data")

        def work() -> dict[str, Any]:
            with store.write() as con:
                try:
                    report = save(con)
                finally:
                    generation[0] += 1
            return report.as_dict()

        return await run_in_threadpool(work)

    @app.delete("/api/documents/{doc_id:path}", tags=["documents"], dependencies=[Depends(check_token)])
    def remove(doc_id: str) -> dict[str, Any]:
        """``detente remove``: delete a document and everything derived from it (404 when there is none)."""
        with store.write() as con:
            try:
                report = api.remove([doc_id], db=con)
            finally:
                generation[0] += 1
        if not report.removed:
            raise HTTPException(404, "no such document")
        return report.as_dict()

    @app.get("/report", response_class=HTMLResponse, tags=["report"])
    def report(dyad: str = Dyad, con: duckdb.DuckDBPyConnection = Con) -> HTMLResponse:
        dyad = dyad.upper().replace("_", "-")  # usa-rus and USA_RUS are the report of USA-RUS
        html = cached(("report", dyad), lambda: build_report(con, dyad=dyad))
        return HTMLResponse(html, headers={"Content-Security-Policy": REPORT_CSP})

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs() -> HTMLResponse:
        """The endpoints, from the OpenAPI schema, as a plain page: Swagger UI would load its script from a
        CDN, which our CSP (and an offline machine) refuses; the full schema is at /openapi.json."""
        return HTMLResponse(api_listing(app.openapi()))

    @app.get("/", include_in_schema=False)
    def home() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def api_listing(spec: dict[str, Any]) -> str:
    """An HTML page listing every operation of an OpenAPI ``spec``: method, path, summary, parameters."""
    rows = []
    for route, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = ", ".join(
                f"{p['name']}{'' if p.get('required') else '?'} ({p.get('in', '')})" for p in op.get("parameters", [])
            )
            if "requestBody" in op:
                params = ", ".join(
                    x for x in (params, "body: " + " or ".join(op["requestBody"].get("content", {}))) if x
                )
            doc = (op.get("description") or op.get("summary") or "").strip()
            rows.append(
                f"<tr><td><b>{escape(method.upper())}</b></td><td><code>{escape(route)}</code></td>"
                f"<td>{escape(params)}</td><td>{escape(doc)}</td></tr>"
            )
    info = spec.get("info", {})
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>detente API</title>"
        "<link rel='stylesheet' href='/static/style.css'></head><body><main>"
        f"<h1>{escape(info.get('title', 'API'))} {escape(str(info.get('version', '')))} — endpoints</h1>"
        "<p>The machine-readable schema: <a href='/openapi.json'>/openapi.json</a>. This page needs nothing "
        "from the internet.</p><table><thead><tr><th>method</th><th>path</th><th>parameters</th>"
        "<th>what it does</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table></main></body></html>"
    )


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
