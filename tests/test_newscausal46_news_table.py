"""Issue 13, session 35, newscausal46 (docs/causal.md round 89): a nineteenth table of made-up sentences in the style
of 2025 news, on a clause that only tells when something took place: an "as" clause whose act is a beginning or an
arrival ("shook hands as they kicked off the talks"), a "when" clause that is a relative clause on a noun ("the 2019
accord, when both sides agreed to ..."), and a "while" clause with no subject of its own ("is touring the region while
seeking support"). None of them is a cause. Rows beside them keep their "as" and "when" reasons. Each row's pairs were
written before the stage was run; none is copied from an evaluation set. Rows the shipped stage does not get are
strict xfails with the general reason (the round leaves "while" clauses as they were: CNC train reads a subjectless
"while trying to X" as the reason of its act).
"""

from __future__ import annotations

from spacy.language import Language

from .causal_sentences import claim_pairs, news_table_tests, settings_set

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Oil prices rose sharply as the new sanctions cut Russian exports.",
        [("the new sanctions cut Russian exports", "Oil prices rose sharply")],
    ),
    (
        "The talks collapsed when Moscow refused to withdraw its troops from the border.",
        [("Moscow refused to withdraw its troops from the border", "The talks collapsed")],
    ),
    (
        "The ceasefire broke down as both armies resumed shelling along the front.",
        [("both armies resumed shelling along the front", "The ceasefire broke down")],
    ),
    (
        "Thousands of families fled the city as the fighting spread to its outskirts.",
        [("the fighting spread to its outskirts", "Thousands of families fled the city")],
    ),
]

CONTROLS: list[str] = [
    "The two foreign ministers shook hands on Monday as they kicked off a new round of trade talks in Geneva.",
    "Delegates posed for photographs as they arrived at the summit venue in Doha.",
    "The new plan is more modest than the 2019 accord, when both sides agreed to freeze their tariffs.",
    "The envoy recalled the 2022 talks in Istanbul, when the two delegations met in a hotel by the Bosphorus.",
    "The defence minister is touring the Gulf this week while seeking support for a maritime ceasefire.",
    "Beijing keeps expanding its navy while urging calm in the South China Sea.",
    "This week's talks were calmer than the 2019 summit in Hanoi, when the two leaders walked out early.",
    "Diplomats compared the new deal with the 1994 framework, when Washington offered fuel aid to Pyongyang.",
]
XFAIL_CAUSAL: dict[int, str] = {}
XFAIL_CONTROLS: dict[int, str] = {
    2: "the tagger's pair splits a copula's subject from its whole predicate ('more modest than the 2019 accord, when"
    " both sides agreed ... -> The new plan'): the cause holds the 'when' clause and more, and lies inside no clause"
    " of time",
    4: "a subjectless 'while' clause of an attempt ('while seeking support for X'): CNC train reads 'while trying to X'"
    " as a reason, so the round leaves 'while' clauses as they were, and the tagger's pair ('a maritime ceasefire ->"
    " The defence minister is touring the Gulf this week while seeking support') stands",
}


TestNewsTable = news_table_tests(
    CAUSAL, CONTROLS, XFAIL_CAUSAL, XFAIL_CONTROLS, size=12, switches=("time_clause_causes",)
)


def test_a_time_clause_is_no_cause_only_when_on(causal_nlp: Language) -> None:
    text = CONTROLS[0]
    with settings_set(causal_nlp, time_clause_causes=False):
        assert claim_pairs(causal_nlp, text) != []
    with settings_set(causal_nlp, time_clause_causes=True):
        assert claim_pairs(causal_nlp, text) == []
