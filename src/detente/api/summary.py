"""The short summary ``detente analyze`` prints: what was found, in a few tables."""

from __future__ import annotations

from typing import Any

from detente.analysis import events_query
from detente.analysis.relations_index import relations_index
from detente.store.db import Store, opened, table_counts


def summary_data(db: Store = None, limit: int = 15, dyad: str = "USA-RUS") -> dict[str, Any]:
    """Counts, the most mentioned actors, the coded events with their sentences, and the dyad's index."""
    with opened(db, read_only=True) as con:
        counts = table_counts(con, ("documents", "sentences", "mentions", "events", "causal_claims", "framing_hits"))
        actors = con.execute(
            "SELECT actor_code, count(*) FROM mentions GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?", [limit]
        ).fetchall()
        cur = con.execute(
            f"SELECT {events_query.LISTING_SQL} WHERE e.origin = 'text' ORDER BY e.doc_id, e.sentence_idx LIMIT ?",
            [limit * 4],
        )
        names = [d[0] for d in cur.description]
        events = [{"doc": row["doc_id"], **row} for row in (dict(zip(names, r, strict=True)) for r in cur.fetchall())]
        return {
            "counts": counts,
            "actors": [{"actor": a, "mentions": n} for a, n in actors],
            "events": events,
            "dyad": dyad,
            "index": relations_index(con, dyad=dyad, freq="month"),
        }
