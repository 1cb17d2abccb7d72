"""The system the seeds describe, computed end to end from the five real articles."""

from __future__ import annotations

from pathlib import Path

import duckdb

from detente.api import relations


def test_the_index_over_our_own_events_shows_the_three_dyads(seeds_store: Path) -> None:
    for dyad in ("USA-RUS", "USA-UKR", "RUS-UKR"):
        rows = relations.relations_index(seeds_store, dyad=dyad, freq="year")
        assert rows and sum(r["events"] for r in rows) > 0, dyad


def test_every_stored_event_slices_its_sentence_from_the_raw_text(seeds_store: Path) -> None:
    con = duckdb.connect(str(seeds_store), read_only=True)
    rows = con.execute(
        """SELECT d.raw_text, e.start, e."end", s.start, s."end", e.source, e.target, e.cameo, e.goldstein, e.quad
           FROM events e JOIN documents d ON d.id = e.doc_id
           JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence_idx"""
    ).fetchall()
    assert len(rows) > 20
    for raw, es, ee, ss, se, source, target, cameo, goldstein, quad in rows:
        assert (es, ee) == (ss, se) and raw[es:ee].strip()
        assert source[:3] != target[:3] and cameo[:2].isdigit() and goldstein is not None
        assert quad == (1 if int(cameo[:2]) <= 5 else 2 if int(cameo[:2]) <= 9 else 3 if int(cameo[:2]) <= 14 else 4)


def test_events_are_not_invented_for_commentary(seeds_store: Path) -> None:
    """The general commentary of seed 002's outlook section holds no actor-to-actor action."""
    con = duckdb.connect(str(seeds_store), read_only=True)
    texts = [r[0] for r in con.execute(
        """SELECT s.text FROM events e JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence_idx
           WHERE e.doc_id LIKE '002%'""").fetchall()]
    assert not any(t.startswith(("Looking ahead", "Experts emphasize", "While full normalization")) for t in texts)
