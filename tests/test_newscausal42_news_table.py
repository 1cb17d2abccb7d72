"""Issue 13, session 33, newscausal42 (docs/causal.md round 85): a fifteenth table of made-up sentences in the style
of 2025 news, on what newscausal41 left as a strict xfail: a thing's aim read the other way round ("to protect local
carmakers -> The new tariffs aim"). A measure, a law or a levy that "aims" or "seeks" to do something is put in place
for that effect: the thing is the cause, what it aims at the effect, as a marker rule reads it where the infinitive's
verb is causal ("The levy on sugary drinks -> childhood obesity"). A person's, a group's or an institution's aim is a
plan of its own (round 81) and gives no claim. Each row's pairs were written before the stage was run; none is copied
from an evaluation set. Rows the shipped stage does not get are strict xfails with the general reason.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .causal_sentences import claim_pairs, news_table_tests, settings_set

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "The new export controls aim to shield domestic chipmakers.",
        [("The new export controls", "shield domestic chipmakers")],
    ),
    ("The new visa rules aim to attract skilled workers.", [("The new visa rules", "attract skilled workers")]),
    ("The reform seeks to protect small savers.", [("The reform", "protect small savers")]),
    ("The stimulus package aims to revive consumer spending.", [("The stimulus package", "revive consumer spending")]),
    ("The levy on sugary drinks aims to curb childhood obesity.", [("The levy on sugary drinks", "childhood obesity")]),
    ("The windfall tax seeks to fund energy rebates.", [("The windfall tax", "fund energy rebates")]),
    ("The central bank raised rates to cool inflation.", [("cool inflation", "The central bank raised rates")]),
]

CONTROLS: list[str] = [
    "The minister aims to protect local farmers.",
    "The agency aims to approve the vaccine by March.",
    "Our goal is to double wages by 2028.",
]
XFAIL_CAUSAL: dict[int, str] = {
    3: "the span tagger's cause is the infinitive's object, its effect the thing with its aim and the infinitive's"
    " verb ('consumer spending -> The stimulus package aims to revive'): the sides cut the aim inside its infinitive,"
    " which round 85 (a cause that starts at the infinitive) leaves as it is",
}
# control 2 ("Our goal is to double wages by 2028") passes since round 86 (``misread_goal_infinitives``): a goal's
# copula whose "to" the parser read as a preposition is a statement of a goal all the same
XFAIL_CONTROLS: dict[int, str] = {}


TestNewsTable = news_table_tests(CAUSAL, CONTROLS, XFAIL_CAUSAL, XFAIL_CONTROLS, size=10, switches=("aim_turns",))


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("The new export controls aim to shield domestic chipmakers.", "The new export controls"),
        ("The reform seeks to protect small savers.", "The reform"),
    ],
)
def test_a_things_aim_is_turned_only_when_on(causal_nlp: Language, text: str, cause: str) -> None:
    with settings_set(causal_nlp, aim_turns=False):
        assert [c for c, _ in claim_pairs(causal_nlp, text)] != [cause]
    with settings_set(causal_nlp, aim_turns=True):
        assert [c for c, _ in claim_pairs(causal_nlp, text)] == [cause]


@pytest.mark.parametrize(
    "text",
    [
        # a causal verb's own claim and a subject split already read the thing as the cause
        "The levy on sugary drinks aims to curb childhood obesity.",
        "The windfall tax seeks to fund energy rebates.",
        # a doer's aim is a plan (round 81), an act's purpose is read as before
        "The minister aims to protect local farmers.",
        "The central bank raised rates to cool inflation.",
        # a prediction is turned by round 75 as before
        "The new tariffs are set to hurt exporters.",
    ],
)
def test_other_claims_stay(causal_nlp: Language, text: str) -> None:
    with settings_set(causal_nlp, aim_turns=False):
        off = claim_pairs(causal_nlp, text)
    with settings_set(causal_nlp, aim_turns=True):
        assert claim_pairs(causal_nlp, text) == off
