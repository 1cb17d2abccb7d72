"""Issue 13, session 24, newscausal17 (docs/causal.md round 58): a result participle with no comma before it.

The parse hangs a subjectless "-ing" participle with no comma before it on the act's object as a noun's modifier
("Villagers threw stones at the officials | forcing them to retreat", "Troops raided the village | injuring twelve
people"). With a comma the clause was already the cause (round 37's ``_comma_participle_clause``; round 53's result
participles); without one the causal verb's cause was the noun alone ("the officials -> them to retreat") and a harm
verb's participle made no split. ``object_result_participles`` reads the act's clause up to the participle as the cause
(``causal_parse.object_participle_clause``, ``causal_implicit.object_result``). Sentences are made up for the test.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from detente.nlp.causal_markers import load_lexicon
from detente.nlp.causal_parse import object_participle_clause
from detente.nlp.causal_rules import Extractor

from .causal_sentences import assert_shipped_on_default_off, extractor_with
from .conftest import only_sentence


def _extractor(on: bool) -> Extractor:
    return extractor_with(shipped=True, object_result_participles=on)  # the shipped values, the switch set per test


def _rule_pairs(parse: Language, text: str, on: bool) -> list[tuple[str, str]]:
    claims: list[dict[str, Any]] = _extractor(on).extract(only_sentence(parse, text))
    return [(c["cause"], c["effect"]) for c in claims]


def _split_pairs(parse: Language, text: str, on: bool) -> list[tuple[str, str]]:
    claims: list[dict[str, Any]] = _extractor(on).fallback(only_sentence(parse, text), True, True)
    return [(c["cause"], c["effect"]) for c in claims]


def test_shipped_on() -> None:
    assert_shipped_on_default_off("object_result_participles")


def test_causal_participle_on_a_prepositional_object(parse: Language) -> None:
    text = "Villagers threw stones at the officials forcing them to retreat."
    assert _rule_pairs(parse, text, False) == [("the officials", "them to retreat")]
    assert _rule_pairs(parse, text, True) == [("Villagers threw stones at the officials", "them to retreat")]


def test_harm_participle_on_a_direct_object(parse: Language) -> None:
    """A harm verb's participle (no causal verb) on the object: the clause split reads act -> result."""
    text = "Troops raided the village injuring twelve people."
    sent = only_sentence(parse, text)
    injuring = next(t for t in sent if t.text == "injuring")
    assert injuring.dep_ == "acl" and object_participle_clause(injuring) is not None
    assert _split_pairs(parse, text, True) == [("Troops raided the village", "injuring twelve people")]
    assert ("Troops raided the village", "injuring twelve people") not in _split_pairs(parse, text, False)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a participle on the subject tells what the noun is or does (round 44), no result of an act
        ("Tariffs affecting Chinese steel raised prices.", "affecting"),
        # where a road runs: a place, no result
        ("The protesters blockaded roads leading to Pretoria.", "leading"),
    ],
)
def test_no_act_clause(parse: Language, text: str, word: str) -> None:
    sent = only_sentence(parse, text)
    tok = next(t for t in sent if t.text == word)
    assert object_participle_clause(tok) is None


def test_comma_case_unchanged(parse: Language) -> None:
    """With a comma the clause was the cause before the round already; the switch changes nothing there."""
    text = "Villagers threw stones at the officials, forcing them to retreat."
    assert _rule_pairs(parse, text, True) == _rule_pairs(parse, text, False)


def test_relation_participle_keeps_its_noun(parse: Language) -> None:
    """A participle that tells what the noun bears on (markers.yml `relation_participles`) is no act's result."""
    text = "Analysts should consider the pressures influencing each government's choices."
    sent = only_sentence(parse, text)
    tok = next(t for t in sent if t.text == "influencing")
    lex = load_lexicon()
    assert "influence" in lex.relation_participles
    assert object_participle_clause(tok, lex.relation_participles) is None
    assert _rule_pairs(parse, text, True) == _rule_pairs(parse, text, False)


def _adjunct_pairs(parse: Language, text: str, on: bool) -> list[tuple[str, str]]:
    ex = extractor_with(shipped=True, object_participle_adjuncts=on)
    claims: list[dict[str, Any]] = ex.extract(only_sentence(parse, text))
    return [(c["cause"], c["effect"]) for c in claims]


def test_protest_phrase_on_a_participle_of_the_object(parse: Language) -> None:
    """ "in protest against X" hanging on a participle the parse puts on the act's object gives the act's clause."""
    assert_shipped_on_default_off("object_participle_adjuncts")
    text = "Women took to streets carrying pots in protest against erratic supply of water in the town."
    before = _adjunct_pairs(parse, text, False)
    after = _adjunct_pairs(parse, text, True)
    assert before and before[0][1] == "carrying pots"
    assert after and after[0][1] == "Women took to streets carrying pots"
    assert after[0][0] == before[0][0]


def test_participle_of_a_subject_stays_a_modifier(parse: Language) -> None:
    """On the subject ("the people carrying pots") the participle is no adjunct of a clause: no change."""
    text = "The women carrying pots blocked the road in protest against erratic supply of water."
    assert _adjunct_pairs(parse, text, True) == _adjunct_pairs(parse, text, False)
