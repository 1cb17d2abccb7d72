"""Round 31 of issue 13 (docs/causal.md): a linking verb's sentence and time order, read as CNC annotates them.

- ``linking_tag_min_prob``: on a sentence whose main verb only links its subject to what it is (markers.yml
  ``linking_verbs``: "X was the main sticking point", "the talks marked a shift"), the span tagger's pair stands only
  from this probability (classifier.json: 0.6, the value every CNC train fold chose); other sentences keep the
  tagger's pair from ``tag_threshold`` as before.
- ``sequence_sure_min_prob`` at 0: a sentence keeps its "after / following" claim whatever the scorer gives it, as
  the Causal News Corpus marks such sequences causal (most of its "after" sentences are, with or without a word of
  contention).

Sentences are made up for the test; probabilities and tagger readings are given, not scored.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from detente.nlp.causal_scorer import Classifier
from tests.conftest import claims_at, only_sentence

# (sentence, the tagger's cause, its effect)
LINKING = [
    (
        "The harbour strike was the main topic of the council meeting on the fishing quotas.",
        "the fishing quotas",
        "The harbour strike",
    ),
    (
        "The closure of the harbour was a heavy blow to the fishing towns along the coast.",
        "The closure of the harbour",
        "the fishing towns along the coast",
    ),
]
ACTING = (
    "The new ferry timetable will please local traders across the northern islands next spring.",
    "The new ferry timetable",
    "local traders across the northern islands",
)
# a marker pair on a linking sentence: the gate is the tagger's only
REASON = (
    "The long strike at the mill was the main reason for the empty shelves in town.",
    "The long strike at the mill",
    "the empty shelves in town",
)
MOVED = "The talks were moved to Geneva following a phone call between the two foreign ministers."


def _reading(text: str, cause: str, effect: str) -> dict[str, Any]:
    """A sure tagger reading of ``cause`` and ``effect`` (offsets into the sentence)."""
    c0, e0 = text.index(cause), text.index(effect)
    return {
        "cause": (c0, c0 + len(cause)),
        "effect": (e0, e0 + len(effect)),
        "cause_score": 15.0,
        "effect_score": 15.0,
    }


def _pairs(nlp: Language, text: str, p: float, cause: str, effect: str, **settings: Any) -> list[tuple[str, str]]:
    claims = claims_at(nlp, text, p, _reading(text, cause, effect), **settings)
    return [(c["cause"], c["effect"]) for c in claims]


@pytest.mark.parametrize(
    ("text", "links"),
    [
        ("The harbour strike was the main topic of the council meeting.", True),
        ("The vote marks a turning point for the fishing towns.", True),
        ("Bread prices remained high through the winter.", True),
        ("The harbour strike closed the main road to the port.", False),
        ("The council blamed the strike for the shortages.", False),
    ],
)
def test_a_linking_main_verb(parse: Language, linear_causal: Language, text: str, links: bool) -> None:
    comp: Any = linear_causal.get_pipe("causal_extractor")
    assert comp._links_only(only_sentence(parse, text)) is links


@pytest.mark.parametrize(("text", "cause", "effect"), LINKING)
def test_a_linking_sentence_needs_the_probability_for_the_tagger_pair(
    linear_causal: Language, text: str, cause: str, effect: str
) -> None:
    """The same reading stands with the gate off, falls under it, and stands again from the gate's probability."""
    assert _pairs(linear_causal, text, 0.5, cause, effect, linking_tag_min_prob=0.0) == [(cause, effect)]
    assert _pairs(linear_causal, text, 0.5, cause, effect, linking_tag_min_prob=0.6) == []
    assert _pairs(linear_causal, text, 0.65, cause, effect, linking_tag_min_prob=0.6) == [(cause, effect)]


@pytest.mark.parametrize(("text", "cause", "effect"), [ACTING, REASON])
def test_an_acting_verb_or_a_marker_pair_is_not_gated(
    linear_causal: Language, text: str, cause: str, effect: str
) -> None:
    gated = _pairs(linear_causal, text, 0.5, cause, effect, linking_tag_min_prob=0.6)
    ungated = _pairs(linear_causal, text, 0.5, cause, effect, linking_tag_min_prob=0.0)
    assert gated
    assert gated == ungated


def test_the_shipped_settings() -> None:
    clf = Classifier.load()
    assert clf.settings.linking_tag_min_prob == 0.6
    assert clf.settings.sequence_sure_min_prob == 0.0


@pytest.mark.parametrize("p", [0.62, 0.95])
def test_a_sequence_without_contention_is_kept_at_any_probability(linear_causal: Language, p: float) -> None:
    """Shipped settings: a call followed by a move is a sequence CNC marks causal, below the old 0.7 gate too."""
    claims = claims_at(linear_causal, MOVED, p)
    assert claims
    assert claims[0]["cause"].startswith("a phone call between the two foreign ministers")
    assert claims[0]["effect"] == "The talks were moved to Geneva"
