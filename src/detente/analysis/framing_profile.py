"""Framing profile: how much of each narrative and persuasion technique a document (or a source) uses.

Counts are normalised per 1,000 words so a long article is not "more Kremlin" merely for being long, and
every count lists the exact phrases, so a reader can check the evidence rather than trust a number.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

import duckdb


def _bucket(counter: Counter[str], phrases: Mapping[str, Counter[str]], words: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, count in counter.most_common():
        out[name] = {
            "count": count,
            "per_1000": round(1000.0 * count / words, 2) if words else None,
            "phrases": [{"phrase": p, "count": c} for p, c in phrases[name].most_common()],
        }
    return out


def profile_from_hits(hits: Iterable[Mapping[str, Any]], words: int) -> dict[str, Any]:
    """Profile of framing hits (``doc._.framing`` dicts or ``framing_hits`` rows) over ``words`` words."""
    narratives: Counter[str] = Counter()
    techniques: Counter[str] = Counter()
    n_phrases: dict[str, Counter[str]] = {}
    t_phrases: dict[str, Counter[str]] = {}
    total = 0
    for hit in hits:
        total += 1
        phrase = " ".join(str(hit.get("phrase") or "").split())  # "collective Western  x" -> one space
        if hit.get("narrative"):
            narratives[hit["narrative"]] += 1
            n_phrases.setdefault(hit["narrative"], Counter())[phrase] += 1
        if hit.get("technique"):
            techniques[hit["technique"]] += 1
            t_phrases.setdefault(hit["technique"], Counter())[phrase] += 1
    dominant = narratives.most_common(1)[0][0] if narratives else None
    return {
        "words": words,
        "hits": total,
        "per_1000": round(1000.0 * total / words, 2) if words else None,
        "dominant_narrative": dominant,
        "narratives": _bucket(narratives, n_phrases, words),
        "techniques": _bucket(techniques, t_phrases, words),
    }


def _words(con: duckdb.DuckDBPyConnection, where: str, param: str) -> int:
    row = con.execute(
        f"SELECT sum(coalesce(words, len(string_split(trim(clean_text), ' ')))) FROM documents "
        f"WHERE duplicate_of IS NULL AND {where}",  # duplicates are not analyzed: their words would dilute rates
        [param],
    ).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def framing_profile(
    con: duckdb.DuckDBPyConnection, doc_id: str | None = None, source: str | None = None
) -> dict[str, Any]:
    """Profile of one document (``doc_id``) or of all documents of one ``source`` from the store."""
    if (doc_id is None) == (source is None):
        raise ValueError("give exactly one of doc_id or source")
    if doc_id is not None:
        where, param = "id = ?", doc_id
        rows = con.execute(
            'SELECT phrase, narrative, technique, start, "end" FROM framing_hits WHERE doc_id = ? ORDER BY start',
            [doc_id],
        ).fetchall()
    else:
        where, param = "source = ?", str(source)
        rows = con.execute(
            'SELECT f.phrase, f.narrative, f.technique, f.start, f."end" FROM framing_hits f '
            "JOIN documents d ON d.id = f.doc_id WHERE d.source = ? ORDER BY f.doc_id, f.start",
            [source],
        ).fetchall()
    hits = [dict(zip(("phrase", "narrative", "technique", "start", "end"), r, strict=True)) for r in rows]
    profile = profile_from_hits(hits, _words(con, where, param))
    profile.update({"doc_id": doc_id, "source": source})
    return profile


def framing_profiles(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Profiles of every document in the store, ordered by id."""
    ids = [r[0] for r in con.execute("SELECT id FROM documents ORDER BY id").fetchall()]
    return [framing_profile(con, doc_id=i) for i in ids]
