"""Issue 13, session 34, newscausal43 (docs/causal.md round 86): a sixteenth table of made-up sentences in the style
of 2025 news, on what newscausal41 and newscausal42 left as strict xfails: a goal statement whose "to" the parser
reads as a preposition and whose verb as a modifier of the object noun ("Our aim is to(prep) double(amod)
exports(pobj)"), so that no to-infinitive names the goal and round 84 leaves the split of the goal from its subject
standing ("is to double exports ... -> Our aim"). After a goal noun's copula, "to" can only open the goal's act,
whatever the tags read. Causal rows beside them keep their claims: a real preposition "to" before the same words
("rose to double digits", "rose to record highs"), a copula's reason ("is due to"), a forced act. Each row's pairs were
written before the stage was run; none is copied from an evaluation set. Rows the shipped stage does not get are strict
xfails with the general reason.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .causal_sentences import claim_pairs, news_table_tests, settings_set

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "The drought forced farmers to double grain imports.",
        [("The drought", "farmers to double grain imports")],
    ),
    (
        "Exports fell because the currency rose to record highs.",
        [("the currency rose to record highs", "Exports fell")],
    ),
    (
        "Food prices rose to double digits after the harvest failed.",
        [("the harvest failed", "Food prices rose to double digits")],
    ),
    ("The rise in fuel prices is due to higher taxes.", [("higher taxes", "The rise in fuel prices")]),
    (
        "The strike is set to double waiting times at the port.",
        [("The strike", "double waiting times at the port")],
    ),
]

CONTROLS: list[str] = [
    "The ministry's aim is to double rail freight within five years.",
    "The objective is to double wheat yields in the Sahel.",
    "The plan is to double rail freight by 2030.",
    "Their intention was to double fuel duty.",
    "Our goal is to triple solar capacity by 2030.",
    "Their target was to halve child poverty by 2030.",
    "The idea was to double the number of border guards.",
]
XFAIL_CAUSAL: dict[int, str] = {
    4: "the same misparse after a head of prediction ('is set to(prep) double(VB, amod) waiting times(pobj)'): no"
    " to-infinitive follows 'set', so round 75's prediction reading finds none and no claim is drawn; round 86 reads"
    " only a goal's copula, where 'to' can open nothing but the goal's act",
}
XFAIL_CONTROLS: dict[int, str] = {}


TestNewsTable = news_table_tests(
    CAUSAL, CONTROLS, XFAIL_CAUSAL, XFAIL_CONTROLS, size=12, switches=("misread_goal_infinitives",)
)


@pytest.mark.parametrize(
    "text",
    [
        "The objective is to double wheat yields in the Sahel.",
        "The plan is to double rail freight by 2030.",
    ],
)
def test_a_misread_goal_gives_no_claim_only_when_on(causal_nlp: Language, text: str) -> None:
    with settings_set(causal_nlp, misread_goal_infinitives=False):
        assert len(claim_pairs(causal_nlp, text)) == 1
    with settings_set(causal_nlp, misread_goal_infinitives=True):
        assert claim_pairs(causal_nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a preposition "to" after a verb that is no copula, and a copula's reason, are read as before
        "Food prices rose to double digits after the harvest failed.",
        "Exports fell because the currency rose to record highs.",
        "The rise in fuel prices is due to higher taxes.",
        # a goal the parser reads right was round 84's already
        "The bank's goal is to bring inflation back to 2 percent.",
        # a plan's purpose read as a preposition stays as it was (no goal's copula)
        "The government plans to raise taxes on tobacco to fund hospitals.",
    ],
)
def test_other_claims_stay(causal_nlp: Language, text: str) -> None:
    with settings_set(causal_nlp, misread_goal_infinitives=False):
        off = claim_pairs(causal_nlp, text)
    with settings_set(causal_nlp, misread_goal_infinitives=True):
        assert claim_pairs(causal_nlp, text) == off
