"""A table of invented sentences for docs/events.md rule 174 (issue 14, session 26, branch comment1): a comment
(praise 051, criticism 111, rejection 120) on another party's decision, move, plan or proposal whose decider is
named by an "of" or "by" phrase ("welcomed the decision of the United States to ...") is the comment toward the
decider, as with a possessive or an adjective ("welcomed the US decision to ..."); the decided act below the
comment's object gives way to it (rule 56b). A decision of the speaker's own keeps its act.

Every sentence is our own invention, none copied from ConfliBERT, PLOVER, CAMEO or any evaluation set; the
expected codes were chosen from the CAMEO code descriptions (the comment's code as the possessive control gets it)
before the coder changed. Rows compare the whole set of asserted events, actors on their primary codes.
Before rule 174: 9 of the 18 rows (the controls); after: 17. ``XFAIL`` keeps the rest, with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Expected = set[tuple[str, str, str]]

COMMENT1_SENTENCES: list[tuple[str, Expected]] = [
    # the decider in an "of" phrase (before: the hostile decided act alone, or nothing)
    ("Moscow welcomed the decision of Washington to suspend military aid to Georgia.", {("RUS", "USA", "051")}),
    ("France condemned the decision of Turkey to close its border with Syria.", {("FRA", "TUR", "111")}),
    ("Beijing condemned the decision of the Philippines to expel Chinese diplomats.", {("CHN", "PHL", "111")}),
    ("India rejected the plan of Pakistan to impose a naval blockade on Afghanistan.", {("IND", "PAK", "120")}),
    ("Japan praised the move of South Korea to cut oil exports to North Korea.", {("JPN", "KOR", "051")}),
    (
        "Canada has welcomed the decision of Mexico to suspend trade with Venezuela, officials said.",
        {("CAN", "MEX", "051")},
    ),
    ("Israel welcomed the decision of Bahrain to expel Iran's ambassador.", {("ISR", "BHR", "051")}),
    ("Britain criticised the decision of China to impose tariffs on Australian wine.", {("GBR", "CHN", "111")}),
    # the decider in a "by" phrase
    ("Canada has welcomed the decision by Mexico to suspend trade with Venezuela.", {("CAN", "MEX", "051")}),
    ("Iran condemned a proposal by Israel to impose sanctions on Lebanon.", {("IRN", "ISR", "111")}),
    # controls: a possessive or an adjective decider, as before
    ("Moscow welcomed the US decision to halt arms deliveries to Ukraine.", {("RUS", "USA", "051")}),
    ("France condemned Turkey's decision to close its border with Syria.", {("FRA", "TUR", "111")}),
    ("Beijing condemned the Philippine decision to expel Chinese diplomats.", {("CHN", "PHL", "111")}),
    ("India rejected Pakistan's plan to impose a naval blockade on Afghanistan.", {("IND", "PAK", "120")}),
    # controls: an of-phrase decider of a peaceful act, as before
    (
        "Japan praised the proposal of South Korea to resume military talks with North Korea.",
        {("JPN", "KOR", "051")},
    ),
    # a decision of one's own keeps its act
    ("Russia announced the decision of its government to cut gas supplies to Ukraine.", {("RUS", "UKR", "163")}),
    ("Russia announced the decision of the Kremlin to cut gas supplies to Ukraine.", {("RUS", "UKR", "163")}),
    ("Russia cut gas supplies to Ukraine.", {("RUS", "UKR", "163")}),
]

# the pronoun-owned decision is coded since issue 14, session 27 (actors11, docs/events.md rule 182)
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(COMMENT1_SENTENCES, XFAIL))
def test_a_comment_on_a_decision_named_by_of_or_by_is_toward_the_decider(
    rules_nlp: Language, text: str, expected: Expected
) -> None:
    assert asserted(rules_nlp, text) == expected
