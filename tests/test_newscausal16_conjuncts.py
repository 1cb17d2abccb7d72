"""Issue 13, session 24, newscausal16 (docs/causal.md round 57): coordinated verbs in the clause split.

(1) A trailing result participle that the parse hangs on the later of two coordinated verbs ("Rebels stormed the
village and set fire to houses | , killing four people") is the effect of the coordination whole, not of the first
conjunct -> the rest (``conjunct_result_participles``; ``causal_implicit.conjunct_result``). (2) The split of two
coordinated verbs that share one subject ("Shopkeepers downed shutters and | staged a sit-in [over the new tax]") waits
for the main clause's prepositional cause and purpose splits, and stands only in place of the last-resort subject
split (``shared_subject_conjuncts_last``); before it, a purpose infinitive of the later conjunct is the purpose of the
coordination whole ("X signed a petition and held a press conference | to oppose Y";
``shared_subject_conjunct_purposes``). Sentences are made up for the test.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from detente.nlp.causal_implicit import conjunct_result
from detente.nlp.causal_rules import Extractor

from .causal_sentences import assert_shipped_on_default_off, extractor_with
from .conftest import only_sentence


def _extractor(on: bool) -> Extractor:
    return extractor_with(
        conjunct_result_participles=on,
        shared_subject_conjuncts_last=on,
        shared_subject_conjunct_purposes=on,
        evidential_participles=True,
    )


def _pairs(parse: Language, text: str, on: bool) -> list[tuple[str, str]]:
    sent = only_sentence(parse, text)
    claims: list[dict[str, Any]] = _extractor(on).fallback(sent, True, True)
    return [(c["cause"], c["effect"]) for c in claims]


def test_shipped_on() -> None:
    assert_shipped_on_default_off(
        "conjunct_result_participles", "shared_subject_conjuncts_last", "shared_subject_conjunct_purposes"
    )


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        (
            "Rebels stormed the village and set fire to houses, killing four people.",
            "Rebels stormed the village and set fire to houses",
            "killing four people",
        ),
        (
            "Gunmen entered the market on Sunday and opened fire on shoppers, injuring nine of them.",
            "Gunmen entered the market on Sunday and opened fire on shoppers",
            "injuring nine of them",
        ),
        (
            "The army shelled the town and cut off the water supply, leaving thousands without drinking water.",
            "The army shelled the town and cut off the water supply",
            "leaving thousands without drinking water",
        ),
    ],
)
def test_result_participle_of_the_coordination(parse: Language, text: str, cause: str, effect: str) -> None:
    assert _pairs(parse, text, True) == [(cause, effect)]
    # before: the first conjunct -> the later one with its participle
    before = _pairs(parse, text, False)
    assert len(before) == 1 and before[0][1].endswith(effect) and before[0][1] != effect


def test_demand_participle_is_no_result(parse: Language) -> None:
    """A demand's participle ("..., demanding higher wages") tells the act's cause, not its result: no such split."""
    text = "The workers walked out and marched to the office, demanding higher wages."
    sent = only_sentence(parse, text)
    marched = next(t for t in sent if t.text == "marched")
    assert conjunct_result(_extractor(True), marched) is None
    assert _pairs(parse, text, True) == _pairs(parse, text, False)


def test_evidential_participle_is_no_result(parse: Language) -> None:
    """A participle of inference (round 55) on the later conjunct is no result either."""
    sent = only_sentence(parse, "Villagers gathered at the square and burned tyres, signaling their anger.")
    burned = next(t for t in sent if t.text == "burned")
    assert conjunct_result(_extractor(True), burned) is None


def test_shared_subject_split_waits_for_a_prepositional_cause(parse: Language) -> None:
    text = "Shopkeepers downed shutters and staged a sit-in over the new tax."
    assert _pairs(parse, text, False) == [("Shopkeepers downed shutters", "staged a sit-in over the new tax")]
    assert _pairs(parse, text, True) == [("the new tax", "Shopkeepers downed shutters and staged a sit-in")]


def test_shared_subject_split_still_the_last_resort(parse: Language) -> None:
    """With no phrase split in the clause the conjunct split stands, as the subject split would."""
    text = "The delegates arrived in the capital and met the minister on Tuesday."
    assert _pairs(parse, text, True) == _pairs(parse, text, False)
    assert _pairs(parse, text, True) == [("The delegates arrived in the capital", "met the minister on Tuesday")]


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        (
            "The union leaders signed a petition and held a press conference to oppose the new rules.",
            "to oppose the new rules",
            "The union leaders signed a petition and held a press conference",
        ),
        (
            "The students skipped classes and held a rally on Monday to protest against the fee hike.",
            "to protest against the fee hike",
            "The students skipped classes and held a rally on Monday",
        ),
    ],
)
def test_later_conjunct_purpose_for_the_coordination(parse: Language, text: str, cause: str, effect: str) -> None:
    assert _pairs(parse, text, True) == [(cause, effect)]
    first = text.split(" and ")[0]
    assert _pairs(parse, text, False)[0][0] == first  # before: the first conjunct -> the rest
