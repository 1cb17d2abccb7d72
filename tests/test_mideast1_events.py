"""2025 Middle East news as invented sentences (issue 14, session 30, branch mideast1; docs/events.md rule 230).

Each sentence is our own construction in the style of 2025 wire copy, none copied from an evaluation set or the
news excerpts. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_pipeline``). Codes were written from the CAMEO codebook before the run: air and missile strikes 195
(missiles 194 since rule 273, session 32), other force 190, a ceasefire agreed or declared 0871, hostages or
prisoners released 0841, mediation 045, sanctions eased 085. Actors: Tehran and the IRGC are Iran (IRN),
Jerusalem and the IDF Israel (ISR), Hamas Palestine (PSE), the Houthis / Ansar Allah Yemen (YEM), Damascus Syria
(SYR), Hezbollah Lebanon (LBN). Controls: hypotheticals, negations and background clauses code nothing.
``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


MIDEAST1_SENTENCES: list[tuple[str, Events]] = [
    # Israel-Iran strikes, June 2025 (a strike with no means named is 190, the codebook's unspecified force)
    ("Israel struck Iranian nuclear and military sites early on Friday.", {("ISR", "IRN", "190")}),
    ("Israeli warplanes bombed an air defence base near Tehran.", {("ISR", "IRN", "195")}),
    ("The IDF carried out strikes on missile launchers in western Iran.", {("ISR", "IRN", "190")}),
    # rule 273: missiles are CAMEO 194, the codebook's rocket fire and missile launchers (was a strict xfail for 195)
    ("Iran fired waves of ballistic missiles at Israel overnight.", {("IRN", "ISR", "194")}),
    ("Tehran launched a retaliatory missile attack on Israel.", {("IRN", "ISR", "194")}),
    # drones and missiles launched or fired at places: the joined weapon is fired too, drones are aerial (230b, c)
    ("The IRGC launched drones and missiles at Tel Aviv and Haifa.", {("IRN", "ISR", "195")}),
    ("Iran launched drones and missiles at Israel and Saudi Arabia.", {("IRN", "ISR", "195"), ("IRN", "SAU", "195")}),
    ("Hezbollah launched drones at northern Israel.", {("LBN", "ISR", "195")}),
    ("The Houthis fired drones and missiles at Israel and Jordan.", {("YEM", "ISR", "195"), ("YEM", "JOR", "195")}),
    # US strikes on Iranian nuclear sites
    ("US B-2 bombers struck the Fordow enrichment site.", {("USA", "IRN", "195")}),
    ("The United States bombed three Iranian nuclear facilities on Sunday.", {("USA", "IRN", "195")}),
    # ceasefires: "agreed to a ceasefire" is 0356 (rule 187), mutual between conjoined parties, a place no target
    ("Israel and Iran agreed to a ceasefire brokered by Washington.", both("ISR", "IRN", "0356")),
    ("Israel and Hamas agreed to a ceasefire in Gaza.", both("ISR", "PSE", "0356")),
    ("Israel and Hezbollah agreed to a truce in southern Lebanon.", both("ISR", "LBN", "0356")),
    ("Israel and Hamas declared a truce in Gaza on Sunday.", both("ISR", "PSE", "0871")),
    # hostages and prisoners, mediation
    ("Hamas released three Israeli hostages on Saturday.", {("PSE", "ISR", "0841")}),
    ("Israel freed 90 Palestinian prisoners under the deal.", {("ISR", "PSE", "0841")}),
    ("Hamas handed over the bodies of four hostages to the Red Cross.", {("PSE", "ISR", "0841")}),
    (
        "Qatar and Egypt mediated between Israel and Hamas.",
        {("QAT", "ISR", "045"), ("QAT", "PSE", "045"), ("EGY", "ISR", "045"), ("EGY", "PSE", "045")},
    ),
    # Houthis and the Red Sea
    ("Ansar Allah attacked a Greek-owned cargo ship in the Red Sea.", {("YEM", "GRC", "190")}),
    ("US warplanes struck Houthi targets in Sanaa.", {("USA", "YEM", "195")}),
    ("The United States carried out airstrikes on Houthi positions in Yemen.", {("USA", "YEM", "195")}),
    ("Israel bombed the port of Hodeidah.", {("ISR", "YEM", "195")}),
    # Syria's new government and sanctions relief
    ("The United States lifted sanctions on Syria.", {("USA", "SYR", "085")}),
    ("The European Union eased economic sanctions on Damascus.", {("IGO", "SYR", "085")}),
    # 044 since rule 319 (session 34, multilateral4): "in Riyadh", hung on the person met, is the meeting's place, a
    # third country's city (rule 155d); written as 040 before rule 155d read that phrase
    ("Trump met Syria's interim president in Riyadh.", both("USA", "SYR", "044")),
    ("Israeli jets struck targets near Damascus.", {("ISR", "SYR", "195")}),
    # Hezbollah-Israel
    ("Israel struck Hezbollah positions in southern Lebanon.", {("ISR", "LBN", "190")}),
]

XFAIL: dict[str, str] = {
    "Hamas handed over the bodies of four hostages to the Red Cross.": "the intermediary is the target (IGO 084); "
    "the bodies' return to Israel (0841) is not read",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(MIDEAST1_SENTENCES, XFAIL))
def test_mideast1_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: hypotheticals, negations and background code no event -------------------------------------------

MIDEAST1_CONTROLS: list[tuple[str, Events]] = [
    ("Israel did not strike Iran's oil facilities.", set()),
    ("Analysts said Israel could strike Iran's nuclear sites if talks fail.", set()),
    ("Hamas has not released any hostages since March.", set()),
    ("If the Houthis attack shipping again, Washington would respond.", set()),
    ("Russia launched 200 drones overnight.", set()),
]


@pytest.mark.parametrize(("text", "expected"), MIDEAST1_CONTROLS)
def test_mideast1_control_codes_nothing(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
