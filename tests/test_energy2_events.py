"""Energy and trade events of 2025 news, second table (issue 14, session 31, branch energy2; docs/events.md rule 264).

Each sentence is our own construction in the style of 2025 news, none copied from an evaluation set or the news
excerpts. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_pipeline``). Codes were written from the CAMEO codebook before the coder ran, consistently with rules 222
and 215: oil purchases halted, suspended, paused or cut are a boycott (163), resumed the trade (061); a tariff or
sanction imposed and a price cap lowered 163; gas transit or supplies stopped, shut down or shut off 163 (rule 222a);
a threat to cut supplies 1312; an LNG deal signed 057 (one event per direction); an agreement to buy 0311; a ban on
LNG imports 163; a refinery or gas site struck the strike's own code; supplies diverted to a buyer 061. Controls:
market reports, volumes and prices with no actor's act, and a flow another stops (rule 170), code nothing.
``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


ENERGY2_SENTENCES: list[tuple[str, Events]] = [
    # purchases of oil halted, cut, resumed
    ("Indian refiners halted purchases of Russian crude.", {("IND", "RUS", "163")}),
    ("India's Reliance Industries stopped buying Russian oil.", {("IND", "RUS", "163")}),
    ("Indian state refiners suspended purchases of Russian oil after the US sanctions.", {("IND", "RUS", "163")}),
    ("China's state refiners paused purchases of Russian seaborne oil.", {("CHN", "RUS", "163")}),
    ("Turkey cut its purchases of Russian oil.", {("TUR", "RUS", "163")}),
    ("India resumed purchases of Russian oil in December.", {("IND", "RUS", "061")}),
    ("Hungary resumed imports of Russian oil through the Druzhba pipeline.", {("HUN", "RUS", "061")}),
    # secondary tariffs, sanctions on oil companies, the price cap
    (
        "Trump doubled the tariff on India to 50 percent as punishment for its purchases of Russian oil.",
        {("USA", "IND", "163")},
    ),
    ("The United States sanctioned Rosneft and Lukoil.", {("USA", "RUS", "163")}),
    ("Britain lowered the price cap on Russian crude.", {("GBR", "RUS", "163")}),
    # gas transit stopped, supplies shut down, a pipeline shut
    ("Ukraine stopped the transit of Russian gas through its territory.", {("UKR", "RUS", "163")}),
    ("Ukraine stopped Russian gas transit.", {("UKR", "RUS", "163")}),
    ("Russia shut down gas supplies to Austria.", {("RUS", "AUT", "163")}),
    ("Russia shut off gas supplies to Moldova.", {("RUS", "MDA", "163")}),
    ("Russia shut the Nord Stream pipeline to Germany.", {("RUS", "DEU", "163")}),
    ("Slovakia threatened to cut off electricity supplies to Ukraine.", {("SVK", "UKR", "1312")}),
    # LNG deals signed, LNG bought, LNG banned
    ("Qatar signed a 27-year LNG deal with China.", both("QAT", "CHN", "057")),
    ("Germany signed a long-term LNG supply agreement with Qatar.", both("DEU", "QAT", "057")),
    ("Japan agreed to buy more American LNG.", {("JPN", "USA", "0311")}),
    ("Britain banned imports of Russian LNG.", {("GBR", "RUS", "163")}),
    ("The EU adopted a ban on Russian LNG imports.", {("IGO", "RUS", "163")}),
    # refineries and energy sites struck: who struck whose
    ("Ukrainian drones struck the Kirishi oil refinery in Russia.", {("UKR", "RUS", "195")}),
    ("Ukraine hit the Novorossiysk oil terminal with sea drones.", {("UKR", "RUS", "190")}),
    ("Russia struck a Ukrainian gas production facility in Poltava.", {("RUS", "UKR", "190")}),
    # supplies diverted
    ("Russia redirected its oil exports to India and China.", {("RUS", "IND", "061"), ("RUS", "CHN", "061")}),
    # controls: volumes, prices, market reports, a flow another stops
    ("Purchases of Russian crude by Indian refiners fell in November.", set()),
    ("Oil prices rose 3 percent after the drone attack on the refinery.", set()),
    ("Russia's oil and gas revenue dropped 20 percent in October.", set()),
    ("LNG shipments to Europe reached a record in March.", set()),
    ("Russian crude flows shifted to Asia after the price cap.", set()),
    ("The police stopped the delivery of weapons to the rebels.", set()),
]

# "Russia shut the Nord Stream pipeline to Germany." passes since rule 275c (session 32, leftovers25)
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(ENERGY2_SENTENCES, XFAIL))
def test_energy2_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
