"""Round 17 of issue 13 (docs/causal.md): no cause or effect that names only a time, a place or a number.

- ``only_time_or_place``: every word of a span beside determiners, prepositions and punctuation lies in a date,
  time, place or number entity ("on Tuesday", "over the past three weeks", "in Lagos").
- ``Extractor.no_time_place_sides`` (``no_time_place_sides`` in classifier.json): ``Extractor.claim`` records no
  claim with such a side, whichever rule or tagger reading proposed it ("the highway | leading to the Vaal
  River", a tagged cause "on Tuesday"); a side that names a thing beside its time or place keeps its claim, and
  a country or city is no such side (it is also an actor).
- ``tag_units_min_prob``: a sentence the scorer gives at least this, whose tagger pair made no claim from its
  free runs, takes the pair chosen among the parse's units (``causal_tagging.unit_claims``).

Each sentence is made up for the test.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Span

from detente.nlp.causal_extractor import Extractor
from detente.nlp.causal_parse import only_time_or_place
from detente.nlp.pipeline import build_pipeline

from .causal_sentences import claims_at, extractor_with, sentence, settings_set, tagger_reading


@pytest.mark.parametrize(
    "text", ["on Tuesday", "14 March 2019", "over the past three weeks", "near the Vaal River", "late last night"]
)
def test_a_time_or_place_phrase_is_only_that(parse: Language, text: str) -> None:
    assert only_time_or_place(list(parse(text)))


@pytest.mark.parametrize(
    # a country or city is also an actor ("would embolden Russia"): no time or place side
    "text",
    ["the strike on Tuesday", "heavy rain in Lagos", "three people", "police fired tear gas", "Russia"],
)
def test_a_phrase_that_names_a_thing_is_not(parse: Language, text: str) -> None:
    assert not only_time_or_place(list(parse(text)))


@pytest.fixture(scope="module")
def strict_extractor() -> Extractor:
    return extractor_with(no_time_place_sides=True)


def _pairs(nlp: Language, ex: Extractor, text: str) -> list[tuple[str, str]]:
    return [(c["cause"], c["effect"]) for c in ex.extract(sentence(nlp, text))]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Protesters blocked the highway leading to the Vaal River .", "the Vaal River"),
        ("Marchers blocked the road leading to the Sahara Desert .", "the Sahara Desert"),
    ],
)
def test_a_place_is_no_effect(
    parse: Language, extractor: Extractor, strict_extractor: Extractor, text: str, place: str
) -> None:
    assert any(effect == place for _, effect in _pairs(parse, extractor, text)), "off: the rule pair stands"
    assert all(place not in (cause, effect) for cause, effect in _pairs(parse, strict_extractor, text))


def test_a_country_stays_a_side(parse: Language, strict_extractor: Extractor) -> None:
    assert _pairs(parse, strict_extractor, "A weak deal that rewards aggression would only embolden Russia .") == [
        ("A weak deal", "Russia")
    ]


def test_a_side_that_names_a_thing_keeps_its_claim(
    parse: Language, extractor: Extractor, strict_extractor: Extractor
) -> None:
    text = "The clashes that began on 12 March resulted in the death of nine people ."
    pair = ("The clashes that began on 12 March", "the death of nine people")
    assert _pairs(parse, extractor, text) == _pairs(parse, strict_extractor, text) == [pair]


# --- a tagger reading whose cause is a date


@pytest.fixture(scope="module")
def component() -> Language:
    return build_pipeline(stages=("causal_extractor",), config={"causal_extractor": {"scorer": "linear"}})


def _tagged_claims(component: Language, text: str, cause: str, effect: str, strict: bool) -> list[tuple[str, str]]:
    # round 17's own filter, alone: round 100 (``prep_phrase_tag_causes``) drops a tagged "on Tuesday" too
    with settings_set(component, no_time_place_sides=strict, prep_phrase_tag_causes=False):
        claims = claims_at(component, text, tagger_reading(text, cause, effect))
    return [(c["cause"], c["effect"]) for c in claims]


def test_a_tagged_date_is_no_cause(component: Language) -> None:
    text = "Hundreds of dock workers walked off the job at the port on Tuesday."
    effect = "Hundreds of dock workers walked off the job at the port"
    assert ("on Tuesday", effect) in _tagged_claims(component, text, "on Tuesday", effect, strict=False)
    assert all(cause != "on Tuesday" for cause, _ in _tagged_claims(component, text, "on Tuesday", effect, True))


# --- a sentence the scorer is sure of keeps the tagger's pair chosen among the parse's units

NO_RULE = "There were thousands of farmers on the streets of the capital on Monday with the new seed law."


def _units_reading(component: Language) -> tuple[Span, dict[str, Any]]:
    """The free runs read "on Monday" as the cause (a date: no claim); the pieces favour "the new seed law" as
    cause and the farmers on the streets as effect (made-up scores, one piece per token)."""
    doc = component.make_doc(NO_RULE)
    for name, pipe in component.pipeline:
        if name != "causal_extractor":
            doc = pipe(doc)
    sent = next(iter(doc.sents))
    cause_words, effect_words = {"new", "seed", "law"}, {"thousands", "of", "farmers", "streets", "capital"}
    pieces = [
        (
            t.idx - sent.start_char,
            t.idx - sent.start_char + len(t),
            2.0 if t.text in cause_words else -2.0,
            2.0 if t.text in effect_words or (t.text == "the" and t.i < 10) or t.text == "on" and t.i < 6 else -2.0,
        )
        for t in sent
    ]
    cause, effect = "on Monday", "thousands of farmers on the streets of the capital"
    c0, e0 = NO_RULE.index(cause), NO_RULE.index(effect)
    reading: dict[str, Any] = {
        "cause": (c0, c0 + len(cause)),
        "effect": (e0, e0 + len(effect)),
        "cause_score": 8.0,
        "effect_score": 8.0,
        "pieces": pieces,
    }
    return sent, reading


@pytest.mark.parametrize(
    ("min_prob", "p", "claimed"),
    [
        (float("inf"), 0.9, False),  # off: the free runs' date cause made no claim, nor does anything else
        (0.6, 0.9, True),  # the scorer is sure: the units' pair speaks
        (0.6, 0.5, False),  # not sure enough
    ],
)
def test_a_sure_sentence_keeps_the_units_pair(component: Language, min_prob: float, p: float, claimed: bool) -> None:
    comp: Any = component.get_pipe("causal_extractor")
    sent, reading = _units_reading(component)
    saved = (comp.classifier.settings.tag_units_min_prob, comp.extractor.settings.no_time_place_sides)
    try:
        comp.classifier.settings.tag_units_min_prob, comp.extractor.settings.no_time_place_sides = min_prob, True
        claims = comp._claims_at(sent, p, comp.extractor.extract(sent), reading)
    finally:
        comp.classifier.settings.tag_units_min_prob, comp.extractor.settings.no_time_place_sides = saved
    got = [(c["cause"], c["effect"]) for c in claims]
    if claimed:
        assert got == [("with the new seed law", "There were thousands of farmers on the streets of the capital")]
    else:
        assert got == []
