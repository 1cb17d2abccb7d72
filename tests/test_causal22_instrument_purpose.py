"""Round 22 of issue 13 (docs/causal.md): the purpose of a verb that puts a means to work.

The parser attaches the infinitive of "police used water cannons | to clear the square" to "used" as a complement
(``xcomp``), not as the adverbial clause (``advcl``) round 15's purpose pairs read, so the purpose was never
offered. ``causal_implicit.instrument_purpose`` reads such a complement as a purpose where its verb is one of
markers.yml's ``instrument_verbs`` and the means (its direct object, or its passive subject) stands before the
infinitive; ``purpose_clauses(..., instrument_verbs=True)`` (classifier.json's ``purpose_instrument_verbs``) offers
it. The habitual "used to protest" (no object) and the complement of a verb that is no means verb ("asked its
members to stay") are no purpose. Each sentence is made up for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.causal_implicit import instrument_purpose, purpose_clauses
from detente.nlp.causal_rules import Extractor
from detente.nlp.causal_scorer import Classifier

from .causal_sentences import sentence


def _purposes(nlp: Language, ex: Extractor, text: str, instrument_verbs: bool) -> list[tuple[str, str]]:
    found = purpose_clauses(ex, sentence(nlp, text), parse_checks=True, instrument_verbs=instrument_verbs)
    return [(c["cause"], c["effect"]) for c in found]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Police used water cannons to clear the square .", ("to clear the square", "Police used water cannons")),
        (
            "Rebels used the bridge to move weapons into the city .",
            ("to move weapons into the city", "Rebels used the bridge"),
        ),
        # the means as the passive subject
        ("Drones were used to locate the missing hikers .", ("to locate the missing hikers", "Drones were used")),
    ],
)
def test_a_means_verbs_infinitive_is_its_purpose(
    parse: Language, extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert _purposes(parse, extractor, text, instrument_verbs=False) == [], "round 15 reads only advcl purposes"
    assert _purposes(parse, extractor, text, instrument_verbs=True) == [pair]


@pytest.mark.parametrize(
    "text",
    [
        # habitual "used to": no means before the infinitive
        "The farmers used to protest outside the office every week .",
        # the complement of a verb that is no means verb: what was asked, not why
        "The union asked its members to stay at home .",
    ],
)
def test_no_purpose_without_a_means(parse: Language, extractor: Extractor, text: str) -> None:
    doc = sentence(parse, text).doc
    assert any(t.dep_ == "xcomp" for t in doc), "the parse the check is about: an infinitive complement"
    assert not any(instrument_purpose(extractor, t) for t in doc)
    assert _purposes(parse, extractor, text, instrument_verbs=True) == []


def test_an_adverbial_purpose_is_read_as_before(parse: Language, extractor: Extractor) -> None:
    """A purpose the parser already attaches as an adverbial clause gives the same pair with the switch on."""
    text = "Police fired in the air to disperse the crowd ."
    pair = ("to disperse the crowd", "Police fired in the air")
    assert _purposes(parse, extractor, text, instrument_verbs=False) == [pair]
    assert _purposes(parse, extractor, text, instrument_verbs=True) == [pair]


def test_the_means_verbs_are_data(extractor: Extractor) -> None:
    assert {"use", "employ", "deploy"} <= extractor.lex.instrument_verbs
    assert "ask" not in extractor.lex.instrument_verbs


def test_the_shipped_classifier_reads_means_verbs() -> None:
    assert Classifier.load().settings.purpose_instrument_verbs


@pytest.mark.parametrize(
    ("text", "first", "purpose"),
    [
        (
            # a trailing "after" since round 97 (a fronted "After ..." is time order there, no first pair)
            "Police used tear gas to disperse the crowd after the march turned violent .",
            ("the march turned violent", "Police used tear gas to disperse the crowd"),
            ("to disperse the crowd", "Police used tear gas"),
        ),
        (
            "Because the bridge was closed , villagers used boats to reach the market .",
            ("the bridge was closed", "villagers used boats to reach the market"),
            ("to reach the market", "villagers used boats"),
        ),
    ],
)
def test_the_component_adds_the_purpose_beside_the_first_pair(
    causal_nlp: Language, text: str, first: tuple[str, str], purpose: tuple[str, str]
) -> None:
    """With the shipped settings the purpose is a further pair of a sentence that has a claim (round 15's rule)."""
    pairs = [(c["cause"], c["effect"]) for c in causal_nlp(text)._.causal]
    assert pairs[0] == first
    assert purpose in pairs[1:]
