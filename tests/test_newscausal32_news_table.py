"""Issue 13, session 30, newscausal32 (docs/causal.md round 73): a sixth table of made-up sentences in the style of
2025 news, this one on economic causal claims (sanctions -> oil revenue, tariffs -> prices, the price cap -> discounts
on Russian crude, drone strikes on refineries -> fuel shortages, rate rises -> a slowdown), with the usual markers
("because of", "due to", "as a result of", "after", "following", "as", "led to", "caused", "forced", "prompted",
"pushed up", "hurt", "disrupted", "widened", "slowed", purpose "to", a result participle "hit by"), each with the
cause -> effect pairs a careful reader would mark, written before the stage was run, and controls that must give no
claim: a sanctions package adopted, a rate rise, a fall in revenue or a record with no cause, a price cap lowered, a
drone strike, a forecast, tariffs imposed, a future report, a temporal "before". None is copied from an evaluation
set. A row passes when every expected pair is matched by one claim and no claim is left over, a match being the
scorer's (``../shared/eval/score.py``: token Jaccard >= 0.5 on both the cause and the effect). Rows the shipped stage
does not get are strict xfails with the general reason. Round 73's rule (``change_verbs``: the verbs of change in an
amount of markers.yml, "widen", "narrow", "inflate", "shrink", "sap", "lift", "weigh on", "drag down", are causal verbs
of the rules; the actor checks still read the subject) takes the "widened" row; the before and after counts are in
docs/causal.md round 73 and BENCHMARKS.md.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .causal_sentences import (
    extractor_with,
    news_table_tests,
    pairs,
)

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Russia's oil revenue fell sharply because of Western sanctions on its tankers.",
        [("Western sanctions on its tankers", "Russia's oil revenue fell sharply")],
    ),
    (
        "US tariffs on imported furniture pushed up prices for American consumers.",
        [("US tariffs on imported furniture", "prices for American consumers")],
    ),
    (
        "The price cap on Russian crude forced Moscow to sell its oil at a steep discount.",
        [("The price cap on Russian crude", "Moscow to sell its oil at a steep discount")],
    ),
    (
        "Ukrainian drone strikes on refineries caused fuel shortages across southern Russia.",
        [("Ukrainian drone strikes on refineries", "fuel shortages across southern Russia")],
    ),
    (
        "Fuel shortages hit Crimea after Ukrainian drones struck several Russian refineries.",
        [("Ukrainian drones struck several Russian refineries", "Fuel shortages hit Crimea")],
    ),
    (
        "The economy slowed as a result of repeated interest rate rises.",
        [("repeated interest rate rises", "The economy slowed")],
    ),
    (
        "Higher interest rates led to a slowdown in the housing market.",
        [("Higher interest rates", "a slowdown in the housing market")],
    ),
    (
        "Russia's economy slowed sharply due to the central bank's high interest rates.",
        [("the central bank's high interest rates", "Russia's economy slowed sharply")],
    ),
    (
        "The new sanctions on Rosneft and Lukoil sent oil prices higher.",
        [("The new sanctions on Rosneft and Lukoil", "oil prices higher")],
    ),
    (
        "Coffee prices rose to a record because of the 50 percent tariff on Brazilian imports.",
        [("the 50 percent tariff on Brazilian imports", "Coffee prices rose to a record")],
    ),
    (
        "The tariffs hurt exports of Swiss watches to the United States.",
        [("The tariffs", "exports of Swiss watches to the United States")],
    ),
    (
        "Rising inflation prompted the central bank to raise its key rate to 21 percent.",
        [("Rising inflation", "the central bank to raise its key rate to 21 percent")],
    ),
    (
        "Indian refiners bought less Russian crude following the US sanctions on Rosneft.",
        [("the US sanctions on Rosneft", "Indian refiners bought less Russian crude")],
    ),
    (
        "The discount on Urals crude widened after the EU lowered the price cap.",
        [("the EU lowered the price cap", "The discount on Urals crude widened")],
    ),
    (
        "Petrol prices in Russia soared as drone attacks shut down refineries.",
        [("drone attacks shut down refineries", "Petrol prices in Russia soared")],
    ),
    (
        "The government banned petrol exports to ease the fuel shortage.",
        [("ease the fuel shortage", "The government banned petrol exports")],
    ),
    (
        "China's export controls on rare earths disrupted car production in Europe.",
        [("China's export controls on rare earths", "car production in Europe")],
    ),
    (
        "Lower oil revenue has widened Russia's budget deficit.",
        [("Lower oil revenue", "Russia's budget deficit")],
    ),
    (
        "Germany's economy shrank for a second year, hit by weak exports and high energy costs.",
        [("weak exports and high energy costs", "Germany's economy shrank for a second year")],
    ),
    (
        "Tighter sanctions reduced Russia's revenue from oil and gas.",
        [("Tighter sanctions", "Russia's revenue from oil and gas")],
    ),
    (
        "Shipping costs rose sharply due to attacks on vessels in the Red Sea.",
        [("attacks on vessels in the Red Sea", "Shipping costs rose sharply")],
    ),
    (
        "Steel imports fell after the tariff was raised to 50 percent.",
        [("the tariff was raised to 50 percent", "Steel imports fell")],
    ),
    (
        "High borrowing costs have slowed investment in the Russian economy.",
        [("High borrowing costs", "investment in the Russian economy")],
    ),
]

CONTROLS: list[str] = [
    "The EU adopted its 19th sanctions package against Russia in October.",
    "The central bank raised its key rate to 21 percent.",
    "Russia's oil revenue fell by 20 percent in the first half of the year.",
    "The G7 lowered the price cap on Russian crude to 47.60 dollars a barrel.",
    "Ukrainian drones struck an oil refinery in Saratov overnight.",
    "Petrol prices in Moscow reached a record high in August.",
    "The Bank of England kept interest rates at 4 percent on Thursday.",
    "Economists expect growth to slow to 1 percent next year.",
    "Washington imposed tariffs of 50 percent on Indian goods in August.",
    "The finance ministry will publish its revenue figures next week.",
    "Oil prices rose on Monday before the OPEC+ meeting.",
]

XFAIL_CAUSAL: dict[int, str] = {
    4: "'hit' reads the place it hit as an effect ('Fuel shortages -> Crimea'), a second claim inside the 'after'"
    " claim's effect (with or without round 73)",
}
XFAIL_CONTROLS: dict[int, str] = {
    2: "the span tagger splits a plain change into its subject and its predicate ('Russia's oil revenue -> fell by 20"
    " percent') on a sentence the scorer calls causal (with or without round 73)",
}


TestNewsTable = news_table_tests(CAUSAL, CONTROLS, XFAIL_CAUSAL, XFAIL_CONTROLS, size=34, switches=("change_verbs",))


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        ("Lower oil revenue has widened Russia's budget deficit.", "Lower oil revenue", "Russia's budget deficit"),
        ("Tariffs weighed on growth in the euro zone.", "Tariffs", "growth in the euro zone"),
        ("High interest rates sapped demand for new homes.", "High interest rates", "demand for new homes"),
        ("Weak demand in China dragged down copper prices.", "Weak demand in China", "copper prices"),
        ("The sanctions have shrunk Russia's oil exports.", "The sanctions", "Russia's oil exports"),
    ],
)
def test_a_change_verb_gives_a_claim_only_when_on(parse: Language, text: str, cause: str, effect: str) -> None:
    on = extractor_with(shipped=True, change_verbs=True)
    off = extractor_with(shipped=True, change_verbs=False)
    assert [(c, e) for c, e, _ in pairs(parse, on, text)] == [(cause, effect)]
    assert pairs(parse, off, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Washington lifted the tariffs on Brazilian beef in November.",
        "The authorities lifted the curfew in Leh after a week.",
        "The talks on the trade deal dragged on for months.",
        "The students were dragged away by the police.",
        "The widening gap between rich and poor worries economists.",
        "The protest took place against the backdrop of a weak economy and widening inequality.",
    ],
)
def test_an_act_a_state_or_another_sense_gives_no_change_claim(parse: Language, text: str) -> None:
    on = extractor_with(shipped=True, change_verbs=True)
    off = extractor_with(shipped=True, change_verbs=False)
    assert pairs(parse, on, text) == pairs(parse, off, text)
