"""Issue 13, session 26, newscausal22 (docs/causal.md round 63): the pairs missed beside a sentence's first pair.

``purpose_beside_tags``: a purpose clause's pair ("farmers marched to the office | to demand X") is kept beside a tagger
pair that states the same relation at other bounds (its effect running over an earlier clause), unless the two are
nearly the same pair or the tagger's cause holds the infinitive inside a longer phrase. ``noun_demand_participles``: a
demand participle the parse hangs on a noun of the act's phrase ("staged a dharna in front of the district office |
seeking X") is the act's demand. Sentences are made up for the test.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from detente.nlp.causal_extractor import _holds_cause, _near_bounds
from detente.nlp.causal_implicit import contention_targets
from detente.nlp.causal_settings import CausalSettings

from .causal_sentences import assert_shipped_on_default_off, claim_over, sentence

SWITCHES = ("purpose_beside_tags", "noun_demand_participles")


@pytest.mark.parametrize("name", SWITCHES)
def test_shipped_on_default_off(name: str) -> None:
    assert_shipped_on_default_off(name)


MARCH = "Thousands of farmers marched to the district office on Monday to demand compensation for crop losses ."
PURPOSE = ("to demand compensation for crop losses", "Thousands of farmers marched to the district office on Monday")


def _extras(component: Language, found: list[dict[str, Any]], on: bool) -> list[tuple[str, str]]:
    """The further pairs ``CausalExtractor._extra_claims`` adds to the sentence's ``found`` claims."""
    comp: Any = component.get_pipe("causal_extractor")
    saved = comp.settings
    try:
        comp.settings = CausalSettings.from_mapping({"purpose_beside_tags": on}, "test", base=saved)
        extras = comp._extra_claims(sentence(component, MARCH), None, found)
    finally:
        comp.settings = saved
    return [(c["cause"], c["effect"]) for c in extras]


def test_purpose_kept_beside_a_tagger_pair_at_other_bounds(linear_causal: Language) -> None:
    # the tagger's effect stops inside the act's clause: the purpose's relation at other bounds
    effect = "Thousands of farmers marched"
    found = [claim_over(MARCH, PURPOSE[0], effect, tagged=True)]
    assert PURPOSE in _extras(linear_causal, found, True)
    assert PURPOSE not in _extras(linear_causal, found, False)
    # a pair of the parse rules (no tagger pair) holds it back as before
    assert PURPOSE not in _extras(linear_causal, [claim_over(MARCH, PURPOSE[0], effect)], True)


def test_purpose_not_doubled_beside_a_near_tagger_pair(linear_causal: Language) -> None:
    found = [claim_over(MARCH, PURPOSE[0], "farmers marched to the district office", tagged=True)]
    assert PURPOSE not in _extras(linear_causal, found, True)


def test_purpose_held_back_by_a_tagger_cause_holding_the_infinitive(linear_causal: Language) -> None:
    # the tagger reads the infinitive inside a longer phrase ("calls by X | to adopt Y"): its attachment is in doubt
    cause = "the district office on Monday to demand compensation for crop losses"
    found = [claim_over(MARCH, cause, "Thousands of farmers marched", tagged=True)]
    assert PURPOSE not in _extras(linear_causal, found, True)


def test_bounds_helpers() -> None:
    text = "Police fired in the air on Sunday to disperse the crowd ."
    a = claim_over(text, "to disperse the crowd", "Police fired in the air on Sunday")
    b = claim_over(text, "to disperse the crowd", "Police fired in the air")
    c = claim_over(text, "to disperse the crowd", "Police fired")
    assert _near_bounds(a, b) and not _near_bounds(a, c)
    outer = claim_over(text, "on Sunday to disperse the crowd", "Police fired")
    assert _holds_cause(outer, a) and not _holds_cause(a, outer) and not _holds_cause(a, b)


def _targets(component: Language, text: str, noun_participles: bool) -> list[tuple[str, str]]:
    comp: Any = component.get_pipe("causal_extractor")
    sent = sentence(component, text)
    return [
        (c["cause"], c["effect"]) for c in contention_targets(comp.extractor, sent, True, True, True, noun_participles)
    ]


def test_demand_participle_on_a_noun_of_the_acts_phrase(linear_causal: Language) -> None:
    text = "About 300 workers staged a dharna in front of the district office seeking the release of their wages ."
    pair = ("seeking the release of their wages", "About 300 workers staged a dharna in front of the district office")
    assert pair in _targets(linear_causal, text, True)
    assert pair not in _targets(linear_causal, text, False)


@pytest.mark.parametrize(
    "text",
    [
        # a participle on the act's verb: read the same either way
        "Hundreds of villagers blocked traffic on the highway near Salem demanding a new bridge .",
        "Nurses went on strike at the state hospital on Tuesday demanding higher pay .",
        # a participle on a party: the people's own demand, not hosted by the act
        "Protesters demanding the release of the leader clashed with police .",
        "A delegation seeking a meeting with the governor arrived in the capital .",
    ],
)
def test_other_participles_read_as_before(linear_causal: Language, text: str) -> None:
    assert _targets(linear_causal, text, True) == _targets(linear_causal, text, False)
