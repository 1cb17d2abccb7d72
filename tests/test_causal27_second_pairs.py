"""Round 30 of issue 13 (docs/causal.md): second cause/effect pairs, and why the span tagger does not propose them.

The round measured (``benchmarks/causal_second_pairs.py``) two ways of reading further pairs from the span tagger:
several runs of its per-piece probabilities, each cause run paired with the nearest effect run, and a tagger told the
sentence's first claim. Neither raised CNC pair F1 (too few of their pairs are right), so the component is unchanged:
a sentence's second pair still comes from the rules (two markers, a relative clause's chain, a purpose) and never from
a second run of the tagger. These tests hold both halves: what the rules give for constructed multi-pair sentences, and
the benchmark's run decoder, so the counts in BENCHMARKS.md stay what its helpers compute.

Sentences are made up for the test; probabilities are given, not scored.
"""

from __future__ import annotations

from typing import Any

import pytest
from benchmarks.causal_second_pairs import further, positive_runs, run_candidates
from spacy.language import Language

from tests.conftest import claims_at

CHAIN = "The drought led to crop failures, which caused a sharp rise in food prices."
TWO_MARKERS = "Fuel prices rose because of the sanctions, and the higher prices triggered protests in the capital."
TWO_AGENTS = "The strike was caused by low wages and by the closure of the plant."
TWO_CLAUSES = "The storm flooded the roads, and the closures delayed the harvest."


def _pairs(linear_causal: Language, text: str, reading: dict[str, Any] | None = None) -> list[tuple[str, str]]:
    return [(c["cause"], c["effect"]) for c in claims_at(linear_causal, text, 0.9, reading)]


def _pieces(text: str, causes: list[str], effects: list[str]) -> list[tuple[int, int, float, float]]:
    """One piece per word: cause score 4 inside a ``causes`` phrase, effect score 4 inside an ``effects`` one, -4
    elsewhere (what ``causal_spans.piece_scores`` gives a sure tagger)."""
    marked: dict[int, int] = {}
    for role, phrases in ((0, causes), (1, effects)):
        for phrase in phrases:
            at = text.index(phrase)
            marked.update({k: role for k in range(at, at + len(phrase))})
    out: list[tuple[int, int, float, float]] = []
    end = 0
    for word in text.split():
        start = text.index(word, end)
        end = start + len(word)
        mark = marked.get(start)
        out.append((start, end, 4.0 if mark == 0 else -4.0, 4.0 if mark == 1 else -4.0))
    return out


def test_a_chain_gives_both_links(linear_causal: Language) -> None:
    pairs = _pairs(linear_causal, CHAIN)
    assert pairs[0][0] == "The drought" and pairs[0][1].startswith("crop failures")
    assert any(c.endswith("crop failures") and e == "a sharp rise in food prices" for c, e in pairs), pairs


def test_two_markers_give_two_pairs(linear_causal: Language) -> None:
    assert _pairs(linear_causal, TWO_MARKERS) == [
        ("the sanctions", "Fuel prices rose"),
        ("the higher prices", "protests in the capital"),  # the verb phrase, as CNC marks it (round 33)
    ]


def test_a_second_tagger_run_makes_no_claim(linear_causal: Language) -> None:
    """A reading whose pieces hold a second cause run and effect run ("low wages" beside "the closure of the plant")
    adds no pair: the runs were measured, not shipped. The second agent of "by X and by Y" joins the first in one
    cause, as CNC annotates a repeated marker (round 32; round 30 found it unclaimed)."""
    reading = {"pieces": _pieces(TWO_AGENTS, ["low wages", "the closure of the plant"], ["The strike"])}
    assert (
        _pairs(linear_causal, TWO_AGENTS, reading)
        == _pairs(linear_causal, TWO_AGENTS)
        == [("low wages and by the closure of the plant", "The strike")]
    )


def test_runs_are_split_by_a_gap_and_joined_across_a_dip() -> None:
    text = TWO_CLAUSES
    pieces = _pieces(text, ["The storm", "the closures"], ["flooded the roads,", "delayed the harvest."])
    causes = positive_runs(pieces, 0, text)
    assert [text[a:b] for a, b, _ in causes] == ["The storm", "the closures"]
    # one piece under zero inside a run ("the" read as outside) does not split it
    dipped = [(a, b, c, -1.0 if text[a:b] == "the" and a > 30 else e) for a, b, c, e in pieces]
    assert [text[a:b] for a, b, _ in positive_runs(dipped, 1, text)] == ["flooded the roads,", "delayed the harvest."]
    assert [text[a:b] for a, b, _ in positive_runs(dipped, 1, text, gap=0)] == [
        "flooded the roads,",
        "delayed",
        "harvest.",
    ]


def test_each_cause_run_takes_the_nearest_effect_run() -> None:
    text = TWO_CLAUSES
    pieces = _pieces(text, ["The storm", "the closures"], ["flooded the roads,", "delayed the harvest."])
    found = [
        (text[c["cause_start"] : c["cause_end"]], text[c["effect_start"] : c["effect_end"]])
        for c in run_candidates(pieces, text)
    ]
    assert found == [("The storm", "flooded the roads,"), ("the closures", "delayed the harvest.")]
    # no effect run at all: no candidate
    assert run_candidates(_pieces(text, ["The storm"], []), text) == []


def _span_pair(text: str, cause: str, effect: str, score: float) -> dict[str, Any]:
    c, e = text.index(cause), text.index(effect)
    return {"cause_start": c, "cause_end": c + len(cause), "effect_start": e, "effect_end": e + len(effect)} | {
        "score": score
    }


def test_further_pairs_are_new_relations_above_the_floor() -> None:
    text = TWO_CLAUSES
    claim = _span_pair(text, "The storm flooded the roads", "the closures delayed the harvest", 0.0)
    row = {"text": text, "claims": [claim | {"cause": "", "effect": "", "start": 0, "end": len(text)}]}
    same = _span_pair(text, "The storm", "delayed the harvest", 9.0)  # the claim's relation at other bounds
    turned = _span_pair(text, "the closures", "flooded the roads", 9.0)  # the claim read backwards
    inner = _span_pair(text, "the closures", "delayed the harvest", 9.0)  # a link inside the claim's effect
    assert [(p["cause"], p["effect"]) for p in further(row, [same, turned, inner], 5.0)] == [
        ("the closures", "delayed the harvest")
    ]
    assert further(row, [inner], 10.0) == [], "under the floor"
    assert further({"text": text, "claims": []}, [inner], 0.0) == [], "no further pair where the sentence has none"


@pytest.mark.parametrize("text", [CHAIN, TWO_MARKERS])
def test_the_rules_pairs_do_not_depend_on_a_tagger_reading(linear_causal: Language, text: str) -> None:
    reading = {"pieces": _pieces(text, [text.split()[0]], [text.split()[-1]])}
    assert _pairs(linear_causal, text, reading) == _pairs(linear_causal, text)
