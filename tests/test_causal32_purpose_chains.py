"""Round 39 of issue 13 (docs/causal.md): a purpose infinitive inside another infinitive's phrase is a pair of its own.

``extra_purpose_chains`` (classifier.json: true; ``causal_implicit.purpose_chains``): "farmers gathered to collect
forms | to claim relief" gives "to claim relief -> to collect forms" beside the sentence's own pair, as the Causal
News Corpus marks each link of such a chain. The inner infinitive must hang on the outer verb or on its direct
object, and the outer verb must not be a contention word ("to protest the move to cut X": the complement says what
the grievance is).

Sentences are made up for the test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from detente.nlp.causal_implicit import purpose_chains
from detente.nlp.causal_rules import Extractor
from detente.nlp.causal_scorer import Classifier
from detente.nlp.pipeline import build_pipeline
from tests.conftest import only_sentence


def chains(parse: Language, extractor: Extractor, text: str) -> list[tuple[str, str]]:
    return [(c["cause"], c["effect"]) for c in purpose_chains(extractor, only_sentence(parse, text))]


def test_shipped_setting() -> None:
    assert Classifier.load().settings.extra_purpose_chains is True


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Hundreds of farmers gathered outside the ministry to collect forms to claim drought relief.",
            ("to claim drought relief", "to collect forms"),
        ),
        (
            "The mayor set up a committee to draft a plan to reduce flooding.",
            ("to reduce flooding", "to draft a plan"),
        ),
    ],
)
def test_an_inner_purpose_is_the_cause_of_the_outer_phrase(
    parse: Language, extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert chains(parse, extractor, text) == [pair]


@pytest.mark.parametrize(
    "text",
    [
        # the complement of a protest's object says what the grievance is
        "Nurses wore black armbands to protest the hospital's move to cut night allowances.",
        # one infinitive only: no chain
        "The council hired extra guards to patrol the market during the festival.",
        # no infinitive above the inner one
        "Police fired tear gas to disperse the crowd.",
    ],
)
def test_no_chain(parse: Language, extractor: Extractor, text: str) -> None:
    assert chains(parse, extractor, text) == []


@pytest.fixture(scope="module")
def causal() -> Iterator[Language]:
    nlp = build_pipeline(stages=("causal_extractor",))
    yield nlp


def _pairs(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(c["cause"], c["effect"]) for c in nlp(text)._.causal]


def test_the_component_adds_the_inner_pair_only_with_the_flag(causal: Language) -> None:
    text = "Hundreds of farmers gathered outside the ministry to collect forms to claim drought relief."
    clf = causal.get_pipe("causal_extractor").classifier
    assert clf.settings.extra_purpose_chains
    on = _pairs(causal, text)
    assert ("to claim drought relief", "to collect forms") in on
    clf.settings.extra_purpose_chains = False
    try:
        off = _pairs(causal, text)
    finally:
        clf.settings.extra_purpose_chains = True
    assert ("to claim drought relief", "to collect forms") not in off
    # the sentence's own pair stays either way
    assert on[0] == off[0]
    assert on[0][1] == "Hundreds of farmers gathered outside the ministry"
