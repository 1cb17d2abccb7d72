"""Aid or support "for" people of one place and of places coordinated with it, in 2025 wire style (issue 14, session
36, branch confli30x; docs/events.md rule 375).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). "Support for
farmers in Kenya and Uganda" is one composed mention (farmers in Kenya, KENAGR) whose "in" phrase goes on to name
Uganda: rule 40 reads the coordinated places as parties of the act after a strong preposition ("sent food to farmers
in Kenya and Uganda" codes Kenya and Uganda), but after a weak one ("for", rule 3's target only when it names the
actor itself) the coordinated place was dropped, so the aid reached the first place only. CAMEO codes an act for
each party it is aimed at (07 provide aid: each recipient), so each place of the list is a target. Controls: the
strong preposition (unchanged), one place alone, a coordinated noun that names no place, and aid to listed states.
``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


CONFLI30X_SENTENCES: list[tuple[str, Events]] = [
    # economic aid "for" people in A and B (071)
    (
        "Japan provided $40 million in support for farmers in Kenya and Uganda.",
        {("JPN", "KEN", "071"), ("JPN", "UGA", "071")},
    ),
    (
        "China provided cheap loans for farmers in Laos, Cambodia and Myanmar.",
        {("CHN", "LAO", "071"), ("CHN", "KHM", "071"), ("CHN", "MMR", "071")},
    ),
    (
        "The European Union provides 60 million euros in support for small businesses in Ghana and Togo.",
        {("IGO", "GHA", "071"), ("IGO", "TGO", "071")},
    ),
    # humanitarian aid "for" people in A and B (073)
    (
        "Germany sent tents and blankets for quake survivors in Turkey and Syria.",
        {("DEU", "TUR", "073"), ("DEU", "SYR", "073")},
    ),
    (
        "Saudi Arabia delivered food aid for villagers in Yemen and Somalia on Sunday.",
        {("SAU", "YEM", "073"), ("SAU", "SOM", "073")},
    ),
    (
        "South Korea provided medical supplies for hospitals in Laos and Cambodia last week.",
        {("KOR", "LAO", "073"), ("KOR", "KHM", "073")},
    ),
    (
        "Brazil has delivered vaccines for children in Bolivia and Paraguay.",
        {("BRA", "BOL", "073"), ("BRA", "PRY", "073")},
    ),
    (
        "Qatar provided humanitarian assistance for displaced families in Sudan and Chad.",
        {("QAT", "SDN", "073"), ("QAT", "TCD", "073")},
    ),
    # aid not specified "for" people in A and B (070)
    (
        "The United Arab Emirates donated $10 million for refugees in Jordan and Lebanon.",
        {("ARE", "JOR", "071"), ("ARE", "LBN", "071")},
    ),
    (
        "Norway gave $25 million for flood victims in Pakistan and Afghanistan.",
        {("NOR", "PAK", "071"), ("NOR", "AFG", "071")},
    ),
    # military aid "for" forces in A and B (072)
    (
        "Turkey supplied armoured vehicles for police units in Niger and Mali.",
        {("TUR", "NER", "072"), ("TUR", "MLI", "072")},
    ),
    (
        "The Netherlands provided equipment for farmers in Peru and Ecuador in March.",
        {("NLD", "PER", "070"), ("NLD", "ECU", "070")},
    ),
    (
        "India provided relief supplies for fishermen in Sri Lanka and the Maldives.",
        {("IND", "LKA", "073"), ("IND", "MDV", "073")},
    ),
    (
        "Australia provided $5 million in support for schools in Fiji and Samoa.",
        {("AUS", "FJI", "071"), ("AUS", "WSM", "071")},
    ),
    (
        "Canada provided emergency aid for families in Haiti and the Dominican Republic.",
        {("CAN", "HTI", "073"), ("CAN", "DOM", "073")},
    ),
]

XFAIL: dict[str, str] = {
    "Japan provided $40 million in support for farmers in Kenya and Uganda.": (
        "both places are now targets, but the phrase 'in support' also codes 050 for each (not this rule)"
    ),
    "China provided cheap loans for farmers in Laos, Cambodia and Myanmar.": (
        "Laos, the first place of the three, is not coded (KHM and MMR only, before and after)"
    ),
    "India provided relief supplies for fishermen in Sri Lanka and the Maldives.": (
        "Sri Lanka is not coded (MDV only, before and after)"
    ),
    "Canada provided emergency aid for families in Haiti and the Dominican Republic.": (
        "both places coded before and after, but 'emergency aid' is read as aid not specified (070), not 073"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(CONFLI30X_SENTENCES, XFAIL))
def test_confli30x_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


CONFLI30X_CONTROLS: list[tuple[str, Events]] = [
    # a strong preposition already coded every listed place (rule 40)
    ("Japan sent food to farmers in Kenya and Uganda.", {("JPN", "KEN", "073"), ("JPN", "UGA", "073")}),
    # one place alone
    ("Japan provided cheap loans for farmers in Kenya.", {("JPN", "KEN", "071")}),
    # the coordinated noun names no place
    ("Canada provided funding for farmers in Ghana and their cooperatives.", {("CAN", "GHA", "071")}),
    # states listed themselves
    ("Germany provided aid to Kenya and Uganda.", {("DEU", "KEN", "070"), ("DEU", "UGA", "070")}),
    # places listed in a thing's own "in" phrase after "for" (rule 40 already)
    ("Japan provided $40 million for projects in Kenya and Uganda.", {("JPN", "KEN", "071"), ("JPN", "UGA", "071")}),
]


@pytest.mark.parametrize(("text", "expected"), CONFLI30X_CONTROLS)
def test_confli30x_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
