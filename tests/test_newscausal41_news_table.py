"""Issue 13, session 33, newscausal41 (docs/causal.md round 84): a fourteenth table of made-up sentences in the style
of 2025 news, on what newscausal39 and newscausal40 left as strict xfails: a goal noun equated with a to-infinitive
("The bank's goal is to bring inflation back to 2 percent", "The government's plan is to build ...") still split into
a claim by the sentence detector's implicit split, a subject split or the span tagger, and a plan's own object read as
its cause ("the tax on heating oil -> The coalition has pledged to scrap"). Causal rows beside them must keep their
claims: an act's purpose, a plan's purpose and a plan's reason, a thing's aim, a forced act. Each row's pairs were
written before the stage was run; none is copied from an evaluation set. Rows the shipped stage does not get are
strict xfails with the general reason.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .causal_sentences import claim_pairs, news_table_tests, settings_set

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "The central bank cut interest rates to boost growth.",
        [("to boost growth", "The central bank cut interest rates")],
    ),
    ("The new tariffs aim to protect local carmakers.", [("The new tariffs", "local carmakers")]),
    (
        "The government plans to raise taxes on tobacco to fund hospitals.",
        [("to fund hospitals", "The government plans to raise taxes on tobacco")],
    ),
    (
        "Soaring energy costs forced the company to cut 500 jobs.",
        [("Soaring energy costs", "the company to cut 500 jobs")],
    ),
    (
        "The union has vowed to strike because wages have fallen behind inflation.",
        [("wages have fallen behind inflation", "The union has vowed to strike")],
    ),
    (
        "The party vowed to fight on after its leader was arrested.",
        [("its leader was arrested", "The party vowed to fight on")],
    ),
]

CONTROLS: list[str] = [
    "The bank's goal is to bring inflation back to 2 percent.",
    "Our aim is to double exports to Africa by 2030.",
    "The government's plan is to build three new nuclear reactors.",
    "The purpose of the new fund is to support small farmers.",
    "Their aim was to weaken the government, prosecutors said.",
    "The coalition has pledged to scrap the tax on heating oil.",
    "The union has vowed to block the new pension reform.",
    "The president has promised to cut fuel prices for farmers.",
]
# causal row 1 ("The new tariffs aim to protect local carmakers") passes since round 85 (``aim_turns``): a thing's aim
# read the other way round is turned in place, the tariffs the cause of what they aim at
XFAIL_CAUSAL: dict[int, str] = {
    2: "a plan's purpose beside a verb of intent ('plans to raise taxes on tobacco | to fund hospitals'): the stage"
    " makes no claim with or without round 84, where the same construction with 'raise fuel prices' gets its pair",
}
# control 1 ("Our aim is to double exports to Africa by 2030") passes since round 86 (``misread_goal_infinitives``): a
# goal's copula whose "to" the parser read as a preposition is a statement of a goal all the same
XFAIL_CONTROLS: dict[int, str] = {}


TestNewsTable = news_table_tests(
    CAUSAL, CONTROLS, XFAIL_CAUSAL, XFAIL_CONTROLS, size=14, switches=("plan_statement_claims",)
)


@pytest.mark.parametrize(
    "text",
    [
        "The bank's goal is to bring inflation back to 2 percent.",
        "The government's plan is to build three new nuclear reactors.",
        "The coalition has pledged to scrap the tax on heating oil.",
    ],
)
def test_a_plan_or_goal_statement_gives_no_claim_only_when_on(causal_nlp: Language, text: str) -> None:
    with settings_set(causal_nlp, plan_statement_claims=False):
        assert len(claim_pairs(causal_nlp, text)) == 1
    with settings_set(causal_nlp, plan_statement_claims=True):
        assert claim_pairs(causal_nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a plan's reason, its act's purpose and a reason of the plan's own verb are read as before
        "The union has vowed to strike because wages have fallen behind inflation.",
        "The ministry plans to raise fuel prices to cut the budget deficit.",
        "The party vowed to fight on after its leader was arrested.",
        # a thing's aim and a forced act: no verb of intent, no goal noun
        "The new subsidy aims to lower food prices.",
        "Soaring energy costs forced the company to cut 500 jobs.",
    ],
)
def test_other_claims_stay(causal_nlp: Language, text: str) -> None:
    with settings_set(causal_nlp, plan_statement_claims=False):
        off = claim_pairs(causal_nlp, text)
    with settings_set(causal_nlp, plan_statement_claims=True):
        assert claim_pairs(causal_nlp, text) == off
