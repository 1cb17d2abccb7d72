"""Round 36 of issue 13 (docs/causal.md): the news excerpts' marker gaps weighed on CNC train.

- ``hit`` (markers.yml ``verbs``, polarity "-"): "the strike hit bank services", "towns were hit hard by the storm":
  the subject (or the passive's by-agent) is the cause, what it hits the effect. No claim where the target is a
  person, a pronoun or a group of people (``not_person_objects``: "a stone hit him", "police hit the protesters" tell
  of a blow), where a relative "who" stands for people, nor where the object gives "hit" another sense
  (``not_objects``: "hit a snag", "hit a record high").
- Markers CNC train does not support stay out: "disrupt", "change", "in hopes of" and "necessary to" give no marker
  claim.

Sentences are made up for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.causal_extractor import Extractor
from tests.causal_sentences import pairs


def _hits(parse: Language, extractor: Extractor, text: str) -> list[tuple[str, str]]:
    return [(c, e) for c, e, s in pairs(parse, extractor, text) if s.lower().startswith("hit")]


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        (
            "The bus strike hit schools and markets across the district.",
            "The bus strike",
            "schools and markets across the district",
        ),
        ("Coastal towns were hit hard by the storm.", "the storm", "Coastal towns"),
        # a relative "which" stands for its noun, which is no person
        (
            "The plan restores staffing at consulates, which were hit hard by waves of expulsions.",
            "waves of expulsions",
            "consulates",
        ),
    ],
)
def test_hit_gives_subject_or_agent_as_cause(
    parse: Language, extractor: Extractor, text: str, cause: str, effect: str
) -> None:
    assert _hits(parse, extractor, text) == [(cause, effect)]


@pytest.mark.parametrize(
    "text",
    [
        "A stone hit him on the head.",  # a pronoun as target: a blow
        "Police hit the protesters with batons.",  # a group of people as target
        "He was hit by a stone during the clash.",  # a person as passive subject
        "The villagers, who were hit by the floods, demanded relief.",  # a relative "who"
        "The talks hit a snag over the border question.",  # another sense of "hit"
        "Exports hit a record high in March.",
    ],
)
def test_hit_on_a_person_or_in_another_sense_gives_no_claim(parse: Language, extractor: Extractor, text: str) -> None:
    assert _hits(parse, extractor, text) == []


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("The dock strike disrupted fuel deliveries to the island.", "disrupt"),
        ("The new canal could change the trade routes of the region.", "change"),
        ("The envoy flew to the capital in hopes of a ceasefire.", "in hopes"),
        ("It is necessary to reform the tax code to attract investors.", "necessary"),
    ],
)
def test_markers_cnc_train_does_not_support_give_no_marker_claim(
    parse: Language, extractor: Extractor, text: str, signal: str
) -> None:
    assert [s for _, _, s in pairs(parse, extractor, text) if s.lower().startswith(signal)] == []
