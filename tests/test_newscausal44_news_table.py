"""Issue 13, session 34, newscausal44 (docs/causal.md round 87): a seventeenth table of made-up sentences in the style
of 2025 news, on the span tagger's pair that cuts one verb phrase in two: its effect ends on a verb and its cause is
that verb's own direct object or object clause ("he would restart efforts to end | the war", "Russia will likely
acquire | these territories"), so that what a verb acts on is read as the cause of the act. Where the sentence has
another reading (a purpose infinitive, a marker), that reading now stands; where it has none, the pair stands (the
sentence is causal all the same). Rows beside them keep their claims: a verb of contention whose object is its
grievance ("protested the new fertilizer tax"), "follow" ("The strike followed months of talks"), a purpose the
tagger never cut. Each row's pairs were written before the stage was run; none is copied from an evaluation set. Rows
the shipped stage does not get are strict xfails with the general reason.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .causal_sentences import claim_pairs, news_table_tests, settings_set

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        'On Monday, Erdogan announced that he would restart efforts to end the "senseless" war in Sudan and confirmed'
        " his plans to visit Cairo.",
        [('to end the "senseless" war in Sudan', "he would restart efforts")],
    ),
    (
        "The envoy said she would restart efforts to end the long standoff and confirmed plans to visit Tehran next"
        " week.",
        [("to end the long standoff", "she would restart efforts")],
    ),
    (
        'On Tuesday, Macron said that he would relaunch talks to end the "shameful" blockade of Gaza and confirmed his'
        " plans to meet Netanyahu.",
        [('to end the "shameful" blockade of Gaza', "he would relaunch talks")],
    ),
    (
        "Thousands of farmers protested the new fertilizer tax in the capital.",
        [("the new fertilizer tax", "Thousands of farmers protested")],
    ),
    (
        "Teachers in Lagos protested the closure of three public schools on Monday.",
        [("the closure of three public schools", "Teachers in Lagos protested")],
    ),
    (
        "The strike followed months of failed wage talks between the union and the rail operator.",
        [("months of failed wage talks between the union and the rail operator", "The strike")],
    ),
    (
        "In a statement, the army said it would resume operations to clear the highway and announced plans to reopen"
        " the airport.",
        [("to clear the highway", "it would resume operations")],
    ),
    (
        "The leaked tape shows officials planning what the minister hoped would be given to the media to get the"
        " reform bill moving.",
        [("to get the reform bill moving", "would be given to the media")],
    ),
    (
        "The opposition said it would renew its campaign to end the state of emergency and announced plans to march"
        " on parliament.",
        [("to end the state of emergency", "it would renew its campaign")],
    ),
]

CONTROLS: list[str] = [
    "Hungary said it would veto the new sanctions package and announced a review of its EU payments.",
    "The union said it would accept the wage offer and announced the end of the dock strike.",
]
XFAIL_CAUSAL: dict[int, str] = {
    7: "the cut pair stands where the sentence has no other reading: no rule reads a purpose infinitive ('to get the"
    " reform bill moving') inside a relative clause of a reported act, so 'what the minister hoped ... -> officials"
    " planning' (the object clause of 'planning' as its cause) is the sentence's only claim",
    8: "the cut pair stands where the sentence has no other reading: the purpose of 'its campaign to end the state of"
    " emergency' hangs on a noun in the object clause of 'said' and no rule reads it there, so the clause said is"
    " read as the cause of saying it",
}
XFAIL_CONTROLS: dict[int, str] = {}


TestNewsTable = news_table_tests(
    CAUSAL, CONTROLS, XFAIL_CAUSAL, XFAIL_CONTROLS, size=11, switches=("cut_object_tag_pairs",)
)


def test_a_cut_pair_gives_way_only_when_on(causal_nlp: Language) -> None:
    text = CAUSAL[0][0]
    with settings_set(causal_nlp, cut_object_tag_pairs=False):
        assert claim_pairs(causal_nlp, text) != [('to end the "senseless" war in Sudan', "he would restart efforts")]
    with settings_set(causal_nlp, cut_object_tag_pairs=True):
        assert claim_pairs(causal_nlp, text) == [('to end the "senseless" war in Sudan', "he would restart efforts")]


@pytest.mark.parametrize(
    "text",
    [
        # a verb of contention's object is its grievance, "follow"'s object what came first: the pair stands either way
        "Thousands of farmers protested the new fertilizer tax in the capital.",
        "The strike followed months of failed wage talks between the union and the rail operator.",
    ],
)
def test_a_grievance_object_is_read_as_before(causal_nlp: Language, text: str) -> None:
    with settings_set(causal_nlp, cut_object_tag_pairs=False):
        before = claim_pairs(causal_nlp, text)
    with settings_set(causal_nlp, cut_object_tag_pairs=True):
        assert claim_pairs(causal_nlp, text) == before != []
