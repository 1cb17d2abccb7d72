"""Stance, the claim ledger, compare and framing profiles over real DuckDB stores.

Two kinds of store: a small one whose rows the tests write themselves (so each behaviour is pinned down
exactly), and the five seed articles run through ingest and the full pipeline.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import pytest

from detente.analysis.claims import claims
from detente.analysis.compare import compare
from detente.analysis.framing_profile import framing_profile
from detente.analysis.stance import stance, stance_by_source
from detente.reference.actors import country_of as country
from detente.store.db import connect
from tests.conftest import need_shared
from tests.stance_store import add_doc

# --- a hand-built store ------------------------------------------------------------------------------

_ALIASES = {"Russia": "RUS", "Moscow": "RUSGOV", "Ukraine": "UKR", "Washington": "USAGOV", "Kyiv": "UKRGOV"}


def _add_doc(
    con: duckdb.DuckDBPyConnection, doc_id: str, source: str, sentences: list[str], duplicate_of: str | None = None
) -> None:
    add_doc(
        con,
        doc_id,
        sentences,
        {name: (code, "name") for name, code in _ALIASES.items()},
        source=source,
        duplicate_of=duplicate_of,
    )


def _add_event(
    con: duckdb.DuckDBPyConnection,
    doc_id: str,
    idx: int,
    src: str,
    tgt: str,
    cameo: str,
    goldstein: float,
    negated: bool = False,
) -> None:
    con.execute(
        'INSERT INTO events (event_id, doc_id, sentence_idx, start, "end", source, target, cameo, goldstein, '
        "negated, origin, trigger) VALUES (?, ?, ?, 0, 1, ?, ?, ?, ?, ?, 'text', 'x')",
        [f"{doc_id}#{idx}#{cameo}", doc_id, idx, src, tgt, cameo, goldstein, negated],
    )


@pytest.fixture()
def small(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    con = connect(tmp_path / "small.duckdb")
    _add_doc(
        con,
        "a1",
        "Alpha",
        [
            "Russia's aggression against Ukraine continues unabated.",
            "The New START treaty expires in February 2026 without a replacement.",
            "Washington began to align more closely with Moscow this year.",
        ],
    )
    _add_doc(
        con,
        "b1",
        "Beta",
        [
            "Russia's remarkable resilience impressed many observers.",
            "Negotiators warned the New START treaty expires in February 2026.",
            "The relationship between Washington and Moscow has unraveled.",
        ],
    )
    _add_doc(
        con,
        "a2",
        "Alpha copy",
        [
            "Russia's aggression against Ukraine continues unabated.",
            "The New START treaty expires in February 2026 without a replacement.",
            "Some 40% of the budget went to the new bridge project in 2024.",
        ],
        duplicate_of="a1",
    )
    _add_doc(con, "c1", "Gamma", ["Some 40% of the budget went to the new bridge project in 2024."])
    _add_event(con, "a1", 0, "RUS", "UKR", "19", -10.0)
    con.execute(
        "INSERT INTO framing_hits VALUES ('a1', 0, 0, 21, 'Russia''s aggression', 'western_hawkish', "
        "'loaded_language', 'n'), ('b1', 0, 0, 6, 'vassals', 'kremlin', 'name_calling', 'n')"
    )
    yield con
    con.close()


def _one(rows: list[dict[str, Any]], **where: Any) -> dict[str, Any]:
    found = [r for r in rows if all(r.get(k) == v for k, v in where.items())]
    assert len(found) == 1, (where, rows)
    return found[0]


def test_country_level_codes() -> None:
    assert country("USAGOV") == "USA" and country("RUSMIL") == "RUS"
    assert country("NATO") == "NATO" and country("EU") == "EU"


def test_stance_is_target_dependent(small: duckdb.DuckDBPyConnection) -> None:
    rows = stance(small, actors=["RUS", "UKR"])
    rus_a = _one(rows, doc_id="a1", actor="RUS")
    rus_b = _one(rows, doc_id="b1", actor="RUS")
    assert -1.0 <= rus_a["score"] < -0.3  # aggression (lexicon) + conflict event + hawkish framing
    assert rus_b["score"] > 0.1  # resilience + Kremlin marker
    reasons = " ".join(r for t in rus_a["top"] for r in t["reasons"])
    assert "aggression" in reasons and "goldstein -10" in reasons
    assert rus_a["top"][0]["text"].startswith("Russia's aggression")
    assert len(rus_a["top"]) <= 3
    # Ukraine is the patient of the aggression: no lexicon penalty; the conflict event is its only minus
    ukr = _one(rows, doc_id="a1", actor="UKR")
    assert ukr["score"] > rus_a["score"]
    assert not any(r.startswith("'aggression'") for t in ukr["top"] for r in t["reasons"])


def test_stance_by_source(small: duckdb.DuckDBPyConnection) -> None:
    rows = stance_by_source(small, actors=["RUS"])
    alpha, beta = _one(rows, source="Alpha"), _one(rows, source="Beta")
    assert alpha["score"] < 0 < beta["score"]
    assert all(t["doc_id"] == "a1" for t in alpha["top"])


def test_claim_ledger_statuses(small: duckdb.DuckDBPyConnection) -> None:
    ledger = claims(small)
    start = [c for c in ledger if any("New START" in (m["text"] or "") for m in c["members"])]
    assert len(start) == 1
    assert start[0]["status"] == "corroborated"
    assert {"a1", "b1"} <= set(start[0]["documents"]) and {"Alpha", "Beta"} <= set(start[0]["sources"])
    for m in start[0]["members"]:
        assert m["start"] is not None and m["end"] > m["start"]
    # the same sentence in a near-duplicate and one more document: a2 counts as a1, so c1 + a2 = 2 roots
    bridge = next(c for c in ledger if "bridge" in c["label"])
    assert bridge["independent_documents"] == 2 and bridge["status"] == "corroborated"
    relation = next(c for c in ledger if c["kind"] == "relation" and c["actors"] == ["RUS", "USA"])
    assert relation["status"] == "contested"
    pols = {m["doc_id"]: m["polarity"] for m in relation["members"]}
    assert pols == {"a1": "+", "b1": "-"}
    assert [c["claim_id"] for c in claims(small, status="contested")] == [relation["claim_id"]]
    with pytest.raises(ValueError):
        claims(small, status="maybe")


def test_near_duplicates_are_not_independent(small: duckdb.DuckDBPyConnection) -> None:
    small.execute("DELETE FROM documents WHERE id IN ('b1', 'c1')")
    small.execute("DELETE FROM sentences WHERE doc_id IN ('b1', 'c1')")
    start = next(c for c in claims(small) if "New START" in c["label"])
    assert start["documents"] == ["a1", "a2"] and start["status"] == "single"


def test_negated_event_contests(small: duckdb.DuckDBPyConnection) -> None:
    _add_event(small, "a1", 2, "USA", "RUS", "03", 4.0)
    _add_event(small, "b1", 2, "USA", "RUS", "03", 4.0, negated=True)
    contested = claims(small, status="contested")
    assert any("negated" in c["why"] for c in contested)


def test_compare_sources(small: duckdb.DuckDBPyConnection) -> None:
    out = compare(small, "Alpha", "Beta")
    assert out["a"]["documents"] == ["a1"] and out["b"]["by"] == "source"
    assert any("New START" in c["label"] for c in out["shared_claims"])
    contested = out["contested_claims"]
    assert contested and contested[0]["a_quotes"][0]["polarity"] == "+"
    assert contested[0]["b_quotes"][0]["polarity"] == "-"
    rus = next(s for s in out["stance"] if s["actor"] == "RUS")
    assert rus["difference"] < 0 and rus["a"]["quotes"]
    narratives = {f["narrative"]: f for f in out["framing"]["narratives"]}
    assert narratives["kremlin"]["b_phrases"] == ["vassals"] and narratives["kremlin"]["a_per_1000"] == 0.0
    with pytest.raises(KeyError):
        compare(small, "Alpha", "nobody")


def test_framing_profile_from_store(small: duckdb.DuckDBPyConnection) -> None:
    p = framing_profile(small, doc_id="b1")
    assert p["dominant_narrative"] == "kremlin"
    words = small.execute("SELECT words FROM documents WHERE id = 'b1'").fetchone()[0]
    assert p["narratives"]["kremlin"]["per_1000"] == round(1000 / words, 2)
    assert framing_profile(small, source="Alpha")["narratives"]["western_hawkish"]["count"] == 1


# --- the five seeds through ingest and the full pipeline ------------------------------------------


@pytest.fixture(scope="module")
def seed_store(seeds_store: Path) -> duckdb.DuckDBPyConnection:
    """The session's analyzed seeds (conftest), read-only: these tests only read them."""
    con = connect(seeds_store, read_only=True)
    assert con.execute("SELECT count(*) FROM mentions").fetchone()[0], "the seeds have actor mentions"
    yield con
    con.close()


def _doc(con: duckdb.DuckDBPyConnection, prefix: str) -> str:
    return con.execute("SELECT id FROM documents WHERE id LIKE ?", [f"{prefix}%"]).fetchone()[0]


def test_seed_alignment_claim_is_contested(seed_store: duckdb.DuckDBPyConnection) -> None:
    d0, d3, d4 = (_doc(seed_store, p) for p in ("000", "003", "004"))
    rel = next(
        c for c in claims(seed_store, status="contested") if c["kind"] == "relation" and c["actors"] == ["RUS", "USA"]
    )
    by_doc: dict[str, set[str]] = {}
    for m in rel["members"]:
        by_doc.setdefault(m["doc_id"], set()).add(m["polarity"])
    assert "+" in by_doc[d3] and "-" in by_doc[d4] and "-" in by_doc[d0]
    align = [m for m in rel["members"] if m["doc_id"] == d3 and "align more closely" in m["text"]]
    assert align and align[0]["polarity"] == "+"
    raw = seed_store.execute("SELECT raw_text FROM documents WHERE id = ?", [d4]).fetchone()[0]
    unravel = next(m for m in rel["members"] if m["doc_id"] == d4 and "unraveled" in m["text"])
    assert "unraveled" in raw[unravel["start"] : unravel["end"]]


def test_seed_new_start_claim(seed_store: duckdb.DuckDBPyConnection) -> None:
    d1 = _doc(seed_store, "001")
    found = [
        c
        for c in claims(seed_store)
        if "statement" in c["kind"] and any("New START expires in 2026" in (m["text"] or "") for m in c["members"])
    ]
    assert len(found) == 1  # the dated statement (its causal reading is a separate causal claim)
    assert found[0]["status"] in ("single", "corroborated") and d1 in found[0]["documents"]
    assert found[0]["sources"]


def test_seed_stance_and_profile(seed_store: duckdb.DuckDBPyConnection) -> None:
    d3, d4 = _doc(seed_store, "003"), _doc(seed_store, "004")
    rows = stance(seed_store, actors=["RUS"])
    assert _one(rows, doc_id=d3, actor="RUS")["score"] > 0 > _one(rows, doc_id=d4, actor="RUS")["score"]
    profile = framing_profile(seed_store, doc_id=d3)
    assert profile["dominant_narrative"] == "kremlin"
    phrases = {p["phrase"] for p in profile["narratives"]["kremlin"]["phrases"]}
    assert {"Kyiv regime", "Special Military Operation", "vassals", "neo-Nazi"} <= phrases


def test_seed_stance_toward_russia_ranks_like_the_hand_coded_gold(seed_store: duckdb.DuckDBPyConnection) -> None:
    """Each sentence's lexicon evidence counts for its own document: the five seeds' stance toward RUS ranks
    as the hand-coded stance does (Spearman 0.89 when the evidence lands where it was found; a lost sentence
    key scattered it onto one document and gave 0.22). Session 18 lowered the floor to 0.6: since
    session 18 codes seed 001's "brought them together as uneasy allies" (USA <-> RUS 062, a gold event), that
    cooperation lifts 001's lean toward RUS from -0.071 to -0.018, past seed 002's -0.065, and rho is 0.67; the
    scattered-evidence regression this test guards against stays far below (0.22). Session 19 (guards1): the
    lexicon walk stops at the sentence root, so 001 no longer reads "shatter US credibility" as said of Russia
    (-0.094) and rho is 0.89 again, so the floor is back at 0.8."""
    from scipy.stats import spearmanr

    gold = [json.loads(line) for line in need_shared("gold", "docs.jsonl").read_text(encoding="utf-8").splitlines()]
    scores = {r["doc_id"]: r["score"] for r in stance(seed_store, actors=["RUS"]) if r["actor"] == "RUS"}
    pairs = [(g["stance_toward_RUS"], scores[_doc(seed_store, g["id"][:3])]) for g in gold]
    rho = spearmanr([g for g, _ in pairs], [p for _, p in pairs]).statistic
    assert rho >= 0.8, pairs


# --- small texts through ingest and the full pipeline (round 2: time, paraphrase, numbers, independence) ---


def _built(tmp: Path, nlp, records: list[dict[str, Any]]) -> duckdb.DuckDBPyConnection:
    from detente.api.ingest import analyze_stored, ingest

    path = tmp / "docs.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    con = connect(tmp / "built.duckdb")
    ingest([path], db=con)
    analyze_stored(con, nlp=nlp)
    return con


_SUMMIT = "A planned summit between President Donald Trump and President Vladimir Putin in Hungary"
_BUILT_RECORDS: list[dict[str, Any]] = [
    {
        "id": "s1",
        "url": "https://www.alpha-news.com/a/1",
        "text": f"{_SUMMIT} has been postponed indefinitely, officials confirmed on Tuesday.",
    },
    {
        "id": "s2",
        "url": "https://beta.org/story",
        "text": f"{_SUMMIT} was put on hold, the White House said on Tuesday.",
    },
    {
        "id": "s3",
        "url": "https://alpha-news.com/b/2",
        "text": "Budget talks stalled. Officials said on Tuesday that the Hungary summit planned between "
        "Donald Trump and Vladimir Putin had been delayed, with no new date.",
    },
    {
        "id": "m1",
        "url": "https://gamma.net/x",
        "text": "Congress approved over $118 billion in military aid to Ukraine since the war began.",
    },
    {
        "id": "m2",
        "url": "https://delta.net/y",
        "text": "Kyiv has received $175 billion in military aid from Congress, lawmakers noted in a long "
        "hearing on the war.",
    },
    {
        "id": "t1",
        "url": "https://epsilon.com/p",
        "text": "In 2009 the relationship between Washington and Moscow improved ties after the reset.",
    },
    {
        "id": "t2",
        "url": "https://zeta.com/q",
        "text": "In 2014 the relationship between Washington and Moscow deteriorated sharply over Crimea.",
    },
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, nlp) -> duckdb.DuckDBPyConnection:
    con = _built(tmp_path_factory.mktemp("built"), nlp, _BUILT_RECORDS)
    yield con
    con.close()


def test_paraphrases_cluster_and_same_site_is_not_independent(built: duckdb.DuckDBPyConnection) -> None:
    summit = [c for c in claims(built) if {"s1", "s2"} <= set(c["documents"])]
    assert len(summit) == 1, [c["label"] for c in claims(built)]
    claim = summit[0]
    assert set(claim["documents"]) == {"s1", "s2", "s3"}  # "postponed", "put on hold", "delayed"
    assert claim["status"] == "corroborated"
    assert claim["independent_documents"] == 2  # s1 and s3 are both alpha-news.com
    for m in claim["members"]:
        raw = built.execute("SELECT raw_text FROM documents WHERE id = ?", [m["doc_id"]]).fetchone()[0]
        assert "summit" in raw[m["start"] : m["end"]]


def test_incompatible_amounts_contest(built: duckdb.DuckDBPyConnection) -> None:
    aid = [
        c
        for c in claims(built)
        if "m1" in c["documents"] and "statement" in c["kind"] or "m1" in c["documents"] and "event" in c["kind"]
    ]
    assert len(aid) == 1 and set(aid[0]["documents"]) == {"m1", "m2"}
    assert aid[0]["status"] == "contested" and "$" in aid[0]["why"]
    assert "118000000000" in aid[0]["why"].replace(".0", "") and "$118 billion" in aid[0]["members"][0]["text"]


@pytest.mark.parametrize(
    "ids", [("a.txt", "b.txt"), ("wire.jsonl:1", "wire.jsonl:2"), ("upload:0a1b/x: y.txt", "feeds/2025/vs: z.txt")]
)
def test_contested_whatever_the_document_ids_contain(tmp_path: Path, nlp, ids: tuple[str, str]) -> None:
    # the conflict used to travel as "a vs b: why" and be split on ':', so ids holding ':' lost it
    renamed = {"m1": ids[0], "m2": ids[1]}
    con = _built(tmp_path, nlp, [{**r, "id": renamed.get(r["id"], r["id"])} for r in _BUILT_RECORDS])
    try:
        aid = [c for c in claims(con) if set(c["documents"]) == set(ids)]
        assert len(aid) == 1 and aid[0]["status"] == "contested", claims(con)
        assert f"{ids[0]} vs {ids[1]}" in aid[0]["why"] or f"{ids[1]} vs {ids[0]}" in aid[0]["why"]
    finally:
        con.close()


def test_relation_claims_of_different_years_do_not_contest(built: duckdb.DuckDBPyConnection) -> None:
    rel = [c for c in claims(built) if c["kind"] == "relation" and {"t1", "t2"} & set(c["documents"])]
    assert rel and all(c["status"] != "contested" for c in rel)
    both = [c for c in rel if {"t1", "t2"} <= set(c["documents"])]
    assert both and "different periods" in both[0]["why"]
    periods = {m["doc_id"]: m["period"] for m in both[0]["members"]}
    assert periods == {"t1": [2009], "t2": [2014]}


def test_compare_by_site_quotes_both_sides(built: duckdb.DuckDBPyConnection) -> None:
    out = compare(built, "alpha-news.com", "beta.org")
    # with no source given, ingest takes the URL host as the source, so the site resolves either way
    assert out["a"]["by"] in ("source", "site") and out["a"]["documents"] == ["s1", "s3"]
    shared = [c for c in out["shared_claims"] if "summit" in c["label"]]
    assert shared and shared[0]["a_quotes"] and shared[0]["b_quotes"]
    assert "put on hold" in shared[0]["b_quotes"][0]["text"]
    with pytest.raises(ValueError):
        compare(built, "alpha-news.com", "nowhere.example")


def test_stance_saturates_with_evidence(small: duckdb.DuckDBPyConnection) -> None:
    """A one-sided document lands clearly below zero: score = S / (A + shrink), not a mean over sentences."""
    rows = stance(small, actors=["RUS"])
    rus = _one(rows, doc_id="a1", actor="RUS")
    assert rus["score"] < -0.35 and rus["label"] == "negative"  # one sentence, -1: -1 / (1 + 1.5)
    assert _one(rows, doc_id="b1", actor="RUS")["label"] == "positive"
