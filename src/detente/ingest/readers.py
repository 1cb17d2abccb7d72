"""Reading article files: text, Markdown, HTML (via trafilatura) and JSONL.

Readers never raise on bad input: each problem becomes an ``InputProblem`` naming the file (and line)
and the reason, and the rest of the batch goes on.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SUFFIXES = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
DEFAULT_MAX_BYTES = 50 * 1024 * 1024  # DETENTE_MAX_BYTES overrides; a larger file is refused, not truncated


@dataclass
class ArticleFields:
    """What an article carries from its input through to the store, as read (``RawArticle``) and as
    prepared (``ingest.document.Document``). ``raw_text`` is what every offset refers to."""

    id: str
    path: str
    format: str
    raw_text: str
    encoding: str = "utf-8"
    title: str | None = None
    url: str | None = None
    source: str | None = None


@dataclass(kw_only=True)
class RawArticle(ArticleFields):
    """One article as read, before cleaning; ``date`` as its input gives it, not yet parsed."""

    date: str | None = None


@dataclass
class InputProblem:
    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


def max_bytes() -> int:
    value = os.environ.get("DETENTE_MAX_BYTES")
    return int(value) if value and value.isdigit() else DEFAULT_MAX_BYTES


def decode(data: bytes) -> tuple[str, str]:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, then cp1252, then latin-1. Raises ValueError for
    binary data."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 has NUL bytes by design: decode before the binary check
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise ValueError(f"invalid UTF-16 ({exc.reason} at byte {exc.start})") from exc
    if b"\x00" in data[:8192]:
        raise ValueError("binary file (NUL bytes), not text")
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
        if controls > max(8, len(text[:8192]) // 100):
            raise ValueError("binary file (control characters), not text")
        return text, "utf-8" if encoding == "utf-8-sig" else encoding
    raise ValueError("undecodable bytes")  # latin-1 never fails; kept for clarity


def iter_files(paths: list[str | Path]) -> Iterator[tuple[Path, Path] | InputProblem]:
    """``(file, base folder)`` for every readable article file under ``paths``, sorted within folders."""
    for given in paths:
        p = Path(given)
        if not p.exists():
            yield InputProblem(str(p), "no such file or directory")
        elif p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUFFIXES and not f.name.startswith("."):
                    yield f, p
        elif p.suffix.lower() not in SUFFIXES:
            yield InputProblem(str(p), f"unsupported file type {p.suffix or '(none)'}; use .txt .md .html .jsonl")
        else:
            yield p, p.parent


def _doc_id(path: Path, base: Path, id_prefix: str = "") -> str:
    try:
        return id_prefix + path.relative_to(base).as_posix()
    except ValueError:
        return id_prefix + path.name


def read_html(text: str) -> dict[str, str | None] | None:
    """Main text and metadata of an HTML page, or None when there is no article in it."""
    import trafilatura

    result = trafilatura.bare_extraction(
        text, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    if result is None:
        return None
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    body = (data.get("text") or "").strip()
    if not any(len(line.split()) >= 5 and any(c in line for c in ".!?") for line in body.splitlines()):
        return None  # no sentence, only a navigation bar or boilerplate: not an article
    return {
        "text": body,
        "title": data.get("title"),
        "url": data.get("url"),
        "date": data.get("date"),
        "source": data.get("sitename") or data.get("hostname"),
    }


def read_file(path: Path, base: Path, id_prefix: str = "") -> Iterator[RawArticle | InputProblem]:
    """The articles in one file (one, or one per JSONL line); ``id_prefix`` goes before ids made from the
    file's path (not before the ``id`` a JSONL line gives)."""
    where = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes():
            yield InputProblem(
                where,
                f"file is {size / 1e6:.0f} MB, over the {max_bytes() / 1e6:.0f} MB limit "
                "(set DETENTE_MAX_BYTES to raise it, or split the file)",
            )
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputProblem(where, f"cannot read: {exc.strerror or exc}")
        return
    if not data.strip():
        yield InputProblem(where, "empty file")
        return
    fmt = SUFFIXES[path.suffix.lower()]
    bad_lines: list[int] = []
    if fmt == "jsonl" and b"\x00" in data and data[:2] not in (b"\xff\xfe", b"\xfe\xff"):
        # a NUL byte spoils its own line, not the file: blank those lines (numbers kept) and name each
        lines = data.split(b"\n")
        bad_lines = [n for n, line in enumerate(lines, start=1) if b"\x00" in line]
        if len(bad_lines) * 2 <= len(lines):
            data = b"\n".join(b"" if b"\x00" in line else line for line in lines)
    try:
        text, encoding = decode(data)
    except ValueError as exc:
        yield InputProblem(where, str(exc))
        return
    doc_id = _doc_id(path, base, id_prefix)
    if fmt == "jsonl":
        for n in bad_lines:
            yield InputProblem(f"{where}:{n}", "NUL byte in the line (binary data, not JSON text)")
        # an upload's lines get its prefix too (upload:HASH/ID), so an upload never replaces a document
        line_prefix = doc_id[: len(doc_id) - len(path.name)] if id_prefix else ""
        yield from read_jsonl(text, doc_id, where, encoding, line_prefix)
    elif fmt == "html":
        page = read_html(text)
        if page is None:
            yield InputProblem(
                where, "no article text found in the HTML page (no sentence, only navigation or boilerplate)"
            )
            return
        yield RawArticle(
            doc_id,
            where,
            fmt,
            page["text"] or "",
            encoding,
            page["title"],
            page["url"],
            page["source"],
            date=page["date"],
        )
    else:
        yield RawArticle(doc_id, where, fmt, text, encoding)


def read_jsonl(
    text: str, file_id: str, where: str, encoding: str, id_prefix: str = ""
) -> Iterator[RawArticle | InputProblem]:
    """One article per line; ``id_prefix`` goes before each line's ``id``. A line repeating an id of an
    earlier line of the file is named as a problem and skipped: the first is kept."""
    seen: dict[str, int] = {}
    for n, line in enumerate(text.split("\n"), start=1):  # not splitlines: JSON strings may hold U+2028
        line = line.rstrip("\r")
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputProblem(f"{where}:{n}", f"invalid JSON ({exc.msg}, column {exc.colno})")
            continue
        if not isinstance(row, dict):
            yield InputProblem(f"{where}:{n}", "a line must be a JSON object")
            continue
        body = row.get("text")
        if not isinstance(body, str) or not body.strip():
            yield InputProblem(f"{where}:{n}", "missing or empty 'text' field")
            continue
        doc_id = row.get("id")
        doc_id = id_prefix + str(doc_id) if doc_id not in (None, "") else f"{file_id}:{n}"
        if doc_id in seen:
            yield InputProblem(f"{where}:{n}", f"id {doc_id!r} repeats line {seen[doc_id]}: the first is kept")
            continue
        seen[doc_id] = n

        title, url, date, source = (_text_field(row, k) for k in ("title", "url", "date", "source"))
        yield RawArticle(doc_id, f"{where}:{n}", "jsonl", body, encoding, title, url, source, date=date)


def _text_field(row: dict, name: str) -> str | None:
    value = row.get(name)
    return str(value) if value not in (None, "") else None


def read_paths(paths: list[str | Path], id_prefix: str = "") -> Iterator[RawArticle | InputProblem]:
    for item in iter_files(paths):
        if isinstance(item, InputProblem):
            yield item
        else:
            yield from read_file(*item, id_prefix=id_prefix)
