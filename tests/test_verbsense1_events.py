"""Word sense: one verb, several CAMEO roots, in 2025 wire style (issue 14, session 40, branch verbsense1;
docs/events.md rule 431).

Each sentence is our own construction, none copied from an evaluation set, the seeds or the news excerpts; the
expected events were written from the CAMEO codebook (``/work/shared/data/cameo-eventcodes.tsv``) and the project's
conventions in docs/events.md before the coder ran on them (three rows and four controls, each marked, were added
after the first run; rows corrected after it say why). The real spaCy model, ``actor_resolver`` and
``event_coder`` run with the learned layer off (``rules_pipeline``).

The construction: a verb whose CAMEO code depends on its object or its preposition. "Engaged X in a firefight" is the
firefight's 193, not the verb's 050 (diplomatic engagement); "pressed X to" is an appeal (020) but "pressed its
offensive" is the offensive's fighting (190) and "pressed charges" an accusation (1121); "backed a plan" endorses
it (051), "backed a rebel force" is the verb's 050 (rule 171); "hit X with sanctions" is the sanctions' 163, "hit
a target" force (190), "hit back at" a criticism (111); "fired missiles" is force, "fired tear gas" repression (175),
"fired" an official no event between two parties; "struck a deal" 057, "struck" a place force; "pulled troops out"
a retreat (0874), "pulled out of" a deal a reduction of relations (160); "opened talks / a border / fire" 040 /
086 / 190; "called for / on" an appeal, "called" a leader a phone call (041), "called Y a <insult>" a criticism
(111); "targeted X with sanctions / drones" 163 / 195; "seized a ship" 171, "seized on" remarks no event; "closed an
embassy" 161, "closed a border" 172, "closed a deal" 057; "cut ties" 161, "cut aid" 1621, "cut interest rates" no
event. ``XFAIL`` keeps, as strict expected failures, the rows the rule does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


VERBSENSE1_SENTENCES: list[tuple[str, Events]] = [
    # engage: in a firefight / clashes (the noun's fight), in talks (the noun's 040), a party on an issue (050)
    (
        "Indian and Pakistani soldiers engaged in a firefight along the Line of Control late on Sunday, "
        "the Indian army said in a statement.",
        both("IND", "PAK", "193"),
    ),
    (
        "Thai troops engaged Cambodian soldiers in a firefight near the disputed Preah Vihear temple on Thursday, "
        "a Thai army spokesman told reporters.",
        both("THA", "KHM", "193"),  # corrected after the first run: a firefight is mutual (reciprocal nouns)
    ),
    (
        "Japan engaged China in talks on the resumption of seafood imports in Beijing on Wednesday, "
        "the Japanese foreign ministry said.",
        both("JPN", "CHN", "040"),
    ),
    (
        "The European Union has engaged Iran on its nuclear programme for months, according to two diplomats in "
        "Brussels.",
        {("IGO", "IRN", "050")},
    ),
    # press: a party to act (appeal), an offensive (the fighting), charges (1121)
    (
        "Washington pressed Cairo on Tuesday to do more to stop the smuggling of weapons into Gaza, a State "
        "Department spokesperson said.",
        {("USA", "EGY", "020")},
    ),
    (
        "German Chancellor Friedrich Merz pressed Serbia to align its foreign policy with the European Union during "
        "a visit to Belgrade on Friday.",
        {("DEU", "SRB", "020"), ("DEU", "SRB", "042")},
    ),
    (
        "Russian forces pressed their offensive on the Ukrainian town of Pokrovsk on Saturday, according to the "
        "general staff in Kyiv.",
        {("RUS", "UKR", "190")},
    ),
    (
        "Israeli troops pressed their assault on Gaza City on Wednesday, the Israeli military said.",
        {("ISR", "PSE", "190")},
    ),
    (
        "Turkish prosecutors pressed charges against two Greek journalists on Friday, their lawyer said.",
        {("TUR", "GRC", "1121")},
    ),
    # back: a plan (051 endorse), a party or force (050, rule 171)
    (
        "Saudi Arabia backed Egypt's reconstruction plan for Gaza at an emergency Arab summit in Cairo on Tuesday.",
        {("SAU", "EGY", "051")},
    ),
    (
        "Jordan on Monday backed a French proposal for an international peace conference, the foreign ministry "
        "in Amman said.",
        {("JOR", "FRA", "051")},
    ),
    (
        "Iran has long backed Houthi rebels in Yemen, a Western diplomat said.",
        {("IRN", "YEM", "050")},
    ),
    # hit: with sanctions / tariffs (163), a target (force), back at (111)
    (
        "The United States hit Russia's two biggest oil producers with sanctions on Wednesday, the Treasury said.",
        {("USA", "RUS", "163")},
    ),
    (
        "Washington hit Brazilian imports with a 50 percent tariff on Thursday, escalating a trade row with Brasilia.",
        {("USA", "BRA", "163")},
    ),
    (
        "A Russian missile hit an apartment block in the Ukrainian city of Dnipro overnight, regional officials said.",
        {("RUS", "UKR", "194")},  # corrected after the first run: missiles are 194 (rule 273, the codebook's note)
    ),
    (
        "China hit back at Japan on Monday over remarks by its prime minister about Taiwan.",
        {("CHN", "JPN", "111")},
    ),
    # fire: missiles / rockets (190), on a crowd (190), tear gas (175), an official (no event between parties)
    (
        "Yemen's Houthis fired a ballistic missile at Israel on Sunday, the Israeli military said.",
        {("YEM", "ISR", "194")},  # corrected after the first run: missiles are 194 (rule 273)
    ),
    (
        "Venezuelan troops fired on a Colombian army patrol near the border on Tuesday, Bogota said.",
        {("VEN", "COL", "190")},
    ),
    (
        "Georgian police fired tear gas and water cannon at protesters outside parliament in Tbilisi late on Monday.",
        {("GEO", "GEO", "175")},
    ),
    (
        "Ukrainian President Volodymyr Zelensky fired his army chief on Thursday after months of tension over "
        "the conduct of the war.",
        set(),
    ),
    # strike: a deal (057), a place or target (force; aerial means 195)
    (
        "Indonesia struck a free trade deal with Canada in Ottawa on Wednesday after two years of negotiations.",
        # corrected after the first run: the two years of negotiations are told as done (046, both ways)
        both("IDN", "CAN", "057") | both("IDN", "CAN", "046"),
    ),
    (
        "Britain and India struck a long-awaited trade agreement on Tuesday, the British government said.",
        both("GBR", "IND", "057"),
    ),
    (
        "Israeli warplanes struck Hezbollah positions in southern Lebanon on Sunday, the Lebanese army said.",
        {("ISR", "LBN", "195")},
    ),
    (
        "Ukrainian drones struck an oil refinery in Russia's Saratov region overnight, the regional governor said.",
        {("UKR", "RUS", "195")},
    ),
    # pull: troops out of a place (0874), out of a deal (160), an ambassador (161)
    (
        "France pulled its last troops out of Chad on Friday, ending decades of military presence in the country.",
        {("FRA", "TCD", "0874")},
    ),
    (
        "Russia pulled out of the Black Sea grain deal with Ukraine in July, the Kremlin said.",
        {("RUS", "UKR", "160")},
    ),
    (
        "Algeria pulled its ambassador from Paris on Tuesday in protest at France's position on Western Sahara.",
        {("DZA", "FRA", "161")},
    ),
    # open: talks (040, both ways), a border (086), fire (190), an embassy (054)
    (
        "Britain opened talks with the Gulf Cooperation Council on a free trade agreement in Riyadh on Monday.",
        both("GBR", "IGO", "040"),
    ),
    (
        "Tajikistan reopened its border with Afghanistan on Thursday after a three-month closure, the border "
        "service said.",
        {("TJK", "AFG", "086")},
    ),
    (
        "North Korean soldiers opened fire on a South Korean guard post in the demilitarized zone on Friday, "
        "Seoul's joint chiefs of staff said.",
        {("PRK", "KOR", "190")},
    ),
    (
        "Syria reopened its embassy in Riyadh on Sunday after a 12-year break, the Syrian foreign ministry said.",
        {("SYR", "SAU", "054")},
    ),
    # call: for (an appeal), on a party to (an appeal), a leader (041), a leader a name (111)
    (
        "Qatar called on Rwanda on Tuesday to withdraw its troops from eastern Congo, a foreign ministry "
        "spokesman said.",
        {("QAT", "RWA", "0256")},
    ),
    (
        "Indian Prime Minister Narendra Modi called Ukrainian President Volodymyr Zelensky on Wednesday, "
        "his office said.",
        {("IND", "UKR", "041")},
    ),
    (
        "U.S. President Donald Trump called Canadian Prime Minister Mark Carney a very nasty negotiator on Friday.",
        {("USA", "CAN", "111")},
    ),
    # added after the first run (rule 431e's parse repair): the name an adjective hung as a preposition's object
    (
        "Pakistani officials called the remarks by the Indian army chief irresponsible, state media reported.",
        {("PAK", "IND", "111")},
    ),
    # added after the first guards (rule 431e's second repair): the object read as the predicate, the name its appos
    (
        "Brazil's president on Monday called Argentina's ambassador to the United Nations a very arrogant man, "
        "his spokesman said.",
        {("BRA", "ARG", "111")},
    ),
    # target: with sanctions (163), with drones (195)
    (
        "The European Union targeted Belarusian potash exports with new sanctions on Thursday.",
        {("IGO", "BLR", "163")},
    ),
    (
        "Ukraine targeted a Russian air base in Crimea with drones overnight, a Ukrainian security official said.",
        {("UKR", "RUS", "195")},
    ),
    # seize: a ship (171), on remarks (no event)
    (
        "Iran seized a Marshall Islands-flagged oil tanker in the Gulf of Oman on Thursday, state media reported.",
        {("IRN", "MHL", "171")},
    ),
    (
        "Pakistani officials seized on the remarks by the Indian army chief, calling them irresponsible.",
        {("PAK", "IND", "111")},
    ),
    # close: an embassy (161), a border (172), a deal (057)
    (
        "Ecuador closed its embassy in Mexico City on Friday, the Ecuadorean foreign ministry said.",
        {("ECU", "MEX", "161")},
    ),
    (
        "Pakistan closed its border crossings with Afghanistan on Sunday after clashes between the two armies.",
        {("PAK", "AFG", "172"), *both("PAK", "AFG", "190")},
    ),
    (
        "Argentina closed a trade deal with the United States in Washington on Thursday, the Argentine economy "
        "ministry said.",
        both("ARG", "USA", "057"),
    ),
    # cut: ties (161), aid (1621), interest rates (no event)
    (
        "Nicaragua cut diplomatic ties with Israel on Friday, the government in Managua said.",
        {("NIC", "ISR", "161")},
    ),
    (
        "The Netherlands cut development aid to Rwanda on Tuesday over its support for rebels in Congo.",
        # corrected after the first run: the grievance tells Rwanda's backing of a rebel force as a fact (050, rule 171)
        {("NLD", "RWA", "1621"), ("RWA", "COD", "050")},
    ),
    (
        "Turkey's central bank cut interest rates by 250 basis points on Thursday, more than economists had expected.",
        set(),
    ),
]

XFAIL: dict[str, str] = {
    "German Chancellor Friedrich Merz pressed Serbia to align its foreign policy with the European Union during "
    "a visit to Belgrade on Friday.": "the visit in a 'during' phrase is no event of its own (a background phrase)",
    "Washington hit Brazilian imports with a 50 percent tariff on Thursday, escalating a trade row with Brasilia.": (
        "the compound 'trade' of a dispute noun ('a trade row') is read as trade, 061 (not a verb sense)"
    ),
    "Algeria pulled its ambassador from Paris on Tuesday in protest at France's position on Western Sahara.": (
        "'in protest at' adds the protest noun's 140 toward France (the protest-aim convention), beside the 161"
    ),
    "Pakistani officials seized on the remarks by the Indian army chief, calling them irresponsible.": (
        "'them' in the participle clause is not resolved to the remarks' author: no 111"
    ),
    "Pakistan closed its border crossings with Afghanistan on Sunday after clashes between the two armies.": (
        "the 'after' clashes of 'the two armies' (unresolved) are no event"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(VERBSENSE1_SENTENCES, XFAIL))
def test_verbsense1_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


VERBSENSE1_CONTROLS: list[tuple[str, Events]] = [
    # the unambiguous verbs of the same acts keep their codes
    ("Japan imposed sanctions on Russia's biggest oil producers on Friday.", {("JPN", "RUS", "163")}),
    # corrected after the first run: an appeal to let aid in is 0255 (allow international involvement; 0863 is an 086)
    ("Egypt urged Israel to allow more aid trucks into Gaza.", {("EGY", "ISR", "0255")}),
    ("Vietnam signed a trade deal with Brazil on Monday.", both("VNM", "BRA", "057")),
    ("Kenya endorsed Somalia's reconstruction plan on Tuesday.", {("KEN", "SOM", "051")}),
    ("Israeli troops fired missiles at Hezbollah positions in southern Lebanon.", {("ISR", "LBN", "194")}),  # rule 273
    ("Benin severed diplomatic ties with Niger on Wednesday.", {("BEN", "NER", "161")}),
    ("Poland closed its border with Belarus on Monday.", {("POL", "BLR", "172")}),
    ("Mali withdrew its troops from Mauritania's border region.", {("MLI", "MRT", "0874")}),
    # the boundaries of rule 431, added after the first run: an addressee's infinitive keeps the appeal, no issue and
    # no means keeps "hit back" no event, a ship seized stays seized, a neutral name stays a judgement
    ("Germany pressed Russia to halt its offensive in eastern Ukraine.", {("DEU", "RUS", "0256")}),
    ("Beijing hit back at Washington on Monday.", set()),
    ("Iran seized a Greek oil tanker in the Gulf of Oman on Friday.", {("IRN", "GRC", "171")}),
    ("Macron called the Indian prime minister a trusted partner.", set()),
]


@pytest.mark.parametrize(("text", "expected"), VERBSENSE1_CONTROLS)
def test_verbsense1_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
