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
    2: "the tagger's pair goes (round 83), but a subject split of the goal noun from its copula's to-infinitive"
    " ('The minister's aim -> is to attract ...') is drawn: the copula is no verb of intent",
    3: "a goal noun as the subject of a copula with a to-infinitive: the sentence detector's implicit split"
    " 'to reduce ... -> Their goal is' is drawn, the copula being no verb of intent",
    4: "a goal noun ('plan') as the copula's subject: the implicit split 'to build ... -> The mayor's plan is' is"
    " drawn",
    5: "a marker read of 'on' ('the new tax on fuel -> The opposition has vowed to scrap'): no verb-of-intent gate"
    " reaches the marker claims",
    6: "a purpose read of 'for' ('families -> The government has promised to cut income taxes'): a beneficiary is"
    " read as a purpose under a verb of intent",
    7: "a goal noun with an 'of' phrase as the copula's subject: the implicit split 'to protect ... -> The aim of the"
    " tariffs is' is drawn",
}


TestNewsTable = news_table_tests(CAUSAL, CONTROLS, XFAIL_CAUSAL, XFAIL_CONTROLS, size=12, switches=("plan_tag_pairs",))
