"""Economic, statistical and market prose in 2025 wire style (issue 14, session 29, branch precision5; docs/events.md
rule 209).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Trade figures,
prices and currencies moving, budgets, GDP, inflation, polls, casualty tallies, production and shipping figures and
rankings ("X remained Y's biggest buyer of crude") name actors and use event-like verbs but report no act of one
actor toward another: they code nothing. Beside them, sentences of the same register that do report an act keep it:
a state that cuts, halts or bans its purchases from Y reduces trade (the embargo family 163, rule 163f), one that
boosts, resumes or increases them cooperates economically (061), a pledge to buy is 0311, and an act named in an
"after" clause of a market sentence is coded while the market movement is not. ``XFAIL`` keeps the rows the change
does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]

# sentences of the economic register that report an act: the act, and only the act
PRECISION5_ACTS: list[tuple[str, Events]] = [
    ("India cut purchases of Russian oil after the US tariffs.", {("IND", "RUS", "163")}),
    ("China boosted imports of Russian oil.", {("CHN", "RUS", "061")}),
    ("Turkey halted all exports to Israel.", {("TUR", "ISR", "163")}),
    ("China resumed imports of Japanese seafood.", {("CHN", "JPN", "061")}),
    ("Japan pledged to buy more American LNG.", {("JPN", "USA", "0311")}),
    ("The EU banned imports of Russian LNG.", {("IGO", "RUS", "163")}),
    ("Russia banned imports of Moldovan wine.", {("RUS", "MDA", "163")}),
    ("China cut purchases of US soybeans after the tariffs.", {("CHN", "USA", "163")}),
    ("Germany stopped importing Russian gas.", {("DEU", "RUS", "163")}),
    ("India increased purchases of US crude after the tariffs.", {("IND", "USA", "061")}),
    ("The rouble fell after the United States sanctioned Rosneft and Lukoil.", {("USA", "RUS", "163")}),
    (
        "China's exports to the United States fell 25 percent after Washington raised tariffs on Chinese goods.",
        {("USA", "CHN", "163")},
    ),
    ("Oil prices rose after Ukraine struck a Russian refinery.", {("UKR", "RUS", "190")}),
    ("The US imposed 50 percent tariffs on Indian goods, sending the rupee lower.", {("USA", "IND", "163")}),
    (
        "Russia's exports to India rose after New Delhi increased its purchases of Russian crude.",
        {("IND", "RUS", "061")},
    ),
    ("South Korea suspended imports of Chinese steel.", {("KOR", "CHN", "163")}),
    ("Indonesia halted coal exports to China.", {("IDN", "CHN", "163")}),
    ("Brazil increased beef exports to China.", {("BRA", "CHN", "061")}),
    ("Egypt resumed gas imports from Israel.", {("EGY", "ISR", "061")}),
    ("Vietnam pledged to buy more US aircraft.", {("VNM", "USA", "0311")}),
    ("China stopped buying American soybeans.", {("CHN", "USA", "163")}),
    ("Russia resumed wheat exports to Egypt.", {("RUS", "EGY", "061")}),
    ("Japan resumed purchases of Russian LNG.", {("JPN", "RUS", "061")}),
    ("Canada lifted its ban on Chinese canola.", {("CAN", "CHN", "085")}),
    ("Shares of Russian banks fell after the EU imposed new sanctions on Russia.", {("IGO", "RUS", "163")}),
    # energy supplied or delivered is trade (061), as the energy supply nouns are; "provide" stays aid
    ("Qatar supplied LNG to Germany.", {("QAT", "DEU", "061")}),
    ("Russia delivered gas to Hungary.", {("RUS", "HUN", "061")}),
    ("Azerbaijan supplies gas to Italy.", {("AZE", "ITA", "061")}),
    ("Saudi Arabia supplied more crude to India in October.", {("SAU", "IND", "061")}),
    ("Russia stopped supplying gas to Austria.", {("RUS", "AUT", "163")}),
    ("Venezuela provided oil to Cuba.", {("VEN", "CUB", "070")}),
    ("Iran supplied drones to Russia.", {("IRN", "RUS", "072")}),
    ("Russia cut gas shipments to Poland.", {("RUS", "POL", "163")}),
    ("Israeli strikes killed at least 30 people in Gaza, health officials said.", {("ISR", "PSE", "190")}),
]

# the same register with no act of one actor toward another: figures, prices, polls, tallies, rankings
PRECISION5_NO_ACT: list[tuple[str, Events]] = [
    ("Russia's exports to India rose 20% in the first half of 2025.", set()),
    ("US exports to Canada fell 8 percent in September.", set()),
    ("Chinese imports of Iranian oil hit a record in June.", set()),
    ("Indian refiners' purchases of Russian crude dropped to a three-year low in November.", set()),
    ("The rouble fell after the sanctions.", set()),
    ("The rouble fell sharply against the dollar on Friday.", set()),
    ("The euro rose against the dollar after the ECB decision.", set()),
    ("Oil prices jumped on Monday after the OPEC meeting.", set()),
    ("China remained Russia's biggest buyer of crude.", set()),
    ("India remained the largest buyer of Russian oil in October.", set()),
    ("Kazakhstan was the top supplier of uranium to France.", set()),
    ("Brazil overtook the United States as China's biggest soybean supplier.", set()),
    ("Germany's economy shrank 0.2 percent in the second quarter.", set()),
    ("Inflation in Turkey slowed to 33 percent in October.", set()),
    ("Russia's budget deficit widened to 2 percent of GDP.", set()),
    ("Ukraine's defence budget rose to $50 billion.", set()),
    ("Turkey's trade deficit with China widened to $40 billion.", set()),
    ("Support for Netanyahu fell to 30 percent in a new poll.", set()),
    ("A poll showed most Germans oppose sending Taurus missiles to Ukraine.", set()),
    ("The death toll in Gaza rose to 68,000, the health ministry said.", set()),
    ("Russian casualties in Ukraine passed one million, the British defence ministry said.", set()),
    ("Iran's oil production rose to 3.4 million barrels a day.", set()),
    ("Saudi Arabia's crude output rose in August.", set()),
    ("Shipments of Russian oil through the Baltic fell 10 percent in September.", set()),
    ("Russian oil shipments to India fell in November.", set()),
    ("Chinese investment in Hungary doubled last year.", set()),
    ("Russia's oil and gas revenues fell 20 percent in October.", set()),
    ("China's trade surplus with the United States hit a record.", set()),
    ("Ukraine's grain exports through the Black Sea rose in October.", set()),
    ("Exports to Russia from Kazakhstan surged in 2025.", set()),
    ("India's oil import bill from Russia rose to $50 billion.", set()),
    ("Gold prices surged as tensions between Iran and Israel rose.", set()),
    ("Trump's approval rating fell to 40 percent, a poll showed.", set()),
    ("The number of Ukrainian refugees in Poland fell to one million.", set()),
    ("Saudi Arabia cut its oil prices for Asian buyers.", set()),
    ("Russia's trade with China fell for the first time in five years.", set()),
    ("German arms exports to Israel fell sharply in 2025.", set()),
    ("China's export controls cut shipments of rare earths to the US by half.", set()),
    ("Most Israelis support a ceasefire deal with Hamas, a poll found.", set()),
]

XFAIL: dict[str, str] = {
    "Saudi Arabia supplied more crude to India in October.": "parse: 'crude' after 'more' is tagged an adjective, "
    "so the (verb, object) phrase 'supply crude' finds no noun object; 'supplied crude oil to India' codes 061",
    "Most Israelis support a ceasefire deal with Hamas, a poll found.": "parse: 'ceasefire' and 'deal' are two "
    "objects of 'support', so the deal reads as made (057 both ways); 'Israel supports a ceasefire deal with Hamas' "
    "codes nothing",
    "Canada lifted its ban on Chinese canola.": "a trade ban lifted is an embargo eased (085) by the codebook, but the "
    "project's convention codes every ban lifted 081 (rule 121c; pinned in test_short11_events.py 'lifted its ban on "
    "imports of Salvadoran poultry' and test_leftovers2_events.py); left for the lead to decide",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(PRECISION5_ACTS + PRECISION5_NO_ACT, XFAIL))
def test_precision5_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in PRECISION5_ACTS + PRECISION5_NO_ACT}
