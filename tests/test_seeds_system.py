"""The system the seeds describe, computed end to end from the five real articles."""

from __future__ import annotations

from pathlib import Path

import duckdb

from detente.api import relations
from detente.reference.actors import distinct_actors


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
        # two countries, or two different actors of one country that are not both its state (a domestic event)
        assert distinct_actors(source, target) and cameo[:2].isdigit() and goldstein is not None
        assert quad == (1 if int(cameo[:2]) <= 5 else 2 if int(cameo[:2]) <= 9 else 3 if int(cameo[:2]) <= 14 else 4)


def test_events_are_not_invented_for_commentary(seeds_store: Path) -> None:
    """The general commentary of seed 002's outlook section holds no actor-to-actor action."""
    con = duckdb.connect(str(seeds_store), read_only=True)
    texts = [
        r[0]
        for r in con.execute(
            """SELECT s.text FROM events e JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence_idx
           WHERE e.doc_id LIKE '002%'"""
        ).fetchall()
    ]
    assert not any(t.startswith(("Looking ahead", "Experts emphasize", "While full normalization")) for t in texts)


def test_the_map_holds_the_sanctions_chain_with_its_sentences_and_a_scenario_moves_it(seeds_store: Path) -> None:
    from detente import api

    cmap = api.cognitive_map(seeds_store)
    label = {c.id: c.label for c in cmap.concepts}
    edges = {(label[e.source], label[e.target]): e for e in cmap.edges}
    first = edges[("sanctions", "trade diversification")]
    assert first.weight > 0 and first.claims[0]["sentence"] and first.claims[0]["doc_id"].startswith("000")
    onward = [(b, e) for (a, b), e in edges.items() if a == "trade diversification"]
    assert any("econom" in b and e.weight < 0 for b, e in onward)  # "limited impact on Russian economy"
    result = api.simulate(seeds_store, clamp={"economic sanctions": 1.0}, transfer="tanh")
    moved = {r["concept"]: r["difference"] for r in result["moved"]}
    assert result["clamp"] == {"sanctions": 1.0} and moved.get("trade diversification", 0) > 0
