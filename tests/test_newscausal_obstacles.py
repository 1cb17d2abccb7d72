"""Obstacle nouns (docs/causal.md, "Causal claims on real news"): "X is a key barrier to Y", "X remains an obstacle to
Y", "officials cited X as the main hurdle to Y" state that X holds Y back (polarity "-"); a negated copula, a person
or an actor, and a barrier with nothing it stands in the way of state no claim.

Each sentence is made up for the test; the rules are checked on the parse alone (``Extractor.extract``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.causal_extractor import Extractor

from .causal_sentences import pairs, sentence


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        (
            "Officials cited the border dispute as the main obstacle to a trade deal.",
            "the border dispute",
            "a trade deal",
        ),
        ("High tariffs remain a barrier to closer economic ties.", "High tariffs", "closer economic ties"),
        (
            "The language gap is a major hurdle to cooperation between the two agencies.",
            "The language gap",
            "cooperation between the two agencies",
        ),
        (
            "The minister described the lack of funding as an impediment to reform.",
            "the lack of funding",
            "reform",
        ),
    ],
)
def test_obstacle_noun_gives_a_negative_claim(
    parse: Language, extractor: Extractor, text: str, cause: str, effect: str
) -> None:
    found = [(c["cause"], c["effect"], c["polarity"]) for c in extractor.extract(sentence(parse, text))]
    assert (cause, effect, "-") in found


@pytest.mark.parametrize(
    "text",
    [
        "The border dispute was not an obstacle to the talks.",  # denied
        "He is an obstacle to peace.",  # a person blocks, he is no cause on a map
        "The ministry removed a key barrier to foreign investment.",  # an act on the barrier, not what it holds back
        "Farmers cleared the roadblock on the village road.",  # a barrier to nothing
    ],
)
def test_obstacle_noun_without_a_stated_cause_gives_no_claim(parse: Language, extractor: Extractor, text: str) -> None:
    assert not [p for p in pairs(parse, extractor, text) if p[2] in ("obstacle", "barrier", "roadblock")]
