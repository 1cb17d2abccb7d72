"""Issue 13, session 23, newscausal15 (docs/causal.md round 56): an effect that opens after its own verb's subject
("Most of the city's buses | kept off the roads [as part of the strike]") is taken from that subject, the clause whole
as CNC marks it (``own_subject_sides``, ``causal_rules._own_subject_start``). Not across a relative pronoun ("the men
who | fired"), the other side, or anything but the verb's auxiliaries, a negation or an adverb between the subject and
the side. Sentences are made up for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.causal_rules import _own_subject_start
from detente.nlp.causal_scorer import Classifier
from detente.nlp.causal_settings import CausalSettings

from .conftest import only_sentence, words_of


def test_shipped_for_effects_only() -> None:
    assert Classifier.load().settings.own_subject_sides == ("effect",)
    assert CausalSettings().own_subject_sides == ()  # the rule's behaviour before its round: off


def _text(tokens: list) -> str:
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text


@pytest.mark.parametrize(
    ("text", "side", "other", "whole"),
    [
        (
            "Most of the city's buses kept off the roads on Monday as part of the transport strike.",
            "kept off the roads on Monday",
            "the transport strike",
            "Most of the city's buses kept off the roads on Monday",
        ),
        (
            "The evening classes at the college were badly disrupted because of the student boycott.",
            "were badly disrupted",
            "the student boycott",
            "The evening classes at the college were badly disrupted",
        ),
        (
            "The river ferries have not run since Tuesday because of the flood warning.",
            "run since Tuesday",
            "the flood warning",
            "The river ferries have not run since Tuesday",
        ),
    ],
)
def test_effect_taken_from_its_subject(parse: Language, text: str, side: str, other: str, whole: str) -> None:
    sent = only_sentence(parse, text)
    got = _own_subject_start(words_of(sent, side), words_of(sent, other), sent)
    assert _text(got) == whole


@pytest.mark.parametrize(
    ("text", "side", "other"),
    [
        # a relative pronoun stands for a noun elsewhere: no subject to take
        ("Villagers blocked the lorries that carried sand from the river bed.", "carried sand", "Villagers"),
        # the other side lies between the subject and the side
        ("The strike by the dock workers halted trade at the port.", "halted trade at the port", "The strike"),
        # a phrase that is no auxiliary stands between ("in protest" hangs on the verb but is no part of the link)
        ("The traders , in protest , shut their shops over the new tax.", "shut their shops", "the new tax"),
    ],
)
def test_side_kept(parse: Language, text: str, side: str, other: str) -> None:
    sent = only_sentence(parse, text)
    tokens = words_of(sent, side)
    assert _own_subject_start(tokens, words_of(sent, other), sent) == tokens


def test_side_not_headed_by_a_verb_kept(parse: Language) -> None:
    """A noun phrase side ("the roads") has no verb whose subject it could take."""
    sent = only_sentence(parse, "Most of the city's buses kept off the roads because of the strike.")
    tokens = words_of(sent, "the roads")
    assert _own_subject_start(tokens, words_of(sent, "the strike"), sent) == tokens
