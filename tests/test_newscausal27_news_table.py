"""Issue 13, session 27, newscausal27 (docs/causal.md round 68): a table of made-up sentences in the style of 2025
analysis of international relations (sanctions and diverted trade, tariffs and prices, strikes and evacuations, talks
stalled because of X; "as a result", "which led to", "in response to", "due to", "prompting", "sparking", "fuelled",
"drove", purpose "to"), each with the cause -> effect pairs a careful reader would mark, and controls that must give no
claim (temporal "after", a scene "amid", a correlation, an open "whether" question, a contrast "while"). None is copied
from an evaluation set. A row passes when every expected pair is matched by one claim and no claim is left over, a
match being the scorer's (``../shared/eval/score.py``: token Jaccard >= 0.5 on both the cause and the effect). Rows the
shipped stage does not get are strict xfails with the general reason. Table before round 68: 48 of 62 rows; after
(``extra_causal_verbs``: "have slowed X", "has displaced ten million people"; ``open_question_claims``: no claim
inside a "whether" clause; ``relative_side_ends``: a side ends before a comma's relative that another claim reads):
54 of 62.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.causal_extractor import _in_open_question, _relative_side_ends
from detente.nlp.causal_markers import load_lexicon

from .causal_sentences import (
    claim_over,
    extractor_with,
    news_table_tests,
    pairs,
    sentence,
)

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Western sanctions on Moscow diverted Russian oil exports toward India and China.",
        [("Western sanctions on Moscow", "Russian oil exports")],
    ),
    (
        "The new tariffs on Chinese steel pushed up construction costs across the United States.",
        [("The new tariffs on Chinese steel", "construction costs across the United States")],
    ),
    (
        "As a result of the sanctions, trade between the two countries collapsed.",
        [("the sanctions", "trade between the two countries collapsed")],
    ),
    (
        "Israeli air strikes on southern Lebanon prompted the evacuation of thousands of residents.",
        [("Israeli air strikes on southern Lebanon", "the evacuation of thousands of residents")],
    ),
    (
        "Talks between Kyiv and Moscow stalled because of disagreements over the status of occupied territories.",
        [("disagreements over the status of occupied territories", "Talks between Kyiv and Moscow stalled")],
    ),
    (
        "The European Union imposed a fresh package of sanctions in response to the drone attacks on Ukrainian cities.",
        [("the drone attacks on Ukrainian cities", "The European Union imposed a fresh package of sanctions")],
    ),
    (
        "Shipping through the Red Sea fell sharply due to Houthi attacks on merchant vessels.",
        [("Houthi attacks on merchant vessels", "Shipping through the Red Sea fell sharply")],
    ),
    (
        "Beijing restricted exports of rare earths, prompting European carmakers to warn of production halts.",
        [("Beijing restricted exports of rare earths", "European carmakers to warn of production halts")],
    ),
    (
        "The assassination of the opposition leader sparked mass protests in the capital.",
        [("The assassination of the opposition leader", "mass protests in the capital")],
    ),
    ("Rising food prices fuelled unrest across the Sahel.", [("Rising food prices", "unrest across the Sahel")]),
    ("Years of sanctions drove Iran's economy into stagnation.", [("Years of sanctions", "Iran's economy")]),
    (
        "The collapse of the grain deal led to a spike in wheat prices in North Africa.",
        [("The collapse of the grain deal", "a spike in wheat prices in North Africa")],
    ),
    (
        "Washington's export controls on advanced chips have slowed China's progress in artificial intelligence.",
        [("Washington's export controls on advanced chips", "China's progress in artificial intelligence")],
    ),
    (
        "The ceasefire collapsed after Hamas accused Israel of violating its terms, which led to "
        "renewed fighting in Gaza.",
        [("The ceasefire collapsed", "renewed fighting in Gaza")],
    ),
    (
        "Because the Kremlin refused to withdraw its troops, the summit in Istanbul was called off.",
        [("the Kremlin refused to withdraw its troops", "the summit in Istanbul was called off")],
    ),
    (
        "The Pentagon deployed a second carrier group to the eastern Mediterranean to deter Iran from "
        "widening the war.",
        [
            (
                "deter Iran from widening the war",
                "The Pentagon deployed a second carrier group to the eastern Mediterranean",
            )
        ],
    ),
    (
        "Oil prices surged after the strikes on Saudi refineries, as traders feared supply disruptions.",
        [
            ("the strikes on Saudi refineries", "Oil prices surged"),
            ("traders feared supply disruptions", "Oil prices surged"),
        ],
    ),
    (
        "The rupee weakened sharply as a result of the higher US tariffs on Indian goods.",
        [("the higher US tariffs on Indian goods", "The rupee weakened sharply")],
    ),
    (
        "Seoul raised its alert level in response to North Korea's launch of an intercontinental ballistic missile.",
        [("North Korea's launch of an intercontinental ballistic missile", "Seoul raised its alert level")],
    ),
    (
        "The flooding destroyed much of the harvest, leaving millions of Pakistanis short of food.",
        [("The flooding destroyed much of the harvest", "leaving millions of Pakistanis short of food")],
    ),
    (
        "Energy shortages caused by the war forced German factories to cut output.",
        [("Energy shortages caused by the war", "German factories to cut output"), ("the war", "Energy shortages")],
    ),
    (
        "The currency crisis in Turkey was triggered by a sudden rate cut.",
        [("a sudden rate cut", "The currency crisis in Turkey")],
    ),
    (
        "Higher tariffs are likely to raise consumer prices in Canada and Mexico.",
        [("Higher tariffs", "consumer prices in Canada and Mexico")],
    ),
    (
        "Analysts say the embargo has weakened Venezuela's oil industry and deepened the humanitarian crisis.",
        [("the embargo", "Venezuela's oil industry"), ("the embargo", "the humanitarian crisis")],
    ),
    (
        "The blockade of the ports, which began in March, has caused severe shortages of fuel and medicine.",
        [("The blockade of the ports", "severe shortages of fuel and medicine")],
    ),
    (
        "Hundreds of families fled the border villages due to the shelling.",
        [("the shelling", "Hundreds of families fled the border villages")],
    ),
    (
        "Because of the drought, Zambia's hydropower output has fallen by a third.",
        [("the drought", "Zambia's hydropower output has fallen by a third")],
    ),
    (
        "Japan's defence spending has risen sharply, driven by concern over China's military build-up.",
        [("concern over China's military build-up", "Japan's defence spending has risen sharply")],
    ),
    (
        "The coup in Niger resulted in the suspension of French military cooperation.",
        [("The coup in Niger", "the suspension of French military cooperation")],
    ),
    (
        "Gas deliveries to Europe were halted following an explosion on the pipeline, sending prices to "
        "a two-year high.",
        [
            ("an explosion on the pipeline", "Gas deliveries to Europe were halted"),
            ("Gas deliveries to Europe were halted", "sending prices to a two-year high"),
        ],
    ),
    (
        "The government declared a state of emergency, citing the threat of further attacks.",
        [("the threat of further attacks", "The government declared a state of emergency")],
    ),
    (
        "The ruling party lost its majority, largely because voters blamed it for soaring inflation.",
        [("voters blamed it for soaring inflation", "The ruling party lost its majority")],
    ),
    (
        "Tensions between Serbia and Kosovo have escalated since the police raid, prompting NATO to "
        "send more peacekeepers.",
        [("Tensions between Serbia and Kosovo have escalated", "NATO to send more peacekeepers")],
    ),
    (
        "The sanctions regime has pushed Russia into a deeper economic partnership with China.",
        [("The sanctions regime", "Russia into a deeper economic partnership with China")],
    ),
    (
        "Manila summoned the Chinese ambassador over the water-cannon attack on a Philippine supply boat.",
        [("the water-cannon attack on a Philippine supply boat", "Manila summoned the Chinese ambassador")],
    ),
    (
        "Due to the escalating violence, the United Nations suspended aid deliveries in northern Darfur.",
        [("the escalating violence", "the United Nations suspended aid deliveries in northern Darfur")],
    ),
    (
        "The fall in oil revenue has forced Nigeria to cut its spending on fuel subsidies.",
        [("The fall in oil revenue", "Nigeria to cut its spending on fuel subsidies")],
    ),
    (
        "Diplomats said the talks broke down over Iran's refusal to allow inspections.",
        [("Iran's refusal to allow inspections", "the talks broke down")],
    ),
    (
        "The decision to cut off military aid weakened Ukraine's air defences, which in turn allowed "
        "more Russian missiles to get through.",
        [
            ("The decision to cut off military aid", "Ukraine's air defences"),
            (
                "The decision to cut off military aid weakened Ukraine's air defences",
                "allowed more Russian missiles to get through",
            ),
        ],
    ),
    (
        "Rising interest rates in the United States have triggered capital outflows from emerging markets.",
        [("Rising interest rates in the United States", "capital outflows from emerging markets")],
    ),
    (
        "The strikes killed at least 40 people, sparking international condemnation.",
        [("The strikes killed at least 40 people", "sparking international condemnation")],
    ),
    (
        "Trade flows shifted to Kazakhstan and Armenia as European exporters sought to get around the sanctions.",
        [("European exporters sought to get around the sanctions", "Trade flows shifted to Kazakhstan and Armenia")],
    ),
    (
        "Canada retaliated against the steel tariffs by imposing duties on American whiskey.",
        [("the steel tariffs", "Canada retaliated")],
    ),
    (
        "The closure of the Rafah crossing has led to a sharp deterioration of conditions in Gaza.",
        [("The closure of the Rafah crossing", "a sharp deterioration of conditions in Gaza")],
    ),
    (
        "Mistrust between the two governments has undermined efforts to revive the nuclear deal.",
        [("Mistrust between the two governments", "efforts to revive the nuclear deal")],
    ),
    (
        "India stepped up purchases of Russian crude, drawn by steep discounts.",
        [("steep discounts", "India stepped up purchases of Russian crude")],
    ),
    (
        "The conflict in Sudan has displaced more than ten million people.",
        [("The conflict in Sudan", "more than ten million people")],
    ),
    (
        "Hungary blocked the aid package, which delayed the delivery of ammunition to Ukraine by several months.",
        [("Hungary blocked the aid package", "the delivery of ammunition to Ukraine")],
    ),
    (
        "The central bank raised rates to 21 percent to curb inflation fuelled by military spending.",
        [
            ("curb inflation fuelled by military spending", "The central bank raised rates to 21 percent"),
            ("military spending", "inflation"),
        ],
    ),
    (
        "Sanctions cut Russia off from Western markets, so its trade was diverted to Asia and growth stagnated.",
        [("Sanctions cut Russia off from Western markets", "its trade was diverted to Asia and growth stagnated")],
    ),
]

CONTROLS: list[str] = [
    "The foreign ministers met in Geneva after the summit in Brussels.",
    "Oil prices rose on Monday amid talks between Riyadh and Moscow.",
    "After the election, the new president travelled to Beijing.",
    "Trade between the two countries grew while tensions over Taiwan increased.",
    "Analysts disagree about whether the sanctions have weakened the regime.",
    "Countries that spend more on defence also tend to have larger trade surpluses.",
    "The talks resumed on Tuesday amid heavy security in the capital.",
    "The minister spoke to reporters after meeting her Turkish counterpart.",
    "Exports to China fell in October, and imports from the European Union rose.",
    "Both countries signed a memorandum on energy cooperation during the visit.",
    "It is unclear whether the tariffs will have any effect on prices.",
    "The delegation arrived in Doha after a stop in Cairo.",
]

XFAIL_CAUSAL: dict[int, str] = {
    0: "a change verb's effect keeps the verb and its destination ('diverted X toward India and China')",
    13: "a clause's ', which led to' after an 'after' clause: the relative reads the 'after' clause",
    16: "the effect runs over a temporal 'after X' phrase ('Oil prices surged after the strikes ...')",
    34: "'summoned X over Y': no claim ('over' no prepositional cause of 'summon', the scorer unsure)",
    42: "'retaliated against X by Y': the cause keeps the preposition and the means",
    48: "purpose 'to curb X' with 'fuelled by' on its object: a verb split of 'raised' instead",
}
XFAIL_CONTROLS: dict[int, str] = {
    3: "a contrast 'while' clause read as the predicate of a subject split",
    6: "a scene 'amid' phrase (with its time) read as a cause",
}


TestNewsTable = news_table_tests(
    CAUSAL,
    CONTROLS,
    XFAIL_CAUSAL,
    XFAIL_CONTROLS,
    size=62,
    switches=("extra_causal_verbs", "open_question_claims", "relative_side_ends"),
)


def test_the_extra_verbs_are_data_apart_from_the_scorer_verbs() -> None:
    lex = load_lexicon()
    assert {"slow", "delay", "displace"} <= set(lex.extra_verbs)
    assert not set(lex.extra_verbs) & set(lex.verbs)  # the linear scorer's features (on ``verbs``) do not move
    assert "disrupt" not in lex.extra_verbs  # a group at an act in news ("parties disrupted the proceedings")
    assert lex.question_marks == {"whether"}


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        (
            "The blockade has delayed deliveries of grain.",
            "The blockade",
            "deliveries of grain",
        ),
        (
            "Fighting in the north has displaced thousands of families.",
            "Fighting in the north",
            "thousands of families",
        ),
    ],
)
def test_an_extra_verb_gives_its_claim_only_when_on(parse: Language, text: str, cause: str, effect: str) -> None:
    on = extractor_with(extra_causal_verbs=True)
    off = extractor_with()
    assert [(c, e) for c, e, _ in pairs(parse, on, text)] == [(cause, effect)]
    assert pairs(parse, off, text) == []


def test_an_extra_verb_with_a_country_subject_is_an_act(parse: Language) -> None:
    on = extractor_with(extra_causal_verbs=True)
    assert pairs(parse, on, "Poland delayed the vote on the treaty.") == []


def test_a_claim_inside_a_whether_clause_is_an_open_question(parse: Language) -> None:
    lex = load_lexicon()
    text = "It is unclear whether the tariffs will raise prices."
    sent = sentence(parse, text)
    assert _in_open_question(sent, claim_over(text, "the tariffs", "prices"), lex.question_marks)
    # a claim outside the clause stands: "Because of the storm, ... whether ..." keeps its connective's pair
    text = "Because of the storm, officials asked whether the flights would leave."
    sent = sentence(parse, text)
    claim = claim_over(text, "the storm", "officials asked whether the flights would leave")
    assert not _in_open_question(sent, claim, lex.question_marks)


RELATIVE = "Tariffs hurt the steel mills, which in turn laid off thousands of workers."


def test_a_side_ends_before_a_relative_another_claim_reads(parse: Language) -> None:
    sent = sentence(parse, RELATIVE)
    first = claim_over(RELATIVE, "Tariffs", "the steel mills, which in turn laid off thousands of workers")
    second = claim_over(RELATIVE, "Tariffs hurt the steel mills", "thousands of workers")
    found = _relative_side_ends(sent, [first, dict(second)])
    assert (found[0]["effect"], found[0]["effect_end"]) == ("the steel mills", RELATIVE.index(","))
    assert found[1] == second  # the claim that reads the relative keeps its sides


def test_a_relative_no_other_claim_reads_stays(parse: Language) -> None:
    sent = sentence(parse, RELATIVE)
    first = claim_over(RELATIVE, "Tariffs", "the steel mills, which in turn laid off thousands of workers")
    assert _relative_side_ends(sent, [dict(first)]) == [first]


def test_a_relative_inside_a_side_stays(parse: Language) -> None:
    """A subject's relative with the main verb after it ("The riots , which X , took place") is the side's own."""
    text = "The riots, which were prompted by a rise in fares, took place in a weak economy."
    sent = sentence(parse, text)
    first = claim_over(text, "a weak economy", "The riots, which were prompted by a rise in fares, took place")
    second = claim_over(text, "a rise in fares", "The riots")
    assert _relative_side_ends(sent, [dict(first), second])[0] == first
