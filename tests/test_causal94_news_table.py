"""Issue 13, session 37, causal94 (docs/causal.md round 94): a table of made-up sentences in the style of 2025 news, on
a marker word of time or manner read as a reason. The CNC train 5-fold CV's false positives hold 41 sentences whose
only claims come from "as", "after", "when", "following", "while" or "during" in a sense of mere time; most of those
shapes CNC itself marks as causal elsewhere ("Oil prices rose as the sanctions cut exports"), so no switch can take
them all. Two shapes of "as" (and its kin "while" and "when") never give a reason: a clause of watching on either side
("Riot police stood by and watched | as the crowd marched ...", "Soldiers kept firing | as villagers watched") tells
only who looked on while something happened, and a comparison ("the same wage | as it paid before") tells how, not
why. With the switch on, a claim with one side in such a clause and the other outside it goes. Rows beside them keep
their "as", "when" and "while" reasons, and a watching verb joined by another marker ("because", "after") keeps its
claim. Each row's pairs were written before the stage was run on it; none is copied from an evaluation set or a news
excerpt. Rows the shipped stage does not get are strict xfails with the general reason.
"""

from __future__ import annotations

from spacy.language import Language

from detente.nlp.causal_extractor import _watch_comparison_clauses
from detente.nlp.causal_markers import load_lexicon

from .causal_sentences import claim_pairs, news_table_tests, sentence, settings_set

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Wheat prices jumped in Cairo as the drought cut Egypt's harvest.",
        [("the drought cut Egypt's harvest", "Wheat prices jumped in Cairo")],
    ),
    (
        "Flights were grounded across Nepal as ash from the eruption drifted over Kathmandu.",
        [("ash from the eruption drifted over Kathmandu", "Flights were grounded across Nepal")],
    ),
    (
        "The peso slid to a record low as investors pulled money out of Mexico.",
        [("investors pulled money out of Mexico", "The peso slid to a record low")],
    ),
    (
        "Schools in Lahore closed for a week as smog levels hit dangerous highs.",
        [("smog levels hit dangerous highs", "Schools in Lahore closed for a week")],
    ),
    (
        "Hospitals in Gaza ran out of fuel as the blockade entered its third month.",
        [("the blockade entered its third month", "Hospitals in Gaza ran out of fuel")],
    ),
    (
        "Farmers in Kenya lost their crops as locusts swept across the Rift Valley.",
        [("locusts swept across the Rift Valley", "Farmers in Kenya lost their crops")],
    ),
    (
        "Ferry services to the islands were suspended as the typhoon approached the Philippine coast.",
        [("the typhoon approached the Philippine coast", "Ferry services to the islands were suspended")],
    ),
    (
        "The protest turned violent as police fired tear gas into the crowd.",
        [("police fired tear gas into the crowd", "The protest turned violent")],
    ),
    (
        "Tensions rose in Belgrade as the government refused to call early elections.",
        [("the government refused to call early elections", "Tensions rose in Belgrade")],
    ),
    (
        "Journalists who filmed the clashes were detained because the army had banned all coverage.",
        [("the army had banned all coverage", "Journalists who filmed the clashes were detained")],
    ),
    (
        "The same storm that flooded Manila later forced the evacuation of 40,000 people in Vietnam.",
        [("The same storm that flooded Manila", "the evacuation of 40,000 people in Vietnam")],
    ),
    (
        "Police fired rubber bullets as protesters tried to storm the parliament in Tbilisi.",
        [("protesters tried to storm the parliament in Tbilisi", "Police fired rubber bullets")],
    ),
    (
        "Monitors from the OSCE left eastern Ukraine as the shelling intensified.",
        [("the shelling intensified", "Monitors from the OSCE left eastern Ukraine")],
    ),
    (
        "The army monitored the border closely because smugglers had crossed it twice that week.",
        [("smugglers had crossed it twice that week", "The army monitored the border closely")],
    ),
    (
        "Observers watched the vote count closely after the opposition alleged fraud.",
        [("the opposition alleged fraud", "Observers watched the vote count closely")],
    ),
    (
        "Power cuts hit Johannesburg as Eskom took two more plants offline.",
        [("Eskom took two more plants offline", "Power cuts hit Johannesburg")],
    ),
    (
        "The rand weakened as the central bank cut its main rate by half a point.",
        [("the central bank cut its main rate by half a point", "The rand weakened")],
    ),
    (
        "Bread queues grew longer in Khartoum as the war cut supply routes to the capital.",
        [("the war cut supply routes to the capital", "Bread queues grew longer in Khartoum")],
    ),
    (
        "Residents of Valencia were evacuated as floodwaters rose through the old town.",
        [("floodwaters rose through the old town", "Residents of Valencia were evacuated")],
    ),
    (
        "Shares in Samsung fell as chip prices dropped for a third month.",
        [("chip prices dropped for a third month", "Shares in Samsung fell")],
    ),
    (
        "Turnout was low in the Bihar polls as a heatwave kept voters at home.",
        [("a heatwave kept voters at home", "Turnout was low in the Bihar polls")],
    ),
    (
        "Aid convoys stopped at the Rafah crossing when Israeli forces closed the road.",
        [("Israeli forces closed the road", "Aid convoys stopped at the Rafah crossing")],
    ),
    (
        "The strike spread to three more ports when the union rejected the pay offer.",
        [("the union rejected the pay offer", "The strike spread to three more ports")],
    ),
    (
        "Coffee prices in Brazil climbed while frost damaged crops in Minas Gerais.",
        [("frost damaged crops in Minas Gerais", "Coffee prices in Brazil climbed")],
    ),
    (
        "Cocoa prices soared as disease hit farms in Ghana and Ivory Coast.",
        [("disease hit farms in Ghana and Ivory Coast", "Cocoa prices soared")],
    ),
    (
        "Diesel ran short in Lagos as tanker drivers stayed off the roads.",
        [("tanker drivers stayed off the roads", "Diesel ran short in Lagos")],
    ),
    (
        "The dollar gained as traders bet on fewer rate cuts in the United States.",
        [("traders bet on fewer rate cuts in the United States", "The dollar gained")],
    ),
    (
        "Hundreds of flights were cancelled in Chicago as a snowstorm swept across the Midwest.",
        [("a snowstorm swept across the Midwest", "Hundreds of flights were cancelled in Chicago")],
    ),
    (
        "Fuel stations in Kathmandu ran dry as the border blockade stopped tankers from India.",
        [("the border blockade stopped tankers from India", "Fuel stations in Kathmandu ran dry")],
    ),
    (
        "Thousands of migrants were stranded in Tunisia as Italy tightened its sea patrols.",
        [("Italy tightened its sea patrols", "Thousands of migrants were stranded in Tunisia")],
    ),
]

CONTROLS: list[str] = [
    "Riot police stood by and watched as the crowd marched towards the presidential palace in Lima.",
    "A drone monitored the convoy from the air as it moved slowly through the border town of Rafah.",
    "The protesters chanted slogans outside the embassy in Seoul as police officers looked on.",
    "Soldiers kept firing into the air as dozens of villagers watched from the hillside.",
    "Election officials filmed the ballot boxes as they were sealed in the warehouse in Accra.",
    "Television crews filmed the wreckage while rescue teams searched the rubble in Antakya.",
    "Serbia offered the miners the same wage as it paid before the mine closed in March.",
    "The new tariff will be charged at the same rate as Brussels applied to Chinese steel last year.",
    "Kyiv wants such guarantees as NATO gives its own members.",
    "Coast guard planes photographed the tanker as it sailed through the Strait of Hormuz.",
    "UN monitors watched from a distance while both armies pulled back their tanks in Kashmir.",
    "The mayor of Goma stood by as the rebels raised their flag over the town hall.",
    "Farmers were paid the same price per tonne as traders offered in the port of Odesa.",
]
_NO_CLAIM = "no claim with or without the switch (the stage's recall on this marker: not a side of this round)"
_HIT = (
    "'hit' also read as a causal verb of its own ('subject -> object'): one pair more than the reason, with or"
    " without the switch"
)
XFAIL_CAUSAL: dict[int, str] = {
    14: _NO_CLAIM,
    15: _HIT,
    20: _NO_CLAIM,
    23: _NO_CLAIM,
    24: _HIT,
}
XFAIL_CONTROLS: dict[int, str] = {}


TestNewsTable = news_table_tests(
    CAUSAL, CONTROLS, XFAIL_CAUSAL, XFAIL_CONTROLS, size=43, switches=("watch_comparison_causes",)
)


def test_a_clause_of_watching_is_no_cause_only_when_on(causal_nlp: Language) -> None:
    text = CONTROLS[1]
    with settings_set(causal_nlp, watch_comparison_causes=False):
        assert claim_pairs(causal_nlp, text) != []
    with settings_set(causal_nlp, watch_comparison_causes=True):
        assert claim_pairs(causal_nlp, text) == []


def test_which_clauses_tell_who_looked_on_or_how(parse: Language) -> None:
    lexicon = load_lexicon()

    def clauses(text: str) -> list[str]:
        sent = sentence(parse, text)
        return [sent.doc.text[lo:hi] for lo, hi in _watch_comparison_clauses(sent, lexicon)]

    # a watching verb in the main clause (joined to another: "stood by and watched") or in the "as" clause itself
    assert clauses(CONTROLS[0]) == ["as the crowd marched towards the presidential palace in Lima"]
    assert clauses(CONTROLS[3]) == ["as dozens of villagers watched from the hillside"]
    # a comparison after "same"; "such as" (a list of examples) is none, and neither is a bare "as" of reason
    assert clauses(CONTROLS[6]) == ["as it paid before the mine closed in March"]
    assert clauses("Prices of staples such as rice rose as the drought cut the harvest.") == []
    assert clauses(CAUSAL[0][0]) == []
    # a watching verb joined by a marker that is no time marker keeps its reason
    assert clauses(CAUSAL[13][0]) == []
