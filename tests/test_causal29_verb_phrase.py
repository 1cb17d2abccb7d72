"""Round 33 of issue 13 (docs/causal.md): a causal verb's effect is its verb phrase, as CNC marks it.

- With ``verb_effect_phrase`` (classifier.json: on) the effect of a causal verb runs on over the verb's own trailing
  modifiers ("created panic | among the residents", "caused a power cut in the districts | on Tuesday"), up to a break
  (a comma, a dash, a clause) or a modifier opening with a word of markers.yml ``effect_phrase_stops`` or a
  connective: a reason, a time order, a means ("| because of X", "| over the weekend", "| after X", "| by X").
- ``participle_effect_verb`` (measured, off as shipped): a subjectless participle's effect starts at the participle
  ("causing inconvenience to ..."), not where it takes an object and an infinitive ("prompting the police | to ...").

Sentences are made up for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.causal_rules import Extractor
from tests.causal_sentences import extractor_with
from tests.conftest import only_sentence


def _extractor(phrase: bool, participle: bool = False) -> Extractor:
    return extractor_with(verb_effect_phrase=phrase, participle_effect_verb=participle)


@pytest.fixture(scope="module")
def phrase() -> Extractor:
    return _extractor(True)


def pairs(parse: Language, extractor: Extractor, text: str) -> list[tuple[str, str]]:
    return [(c["cause"], c["effect"]) for c in extractor.extract(only_sentence(parse, text))]


@pytest.mark.parametrize(
    ("text", "cause", "before", "after"),
    [
        # a time modifier of the verb after its object
        (
            "The storm caused a long power cut in the northern districts on Tuesday.",
            "The storm",
            "a long power cut in the northern districts",
            "a long power cut in the northern districts on Tuesday",
        ),
        # a place or group the verb's object is felt in
        (
            "The explosion created panic among the residents of the old quarter.",
            "The explosion",
            "panic",
            "panic among the residents of the old quarter",
        ),
        (
            "The blockade caused shortages in the city after the bridge collapsed.",
            "The blockade",
            "shortages",
            "shortages in the city",  # not on into "after ...": a time order, another relation
        ),
        # a trailing participle's object and the recipient and time the verb hangs on it
        (
            "The farmers blocked the highway for six hours, causing inconvenience to thousands of commuters on Monday.",
            "The farmers blocked the highway for six hours",
            "inconvenience",
            "inconvenience to thousands of commuters on Monday",
        ),
        # "lead to": past the preposition's object
        (
            "The drought led to food shortages across the province last year.",
            "The drought",
            "food shortages",
            "food shortages across the province last year",
        ),
        # the run stops at a dash (here a control character some feeds write for one) or a comma
        (
            "The leak created panic in the village \u0097 residents fled their homes.",
            "The leak",
            "panic",
            "panic in the village",
        ),
        (
            "The sanctions triggered shortages across the region, from fuel to medicine.",
            "The sanctions",
            "shortages",
            "shortages across the region",
        ),
    ],
)
def test_the_effect_runs_over_the_verbs_trailing_modifiers(
    parse: Language, extractor: Extractor, phrase: Extractor, text: str, cause: str, before: str, after: str
) -> None:
    assert (cause, before) in pairs(parse, extractor, text)  # the packaged default of the bare extractor: off
    assert (cause, after) in pairs(parse, phrase, text)


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        # a reason: a connective's object is the cause of another claim, never part of this effect
        ("The strike caused delays at the port because of the missing crews.", "The strike", "delays at the port"),
        # "over" tells what a protest is about as often as when: a stop word
        (
            "The new tariff sparked protests in the capital over the weekend.",
            "The new tariff",
            "protests in the capital",
        ),
        # a means and a concession
        ("The rally triggered clashes in the town by blocking the main road.", "The rally", "clashes in the town"),
        ("The protest caused long delays in the city despite the ban.", "The protest", "long delays in the city"),
        # a comma before the next clause
        (
            "The decision sparked anger across the region, and the unions called a strike.",
            "The decision",
            "anger across the region",
        ),
    ],
)
def test_the_run_stops_at_another_relation_or_a_break(
    parse: Language, phrase: Extractor, text: str, cause: str, effect: str
) -> None:
    assert pairs(parse, phrase, text)[0] == (cause, effect)


def test_a_reversed_verbs_object_is_not_run_on(parse: Language, phrase: Extractor) -> None:
    # "stem from X": the preposition's object is the cause, and the effect is the subject
    assert pairs(parse, phrase, "The tensions stem from the border dispute in the north.") == [
        ("the border dispute in the north", "The tensions")
    ]


def test_the_participle_switch_keeps_the_participle_of_a_plain_object(parse: Language) -> None:
    both = _extractor(True, participle=True)
    text = "The farmers blocked the highway for six hours, causing inconvenience to thousands of commuters on Monday."
    assert pairs(parse, both, text) == [
        ("The farmers blocked the highway for six hours", "causing inconvenience to thousands of commuters on Monday")
    ]
    # an object and an infinitive: the effect starts after the participle, as before
    text = "The riot left the town tense, prompting the police to fire tear gas at the crowd."
    assert pairs(parse, both, text) == [("The riot left the town tense", "the police to fire tear gas at the crowd")]


def test_the_component_ships_the_verb_phrase_on_and_the_participle_off(linear_causal: Language) -> None:
    comp = linear_causal.get_pipe("causal_extractor")
    assert comp.classifier.settings.verb_effect_phrase and comp.extractor.settings.verb_effect_phrase
    assert not comp.classifier.settings.participle_effect_verb and not comp.extractor.settings.participle_effect_verb
    doc = linear_causal("The storm caused a long power cut in the northern districts on Tuesday.")
    effects = {c["effect"] for c in doc._.causal}
    assert "a long power cut in the northern districts on Tuesday" in effects
