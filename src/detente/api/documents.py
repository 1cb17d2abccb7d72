"""Read functions the dashboard, the REST API and the HTML report need beyond the other ``detente.api``
functions (maps, scenarios, relations and sources are in ``maps``, ``relations`` and ``sources``, which the
CLI calls too: the web layer keeps no helpers of its own for them).

Everything here is a thin, parameterised query over the store or a composition of analysis functions, so
the web layer holds no SQL of its own and the report shows the same numbers as the API. Highlights are
returned with both raw offsets (provenance: ``documents.raw_text``) and clean offsets (for display over
``documents.clean_text``), mapped through the stored offset map rather than guessed.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections import defaultdict
from typing import Any

import duckdb

from detente.analysis import events_query
from detente.analysis.relations_index import counted_rows_sql
from detente.ingest.offsets import MappedText
from detente.reference.records import table_columns
from detente.store.db import reads_store, scalar

_DOC_COLUMNS = ("id", "source", "url", "title", "published", "format", "words", "duplicate_of")


def _span_columns(table: str) -> str:
    """A table's columns for a document view: all but the document id (the caller knows it)."""
    return ", ".join(f'"{c}"' for c in table_columns(table) if c != "doc_id")


# an event highlight: the stored event without what only imported rows carry
_EVENT_SPAN = ", ".join(
    f'"{c}"'
    for c in table_columns("events")
    if c not in ("doc_id", "origin_fields", "url", "num_sources", "num_articles")
)


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else value


@reads_store
def list_documents(
    con: duckdb.DuckDBPyConnection, limit: int = 50, offset: int = 0, source: str | None = None
) -> dict[str, Any]:
    """One page of documents (metadata and counts, no text) and the total, for pagination."""
    where, params = ("WHERE lower(d.source) = lower(?)", [source]) if source else ("", [])
    total = scalar(con, f"SELECT count(*) FROM documents d {where}", params)
    rows = con.execute(
        f"""SELECT {", ".join("d." + c for c in _DOC_COLUMNS)},
                   (SELECT count(*) FROM events e WHERE e.doc_id = d.id) AS events,
                   (SELECT count(*) FROM causal_claims c WHERE c.doc_id = d.id) AS causal_claims,
                   (SELECT count(*) FROM framing_hits f WHERE f.doc_id = d.id) AS framing_hits
            FROM documents d {where} ORDER BY d.published DESC NULLS LAST, d.id LIMIT ? OFFSET ?""",
        [*params, max(0, int(limit)), max(0, int(offset))],
    ).fetchall()
    names = (*_DOC_COLUMNS, "events", "causal_claims", "framing_hits")
    items = [{k: _iso(v) for k, v in zip(names, r, strict=True)} for r in rows]
    return {"total": int(total), "limit": int(limit), "offset": int(offset), "items": items}


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [{k: _iso(v) for k, v in zip(names, r, strict=True)} for r in cur.fetchall()]


def _raw_to_clean(to_raw: list[int], raw: int | None) -> int | None:
    """The first clean offset whose raw offset is at or after ``raw`` (``to_raw`` never decreases)."""
    return None if raw is None else bisect_left(to_raw, raw)


@reads_store
def document(con: duckdb.DuckDBPyConnection, doc_id: str) -> dict[str, Any] | None:
    """A document with its clean text, sentences and every highlight span (None when unknown).

    ``highlights`` is one list of ``{kind, start, end, clean_start, clean_end, label, ...}`` with kind
    ``event``, ``mention``, ``causal`` or ``framing``; ``start``/``end`` are raw offsets, ``clean_*`` the
    same span in ``clean_text``.
    """
    row = con.execute(
        f"SELECT {', '.join(_DOC_COLUMNS)}, clean_text, offset_map, raw_text FROM documents WHERE id = ?",
        [doc_id],
    ).fetchone()
    if row is None:
        return None
    doc = {k: _iso(v) for k, v in zip(_DOC_COLUMNS, row[: len(_DOC_COLUMNS)], strict=True)}
    clean_text, offset_map, raw_text = row[len(_DOC_COLUMNS) :]
    to_raw = MappedText.loads(clean_text, offset_map).to_raw
    doc["clean_text"] = clean_text
    doc["raw_length"] = len(raw_text)
    doc["sentences"] = _rows(
        con, f"SELECT {_span_columns('sentences')} FROM sentences WHERE doc_id = ? ORDER BY idx", [doc_id]
    )
    spans: list[dict[str, Any]] = []
    for e in _rows(con, f"SELECT {_EVENT_SPAN} FROM events WHERE doc_id = ? ORDER BY start", [doc_id]):
        label = f"{e['source'] or '?'} → {e['target'] or '?'} {e['cameo'] or ''} {e['plover'] or ''}".strip()
        spans.append({"kind": "event", "label": label, **e})
    for m in _rows(con, f"SELECT {_span_columns('mentions')} FROM mentions WHERE doc_id = ? ORDER BY start", [doc_id]):
        spans.append({"kind": "mention", "label": m["actor_code"], **m})
    for c in _rows(
        con, f"SELECT {_span_columns('causal_claims')} FROM causal_claims WHERE doc_id = ? ORDER BY start", [doc_id]
    ):
        for part in ("cause", "effect"):
            c[f"clean_{part}_start"] = _raw_to_clean(to_raw, c[f"{part}_start"])
            c[f"clean_{part}_end"] = _raw_to_clean(to_raw, c[f"{part}_end"])
        spans.append({"kind": "causal", "label": f"{c['cause']} ⇒ ({c['polarity']}) {c['effect']}", **c})
    for f in _rows(
        con, f"SELECT {_span_columns('framing_hits')} FROM framing_hits WHERE doc_id = ? ORDER BY start", [doc_id]
    ):
        spans.append({"kind": "framing", "label": f["narrative"] or f["technique"] or "framing", **f})
    for s in spans:
        s["clean_start"] = _raw_to_clean(to_raw, s.get("start"))
        s["clean_end"] = _raw_to_clean(to_raw, s.get("end"))
    doc["highlights"] = spans
    return doc


@reads_store
def events_by_ids(con: duckdb.DuckDBPyConnection, ids: list[str]) -> list[dict[str, Any]]:
    """Events (with sentence and document) for the given ids, in the order given: the evidence of a number."""
    if not ids:
        return []
    rows = _rows(
        con,
        f"SELECT {events_query.LISTING_SQL} WHERE list_contains(?::VARCHAR[], e.event_id)",
        [ids],
    )
    order = {i: n for n, i in enumerate(ids)}
    return sorted(rows, key=lambda r: order.get(r["event_id"], len(order)))


@reads_store
def actor_network(
    con: duckdb.DuckDBPyConnection, actor: str | None = None, top: int = 60, include_negated: bool = False
) -> dict[str, Any]:
    """Who acts on whom: directed edges (source → target actor code) with event counts and mean Goldstein.

    Negated and hypothetical events are left out (they did not happen) unless ``include_negated``;
    ``actor`` keeps only edges touching codes starting with it. The ``top`` heaviest edges are returned.
    An edge's ``events`` counts as the relations index does: a document's mentions of one event once.
    """
    clauses = ["source IS NOT NULL", "target IS NOT NULL", "source <> target"]
    params: list[Any] = []
    if not include_negated:
        clauses.append("NOT coalesce(negated, false) AND NOT coalesce(hypothetical, false)")
    if actor:
        clauses.append("(starts_with(source, ?) OR starts_with(target, ?))")
        params += [actor.strip().upper()] * 2
    columns = {"source": ("any_value", "source"), "target": ("any_value", "target"), "goldstein": ("avg", "goldstein")}
    counted = counted_rows_sql(columns, " AND ".join(clauses))
    rows = con.execute(
        f"""SELECT source, target, count(*) AS events, avg(goldstein) AS goldstein_mean
            FROM {counted} GROUP BY 1, 2 ORDER BY events DESC, 1, 2 LIMIT ?""",
        [*params, *params, max(0, int(top))],
    ).fetchall()
    edges = [
        # rounded: DuckDB's parallel mean of the per-event means may differ in the last bit between runs
        {"source": s, "target": t, "events": int(n), "goldstein_mean": None if g is None else round(float(g), 6)}
        for s, t, n, g in rows
    ]
    weight: dict[str, int] = defaultdict(int)
    for e in edges:
        weight[e["source"]] += e["events"]
        weight[e["target"]] += e["events"]
    nodes = [{"id": k, "events": v} for k, v in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))]
    return {"nodes": nodes, "edges": edges}


@reads_store
def sources_overview(con: duckdb.DuckDBPyConnection, actors: list[str] | None = None) -> list[dict[str, Any]]:
    """Per document source: documents, stance toward each actor and the framing profile.

    Documents without a source are grouped under their own id (as ``stance_by_source`` does)."""
    from detente.analysis.framing_profile import framing_profile
    from detente.analysis.stance import stance_by_source

    stances: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in stance_by_source(con, actors=actors):
        stances[r["source"]].append(r)
    out: list[dict[str, Any]] = []
    docs = con.execute("SELECT id, source FROM documents ORDER BY coalesce(source, id), id").fetchall()
    for doc_id, src in docs:
        key = src or doc_id
        if out and out[-1]["source"] == key:
            out[-1]["documents"].append(doc_id)
            continue
        profile = framing_profile(con, source=src) if src else framing_profile(con, doc_id=doc_id)
        out.append(
            {
                "source": key,
                "named": src is not None,
                "documents": [doc_id],
                "stance": stances.get(key, []),
                "framing": profile,
            }
        )
    return out


@reads_store
def claim_ledger(con: duckdb.DuckDBPyConnection, status: str | None = None) -> list[dict[str, Any]]:
    """The claim ledger of :func:`detente.analysis.claims.claims` (members with document and offsets)."""
    from detente.analysis.claims import claims

    return claims(con, status=status)
