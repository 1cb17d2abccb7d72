"""Writing and reading documents, sentences and the NLP results attached to them.

Each document is written in one transaction with its sentences, and its NLP results in another
together with its row in ``analyzed``: a crash leaves either all of a document's rows or none, and the
next run redoes only what is missing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

import duckdb

from detente.ingest.document import Document
from detente.reference.records import ANALYSIS_TABLES, AnalysisRows, DocumentRow, SentenceRow, table_columns
from detente.store.db import transaction

DERIVED_TABLES = (*ANALYSIS_TABLES, "analyzed")


def existing(con: duckdb.DuckDBPyConnection, doc_id: str) -> tuple[str, str | None] | None:
    row = con.execute("SELECT content_hash, duplicate_of FROM documents WHERE id = ?", [doc_id]).fetchone()
    return (row[0], row[1]) if row else None


def by_hash(con: duckdb.DuckDBPyConnection, content_hash: str) -> str | None:
    row = con.execute(
        "SELECT id FROM documents WHERE content_hash = ? ORDER BY ingested_at, id LIMIT 1", [content_hash]
    ).fetchone()
    return row[0] if row else None


def originals(con: duckdb.DuckDBPyConnection) -> list[tuple[str, bytes]]:
    """(id, minhash) of every stored document that is not itself a duplicate."""
    return con.execute("SELECT id, minhash FROM documents WHERE duplicate_of IS NULL ORDER BY id").fetchall()


def _delete(con: duckdb.DuckDBPyConnection, doc_id: str) -> None:
    for table in DERIVED_TABLES:
        con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])
    con.execute("DELETE FROM sentences WHERE doc_id = ?", [doc_id])
    con.execute("DELETE FROM documents WHERE id = ?", [doc_id])


def remove_document(con: duckdb.DuckDBPyConnection, doc_id: str) -> list[str] | None:
    """Delete a document and everything derived from it, in one transaction; None when there is no such
    document. Its duplicates are kept: the earliest becomes the original (and is analyzed next time), the
    others point to it. Returns the ids of the duplicates that were re-pointed."""
    with transaction(con):
        if existing(con, doc_id) is None:
            return None
        copies = [
            r[0]
            for r in con.execute(
                "SELECT id FROM documents WHERE duplicate_of = ? ORDER BY ingested_at, id", [doc_id]
            ).fetchall()
        ]
        _delete(con, doc_id)
        if copies:
            con.execute("UPDATE documents SET duplicate_of = NULL, similarity = NULL WHERE id = ?", [copies[0]])
            con.execute("UPDATE documents SET duplicate_of = ? WHERE duplicate_of = ?", [copies[0], doc_id])
    return copies


def save_document(con: duckdb.DuckDBPyConnection, doc: Document, replace: bool = False) -> None:
    """Insert (or, with ``replace``, overwrite) a document and its sentences atomically."""
    with transaction(con):
        if replace:
            _delete(con, doc.id)
        row = DocumentRow(
            id=doc.id,
            source=doc.source,
            url=doc.url,
            title=doc.title,
            published=doc.published,
            published_how=doc.published_how,
            path=doc.path,
            format=doc.format,
            raw_text=doc.raw_text,
            clean_text=doc.clean_text,
            offset_map=doc.clean.dumps(),
            content_hash=doc.content_hash,
            duplicate_of=doc.duplicate_of,
            similarity=doc.similarity,
            minhash=doc.minhash,
            words=doc.words,
            encoding=doc.encoding,
        )
        insert_rows(con, "documents", [row])
        insert_rows(
            con,
            "sentences",
            [
                SentenceRow(
                    doc_id=doc.id,
                    idx=s.idx,
                    start=s.start,
                    end=s.end,
                    clean_start=s.clean_start,
                    clean_end=s.clean_end,
                    text=s.text,
                )
                for s in doc.sentences
            ],
        )


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert records into ``table``: every stored column of its record (``records.TABLES``), by name."""
    if not rows:
        return
    cols = table_columns(table)
    names = ", ".join(f'"{c}"' for c in cols)
    marks = ", ".join("?" for _ in cols)
    con.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", [[_value(r.get(c)) for c in cols] for r in rows])


def pending_analysis(con: duckdb.DuckDBPyConnection, pipeline: str, ids: Iterable[str] | None = None) -> list[str]:
    """Original (non-duplicate) documents with no stored NLP results from this ``pipeline`` version."""
    rows = con.execute(
        """SELECT d.id FROM documents d LEFT JOIN analyzed a ON a.doc_id = d.id
           WHERE (a.doc_id IS NULL OR a.pipeline IS DISTINCT FROM ?) AND d.duplicate_of IS NULL ORDER BY d.id""",
        [pipeline],
    ).fetchall()
    wanted = set(ids) if ids is not None else None
    return [r[0] for r in rows if wanted is None or r[0] in wanted]


def load_for_analysis(con: duckdb.DuckDBPyConnection, doc_id: str) -> dict[str, Any]:
    row = con.execute(
        "SELECT id, raw_text, clean_text, offset_map, published FROM documents WHERE id = ?", [doc_id]
    ).fetchone()
    if row is None:
        raise KeyError(f"no stored document {doc_id!r}")
    sentences = con.execute(
        'SELECT idx, start, "end", clean_start, clean_end FROM sentences WHERE doc_id = ? ORDER BY idx', [doc_id]
    ).fetchall()
    return {
        "id": row[0],
        "raw_text": row[1],
        "clean_text": row[2],
        "offset_map": row[3],
        "published": row[4].isoformat() if row[4] else None,
        "sentences": sentences,
    }


def save_analysis(con: duckdb.DuckDBPyConnection, doc_id: str, results: AnalysisRows, pipeline: str) -> None:
    """Replace a document's NLP results with ``results`` (table -> rows) and mark it analyzed."""
    with transaction(con):
        for table in DERIVED_TABLES:
            con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])
        for table, rows in cast(Mapping[str, Sequence[Mapping[str, Any]]], results).items():
            insert_rows(con, table, rows)
        con.execute("INSERT INTO analyzed (doc_id, pipeline) VALUES (?, ?)", [doc_id, pipeline])


def _value(v: Any) -> Any:
    return json.dumps(v) if isinstance(v, dict | list) else v
