"""Round 50 (issue 13, session 22, causal50): ``tag_effect_no_deps``, a tagger claim whose effect is a prepositional
phrase or a preposition's object ("... -> about the strike", "... -> the farm sector") names no event and is dropped
when the switch lists those dependencies. Measured on CNC train out of fold and left off in classifier.json
(docs/causal.md round 50): these tests pin what the switch does, and that it is off as shipped."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.causal_extractor import Classifier
from detente.nlp.pipeline import build_pipeline

from .causal_sentences import claims_at, settings_set, tagger_reading


@pytest.fixture(scope="module")
def component() -> Language:
    return build_pipeline(stages=("causal_extractor",), config={"causal_extractor": {"scorer": "linear"}})


def _tagged_claims(
    component: Language, text: str, cause: str, effect: str, deps: tuple[str, ...]
) -> list[tuple[str, str]]:
    """The claims of ``text`` read at probability 0.9 with the tagger's cause and effect given, under ``deps``."""
    with settings_set(component, tag_effect_no_deps=deps):
        claims = claims_at(component, text, tagger_reading(text, cause, effect))
    return [(c["cause"], c["effect"]) for c in claims if c.get("tagged")]


def test_off_as_shipped() -> None:
    assert Classifier.load().settings.tag_effect_no_deps == ()


def test_an_effect_that_is_a_prepositions_object_is_dropped(component: Language) -> None:
    text = "The farmers union staged a sit-in against the new levy on the grain market."
    cause, effect = "The farmers union staged a sit-in", "the grain market"
    assert (cause, effect) in _tagged_claims(component, text, cause, effect, ())
    assert _tagged_claims(component, text, cause, effect, ("prep", "pobj")) == []


def test_an_effect_that_is_an_event_stays(component: Language) -> None:
    text = "The bridge collapsed in the night and the village was cut off for days."
    cause, effect = "The bridge collapsed in the night", "the village was cut off for days"
    assert (cause, effect) in _tagged_claims(component, text, cause, effect, ())
    assert (cause, effect) in _tagged_claims(component, text, cause, effect, ("prep", "pobj"))
