"""2025 trade-war wire copy, second table (issue 14, session 33, branch tariffs2; docs/events.md rule 292).

Each sentence is our own construction in the style of 2025 news, none copied from an evaluation set or the news
excerpts: US tariffs on China raised and paused, China's export controls on rare earths, the US-China trade truce in
Busan, US 50 percent tariffs on India over Russian oil, the EU-US trade deal, Japan's and South Korea's investment
pledges, Canada's retaliatory tariffs, chip export restrictions, entity-list additions, soybean purchases resumed.
The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``).
Codes were written from the CAMEO codebook before the coder ran, following tests/test_tariffs1_events.py (rule 215):
a tariff imposed, raised or retaliated with, an export control or restriction, a firm put on a state's trade
blacklist (the US "entity list", China's "unreliable entity list") are the embargo family (163); a tariff or an
export control paused, suspended, cut or its pause extended is eased (085); a stated intent to cut tariffs 0354; a
trade deal or truce reached 057 (one event per direction); a pledge to invest or to buy goods 0311; purchases
resumed are economic cooperation (061). One row was revised after the first run: "after meeting Xi in Busan" is a
meeting at a third location (044 both ways), as tariffs1's Geneva talks are. Controls: prices, markets, a tariff
taking effect, investment totals and forecasts code nothing. ``XFAIL`` keeps the rows still failing, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


TARIFFS2_SENTENCES: list[tuple[str, Events]] = [
    # US tariffs on China raised, paused, cut
    ("Trump raised tariffs on Chinese goods to 125 percent on Wednesday.", {("USA", "CHN", "163")}),
    ("The United States hiked tariffs on China to 145 percent.", {("USA", "CHN", "163")}),
    ("Washington paused the higher tariffs on Chinese goods for another 90 days.", {("USA", "CHN", "085")}),
    ("Trump extended the tariff pause on China until November.", {("USA", "CHN", "085")}),
    ("Trump announced a 90-day tariff pause for China.", {("USA", "CHN", "085")}),
    ("The United States and China agreed to cut their tariffs for 90 days.", both("USA", "CHN", "0354")),
    (
        "Trump cut tariffs on China to 47 percent after meeting Xi in Busan.",
        {("USA", "CHN", "085")} | both("USA", "CHN", "044"),
    ),
    # the trade truce
    ("The United States and China reached a trade truce in Busan.", both("USA", "CHN", "057")),
    # rare earths
    ("China imposed export controls on rare earths to the United States.", {("CHN", "USA", "163")}),
    ("China restricted exports of rare earth magnets to the United States.", {("CHN", "USA", "163")}),
    (
        "Beijing suspended its export controls on rare earths to the United States for a year.",
        {("CHN", "USA", "085")},
    ),
    # India: 50 percent over Russian oil
    (
        "Trump imposed an additional 25 percent tariff on India over its purchases of Russian oil, raising the"
        " total to 50 percent.",
        {("USA", "IND", "163")},
    ),
    ("The United States doubled tariffs on Indian goods to 50 percent.", {("USA", "IND", "163")}),
    # EU-US deal, investment pledges
    ("The European Union and the United States struck a trade deal in Scotland.", both("IGO", "USA", "057")),
    ("Japan pledged to invest $550 billion in the United States.", {("JPN", "USA", "0311")}),
    ("South Korea pledged to invest $350 billion in the United States under the trade deal.", {("KOR", "USA", "0311")}),
    # Canada retaliates
    ("Canada imposed retaliatory tariffs on $30 billion of US goods.", {("CAN", "USA", "163")}),
    ("Ottawa announced counter-tariffs on American steel and aluminium.", {("CAN", "USA", "163")}),
    # chips, entity lists
    ("The United States restricted exports of advanced chips to China.", {("USA", "CHN", "163")}),
    ("Washington tightened chip export controls on China.", {("USA", "CHN", "163")}),
    ("The Commerce Department added dozens of Chinese companies to its entity list.", {("USA", "CHN", "163")}),
    ("China added US defence firms to its unreliable entity list.", {("CHN", "USA", "163")}),
    ("The United States placed Chinese chipmakers on its entity list.", {("USA", "CHN", "163")}),
    ("Washington removed two Chinese firms from its entity list.", {("USA", "CHN", "085")}),
    # soybeans
    ("China resumed purchases of American soybeans.", {("CHN", "USA", "061")}),
    ("China agreed to buy 12 million tonnes of US soybeans this year.", {("CHN", "USA", "0311")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(TARIFFS2_SENTENCES, XFAIL))
def test_tariffs2_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: prices, markets, a tariff in force, totals and forecasts code nothing -------------------------------

TARIFFS2_CONTROLS: list[str] = [
    "Soybean futures rose in Chicago on hopes of Chinese purchases.",
    "Rare earth prices surged after the export curbs were announced.",
    "The 50 percent tariff on Indian goods took effect on Wednesday.",
    "Japan's investment in the United States totalled $780 billion last year.",
    "Chip stocks rallied on news of the trade truce.",
    "Analysts said the truce between Washington and Beijing might not last.",
    "The entity list now holds more than 700 Chinese firms.",
    "The tariff pause lifted stocks in Asia.",
]


@pytest.mark.parametrize("text", TARIFFS2_CONTROLS)
def test_tariffs2_control_codes_nothing(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == set()
