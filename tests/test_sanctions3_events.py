"""Sanctions and economic measures in 2025 wire style (issue 14, session 31, sanctions3; docs/events.md rule 254).

Each sentence is our own construction in the style of 2025 news, none copied from an evaluation set or the news
excerpts. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_pipeline``). Codes from the CAMEO codebook: sanctions imposed, designations and asset freezes are 163;
sanctions eased, an exemption or a licence granted 085; easing asked for 0254 (economic cooperation asked for
0211), refused 1244. Rule 254: "X joined / followed Y in V-ing" gives the gerund the joiner as its subject (254b),
a sanctions designation of companies, banks, entities or people is 163 (254a), "sought N from Y" is an appeal for N
(254c) and a licence granted to do something is an easing (254d). Controls: a designated ambassador, NATO joined,
a condemnation shared with no named target, a licence its compound names, "sought to V". ``XFAIL`` keeps the rows
the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]

SANCTIONS3_SENTENCES: list[tuple[str, Events]] = [
    # joining or following another state in a measure (rule 254b)
    ("Australia joined Britain in sanctioning Iranian officials.", {("AUS", "IRN", "163")}),
    ("Canada joined the European Union in imposing sanctions on Belarus.", {("CAN", "BLR", "163")}),
    ("Switzerland followed the EU in freezing the assets of Russian oligarchs.", {("CHE", "RUS", "163")}),
    ("New Zealand joined Australia in imposing sanctions on Russian officials.", {("NZL", "RUS", "163")}),
    # designations (rule 254a)
    ("The State Department designated two Iranian shipping firms over oil sales.", {("USA", "IRN", "163")}),
    ("Britain designated five Russian banks under its sanctions regime.", {("GBR", "RUS", "163")}),
    ("The Treasury Department designated an Indian refiner for buying Iranian oil.", {("USA", "IND", "163")}),
    ("The EU designated three Chinese entities for helping Russia evade sanctions.", {("IGO", "CHN", "163")}),
    ("Canada designated four Russian oligarchs under its Magnitsky law.", {("CAN", "RUS", "163")}),
    # asset freezes
    ("France froze the assets of three Russian oligarchs.", {("FRA", "RUS", "163")}),
    ("Japan froze the assets of Russian officials.", {("JPN", "RUS", "163")}),
    # easing sought (rule 254c)
    ("Serbia sought sanctions relief from the United States for its oil company.", {("SRB", "USA", "0254")}),
    ("Venezuela sought the easing of US sanctions.", {("VEN", "USA", "0254")}),
    ("Iran sought the lifting of sanctions from the EU.", {("IRN", "IGO", "0254")}),
    ("Brazil sought investment from China.", {("BRA", "CHN", "0211")}),
    ("Hungary sought an exemption from US sanctions on Russian oil.", {("HUN", "USA", "0254")}),
    # licences and exemptions granted (rule 254d), sanctions eased or kept
    ("Britain granted Lukoil a licence to continue operating its petrol stations.", {("GBR", "RUS", "085")}),
    ("Washington gave Serbia a license allowing its refinery to keep operating.", {("USA", "SRB", "085")}),
    ("The US granted Hungary a one-year exemption from sanctions on Russian oil.", {("USA", "HUN", "085")}),
    ("Washington eased sanctions on Syria.", {("USA", "SYR", "085")}),
    ("The EU lifted sanctions on Syria's central bank.", {("IGO", "SYR", "085")}),
    ("The EU refused to lift sanctions on Belarus.", {("IGO", "BLR", "1244")}),
]

# "Hungary sought an exemption from US sanctions on Russian oil." passes since rule 261c (session 31, leftovers16)
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(SANCTIONS3_SENTENCES, XFAIL))
def test_sanctions3_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: no designation, membership or appeal where the construction is absent ------------------------------

SANCTIONS3_CONTROLS: list[tuple[str, Events]] = [
    ("The Council designated a new ambassador to Brazil.", set()),
    ("Montenegro joined NATO in 2017.", {("MNE", "IGO", "057")}),
    ("Poland joined Germany in condemning the strike.", set()),
    ("Germany granted Poland an export licence to ship tanks to Ukraine.", {("DEU", "POL", "070")}),
    ("Seoul sought to improve ties with Tokyo.", {("KOR", "JPN", "050")}),
    ("The bank froze hiring for the year.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SANCTIONS3_CONTROLS)
def test_sanctions3_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    found = asserted(rules_nlp, text)
    assert found == expected
    assert not any(code.startswith("02") or code in ("163", "085") for _, _, code in found)
