"""Round 18 of issue 13 (docs/causal.md): claims missing from causal sentences.

- ``inner_clause_splits``: the clause splits of clauses below the main one ("Farmers gathered to submit a
  memorandum | when the minister refused to meet them"), offered as further pairs of a sentence that has one where
  the tagger's role vote backs them (``extra_inner_split_min_vote``); a clause that describes a noun ("the strike
  called by the unions after X") gives none.
- ``Extractor.block_reasons``: why a sentence is blocked (a concession, a denied marker, a question).
- ``sure_unblock_min_prob``: a sentence the scorer is sure of that a concessive or negated marker left with no
  claim is read without that block; a question stays blocked.

Each sentence is made up for the test; the tagger readings are made-up scores.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from detente.nlp.causal_extractor import Extractor
from detente.nlp.causal_implicit import inner_clause_splits
from tests.conftest import claims_at

from .causal_sentences import sentence

GATHERED = "Farmers gathered outside the collectorate to submit a memorandum when the minister refused to meet them ."


def _inner(nlp: Language, ex: Extractor, text: str) -> list[tuple[str, str]]:
    return [(c["cause"], c["effect"]) for c in inner_clause_splits(ex, sentence(nlp, text))]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a subordinate clause of the purpose clause: the chain's second link
        (GATHERED, ("the minister refused to meet them", "to submit a memorandum")),
        # a reason inside a participle's reported clause, read once (under "saying" and alone)
        (
            "Residents blocked the road , saying they were protesting because the water supply had been cut .",
            ("the water supply had been cut", "they were protesting"),
        ),
    ],
)
def test_an_inner_clause_gives_its_own_pair(parse: Language, extractor: Extractor, text: str, pair: tuple) -> None:
    assert _inner(parse, extractor, text) == [pair]


@pytest.mark.parametrize(
    "text",
    [
        # the clause describes a noun: no pair of its own
        "The strike called by the transport unions after the fare hike was approved stranded commuters .",
        # the main clause's own splits are not inner ones
        "Workers walked out of the plant when the management refused to pay the bonus .",
    ],
)
def test_no_inner_pair(parse: Language, extractor: Extractor, text: str) -> None:
    assert _inner(parse, extractor, text) == []


def test_the_sentence_span_is_the_whole_sentence(parse: Language, extractor: Extractor) -> None:
    sent = sentence(parse, GATHERED)
    (claim,) = inner_clause_splits(extractor, sent)
    assert (claim["start"], claim["end"]) == (sent.start_char, sent.end_char)
    assert claim["implicit"]


@pytest.mark.parametrize(
    ("text", "reasons"),
    [
        ("Despite heavy rain , thousands of teachers marched to the assembly .", {"concessive"}),
        ("The talks did not collapse because of the border dispute .", {"negated"}),
        ("Will the new tariffs hurt exporters ?", {"question"}),
        ("Thousands of teachers marched to the assembly .", set()),
    ],
)
def test_block_reasons(parse: Language, extractor: Extractor, text: str, reasons: set[str]) -> None:
    sent = sentence(parse, text)
    assert extractor.block_reasons(sent) == reasons
    assert extractor.blocked(sent) == bool(reasons)


# --- the component, with made-up tagger readings


def _claims(linear_causal: Language, text: str, p: float, reading: dict[str, Any] | None, **settings: float) -> list:
    return [(c["cause"], c["effect"]) for c in claims_at(linear_causal, text, p, reading, **settings)]


def _roles(text: str, cause: str, effect: str) -> list[tuple[int, int, float]]:
    """One role log-odds per word: +2 inside ``cause``, -2 inside ``effect``, 0 elsewhere."""
    c0, e0 = text.index(cause), text.index(effect)
    roles, at = [], 0
    for word in text.split():
        a = text.index(word, at)
        at = a + len(word)
        value = 2.0 if c0 <= a < c0 + len(cause) else -2.0 if e0 <= a < e0 + len(effect) else 0.0
        roles.append((a, at, value))
    return roles


@pytest.mark.parametrize(("min_vote", "added"), [(float("inf"), False), (2.0, True)])
def test_an_inner_pair_the_tagger_backs_joins_the_first(linear_causal: Language, min_vote: float, added: bool) -> None:
    inner = ("the minister refused to meet them", "to submit a memorandum")
    reading = {"roles": _roles(GATHERED, *inner)}
    claims = _claims(linear_causal, GATHERED, 0.9, reading, extra_inner_split_min_vote=min_vote)
    assert claims, "the sentence has its first pair either way"
    assert (inner in claims) == added


def test_an_inner_pair_the_tagger_reads_the_other_way_is_left_out(linear_causal: Language) -> None:
    reading = {"roles": _roles(GATHERED, "to submit a memorandum", "the minister refused to meet them")}
    claims = _claims(linear_causal, GATHERED, 0.9, reading, extra_inner_split_min_vote=2.0)
    assert ("the minister refused to meet them", "to submit a memorandum") not in claims


CONCEDED = "Despite the heavy police presence , hundreds of students blocked the main road near the campus ."
ASKED = "Did the heavy police presence stop hundreds of students from blocking the main road ?"


def _reading(text: str, cause: str, effect: str) -> dict[str, Any]:
    c0, e0 = text.index(cause), text.index(effect)
    return {"cause": (c0, c0 + len(cause)), "effect": (e0, e0 + len(effect)), "cause_score": 15.0, "effect_score": 15.0}


@pytest.mark.parametrize(
    ("min_prob", "p", "claimed"),
    [
        (float("inf"), 0.95, False),  # off: the concession blocks the tagger's pair, as before
        (0.8, 0.95, True),  # the scorer is sure: the pair speaks
        (0.8, 0.7, False),  # not sure enough: the block stays
    ],
)
def test_a_sure_conceded_sentence_is_read_without_its_block(
    linear_causal: Language, min_prob: float, p: float, claimed: bool
) -> None:
    cause, effect = "the heavy police presence", "hundreds of students blocked the main road near the campus"
    claims = _claims(linear_causal, CONCEDED, p, _reading(CONCEDED, cause, effect), sure_unblock_min_prob=min_prob)
    assert bool(claims) == claimed
    if claimed:
        assert claims[0][1].startswith("hundreds of students blocked")


def test_a_question_stays_blocked(linear_causal: Language) -> None:
    cause, effect = "the heavy police presence", "hundreds of students"
    assert _claims(linear_causal, ASKED, 0.99, _reading(ASKED, cause, effect), sure_unblock_min_prob=0.5) == []
