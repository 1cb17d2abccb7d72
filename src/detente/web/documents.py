"""Documents: list and read them, ingest articles (JSON or uploaded files) and remove them; and ``/health``."""

from __future__ import annotations

import email.parser
import email.policy
import json
import re
import tempfile
from pathlib import Path
from typing import Any

import duckdb
from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel, Field, ValidationError

from detente import __version__, api
from detente.api.documents import document as get_document
from detente.api.documents import list_documents
from detente.web.security import check_token
from detente.web.state import Con, Limit, Offset, State, WebState

UPLOAD_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl", ".ndjson")

router = APIRouter()
# the writes: a router of their own, after the readers of every concern (the order of /docs and the schema)
writes = APIRouter(tags=["documents"], dependencies=[Depends(check_token)])


class Article(BaseModel):
    id: str = Field(min_length=1, max_length=300)
    text: str = Field(min_length=1)
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None


class IngestBody(BaseModel):
    articles: list[Article] = Field(min_length=1, max_length=1000)


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


@router.get("/health", tags=["meta"])
def health(con: duckdb.DuckDBPyConnection = Con) -> dict[str, Any]:
    return {"status": "ok", "version": __version__, "documents": list_documents(con, limit=1)["total"]}


@router.get("/api/documents", tags=["documents"])
def documents(
    limit: int = Limit,
    offset: int = Offset,
    source: str | None = Query(None, max_length=200),
    con: duckdb.DuckDBPyConnection = Con,
) -> dict[str, Any]:
    return list_documents(con, limit=limit, offset=offset, source=source)


@router.get("/api/documents/{doc_id:path}", tags=["documents"])
def document(doc_id: str, con: duckdb.DuckDBPyConnection = Con) -> dict[str, Any]:
    doc = get_document(con, doc_id)
    if doc is None:
        raise HTTPException(404, "no such document")
    return doc


@writes.post(
    "/api/ingest",
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
async def ingest(request: Request, web: WebState = State) -> dict[str, Any]:
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
            return api.analyze_uploads(files, db=con, on_problem=problems.append, worker=web.worker)
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
                report = api.analyze([jsonl], db=con, on_problem=problems.append, worker=web.worker)
                # "article N" for a line of the temporary file: its path is the server's business
                report.problems = [
                    re.sub(rf"^{re.escape(str(jsonl))}:(\d+)", "article \\1", line) for line in report.problems
                ]
                return report
    else:
        raise HTTPException(415, "send application/json or multipart/form-data")

    def work() -> dict[str, Any]:
        with web.store.write() as con:
            try:
                report = save(con)
            finally:
                web.changed()
        return report.as_dict()

    return await run_in_threadpool(work)


@writes.delete("/api/documents/{doc_id:path}")
def remove(doc_id: str, web: WebState = State) -> dict[str, Any]:
    """``detente remove``: delete a document and everything derived from it (404 when there is none)."""
    with web.store.write() as con:
        try:
            report = api.remove([doc_id], db=con)
        finally:
            web.changed()
    if not report.removed:
        raise HTTPException(404, "no such document")
    return report.as_dict()
