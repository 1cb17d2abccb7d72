"""The five CAMEO roots our tables cover least, in 2025 wire phrasing (issue 14, session 40, branch roots6;
docs/events.md rule 432).

The graders score held-out text by CAMEO root, and ``benchmarks/table_root_coverage.py`` shows how unevenly our
invented-sentence tables cover the roots: on START (5b1f6cda) 09 investigate and 20 unconventional mass violence held
30 rows each, 10 demand 150, 06 material cooperation 157 and 18 assault 166, against 400-1,000 rows for 11, 16, 19,
03 and 04. This table adds rows for those five roots as wires write them: long sentences with titles, dates and
attributions, several sub-codes of each root by the CAMEO codebook (``/work/shared/data/cameo-eventcodes.tsv``), in
active, passive, nominal and reported forms. The issue's error classes come in new phrasings too: casualties with no
named attacker (no event; the victims' nationality is no target), a one-sided ratification (one direction, 057 as
the project's convention, rule 21) and an allegation reported by a document (the author accuses the clause's subject,
112; the alleged act is not asserted, rule 199f).

Each sentence is our own construction, none copied from an evaluation set, the seeds, the news excerpts or the CAMEO
examples; the expected events were written before the coder ran on them. The real spaCy model, ``actor_resolver``
and ``event_coder`` run with the learned layer off (``rules_pipeline``); actors are compared on their primary code
(the country part, IGO for any IGO). ``XFAIL`` keeps the rows the rule does not fix, each with why.
``ROOTS6_CONTROLS`` hold a near-miss verb of another root that must keep its code.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


ROOTS6_SENTENCES: list[tuple[str, Events]] = [
    # 09 investigate: 090 unspecified, 091 crime and corruption, 092 human rights abuses, 093 military action,
    # 094 war crimes
    (
        "Lithuanian prosecutors opened a criminal investigation on Tuesday into the suspected sabotage of a Baltic Sea "
        "data cable by a Chinese-flagged bulk carrier, the prosecutor general's office said in a statement.",
        {("LTU", "CHN", "091")},
    ),
    (
        "A Hungarian logistics company is being investigated by the European Commission over the suspected diversion "
        "of farm subsidies worth 12 million euros, officials in Brussels confirmed on Friday.",
        {("IGO", "HUN", "091")},
    ),
    (
        "The UN Human Rights Council on Thursday launched an independent fact-finding mission into reported abuses by "
        "Ethiopian federal forces against civilians in the Amhara region.",
        {("IGO", "ETH", "092")},
    ),
    (
        "NATO said on Monday it had begun an investigation into the incursion of three Russian military drones into "
        "Polish airspace overnight, the alliance's spokeswoman told reporters in Brussels.",
        {("IGO", "RUS", "093")},
    ),
    (
        "Prosecutors at the International Criminal Court are investigating alleged war crimes committed by Sudan's "
        "army in the city of El Fasher, the court's deputy prosecutor told diplomats in New York on Monday.",
        {("IGO", "SDN", "094")},
    ),
    (
        "Kenya's anti-corruption commission has launched a probe into bribes allegedly paid by a Chinese road "
        "contractor to county officials in Nakuru, the commission's chief executive told reporters in Nairobi.",
        {("KEN", "CHN", "091")},
    ),
    (
        "Two Russian diplomats were questioned by Norwegian police on Wednesday over photographs of naval "
        "installations near Bergen, Norway's foreign ministry said.",
        {("NOR", "RUS", "090")},
    ),
    # 20 unconventional mass violence: 200 unspecified, 201 mass expulsion, 202 mass killings, 203 ethnic cleansing,
    # 2041 chemical, biological or radiological weapons, 2042 nuclear weapons
    (
        "Pakistan has expelled more than 800,000 Afghan nationals since the deportation drive began in late 2023, the "
        "UN refugee agency said on Friday in its latest update from Islamabad.",
        {("PAK", "AFG", "201")},
    ),
    (
        "Hundreds of Ethiopian migrants were massacred by Saudi border guards along the frontier with Yemen between "
        "March 2022 and June 2023, according to a report released on Monday by a New York-based rights group.",
        {("SAU", "ETH", "202")},
    ),
    (
        "Russian occupation forces have carried out a systematic ethnic cleansing of Ukrainians in the occupied south, "
        "Ukraine's human rights ombudsman, Dmytro Lubinets, said in Kyiv on Monday.",
        {("RUS", "UKR", "203")},
    ),
    (
        "Chloropicrin, a choking agent banned under international law, was used by Russian troops against Ukrainian "
        "positions near Pokrovsk in at least 20 attacks last month, the Ukrainian general staff said on Friday.",
        {("RUS", "UKR", "2041")},
    ),
    (
        "The United States dropped atomic bombs on the Japanese cities of Hiroshima and Nagasaki in August 1945, "
        "the museum's director recalled at the ceremony on Wednesday.",
        {("USA", "JPN", "2042")},
    ),
    (
        "Eritrean troops perpetrated atrocities against Ethiopian civilians in the town of Axum in November 2020, "
        "the commission of inquiry said in its final report published on Tuesday.",
        {("ERI", "ETH", "200")},
    ),
    (
        "Sudanese paramilitary fighters massacred more than 200 Chadian traders at a market near the border town "
        "of Adre on Sunday, witnesses told Reuters by telephone.",
        {("SDN", "TCD", "202")},
    ),
    # 10 demand: 101 information or investigation, 1013 judicial cooperation, 1041 change in leadership, 1053
    # release of persons, 1054 easing of sanctions, 106 withdrawal, 107 ceasefire
    (
        "China's foreign ministry demanded on Tuesday that the Philippines immediately withdraw a grounded navy "
        "vessel from the Second Thomas Shoal, a spokeswoman, Mao Ning, told a regular news briefing in Beijing.",
        {("CHN", "PHL", "106")},
    ),
    (
        "The release of 14 Thai fishermen held in Myanmar since March was demanded on Saturday by the foreign "
        "ministry in Bangkok.",
        {("THA", "MMR", "1053")},
    ),
    (
        "Germany's federal prosecutor demanded on Wednesday that Poland extradite a Ukrainian diver wanted in "
        "connection with the 2022 sabotage of the Nord Stream gas pipelines.",
        {("DEU", "POL", "1013")},
    ),
    (
        "The African Union's Peace and Security Council demanded an immediate and unconditional ceasefire in eastern "
        "Congo at an emergency session in Addis Ababa on Friday.",
        {("IGO", "COD", "107")},
    ),
    (
        "Washington has demanded that Nicolas Maduro step down and hand power to the opposition, the US secretary "
        "of state, Marco Rubio, said in an interview broadcast on Sunday.",
        {("USA", "VEN", "1041")},
    ),
    (
        "South Korea's foreign ministry demanded on Thursday that China investigate a cyberattack on government email "
        "servers that officials in Seoul traced to hackers in the city of Shenyang.",
        {("KOR", "CHN", "101")},
    ),
    (
        "Belarus's foreign minister, Maxim Ryzhenkov, demanded that the European Union lift its sanctions on "
        "Belarusian potash exports, the state news agency Belta reported on Tuesday.",
        {("BLR", "IGO", "1054")},
    ),
    # 06 material cooperation: 061 economic, 062 military, 063 judicial, 064 intelligence
    (
        "Japanese and Philippine troops held their first joint live-fire exercises on the northern island of Luzon "
        "on Tuesday under a reciprocal access agreement that took effect in September.",
        both("JPN", "PHL", "062"),
    ),
    (
        "The Netherlands has been sharing satellite intelligence on Russian troop movements with Ukraine's military "
        "since early 2024, the Dutch defence minister, Ruben Brekelmans, told parliament on Wednesday.",
        {("NLD", "UKR", "064")},
    ),
    (
        "Estonia's foreign intelligence service said in its annual report published on Tuesday that it had passed "
        "information on the movements of tankers in the Gulf of Finland to Finnish counterparts.",
        {("EST", "FIN", "064")},
    ),
    (
        "A Paraguayan drug trafficker wanted for the murder of a journalist was extradited by Brazil to Paraguay on "
        "Thursday, Brazil's federal police said in a statement.",
        {("BRA", "PRY", "063")},
    ),
    (
        "Colombia handed over a senior Ecuadorian gang leader captured in Bogota to the authorities in Quito on "
        "Monday, the Colombian defence ministry said.",
        {("COL", "ECU", "063")},
    ),
    (
        "Indonesian and Australian warships conducted joint patrols in the Arafura Sea last week, the Indonesian "
        "navy said on Sunday.",
        both("IDN", "AUS", "062"),
    ),
    # 18 assault: 181 abduct or take hostage, 1822 torture, 1823 kill by physical assault, 1831 suicide bombing,
    # 1833 roadside bombing, 185 attempt to assassinate, 186 assassinate
    (
        "Hamas fighters took more than 250 Israelis hostage in the October 2023 raid on communities near the Gaza "
        "border, Israel's army said in a statement on Tuesday.",
        {("PSE", "ISR", "181")},
    ),
    (
        "A senior Hezbollah commander, Fuad Shukr, was assassinated by Israel in July 2023, the group said in a "
        "statement on Thursday.",
        {("ISR", "LBN", "186")},
    ),
    (
        "Russian military intelligence agents tried to assassinate the chief executive of the German arms maker "
        "Rheinmetall earlier this year, according to US and German officials.",
        {("RUS", "DEU", "185")},
    ),
    (
        "A Pakistani suicide bomber rammed an explosives-laden car into a convoy of Chinese engineers travelling to "
        "the Dasu dam in northwestern Pakistan in March, police said.",
        {("PAK", "CHN", "1831")},
    ),
    (
        "Ukrainian prisoners of war were systematically tortured by Russian guards at a detention centre in "
        "Taganrog, a UN monitoring mission said in a report published on Tuesday.",
        {("RUS", "UKR", "1822")},
    ),
    (
        "Kyrgyz youths beat two Pakistani students to death in a hostel in Bishkek on Friday night, Pakistan's "
        "embassy said on Saturday.",
        {("KGZ", "PAK", "1823")},
    ),
    (
        "A roadside bomb planted by Somali militants hit a vehicle carrying Ugandan soldiers near Mogadishu on "
        "Thursday, the African Union mission said.",
        {("SOM", "UGA", "1833")},
    ),
    # issue 14's error classes, new phrasings: casualties with no attacker named (no event)
    (
        "Four Filipino seafarers were among at least 11 people killed overnight in the port city of Odesa, the "
        "regional governor said on Telegram.",
        set(),
    ),
    (
        "Three French UN peacekeepers were killed on Sunday when their armoured vehicle struck a mine in southern "
        "Lebanon, the French army said.",
        set(),
    ),
    # a one-sided ratification: one direction
    (
        "Kazakhstan's senate on Thursday ratified a 2024 agreement with Russia on the construction of the country's "
        "first nuclear power plant, the presidential press office said.",
        {("KAZ", "RUS", "057")},
    ),
    # an allegation reported by a document: the author accuses, the act alleged is not asserted
    (
        "The report, released on Wednesday by the UN panel of experts on Libya, alleged that the United Arab "
        "Emirates had violated the arms embargo by flying weapons to commanders in the east.",
        {("IGO", "ARE", "112")},
    ),
    (
        "An assessment by Germany's domestic intelligence agency, seen by reporters this week, alleged that Iranian "
        "agents had spied on Jewish community leaders in Berlin and Hamburg.",
        {("DEU", "IRN", "112")},
    ),
]

# the rows rule 432 does not fix, each with why (strict: a fix elsewhere that makes one pass removes it here)
XFAIL: dict[str, str] = {
    ROOTS6_SENTENCES[0][0]: "an alleged act ('the suspected sabotage') whose doer is a 'Chinese-flagged' carrier (the "
    "nationality an npadvmod of 'flagged'): no target is reached once the act is alleged; plain 'Chinese' passes",
    ROOTS6_SENTENCES[1][0]: "an investigation is criminal (091) when a court or police opens it or the wrong is a "
    "crime word (rule 165d); 'the diversion of farm subsidies' is neither, so 090",
    ROOTS6_SENTENCES[4][0]: "'Prosecutors at the International Criminal Court' resolves the court inside the subject's "
    "'at' phrase only, not the prosecutors, so the investigation has no source",
    ROOTS6_SENTENCES[6][0]: "'questioned by police' is no trigger: 'question' is an investigation only with an "
    "'allegation' object in the verb dictionary, and a general 'question' would read 'questioned the decision' (11x)",
    ROOTS6_SENTENCES[7][0]: "rule 307 keeps a class noun ('nationals', 'refugees', 'migrants') expelled at 174 "
    "whatever the count; the lead may decide whether 800,000 deported nationals are 201",
    ROOTS6_SENTENCES[10][0]: "a chemical agent named by its own name ('chloropicrin', 'a choking agent') is no "
    "`mass_destruction_devices` noun with a '20' `domains` modifier; 'used chlorine gas' codes 2041",
    ROOTS6_SENTENCES[15][0]: "a passive demand with a nominal subject ('The release of ... was demanded by Y'): the "
    "release noun is not read as the demand's object, so no demand is coded",
    ROOTS6_SENTENCES[22][0]: "'sharing intelligence on Russian troop movements with Ukraine': the 'with' phrase hangs "
    "on 'movements' inside the topic phrase, so the sharing has no partner",
    ROOTS6_SENTENCES[26][0]: "a joint subject's 'joint patrols' (062, rule 150e) are no reciprocal noun, the known "
    "strict xfail of tests/test_short13_events.py",
    ROOTS6_SENTENCES[33][0]: "a roadside bomb as the subject of 'hit': rule 70b reads the bomb's kind (1833) only "
    "under a casualty verb ('killed'); 'hit' keeps the generic force, 190",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(ROOTS6_SENTENCES, XFAIL))
def test_roots6_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


ROOTS6_CONTROLS: list[tuple[str, Events]] = [
    # an accusation, not an investigation (112)
    (
        "Lithuania's foreign ministry accused a Chinese-flagged bulk carrier on Tuesday of deliberately dragging its "
        "anchor across a Baltic Sea data cable.",
        {("LTU", "CHN", "112")},
    ),
    # an appeal, not a demand (0256)
    (
        "The EU's foreign policy chief, Kaja Kallas, called on Russia on Tuesday to accept an unconditional ceasefire "
        "in Ukraine.",
        {("IGO", "RUS", "0256")},
    ),
    # a pledge to share intelligence is an intent (0314), not the sharing
    (
        "Britain pledged on Monday to share intelligence on migrant smuggling gangs with France.",
        {("GBR", "FRA", "0314")},
    ),
    # artillery fire is conventional force (194, "fight with artillery and tanks"), not an assault
    (
        "Thai troops fired artillery at Cambodian army positions along the disputed border on Thursday, the Thai "
        "army said.",
        {("THA", "KHM", "194")},
    ),
    # a few people deported is an expulsion of individuals (174), not a mass expulsion
    (
        "The United States deported three Venezuelan nationals to Caracas on a charter flight on Friday.",
        {("USA", "VEN", "174")},
    ),
    # a demand's near miss: a request for aid is an appeal (0233)
    (
        "Sri Lanka's president asked India on Monday for emergency food aid after the floods.",
        {("LKA", "IND", "0233")},
    ),
    # casualties with the attacker named: the attacker acts on the victims
    (
        "Two Ukrainian soldiers were killed on Tuesday in a Russian drone strike near Kharkiv, the regional "
        "governor said.",
        {("RUS", "UKR", "195")},
    ),
    # a mutual signing stays both ways
    (
        "Kazakhstan and Russia signed an agreement on the construction of a nuclear power plant on Thursday.",
        both("KAZ", "RUS", "057"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROOTS6_CONTROLS)
def test_roots6_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
