"""Issue 13, session 31, newscausal35 (docs/causal.md round 76): a ninth table of made-up sentences in the style of
2025 news, this one on economic causal chains in reports on sanctions, oil and war economies ("the price cap cut
Russia's oil revenue", "falling oil revenue widened the budget deficit", "the central bank raised rates to curb
inflation driven by military spending", "sanctions pushed Russia to sell more crude to India and China", "higher
tariffs on Indian goods over its Russian oil purchases", "due to", "amid", "as a result of", "fuelled", "weighed on"),
each with the cause -> effect pairs a careful reader would mark, written before the stage was run, and controls that
must give no claim: a figure reported, a rate kept, a purchase, a package adopted, a daily price move, a schedule, a
meeting "amid" talk, a date of entry into force. None is copied from an evaluation set. A row passes when every
expected pair is matched by one claim and no claim is left over, a match being the scorer's
(``../shared/eval/score.py``: token Jaccard >= 0.5 on both the cause and the effect). Rows the shipped stage does not
get are strict xfails with the general reason. Round 76's rule (``participle_side_ends``: a side that runs on past
a noun phrase into its participle relative with a "by" agent and no comma, "protest against losses | caused by cheap
Ukrainian grain imports", ends before the participle where another claim of the sentence is the participle's own,
"cheap Ukrainian grain imports -> losses") takes no row of this table: its one row of the construction, "Labour
shortages caused by the mobilisation pushed up wages", has the noun phrase as the whole side, which the rule leaves as
round 68's table and CNC train mark it. The before and after counts are in docs/causal.md round 76 and BENCHMARKS.md.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .causal_sentences import (
    claim_pairs,
    news_table_tests,
    settings_set,
)

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "The price cap cut Russia's oil revenue by a fifth.",
        [("The price cap", "Russia's oil revenue")],
    ),
    (
        "Falling oil revenue widened Russia's budget deficit.",
        [("Falling oil revenue", "Russia's budget deficit")],
    ),
    (
        "The central bank raised interest rates to curb inflation driven by military spending.",
        [
            ("curb inflation driven by military spending", "The central bank raised interest rates"),
            ("military spending", "inflation"),
        ],
    ),
    (
        "Sanctions pushed Russia to sell more crude to India and China.",
        [("Sanctions", "Russia to sell more crude to India and China")],
    ),
    (
        "Washington imposed higher tariffs on Indian goods over its Russian oil purchases.",
        [("its Russian oil purchases", "Washington imposed higher tariffs on Indian goods")],
    ),
    (
        "The rouble weakened due to lower export earnings.",
        [("lower export earnings", "The rouble weakened")],
    ),
    (
        "Inflation accelerated amid a severe labour shortage.",
        [("a severe labour shortage", "Inflation accelerated")],
    ),
    (
        "As a result of the sanctions, European gas prices soared.",
        [("the sanctions", "European gas prices soared")],
    ),
    (
        "Record defence spending fuelled inflation in Russia.",
        [("Record defence spending", "inflation in Russia")],
    ),
    (
        "The new sanctions weighed on the rouble.",
        [("The new sanctions", "the rouble")],
    ),
    (
        "Drone attacks on refineries caused a shortage of petrol in several Russian regions.",
        [("Drone attacks on refineries", "a shortage of petrol in several Russian regions")],
    ),
    (
        "Higher borrowing costs have slowed investment across the Russian economy.",
        [("Higher borrowing costs", "investment across the Russian economy")],
    ),
    (
        "The budget deficit grew because oil and gas revenues fell sharply.",
        [("oil and gas revenues fell sharply", "The budget deficit grew")],
    ),
    (
        "Oil prices rose after the United States sanctioned Rosneft and Lukoil.",
        [("the United States sanctioned Rosneft and Lukoil", "Oil prices rose")],
    ),
    (
        "The EU ban on Russian diesel led to higher fuel prices in Europe.",
        [("The EU ban on Russian diesel", "higher fuel prices in Europe")],
    ),
    (
        "Western sanctions forced Moscow to redirect its oil exports to Asia.",
        [("Western sanctions", "Moscow to redirect its oil exports to Asia")],
    ),
    (
        "Indian refiners cut purchases of Russian crude because of the new US tariffs.",
        [("the new US tariffs", "Indian refiners cut purchases of Russian crude")],
    ),
    (
        "The war has driven up food prices across Africa.",
        [("The war", "food prices across Africa")],
    ),
    (
        "Weak demand from China weighed on oil prices.",
        [("Weak demand from China", "oil prices")],
    ),
    (
        "Russia's economy slowed sharply as a result of high interest rates.",
        [("high interest rates", "Russia's economy slowed sharply")],
    ),
    (
        "The shadow fleet allowed Russia to keep exporting oil above the price cap.",
        [("The shadow fleet", "Russia to keep exporting oil above the price cap")],
    ),
    (
        "Labour shortages caused by the mobilisation pushed up wages.",
        [("the mobilisation", "Labour shortages"), ("Labour shortages", "wages")],
    ),
    (
        "The government raised taxes to finance the war.",
        [("finance the war", "The government raised taxes")],
    ),
    (
        "Lower oil prices triggered a sell-off in Russian stocks.",
        [("Lower oil prices", "a sell-off in Russian stocks")],
    ),
    (
        "Gas exports to Europe collapsed following the closure of the pipeline.",
        [("the closure of the pipeline", "Gas exports to Europe collapsed")],
    ),
]

CONTROLS: list[str] = [
    "Russia's oil revenue fell to 520 billion roubles in October.",
    "The central bank kept its key rate at 17 percent.",
    "India bought 1.7 million barrels a day of Russian crude in June.",
    "The EU adopted its 19th package of sanctions on Thursday.",
    "Oil prices rose 2 percent on Monday.",
    "The finance ministry will publish budget data next week.",
    "Putin met Modi in New Delhi amid talk of a trade deal.",
    "The tariffs take effect on August 27.",
]
XFAIL_CAUSAL: dict[int, str] = {
    2: "a purpose 'to' whose object carries a participle of cause: the participle's claim takes the whole main"
    " clause as its effect ('military spending -> The central bank raised interest rates to curb inflation') and no"
    " purpose pair is drawn (with or without round 76)",
    11: "the rules give the pair ('slowed', markers.yml `extra_verbs`), but the sentence scorer stays under its marker"
    " threshold for the sentence ('Higher borrowing costs have slowed investment.' gets it): no claim (with or"
    " without round 76)",
    21: "the cause is the noun phrase with its participle of cause ('Labour shortages caused by the mobilisation ->"
    " wages', Jaccard 2/5): round 76 ends a side before such a participle only where the side runs on past the noun"
    " phrase; a side that is the noun phrase keeps it, as round 68's table ('Energy shortages caused by the war forced"
    " ...') and CNC train ('due to safety concerns sparked by protests') mark it (with or without round 76)",
}
XFAIL_CONTROLS: dict[int, str] = {
    0: "a fall to a figure with no cause gives the span tagger's pair 'Russia's oil revenue -> fell to 520 billion"
    " roubles in October', the subject read as the cause of its own change (with or without round 76)",
}


TestNewsTable = news_table_tests(
    CAUSAL, CONTROLS, XFAIL_CAUSAL, XFAIL_CONTROLS, size=33, switches=("participle_side_ends",)
)


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        (
            "Farmers blocked roads to protest against losses caused by cheap Ukrainian grain imports.",
            ("protest against losses caused by cheap Ukrainian grain imports", "Farmers blocked roads"),
            ("protest against losses", "Farmers blocked roads"),
        ),
        (
            "The rouble fell as investors fled a market hit by the new sanctions.",
            ("investors fled a market hit by the new sanctions", "The rouble fell"),
            ("investors fled a market", "The rouble fell"),
        ),
    ],
)
def test_a_side_ends_before_a_participle_of_cause_only_when_on(
    causal_nlp: Language, text: str, before: tuple[str, str], after: tuple[str, str]
) -> None:
    with settings_set(causal_nlp, participle_side_ends=False):
        off = claim_pairs(causal_nlp, text)
    with settings_set(causal_nlp, participle_side_ends=True):
        on = claim_pairs(causal_nlp, text)
    assert before in off and after not in off
    assert after in on and before not in on
    # the participle's own claim stays as it is
    assert [p for p in off if p != before] == [p for p in on if p != after]


@pytest.mark.parametrize(
    "text",
    [
        # the side is the noun phrase with its participle: it keeps it
        "Labour shortages caused by the mobilisation pushed up wages.",
        "Energy shortages caused by the war forced German factories to cut output.",
        # the participle states no claim of the sentence
        "Exports fell because of a price war started by Saudi Arabia.",
        "Prices rose after a deal signed by the two leaders.",
        # a participle with no "by" agent is a conjunct's verb, not a relative of cause
        "Two people were killed and 40 others injured in the strike, which caused a fire.",
    ],
)
def test_a_participle_the_side_needs_stays(causal_nlp: Language, text: str) -> None:
    with settings_set(causal_nlp, participle_side_ends=False):
        off = claim_pairs(causal_nlp, text)
    with settings_set(causal_nlp, participle_side_ends=True):
        assert claim_pairs(causal_nlp, text) == off
