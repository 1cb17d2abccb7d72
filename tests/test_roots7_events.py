"""The next five CAMEO roots our tables cover least, in 2025 wire phrasing (issue 14, session 41, branch roots7;
docs/events.md rule 438).

``benchmarks/table_root_coverage.py`` on START (1ba9335d) still ranks the five roots session 40's roots6 took (09,
20, 10, 06, 18: 37-173 rows) lowest; the next five are 01 make public statement (204 rows), 14 protest (216), 15
exhibit force posture (223), 02 appeal (269) and 13 threaten (361), against 600-1,000 rows for 04, 03, 16, 19 and 11.
This table adds rows for those five roots as wires write them: titles, appositions, dates, attributions and
subordinate clauses, and within each root the sub-codes the tables hold least (011 decline comment, 012, 015, 017,
018, 019; 1411, 1413, 142, 1432, 144, 145, 1414; 151, 152, 153, 154; 0211, 0212, 0214, 022, 0234, 0241, 0243,
0252, 028; 1311, 1313, 1322, 1324, 134, 137, 1381, 1384, 1385), each by the CAMEO codebook
(``/work/shared/data/cameo-eventcodes.tsv``). The project's conventions hold: a domestic protest, strike or threat
of repression is aimed at the protesters' own state (as in ``tests/test_breadth14_events.py``), an
act claimed or acknowledged is asserted beside the claim (rule 61b), and an act under "if" or "unless" is not.

Each sentence is our own construction, none copied from an evaluation set, the seeds, the news excerpts or the
CAMEO examples; the expected events were written before the coder ran on them. The real spaCy model,
``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``); actors are compared on
their primary code (the country part, IGO for any IGO). ``XFAIL`` keeps the rows the rule does not fix, each with
why. ``ROOTS7_CONTROLS`` hold the nearest shape in another sense (a currency that "rallied", an air "strike", aid
"mobilised", a legal "appeal", a threat by no actor) and, for each part of rule 438, the nearest shapes in which it
must not fire; they must keep their code.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


ROOTS7_SENTENCES: list[tuple[str, Events]] = [
    # 01 make public statement: 011 decline comment, 012 pessimistic, 015 acknowledge or claim responsibility,
    # 017 symbolic act, 018 empathetic comment, 019 express accord
    (
        "Germany's government spokesman, Steffen Hebestreit, declined to comment on Wednesday on Poland's renewed "
        "demand for war reparations, saying only that Berlin's position was well known.",
        {("DEU", "POL", "011")},
    ),
    (
        "A spokeswoman for the Japanese foreign ministry declined to comment on Tuesday on a report that Chinese "
        "hackers had broken into the ministry's diplomatic cable system.",
        {("JPN", "CHN", "011")},
    ),
    (
        "Lithuania's foreign minister, Kestutis Budrys, voiced deep pessimism on Friday about relations with Belarus, "
        "telling a news conference in Vilnius that ties were unlikely to improve while the current government "
        "remained in power.",
        {("LTU", "BLR", "012")},
    ),
    (
        "The Islamic State group claimed responsibility on Saturday for a suicide bombing that killed 14 Pakistani "
        "soldiers in North Waziristan, its Amaq news agency said.",
        {("IRQ", "PAK", "015"), ("IRQ", "PAK", "1831")},
    ),
    (
        "Israel's military acknowledged on Tuesday that its troops had mistakenly fired on Egyptian border guards "
        "near the Rafah crossing, a military spokesman said in a statement.",
        {("ISR", "EGY", "015"), ("ISR", "EGY", "190")},
    ),
    (
        "Germany's president, Frank-Walter Steinmeier, laid a wreath on Sunday at the memorial to the victims of the "
        "1944 Warsaw Uprising, in a gesture of reconciliation with Poland.",
        {("DEU", "POL", "017")},
    ),
    (
        "Jordan's King Abdullah sent a message of condolence on Monday to the Moroccan king, Mohammed VI, after an "
        "earthquake killed more than 2,000 people in the Atlas mountains.",
        {("JOR", "MAR", "018")},
    ),
    (
        "Spain's foreign minister, Jose Manuel Albares, said on Wednesday that Madrid fully agreed with Morocco's "
        "position on the need for a negotiated solution, speaking at a news conference in Rabat.",
        {("ESP", "MAR", "019")},
    ),
    # 14 protest: 141 rally, 1411 for leadership change, 1413 for rights, 1414 for a change of regime, 142 hunger
    # strike, 1432 strike for policy change, 144 obstruct passage, 145 riot
    (
        "Tens of thousands of Georgians rallied outside parliament in Tbilisi on Sunday to demand the resignation of "
        "the prime minister, Irakli Kobakhidze, the fourth weekend of protests since the disputed election.",
        {("GEO", "GEO", "1411")},
    ),
    (
        "Hundreds of Afghan women demonstrated in Kabul on Saturday to demand the right to education from the "
        "Taliban authorities, witnesses said.",
        {("AFG", "AFG", "1413")},
    ),
    (
        "Thousands of Togolese marched in Lome on Saturday against constitutional changes that opposition leaders say "
        "will let President Faure Gnassingbe rule for life.",
        {("TGO", "TGO", "1414")},
    ),
    (
        "Dozens of Palestinian detainees held in Israeli jails began an open-ended hunger strike on Monday against "
        "Israel, the Palestinian Prisoners' Society said.",
        {("PSE", "ISR", "142")},
    ),
    (
        "Belgian dock workers walked off the job on Tuesday in a 24-hour strike against the government's pension "
        "reform, halting traffic at the port of Antwerp, unions said.",
        {("BEL", "BEL", "1432")},
    ),
    (
        "Polish farmers blocked the Medyka border crossing with Ukraine on Monday in protest against imports of "
        "cheap Ukrainian grain, the border guard service said.",
        {("POL", "UKR", "144")},
    ),
    (
        "Angry crowds hurled stones and petrol bombs at the Turkish consulate in the northern Iraqi city of Mosul on "
        "Friday after a Turkish air strike killed six villagers, Iraqi police said.",
        {("IRQ", "TUR", "145"), ("TUR", "IRQ", "195")},
    ),
    (
        "Thousands of Indonesians rallied outside the US embassy in Jakarta on Friday, burning American flags and "
        "chanting anti-American slogans, police said.",
        {("IDN", "USA", "141")},
    ),
    # 15 exhibit force posture: 150, 151 police alert, 152 military alert, 153 police power, 154 armed forces
    (
        "Belgian police raised their alert level on Monday after the Islamic State group called for attacks on "
        "Jewish targets in Europe, the interior minister said.",
        {("BEL", "IRQ", "151")},
    ),
    (
        "Taiwan's defence ministry put its forces on combat readiness on Monday after detecting 34 Chinese military "
        "aircraft and nine warships around the island, the ministry said in a statement.",
        {("TWN", "CHN", "152")},
    ),
    (
        "Armenia's army was placed on high alert on Tuesday after Azerbaijani troops massed near the border in the "
        "Syunik region, the defence ministry in Yerevan said.",
        {("ARM", "AZE", "152"), ("AZE", "ARM", "154")},
    ),
    (
        "Ecuador's interior ministry sent 2,000 additional police officers to the port city of Guayaquil on "
        "Wednesday after a wave of gang killings, the minister, Monica Palencia, said.",
        {("ECU", "ECU", "153")},
    ),
    (
        "Spain sent 500 riot police reinforcements to its border with Morocco in Ceuta on Tuesday after thousands of "
        "migrants swam across, the interior ministry said.",
        {("ESP", "MAR", "153")},
    ),
    (
        "Russia has massed more than 50,000 troops near the Ukrainian city of Kupiansk ahead of a new offensive, "
        "Ukraine's commander-in-chief, Oleksandr Syrskyi, said on Monday.",
        {("RUS", "UKR", "154")},
    ),
    (
        "Venezuela's president, Nicolas Maduro, ordered the mobilisation of 25,000 troops to the border with "
        "Colombia on Tuesday, state television reported.",
        {("VEN", "COL", "154")},
    ),
    (
        "Two Russian strategic bombers flew over the Sea of Japan for more than seven hours on Thursday, prompting "
        "Japan to scramble fighter jets, the Japanese defence ministry said.",
        {("RUS", "JPN", "150"), ("JPN", "RUS", "150")},
    ),
    # 02 appeal: 0211 economic cooperation, 0212 military cooperation, 0214 intelligence, 022 diplomatic
    # cooperation, 0234 peacekeeping, 0241 leadership change, 0243 rights, 0252 easing of dissent, 028 mediation
    (
        "Sri Lanka's president, Anura Kumara Dissanayake, urged Chinese companies on Monday to invest in the "
        "Hambantota port zone, at a business forum in Colombo.",
        {("LKA", "CHN", "0211")},
    ),
    (
        "The Philippine defence secretary, Gilberto Teodoro, called on Japan on Tuesday to hold more joint military "
        "exercises in the South China Sea, at a security forum in Manila.",
        {("PHL", "JPN", "0212")},
    ),
    (
        "Poland appealed to its NATO allies on Monday to share intelligence on Russian sabotage plots, the interior "
        "minister, Tomasz Siemoniak, told reporters in Warsaw.",
        {("POL", "IGO", "0214")},
    ),
    (
        "Armenia's prime minister, Nikol Pashinyan, urged France on Wednesday to back his country's bid to join the "
        "European Union, in a speech to the French senate.",
        {("ARM", "FRA", "022")},
    ),
    (
        "Haiti's transitional council appealed to the United Nations on Friday to send a full peacekeeping force to "
        "help the police fight armed gangs in Port-au-Prince.",
        {("HTI", "IGO", "0234")},
    ),
    (
        "France's foreign minister, Jean-Noel Barrot, called on Venezuela's president, Nicolas Maduro, on Monday to "
        "step down and allow a peaceful transfer of power.",
        {("FRA", "VEN", "0241")},
    ),
    (
        "Canada's foreign minister, Melanie Joly, urged Iran on Friday to respect the rights of women who defy the "
        "compulsory headscarf law, in a statement issued in Ottawa.",
        {("CAN", "IRN", "0243")},
    ),
    (
        "Kenya's president, William Ruto, appealed to Kenyan protesters on Tuesday to call off their street "
        "demonstrations and join a national dialogue, in an address from State House in Nairobi.",
        {("KEN", "KEN", "0252")},
    ),
    (
        "Ethiopia urged Egypt on Thursday to accept African Union mediation in the long-running dispute over the "
        "Grand Ethiopian Renaissance Dam, the foreign ministry in Addis Ababa said.",
        {("ETH", "EGY", "028")},
    ),
    # 13 threaten: 1311 reduce aid, 1313 break relations, 1322 ban a party, 1324 state of emergency, 134 halt
    # negotiations, 137 violent repression, 1381 blockade, 1384 conventional attack, 1385 WMD
    (
        "The US president threatened on Sunday to cut off all aid to Colombia, accusing its president, Gustavo "
        "Petro, of doing nothing to stop cocaine production.",
        {("USA", "COL", "1311"), ("USA", "COL", "112")},
    ),
    (
        "Algeria threatened on Tuesday to sever diplomatic ties with France if Paris went ahead with the expulsion "
        "of Algerian consular staff, state radio reported.",
        {("DZA", "FRA", "1313")},
    ),
    (
        "Moldova's government threatened on Monday to ban the pro-Russian Revival party, accusing its leaders of "
        "taking money from Moscow to buy votes.",
        {("MDA", "MDA", "1322"), ("MDA", "MDA", "112")},
    ),
    (
        "Bolivia's president, Luis Arce, threatened on Thursday to declare a state of emergency in the province of "
        "Cochabamba if road blockades by supporters of his predecessor were not lifted.",
        {("BOL", "BOL", "1324")},
    ),
    (
        "Hamas threatened on Saturday to pull out of the indirect ceasefire negotiations with Israel in Doha, a "
        "senior official of the group, Osama Hamdan, told a news conference in Beirut.",
        {("PSE", "ISR", "134")},
    ),
    (
        "Georgia's interior ministry warned on Friday that police would use force to disperse Georgian protesters "
        "who try to block the parliament building in Tbilisi.",
        {("GEO", "GEO", "137")},
    ),
    (
        "China's military warned on Tuesday that it could impose a naval blockade on Taiwan's ports if the island's "
        "leaders pushed for formal independence.",
        {("CHN", "TWN", "1381")},
    ),
    (
        "North Korea's leader, Kim Jong Un, threatened on Wednesday to strike South Korean military bases with "
        "artillery, the state news agency KCNA reported.",
        {("PRK", "KOR", "1384")},
    ),
    (
        "The deputy chairman of Russia's security council, Dmitry Medvedev, threatened on Monday to use nuclear "
        "weapons against Ukraine if Kyiv struck Russian territory with Western missiles.",
        {("RUS", "UKR", "1385")},
    ),
]

# the rows rule 438 does not fix, each with why (strict: a fix elsewhere that makes one pass removes it here)
XFAIL: dict[str, str] = {
    ROOTS7_SENTENCES[1][0]: "'A spokeswoman for the Japanese foreign ministry' as the subject: the speaker's 'for' "
    "phrase is not read as her state, so the declined comment has no source",
    ROOTS7_SENTENCES[3][0]: "a claim of responsibility for an act noun whose victims a relative clause names ('a "
    "suicide bombing that killed 14 Pakistani soldiers'): no target is reached; 'for the bombing of a Pakistani "
    "army convoy' codes 015",
    ROOTS7_SENTENCES[5][0]: "'in a gesture of reconciliation with Poland' codes the reconciliation noun (050) and the "
    "wreath laid at a memorial has no party of its own",
    ROOTS7_SENTENCES[8][0]: "rule 438a now codes the rally (1411, was 053 'rally support' on the misparsed object "
    "'outside parliament'), but the place stays the rally's target (GEOLEG), so the purpose demand aimed at the prime "
    "minister (GEOGOV) is kept beside it as 1041 instead of merging",
    ROOTS7_SENTENCES[10][0]: "'against constitutional changes that ... will let the president rule for life': no "
    "regime-change word for rule 188a, so 141",
    ROOTS7_SENTENCES[14][0]: "stones and petrol bombs hurled at a consulate by a crowd stay 182 ('hurl stone', rule "
    "173's physical assault; rule 121g's riot reads only storm / raid / attack), and the 'after' clause's air strike "
    "is not coded",
    ROOTS7_SENTENCES[18][0]: "the 'after' clause's 'Azerbaijani troops massed near the border' is read as the "
    "alert's occasion, not coded as a build-up of its own (154)",
    ROOTS7_SENTENCES[23][0]: "bombers that 'flew over the Sea of Japan' and jets scrambled in reply: no posture "
    "trigger for a flight over a sea, and 'prompting Japan to scramble fighter jets' is not reached",
    ROOTS7_SENTENCES[26][0]: "'to share intelligence on Russian sabotage plots' under an appeal is read as military "
    "cooperation (0212), not the intelligence sub-code 0214",
    ROOTS7_SENTENCES[33][0]: "the participle 'accusing its president, Gustavo Petro, of ...' after a threat is not "
    "coded as an accusation of its own (112)",
    ROOTS7_SENTENCES[35][0]: "a threat to ban a party named by its name ('the pro-Russian Revival party') and the "
    "participle accusation: neither is coded",
    ROOTS7_SENTENCES[38][0]: "'warned that police would use force to disperse ... protesters': the threatened act is "
    "force (190 -> 138); the purpose of dispersing protesters (repression, 137) does not refine it",
    ROOTS7_SENTENCES[40][0]: "a threatened strike with artillery keeps 138: the threat wrapper refines 19 to 138 as a "
    "whole and maps only 191 / 192 to 1381 / 1382, not conventional fire (193-195) to 1384",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(ROOTS7_SENTENCES, XFAIL))
def test_roots7_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


ROOTS7_CONTROLS: list[tuple[str, Events]] = [
    # a denial, not a claim of responsibility (016)
    (
        "Russia denied responsibility on Monday for a drone that crashed in a village in eastern Moldova, the "
        "Russian embassy in Chisinau said.",
        {("RUS", "MDA", "016")},
    ),
    # a currency that "rallied" is no rally
    (
        "The Turkish lira rallied on Friday after the central bank in Ankara raised its main interest rate by five "
        "percentage points.",
        set(),
    ),
    # an air "strike" is force, not a labour strike
    (
        "Israeli jets carried out an air strike on Hezbollah positions in southern Lebanon on Tuesday, the Israeli "
        "army said.",
        {("ISR", "LBN", "195")},
    ),
    # aid "mobilised" is aid, not a mobilisation of forces
    (
        "Japan mobilised 500 million dollars in emergency humanitarian aid for Myanmar's earthquake victims on "
        "Tuesday, the foreign ministry in Tokyo said.",
        {("JPN", "MMR", "073")},
    ),
    # a threat by no actor
    (
        "Rising sea levels threaten the survival of low-lying Pacific nations such as Tuvalu and Kiribati, a report "
        "by climate scientists said on Tuesday.",
        set(),
    ),
    # a legal appeal is no appeal to another party
    (
        "Lawyers for the Brazilian former president filed an appeal on Monday in the electoral court in Brasilia.",
        set(),
    ),
    # relations severed, not threatened (161)
    (
        "Algeria severed diplomatic relations with Morocco on Tuesday, the foreign minister, Ramtane Lamamra, told "
        "reporters in Algiers.",
        {("DZA", "MAR", "161")},
    ),
    # a demand, not an appeal (1041)
    (
        "Washington demanded on Monday that Venezuela's president, Nicolas Maduro, step down and hand power to the "
        "opposition.",
        {("USA", "VEN", "1041")},
    ),
    # rule 438a's nearest shapes: a rally outside an embassy parsed as a preposition (unchanged 141), support rallied
    # from outside (a civil object: no place), "outside" an adjective on another verb's object
    (
        "Iranian protesters rallied outside the British embassy in Tehran on Monday, chanting slogans against London.",
        {("IRN", "GBR", "141")},
    ),
    (
        "Ukraine's president rallied outside support for his peace plan at a meeting in London on Sunday.",
        set(),
    ),
    (
        "The Japanese government hired outside lawyers on Monday to review its contract with a Chinese shipbuilder.",
        set(),
    ),
    # rule 438b's: counted people that do no act, and counted people acted on (the count read as before)
    ("Thousands of Ukrainians fled to Poland on Monday.", set()),
    ("Dozens of Georgians were detained by police in Tbilisi on Sunday.", {("GEO", "GEO", "173")}),
    # rule 438c's: soldiers raising their alert keep the military alert (152); "readiness" not as the state an object
    # is put in; police raising prices
    (
        "Belgian soldiers raised their alert level on Monday after the Islamic State group called for attacks on "
        "Jewish targets in Europe.",
        {("BEL", "IRQ", "152")},
    ),
    (
        "The Philippine defence secretary put the emphasis on readiness at a security forum in Manila on Tuesday.",
        set(),
    ),
    ("Kenyan police raised fuel prices on Monday.", set()),
    # rule 438d's: reservists and troops mobilised stay a mobilisation (154), troops beside funds too
    (
        "Russia has mobilised 300,000 reservists for its war in Ukraine, the Kremlin said on Friday.",
        {("RUS", "UKR", "154")},
    ),
    (
        "Israel mobilised troops and funds on Monday for an offensive against Hezbollah in Lebanon.",
        {("ISR", "LBN", "154")},
    ),
]


# the controls the coder misses on START and after, each with why (strict)
CONTROL_XFAIL: dict[str, str] = {
    ROOTS7_CONTROLS[0][0]: "a denial of responsibility for a drone named only by where it crashed ('in a village "
    "in eastern Moldova'): the place is no target, so the denial has none",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(ROOTS7_CONTROLS, CONTROL_XFAIL))
def test_roots7_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
