"""Issue 13, session 26, newscausal23 (docs/causal.md round 64): a complement verb's infinitive is no cause.

``complement_infinitive_splits``: a claim whose cause starts at the infinitive complement (``xcomp``) of a verb of
markers.yml ``complement_verbs`` that its effect holds ("the miners were allowed | to return to the shafts", "the
strike is expected | to disrupt flights") is dropped, unless it is the sentence's only claim. A purpose clause
(``advcl``), a means verb's purpose ("police used tear gas | to disperse the crowd") and a cause that holds the verb
itself ("refused to disperse") are no such split. Sentences are made up for the test.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from detente.nlp.causal_extractor import _complement_split

from .causal_sentences import assert_shipped_on_default_off, claim_over, sentence


def test_shipped_on_default_off() -> None:
    assert_shipped_on_default_off("complement_infinitive_splits")


def _verbs(component: Language) -> Any:
    return component.get_pipe("causal_extractor").lexicon.complement_verbs  # type: ignore[attr-defined]


# (sentence, cause, effect): the cause is a complement verb's infinitive, the verb in the effect
SPLITS = [
    (
        "The striking miners were allowed to return to the shafts on Friday .",
        "return to the shafts on Friday",
        "The striking miners were allowed",
    ),
    (
        "The two-day transport strike is expected to disrupt flights across Kenya , officials said .",
        "to disrupt flights across Kenya",
        "The two-day transport strike is expected",
    ),
    (
        "The garment exporter warned it may be forced to cut 2,000 jobs .",
        "to cut 2,000 jobs",
        "it may be forced",
    ),
    (
        "The police in Lagos appealed to the protesters to withdraw the blockade .",
        "to withdraw the blockade",
        "The police in Lagos appealed to the protesters",
    ),
    (
        "Union leaders decided to suspend the stoppage at the port of Santos .",
        "suspend the stoppage at the port of Santos",
        "Union leaders decided",
    ),
]


@pytest.mark.parametrize(("text", "cause", "effect"), SPLITS)
def test_complement_infinitive_is_no_cause(linear_causal: Language, text: str, cause: str, effect: str) -> None:
    sent = sentence(linear_causal, text)
    assert _complement_split(sent, claim_over(text, cause, effect), _verbs(linear_causal))


# controls: a purpose clause, a means verb's purpose, a cause that holds the verb itself
KEPT = [
    (
        "Farmers marched to the collectorate in Nashik on Monday to demand a loan waiver .",
        "to demand a loan waiver",
        "Farmers marched to the collectorate in Nashik on Monday",
    ),
    (
        "Riot police used tear gas to disperse the crowd outside parliament .",
        "to disperse the crowd outside parliament",
        "Riot police used tear gas",
    ),
    (
        "Police opened fire after the crowd refused to disperse from the square .",
        "the crowd refused to disperse from the square",
        "Police opened fire",
    ),
]


@pytest.mark.parametrize(("text", "cause", "effect"), KEPT)
def test_other_causes_kept(linear_causal: Language, text: str, cause: str, effect: str) -> None:
    sent = sentence(linear_causal, text)
    assert not _complement_split(sent, claim_over(text, cause, effect), _verbs(linear_causal))


def test_list_leaves_out_means_verbs(linear_causal: Language) -> None:
    comp: Any = linear_causal.get_pipe("causal_extractor")
    assert not comp.lexicon.complement_verbs & comp.lexicon.instrument_verbs
