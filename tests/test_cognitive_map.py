"""Concepts, cognitive maps, their exports and the strategy scenario, from hand-made causal-claim dicts."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest

from detente.analysis.cognitive_map import GRAPHML_NS, build_maps, claim_value, read_csv_map
from detente.analysis.concepts import build_concepts, load_lexicon, normalise_spans
from detente.scenario.fcm import simulate
from detente.scenario.strategies import strategy_scenario
from tests.conftest import claim_row


def _claim(cid: str, doc: str, cause: str, effect: str, polarity: str = "+", hedged: bool = False) -> dict:
    return claim_row(cid, doc, cause, effect, polarity, hedged, sentence_idx=int(cid[-1]), start=10, end=90)


CLAIMS = [
    _claim("a1", "d1", "economic sanctions", "Russia's economy", "-"),
    _claim("a2", "d1", "Russia's economy", "military spending", "+", hedged=True),
    _claim("b1", "d2", "US sanctions", "the economy of Russia", "-", hedged=True),
    _claim("b2", "d2", "military aid to Ukraine", "rising tensions", "+"),
    _claim("c1", "d3", "the lifting of sanctions", "tensions", "-"),
]
SOURCES = {"d1": "Reuters", "d2": "TASS", "d3": None}


@pytest.fixture(scope="module")
def nlp():
    """The bare English model: concepts only need its tagger, parser and lemmatizer (and tests here should
    not depend on the state of the other pipeline stages)."""
    from detente.nlp.model import cached_model

    return cached_model()


@pytest.fixture(scope="module")
def maps(nlp):
    return build_maps(CLAIMS, SOURCES, nlp=nlp, aggregate="mean-all")  # Kosko's mean: weights easy to check


def test_sanction_variants_become_one_concept(nlp) -> None:
    spans = ["economic sanctions", "US sanctions", "sanctions on Russia", "the sanctions from hell",
             "Economic Sanctions", "sanctions relief", "oil prices", "the price of oil"]  # fmt: skip
    index = build_concepts(spans, nlp=nlp)
    sanction = index.concept_of("sanctions on Russia")[0]
    assert sanction.label == "sanctions"
    assert {index.concept_of(s)[0].id for s in spans[:5]} == {sanction.id}
    # a noun compound changes the meaning: relief from sanctions is a different concept
    assert index.concept_of("sanctions relief")[0].id != sanction.id
    assert index.concept_of("oil prices")[0].id == index.concept_of("the price of oil")[0].id


def test_direction_words_are_stripped_and_recorded(nlp) -> None:
    forms = normalise_spans(["reduced tensions", "rising tensions", "a decline in public support",
                             "possibly higher energy prices"], nlp=nlp)  # fmt: skip
    assert forms["reduced tensions"].key == forms["rising tensions"].key == frozenset({"tension"})
    assert forms["reduced tensions"].direction == -1 and forms["rising tensions"].direction == 1
    # "support" names a variable only with its kind (round 25: public, domestic, Congressional support differ)
    assert forms["a decline in public support"].key == frozenset({"public", "support"})
    assert forms["a decline in public support"].direction == -1
    assert forms["possibly higher energy prices"].label == "energy prices"


def test_light_heads_give_way_to_what_they_frame(nlp) -> None:
    forms = normalise_spans(["the impact of diplomatic isolation", "the absence of dialogue",
                             "the imposition of new sanctions"], nlp=nlp)  # fmt: skip
    assert forms["the impact of diplomatic isolation"].key == frozenset({"isolation"})
    assert forms["the absence of dialogue"].key == frozenset({"dialogue"})
    assert forms["the absence of dialogue"].direction == -1
    assert forms["the imposition of new sanctions"].key == frozenset({"sanction"})
    assert forms["the imposition of new sanctions"].direction == 1


def test_user_merge_and_rename(nlp, tmp_path: Path) -> None:
    user = tmp_path / "concepts.yml"
    user.write_text(
        "merge:\n  western pressure: [sanctions, diplomatic isolation]\nrename:\n  tensions: tension level\n"
    )
    lexicon = load_lexicon(user)
    index = build_concepts(["US sanctions", "Russia's isolation", "rising tensions", "trade"], nlp=nlp,
                           lexicon=lexicon)  # fmt: skip
    assert index.concept_of("US sanctions")[0].label == "western pressure"
    assert index.concept_of("Russia's isolation")[0].label == "western pressure"
    assert index.concept_of("rising tensions")[0].label == "tension level"
    assert index.concept_of("trade")[0].label == "trade"
    with pytest.raises(ValueError, match="not found"):
        load_lexicon(tmp_path / "missing.yml")


def test_similarity_hook_merges_clusters(nlp) -> None:
    def same_topic(a: str, b: str) -> float:
        return 1.0 if {a, b} == {"feud", "quarrel"} else 0.0

    plain = build_concepts(["the feud", "the quarrel"], nlp=nlp)
    hooked = build_concepts(["the feud", "the quarrel"], nlp=nlp, similarity=same_topic)
    assert len(plain.concepts) == 2
    assert len(hooked.concepts) == 1
    assert hooked.concepts[0].merged[0]["how"] == "similarity"  # what was merged into what, and how


def test_claim_value_sign_and_strength() -> None:
    assert claim_value({"polarity": "+", "hedged": False}) == 1.0
    assert claim_value({"polarity": "-", "hedged": True}) == -0.5
    assert claim_value({"polarity": "-", "hedged": False}, cause_direction=-1) == 1.0
    with pytest.raises(ValueError, match="polarity"):
        claim_value({"claim_id": "x", "polarity": "?"})


def test_per_source_and_merged_weights(maps) -> None:
    assert set(maps.per_source) == {"Reuters", "TASS", "d3"}  # unknown source: the doc is its own
    reuters = maps.per_source["Reuters"]
    assert reuters.edge("sanctions", "economy").weight == -1.0
    assert maps.per_source["TASS"].edge("sanctions", "economy").weight == -0.5  # hedged
    merged = maps.merged
    e = merged.edge("sanctions", "economy")
    assert e.weight == pytest.approx((-1.0 - 0.5) / 3)  # Kosko mean over the 3 sources of the map
    assert e.sign == -1 and e.sources == ["Reuters", "TASS"]
    assert {c["claim_id"] for c in e.claims} == {"a1", "b1"}
    claim = next(c for c in e.claims if c["claim_id"] == "a1")
    assert (claim["doc_id"], claim["sentence_idx"], claim["start"], claim["end"]) == ("d1", 1, 10, 90)
    # "the lifting of sanctions" reduces tensions (-) => more sanctions, more tensions (+)
    assert merged.edge("sanctions", "tensions").weight == pytest.approx(1 / 3)
    asserting = build_maps(CLAIMS, SOURCES, concepts=maps.concepts, aggregate="mean-asserting")
    assert asserting.merged.edge("sanctions", "economy").weight == pytest.approx(-0.75)


def test_json_graphml_csv_exports_round_trip(maps, tmp_path: Path) -> None:
    merged = maps.merged
    data = json.loads(merged.write_json(tmp_path / "m.json").read_text())
    assert {"concepts", "edges"} <= set(data)
    edge = next(e for e in data["edges"] if e["from"] == "sanctions" and e["to"] == "economy")
    assert edge["sign"] == -1 and len(edge["claims"]) == 2

    root = ET.parse(merged.write_graphml(tmp_path / "m.graphml")).getroot()
    ns = {"g": GRAPHML_NS}
    assert len(root.findall(".//g:node", ns)) == len(merged.concepts)
    xml_edges = root.findall(".//g:edge", ns)
    assert len(xml_edges) == len(merged.edges)
    weights = {(e.get("source"), e.get("target")): float(e.find("g:data[@key='weight']", ns).text) for e in xml_edges}
    assert weights[("sanctions", "economy")] == pytest.approx(-0.5)

    back = read_csv_map(merged.write_csv(tmp_path / "m.csv"))
    w1, n1 = merged.to_matrix()
    w2, n2 = back.to_matrix()
    assert n1 == n2
    np.testing.assert_allclose(w1, w2, atol=1e-6)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (",a,b\na,0,1\n", "not square"),
        (",a,b\na,0,1\nc,0,0\n", "row and column names differ"),
        (",a,b\na,0,x\nb,0,0\n", "'x' is not a number"),
        (",a,b\na,0,2\nb,0,0\n", "outside"),
        (",a,a\na,0,0\na,0,0\n", "appears twice"),
        ("", "empty file"),
    ],
)
def test_read_csv_map_rejects_bad_files(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(text)
    with pytest.raises(ValueError, match=problem) as info:
        read_csv_map(path)
    assert str(path) in str(info.value)


def test_read_csv_map_reorders_rows_and_feeds_simulation(tmp_path: Path) -> None:
    path = tmp_path / "mm.csv"
    path.write_text(",x,y\ny,0,0\nx,,0.8\n")  # rows in another order, an empty cell
    cmap = read_csv_map(path)
    w, names = cmap.to_matrix()
    assert names == ["x", "y"] and w[0, 1] == 0.8 and w[1, 0] == 0.0
    r = simulate(w, names, clamp={"x": 1.0}, transfer="tanh")
    assert r.final["y"] == pytest.approx(np.tanh(0.8))


def test_strategy_scenario_uses_only_concepts_in_the_map(maps, nlp) -> None:
    results = {r["term"]: r for r in strategy_scenario(maps.merged, nlp=nlp)}
    assert set(results) == {"economic sanctions", "diplomatic isolation", "military aid"}
    iso = results["diplomatic isolation"]
    assert iso["found"] is False and "no concept" in iso["message"]
    sanctions = results["economic sanctions"]
    assert sanctions["found"] and sanctions["concept"] == "sanctions"
    moved = {m["concept"]: m["difference"] for m in sanctions["moved"]}
    assert moved["economy"] < 0 < moved["tensions"]
    assert sanctions["moved"][0]["concept"] == "economy"  # the strongest link moves most
    aid = results["military aid"]
    # canonical vocabulary (concepts.yml): "military aid to Ukraine" is the concept's label
    assert aid["concept"] == "military aid to Ukraine" and [m["concept"] for m in aid["moved"]] == ["tensions"]


def test_clause_length_spans_stay_off_the_map(nlp, tmp_path: Path) -> None:
    clause = "diversifying energy exports toward Chinese Indian Turkish and Gulf buyers"
    claims = [
        _claim("x1", "d1", "economic sanctions", "Russia's economy", "-"),
        _claim("x2", "d1", "economic sanctions", clause, "+"),
    ]
    maps = build_maps(claims, {"d1": "s1"}, nlp=nlp)
    assert [(e.source, e.target) for e in maps.merged.edges] == [("sanctions", "economy")]
    roomy = tmp_path / "concepts.yml"
    roomy.write_text("max_concept_words: 20\n", encoding="utf-8")
    assert len(build_maps(claims, {"d1": "s1"}, nlp=nlp, user_path=roomy).merged.edges) == 2
    bad = tmp_path / "bad.yml"
    bad.write_text("max_concept_words: many\n", encoding="utf-8")
    with pytest.raises(ValueError, match="max_concept_words"):
        load_lexicon(bad)
