"""Issue 13, session 32, newscausal40 (docs/causal.md round 83): a thirteenth table of made-up sentences in the style
of 2025 news, on what newscausal39 left as strict xfails: the span tagger's pair that reads a plan as the cause of who
makes it ("The party has pledged to raise the minimum wage" -> "pledged to raise the minimum wage -> The party") or a
goal as the cause of the goal noun ("The minister's aim is to attract more foreign investment"). Round 83's rule
(``plan_tag_pairs``) drops the tagger's pair where one side holds the to-infinitive of a verb of intent
(``Extractor.plans``) or of a goal noun's copula (``Extractor._stated_goal``) and the other side that verb's subject.
Causal rows beside them must keep their claims: a plan's own reason, a plan's purpose, a thing's aim, a forced act.
Each row's pairs were written before the stage was run; none is copied from an evaluation set. Rows the shipped stage
does not get are strict xfails with the general reason.
"""

from __future__ import annotations

from .causal_sentences import news_table_tests

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "The party pledged to raise the minimum wage because prices have soared.",
        [("prices have soared", "The party pledged to raise the minimum wage")],
    ),
    (
        "The government raised fuel taxes to cut the budget deficit.",
        [("to cut the budget deficit", "The government raised fuel taxes")],
    ),
    ("The new subsidy aims to lower food prices.", [("The new subsidy", "food prices")]),
    (
        "Rising prices forced the central bank to raise interest rates.",
        [("Rising prices", "the central bank to raise interest rates")],
    ),
]

CONTROLS: list[str] = [
    "The party has pledged to raise the minimum wage.",
    "The bank has pledged to lower fees for small businesses.",
    "The minister's aim is to attract more foreign investment.",
    "Their goal is to reduce emissions by 40 percent.",
    "The mayor's plan is to build 10,000 new homes.",
    "The opposition has vowed to scrap the new tax on fuel.",
    "The government has promised to cut income taxes for families.",
    "The aim of the tariffs is to protect local steelmakers.",
]
XFAIL_CAUSAL: dict[int, str] = {}
XFAIL_CONTROLS: dict[int, str] = {
    6: "a purpose read of 'for' ('families -> The government has promised to cut income taxes'): a beneficiary is"
    " read as a purpose under a verb of intent; round 84 (``plan_statement_claims``) takes a planned act's direct"
    " object, not its prepositional phrases",
}
# controls 2, 3, 4, 5 and 7 pass since round 84 (``plan_statement_claims``): a claim whose sides are the parts of one
# statement of a plan or a goal (the goal noun and its copula's to-infinitive, a plan's subject and its act's object)
# gives way, whatever drew it


TestNewsTable = news_table_tests(CAUSAL, CONTROLS, XFAIL_CAUSAL, XFAIL_CONTROLS, size=12, switches=("plan_tag_pairs",))
