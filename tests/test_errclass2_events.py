"""Issue 14's error classes on new 2025-news wordings (issue 14, session 28, branch errclass2; docs/events.md rule 199).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts; the expected
events were written from the CAMEO codebook (``../shared/data/cameo-eventcodes.tsv``) and the conventions of
docs/events.md before the coder was run. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with
the learned layer off (``rules_pipeline``). Rows compare (source, target, CAMEO root): the classes are about
whether an event is found, its direction and its sense, not the fine code. The classes: (a) plain declaratives
with a clear verb and two country actors in varied tense and voice; (b) lists of parties that met (every pair,
both directions); (c) word sense of "engage" (a firefight is 19, diplomatic engagement 05); (d) casualties (no
attacker named: no event; an attacker's strike: attacker -> victims); (e) one-sided agreements (one direction);
(f) allegations by a document (rule 21: the author -> the accused, 112; rule 75a: the alleged act is not
asserted; rule 43: no author named, no accusation). ``XFAIL`` keeps the rows still wrong, each with why.
"""

from __future__ import annotations

from itertools import permutations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, roots, table_cases

Events = set[tuple[str, str, str]]


def pairwise(*parties: str, code: str = "040") -> Events:
    """A meeting of several parties: every ordered pair."""
    return {(a, b, code) for a, b in permutations(parties, 2)}


ERRCLASS2_SENTENCES: list[tuple[str, Events]] = [
    # (a) plain declaratives: accusation by evidence (112)
    ("Ukraine presented evidence against Russia at the UN Security Council on Tuesday.", {("UKR", "RUS", "112")}),
    ("Evidence against Iran was presented by Israel to the board.", {("ISR", "IRN", "112")}),
    ("Lithuania has presented evidence against Belarus over the balloon incursions.", {("LTU", "BLR", "112")}),
    # travel advisories (160)
    ("The German foreign ministry advised against travel to Iran.", {("DEU", "IRN", "160")}),
    ("Canada has advised against all travel to Haiti.", {("CAN", "HTI", "160")}),
    ("Australia is advising against travel to Niger.", {("AUS", "NER", "160")}),
    # missiles and shells fired at a country (195 aerial weapons, 194 artillery)
    ("Iran fired missiles at Israel on Tuesday.", {("IRN", "ISR", "195")}),
    ("Israel fired missiles at Iran in retaliation.", {("ISR", "IRN", "195")}),
    ("Missiles were fired at Ukraine by Russia overnight.", {("RUS", "UKR", "195")}),
    ("North Korea has fired ballistic missiles at Japan's waters.", {("PRK", "JPN", "195")}),
    ("Pakistan fired artillery shells at India across the Line of Control.", {("PAK", "IND", "194")}),
    # summoning an ambassador (114 complain officially)
    ("China summoned the ambassador of Japan on Friday.", {("CHN", "JPN", "114")}),
    ("The Japanese ambassador was summoned by China.", {("CHN", "JPN", "114")}),
    ("Poland has summoned the Russian ambassador over the drone incursion.", {("POL", "RUS", "114")}),
    ("Algeria summoned the French ambassador.", {("DZA", "FRA", "114")}),
    # expelling diplomats (161 reduce diplomatic relations)
    ("Estonia expelled diplomats of Russia.", {("EST", "RUS", "161")}),
    ("Russian diplomats were expelled by Moldova on Thursday.", {("MDA", "RUS", "161")}),
    ("Germany is expelling two Iranian diplomats.", {("DEU", "IRN", "161")}),
    ("Mali expelled the French ambassador.", {("MLI", "FRA", "161")}),
    # seizing a ship (171 seize property; rule 346: 1711 is a confiscation)
    ("Iran seized a tanker belonging to Greece.", {("IRN", "GRC", "171")}),
    ("A tanker belonging to the United Kingdom was seized by Iran.", {("IRN", "GBR", "171")}),
    ("Iran has seized a Greek tanker in the Gulf of Oman.", {("IRN", "GRC", "171")}),
    ("The United States seized a tanker belonging to Venezuela.", {("USA", "VEN", "171")}),
    # (b) lists of parties that met: every pair, both directions
    ("Leaders of France, Germany and Poland met on Tuesday.", pairwise("FRA", "DEU", "POL")),
    ("The foreign ministers of India, Japan and Australia met in Tokyo.", pairwise("IND", "JPN", "AUS")),
    ("Officials from Egypt, Qatar and Turkey met in Cairo on Sunday.", pairwise("EGY", "QAT", "TUR")),
    ("Representatives of Armenia and Azerbaijan met in Washington.", pairwise("ARM", "AZE")),
    ("Macron, Merz and Tusk met in Berlin to discuss Ukraine.", pairwise("FRA", "DEU", "POL")),
    ("China, Russia and Iran held talks in Beijing.", pairwise("CHN", "RUS", "IRN", code="046")),
    ("The defence ministers of Sweden, Finland and Norway met.", pairwise("SWE", "FIN", "NOR")),
    ("Ministers from Kenya, Uganda, Tanzania and Rwanda met in Nairobi.", pairwise("KEN", "UGA", "TZA", "RWA")),
    ("Erdogan met Putin and Pezeshkian in Tehran.", pairwise("TUR", "RUS", "IRN")),
    ("The presidents of Brazil and Argentina met on Monday.", pairwise("BRA", "ARG")),
    ("Leaders from Vietnam, Laos and Cambodia gathered in Hanoi for talks.", pairwise("VNM", "LAO", "KHM")),
    ("The leaders of Spain, Portugal and Morocco have met in Rabat.", pairwise("ESP", "PRT", "MAR")),
    # (c) word sense of "engage": fighting (19) against diplomacy (05, 04)
    ("Indian troops engaged in a firefight with Pakistani soldiers along the border.", both("IND", "PAK", "190")),
    ("Thai and Cambodian soldiers engaged in a firefight near the disputed temple.", both("THA", "KHM", "190")),
    ("Armenian and Azerbaijani troops engaged in a firefight on the border.", both("ARM", "AZE", "190")),
    ("Israeli forces engaged Lebanese troops in a firefight.", {("ISR", "LBN", "190")}),
    ("Sudanese army units engaged in heavy fighting with Chadian forces.", both("SDN", "TCD", "190")),
    ("Germany engaged with China on climate policy.", {("DEU", "CHN", "050")}),
    ("The European Union has engaged with Turkey on migration.", {("IGO", "TUR", "050")}),
    ("India engaged diplomatically with Afghanistan's Taliban government.", {("IND", "AFG", "050")}),
    ("The United States engaged Iran in indirect talks in Oman.", both("USA", "IRN", "046")),
    # (d) casualties: no attacker named gives no event; an attacker's strike is attacker -> victims
    ("Three soldiers of Ukraine were killed in Russia.", set()),
    ("Two Indian soldiers were killed in Kashmir.", set()),
    ("Five Pakistani soldiers died in Afghanistan.", set()),
    ("Several Malian soldiers were killed in Burkina Faso on Friday.", set()),
    ("Four Ugandan peacekeepers were killed in Somalia.", set()),
    ("Eight Sudanese soldiers were killed in Chad.", set()),
    ("Russia's missile strike killed five Ukrainian soldiers.", {("RUS", "UKR", "195")}),
    ("An Israeli airstrike killed three Lebanese soldiers on Sunday.", {("ISR", "LBN", "195")}),
    ("Pakistan's artillery fire killed two Indian soldiers.", {("PAK", "IND", "194")}),
    ("A Ukrainian drone strike killed four Russian soldiers in Kursk.", {("UKR", "RUS", "195")}),
    ("Three Syrian soldiers were killed by Israeli fire.", {("ISR", "SYR", "190")}),
    ("Two Thai soldiers were killed in a Cambodian rocket attack.", {("KHM", "THA", "195")}),
    ("Turkey's strike killed six Iraqi soldiers.", {("TUR", "IRQ", "190")}),
    ("Russian shelling killed two Ukrainian civilians in Kharkiv.", {("RUS", "UKR", "194")}),
    # (e) one-sided agreements: one direction; signed, or both ratifying, stays mutual
    ("The Kenyan parliament ratified a defence agreement with Uganda.", {("KEN", "UGA", "057")}),
    ("Vietnam has ratified a trade agreement with the European Union.", {("VNM", "IGO", "057")}),
    ("The agreement with Japan was ratified by the Philippines.", {("PHL", "JPN", "057")}),
    ("South Korea ratified its security treaty with the United States.", {("KOR", "USA", "057")}),
    ("Serbia's parliament has ratified a military cooperation agreement with Hungary.", {("SRB", "HUN", "057")}),
    ("Indonesia approved a deal with Australia on Wednesday.", {("IDN", "AUS", "057")}),
    ("Norway and Iceland ratified a fisheries agreement.", both("NOR", "ISL", "057")),
    ("Ghana signed an agreement with Nigeria.", both("GHA", "NGA", "057")),
    # (f) allegations by a document: the author accuses (112); the alleged act is not asserted
    ("A UN report alleged that Iran supplied weapons to Russia.", {("IGO", "IRN", "112")}),
    (
        "A report by the Dutch government alleged that Russia used chemical weapons in Ukraine.",
        {("NLD", "RUS", "112")},
    ),
    ("A UN panel of experts accused Rwanda of backing rebels in Congo.", {("IGO", "RWA", "112")}),
    ("An EU report alleged that China helped Russia evade sanctions.", {("IGO", "CHN", "112")}),
    ("A British intelligence report alleged that Iran had plotted attacks in Europe.", {("GBR", "IRN", "112")}),
    ("A Ukrainian government dossier alleged that Belarus trained Russian troops.", {("UKR", "BLR", "112")}),
    ("A report alleged that North Korea sent troops to Russia.", set()),
    ("A French report alleged that Algeria had detained a French writer.", {("FRA", "DZA", "112")}),
    # rows added after the first run, for the fixed causes (rule 199), expected codes from the codebook as above
    ("Estonia summoned the Russian charge d'affaires over the airspace violation.", {("EST", "RUS", "114")}),
    ("Poland summoned the Russian ambassador over the attack on Lviv.", {("POL", "RUS", "114")}),
    ("Moscow's ambassador was summoned by Warsaw over the sabotage.", {("POL", "RUS", "114")}),
    ("Kyrgyz border guards engaged in a gun battle with Tajik troops.", both("KGZ", "TJK", "193")),
    ("Azerbaijani forces were locked in combat with Armenian troops.", both("AZE", "ARM", "190")),
    ("A Polish government report alleged that Belarus helped migrants cross the border.", {("POL", "BLR", "112")}),
]

XFAIL: dict[str, str] = {
    "Israeli forces engaged Lebanese troops in a firefight.": (
        "coded mutual (ISR<->LBN 193, a firefight a reciprocal noun); the table wrote one way, the subject engaging;"
        " both readings are defensible"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(ERRCLASS2_SENTENCES, XFAIL))
def test_errclass2_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert roots(asserted(rules_nlp, text)) == roots(expected)
