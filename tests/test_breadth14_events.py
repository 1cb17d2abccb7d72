"""Breadth of CAMEO roots 07 "provide aid", 09 "investigate", 14 "protest" and 15 "exhibit force posture" in 2025
wire style (issue 14, session 36, branch breadth14; docs/events.md rule 372).

Each sentence is our own construction, none copied from an evaluation set, the seeds or the news excerpts; the
expected codes were written from the code list (/work/shared/data/cameo-eventcodes.tsv) before the coder ran. Two
or three short sentences for each sub-code of 07 (070-075), 09 (090-094), 14 (140-145 with the aims 14x1-14x4) and
15 (150-154; this codebook has no 155), one actor pair and a clear verb, as a peer coder's per-code validation
sentences are. Conventions kept (docs/events.md): a protest by non-state people is 141 toward whom it is against
(rule 68a), a bare plural demonym or a counted crowd is the country's people (rules 90c, 162b), a protest at an
embassy is against the embassy's owner (rule 333), a riot or an embassy stormed is 145, a state's obstruction is a
blockade (191, rule 68b); the aim of a protest names its fourth digit (rule 188: leader 1, policy 2, rights 3,
institutions or regime 4). A domestic protest against the state's own government is coded with the country as both
source and target. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_pipeline``). Controls: aid, an inquiry, a protest, a strike or troops only described, ended or past (no
act), a state's own protest (110, not 14), a state's blockade (191) and a withdrawal (0874). Rule 372 fixes the
classes found: police units read as police (372a: "sent police reinforcements" 153, not goods sent), police on alert
or mobilised on the state's own ground toward its own people (372b), a people's boycott 143, not the state's 163
(372c), an investigated act's "by" doer as the target before the act's place (372d), police sent into another state
074 (372e). Rows whose expected code was set to the codebook or a project convention after the first run say so in a
comment. ``XFAIL`` keeps the rows the change does not fix, each with why. A second round of variants
(``BREADTH14_MORE``) was written after rules 372a-c, before the coder ran on it; it found 372d's class.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


BREADTH14_SENTENCES: list[tuple[str, Events]] = [
    # 070 provide aid, not specified
    ("Japan provided assistance to the Philippines.", {("JPN", "PHL", "070")}),
    # a pledge is an intent, the codebook's 033 "express intent to provide material aid" (written 070 before the
    # first run)
    ("Norway pledged support worth $50 million to Moldova.", {("NOR", "MDA", "033")}),
    ("Qatar sent aid to Lebanon.", {("QAT", "LBN", "070")}),
    # 071 economic aid
    ("The World Bank approved a $500 million loan to Kenya.", {("IGO", "KEN", "071")}),
    ("China granted Laos $200 million in economic aid.", {("CHN", "LAO", "071")}),
    ("Saudi Arabia deposited $3 billion in Pakistan's central bank.", {("SAU", "PAK", "071")}),
    # 072 military aid
    ("Germany sent air defence systems to Ukraine.", {("DEU", "UKR", "072")}),
    ("The United States delivered fighter jets to Taiwan.", {("USA", "TWN", "072")}),
    ("Russia supplied attack helicopters to Mali.", {("RUS", "MLI", "072")}),
    # 073 humanitarian aid
    ("Egypt sent food aid to Sudan.", {("EGY", "SDN", "073")}),
    ("Turkey flew medical supplies to Syria.", {("TUR", "SYR", "073")}),
    ("The United Arab Emirates delivered humanitarian aid to Gaza.", {("ARE", "PSE", "073")}),
    # 074 military protection or peacekeeping
    ("Rwanda deployed peacekeepers to the Central African Republic.", {("RWA", "CAF", "074")}),
    ("Kenya sent police officers to Haiti to help restore order.", {("KEN", "HTI", "074")}),
    ("French warships escorted Greek cargo ships through the Red Sea.", {("FRA", "GRC", "074")}),
    # 075 grant asylum
    ("Brazil granted asylum to a former Peruvian minister.", {("BRA", "PER", "075")}),
    ("Mexico gave asylum to a Bolivian opposition leader.", {("MEX", "BOL", "075")}),
    ("Germany granted asylum to two Russian deserters.", {("DEU", "RUS", "075")}),
    # 090 investigate, not specified
    ("Sweden opened an investigation into a Chinese cargo ship.", {("SWE", "CHN", "090")}),
    ("Finland launched an inquiry into damage caused by a Russian tanker.", {("FIN", "RUS", "090")}),
    # 091 crime, corruption
    ("Brazilian prosecutors investigated a Paraguayan senator for corruption.", {("BRA", "PRY", "091")}),
    ("Spain opened a corruption probe into a Venezuelan banker.", {("ESP", "VEN", "091")}),
    # 092 human rights abuses
    ("The UN opened an investigation into Eritrean abuses.", {("IGO", "ERI", "092")}),
    ("Amnesty International investigated human rights abuses by Ethiopian troops.", {("NGO", "ETH", "092")}),
    # 093 military action
    ("The UN investigated an Israeli air strike on a school in Lebanon.", {("IGO", "ISR", "093")}),
    ("NATO opened an investigation into a Russian drone incursion.", {("IGO", "RUS", "093")}),
    # 094 war crimes
    ("The ICC opened a war crimes investigation into Russia.", {("IGO", "RUS", "094")}),
    ("The UN investigated war crimes by Sudanese paramilitaries.", {("IGO", "SDN", "094")}),
    # 140 political dissent, not specified
    ("Venezuelan opposition leaders boycotted the elections.", {("VEN", "VEN", "140")}),
    # a boycott is the codebook's own 143 "conduct strike or boycott" (rule 372c; written 140 before the first run)
    ("Georgian opposition parties boycotted the parliament.", {("GEO", "GEO", "143")}),
    # 141 demonstrate or rally
    ("Hundreds of Kenyans marched against Ugandan border raids.", {("KEN", "UGA", "141")}),
    ("Students protested against the Serbian government.", {("SRB", "SRB", "141")}),
    ("Protesters rallied outside the Israeli embassy in Amman.", {("JOR", "ISR", "141")}),
    # 1411 for leadership change
    ("Thousands of Serbians rallied to demand the president's resignation.", {("SRB", "SRB", "1411")}),
    ("Protesters in Lima marched against Peru's president, demanding her removal.", {("PER", "PER", "1411")}),
    # 1412 for policy change
    ("Thousands of Argentines marched against the government's pension reform.", {("ARG", "ARG", "1412")}),
    ("Kenyan students demonstrated against the government's tax increase.", {("KEN", "KEN", "1412")}),
    # 1413 for rights
    ("Iranian women protested against the government for their rights.", {("IRN", "IRN", "1413")}),
    ("Hundreds of Tibetans demonstrated against China for religious freedom.", {("CHN", "CHN", "1413")}),
    # 1414 for change in institutions or regime
    ("Thousands of Thais rallied against the government to demand a new constitution.", {("THA", "THA", "1414")}),
    ("Protesters in Khartoum marched against the Sudanese army for democracy.", {("SDN", "SDN", "1414")}),
    # 142 hunger strike
    ("Palestinian prisoners launched a hunger strike against Israel.", {("PSE", "ISR", "142")}),
    ("A jailed Bahraini activist went on hunger strike against the Bahraini government.", {("BHR", "BHR", "142")}),
    # 1421
    (
        "An Algerian opposition leader went on hunger strike to demand the president's resignation.",
        {("DZA", "DZA", "1421")},
    ),
    # 1422 (Kurds are the people code KUR, docs/events.md rule 29; written TUR before the first run)
    (
        "Jailed Kurdish politicians went on hunger strike against Turkey's prison policy.",
        {("KUR", "TUR", "1422")},
    ),
    # 1423
    (
        "Egyptian political prisoners went on hunger strike against the government for their rights.",
        {("EGY", "EGY", "1423")},
    ),
    # 1424
    (
        "Sudanese activists went on hunger strike against the army to demand democracy.",
        {("SDN", "SDN", "1424")},
    ),
    # 143 strike or boycott
    ("Nigerian unions went on strike against the government.", {("NGA", "NGA", "143")}),
    ("Palestinian shoppers boycotted Israeli goods.", {("PSE", "ISR", "143")}),
    # 1431
    ("South Korean doctors went on strike to demand the health minister's resignation.", {("KOR", "KOR", "1431")}),
    # 1432
    ("Argentine workers went on strike against the government's austerity plan.", {("ARG", "ARG", "1432")}),
    ("French rail workers went on strike against the government's pension reform.", {("FRA", "FRA", "1432")}),
    # 1433
    ("Iranian teachers went on strike against the government for the right to unionise.", {("IRN", "IRN", "1433")}),
    # 1434
    ("Workers in Myanmar went on strike against the junta to demand democracy.", {("MMR", "MMR", "1434")}),
    # 144 obstruct passage, block
    ("Polish truckers blocked border crossings into Ukraine.", {("POL", "UKR", "144")}),
    ("French farmers blockaded the Spanish embassy in Paris.", {("FRA", "ESP", "144")}),
    # 1441
    (
        "Bangladeshi students blocked roads in Dhaka to demand the prime minister's resignation.",
        {("BGD", "BGD", "1441")},
    ),
    # 1442
    ("French farmers blockaded Paris against the government's fuel tax.", {("FRA", "FRA", "1442")}),
    # 1443
    ("Indigenous Brazilians blocked a highway against the government for land rights.", {("BRA", "BRA", "1443")}),
    # 1444
    ("Thai protesters blocked the parliament to demand a new constitution.", {("THA", "THA", "1444")}),
    # 145 protest violently, riot
    ("Protesters stormed the French embassy in Niamey.", {("NER", "FRA", "145")}),
    ("Rioters in Dhaka torched the Indian visa centre.", {("BGD", "IND", "145")}),
    # 1451
    ("Rioters in Lima attacked police, demanding the president's resignation.", {("PER", "PER", "1451")}),
    # 1452
    ("Kenyan protesters rioted against the government's finance bill.", {("KEN", "KEN", "1452")}),
    # 1453
    ("Rioters in Tehran torched police stations, demanding their rights.", {("IRN", "IRN", "1453")}),
    # 1454
    ("Georgian protesters rioted against the government, demanding new elections.", {("GEO", "GEO", "1454")}),
    # 150 demonstrate military or police power
    ("China held military drills near Taiwan.", {("CHN", "TWN", "150")}),
    ("Russian warships patrolled near the Norwegian coast.", {("RUS", "NOR", "150")}),
    # 151 increase police alert status
    ("Kenya put its police on high alert ahead of opposition protests.", {("KEN", "KEN", "151")}),
    ("France raised its police alert level after threats from Islamic State.", {("FRA", "IMG", "151")}),
    # 152 increase military alert status
    ("Turkey put its troops on the Syrian border on high alert.", {("TUR", "SYR", "152")}),
    ("South Korea raised its military alert level against North Korea.", {("KOR", "PRK", "152")}),
    # 153 mobilize or increase police power
    ("India deployed thousands of police officers to Manipur.", {("IND", "IND", "153")}),
    ("Serbia sent police reinforcements to the Kosovo border.", {("SRB", "XKX", "153")}),
    # 154 mobilize or increase armed forces
    ("Russia massed troops on the Ukrainian border.", {("RUS", "UKR", "154")}),
    ("Venezuela mobilised troops near the Guyanese border.", {("VEN", "GUY", "154")}),
    # troops deployed or sent are 150 in this project (rule 25; ten tables pin "deployed troops to Y" 150), written
    # 154 before the first run; massed or mobilised troops are 154
    ("Ethiopia deployed troops to its border with Eritrea.", {("ETH", "ERI", "150")}),
]

# a second round of variants, written (codes too) after rules 372a-c and before the coder ran on them
BREADTH14_MORE: list[tuple[str, Events]] = [
    ("India gave Sri Lanka a $1 billion credit line.", {("IND", "LKA", "071")}),
    ("The IMF lent Egypt $3 billion.", {("IGO", "EGY", "071")}),
    ("Poland sent tanks to Ukraine.", {("POL", "UKR", "072")}),
    ("Iran shipped drones to Russia.", {("IRN", "RUS", "072")}),
    ("Jordan airdropped food into Gaza.", {("JOR", "PSE", "073")}),
    ("Japan sent relief supplies to Myanmar after the earthquake.", {("JPN", "MMR", "073")}),
    ("Ecuador granted political asylum to a Colombian journalist.", {("ECU", "COL", "075")}),
    ("The Council of Europe investigated Azerbaijani prisons.", {("IGO", "AZE", "090")}),
    ("Italian police investigated an Albanian drug gang.", {("ITA", "ALB", "091")}),
    ("The UN Human Rights Council investigated torture by Syrian forces.", {("IGO", "SYR", "092")}),
    ("The ICC investigated alleged war crimes by Israeli forces in Gaza.", {("IGO", "ISR", "094")}),
    ("Thousands of Hungarians rallied against the government in Budapest.", {("HUN", "HUN", "141")}),
    ("Pakistani students protested against India in Lahore.", {("PAK", "IND", "141")}),
    ("Hundreds of Moldovans marched against the government for early elections.", {("MDA", "MDA", "1414")}),
    ("Greek farmers protested against the government's fuel tax.", {("GRC", "GRC", "1412")}),
    ("Kenyan doctors went on strike against the government.", {("KEN", "KEN", "143")}),
    ("Nigerian workers went on strike to demand higher wages from the government.", {("NGA", "NGA", "143")}),
    ("Indian farmers blocked highways around Delhi against the government's farm laws.", {("IND", "IND", "1442")}),
    ("Protesters set fire to the Swedish embassy in Baghdad.", {("IRQ", "SWE", "145")}),
    ("Bolivian protesters rioted against the government.", {("BOL", "BOL", "145")}),
    ("Russia held naval exercises near Japan.", {("RUS", "JPN", "150")}),
    ("Taiwan put its armed forces on high alert after Chinese drills.", {("TWN", "CHN", "152")}),
    ("Nigeria deployed riot police to Lagos.", {("NGA", "NGA", "153")}),
    ("Peru sent police reinforcements to its border with Chile.", {("PER", "CHL", "153")}),
    ("Israel called up 300,000 reservists.", set()),
    ("Armenia mobilised its troops on the border with Azerbaijan.", {("ARM", "AZE", "154")}),
]

BREADTH14_CONTROLS: list[tuple[str, Events]] = [
    ("The aid convoy reached Gaza on Monday.", set()),
    ("Analysts said Japan's aid to Ukraine had helped farmers.", set()),
    ("The investigation into the plane crash in Nepal continued.", set()),
    ("The protest in Nairobi ended peacefully.", set()),
    ("The strike at the port lasted three days.", set()),
    ("Turkey's army is the second largest in NATO.", set()),
    ("The hunger strike in the Israeli jail ended on Sunday.", set()),
    # a state's protest is disapproval, 110 (rule 68a pins this very construction; written 111 before the first run)
    ("Japan protested the Chinese incursion.", {("JPN", "CHN", "110")}),
    ("Israel blockaded the Gaza Strip.", {("ISR", "PSE", "191")}),
    # the codebook's 0874 "retreat or surrender militarily" (192 is "occupy territory"; written 192 before the first
    # run, a slip)
    ("Russia withdrew troops from the Ukrainian border.", {("RUS", "UKR", "0874")}),
]

XFAIL: dict[str, str] = {
    "Norway pledged support worth $50 million to Moldova.": "'support' is no aid noun, so the pledge reads as the "
    "intent to cooperate (030), not to give aid (033)",
    "Venezuelan opposition leaders boycotted the elections.": "the elections name no party, so the boycott has no "
    "target (no domestic pair is read from an unowned election)",
    "Thousands of Thais rallied against the government to demand a new constitution.": "the tagger makes 'Thais' a "
    "singular proper noun (NNP), so rule 90c's plural demonym does not give 'the government' its country",
    "Rioters in Lima attacked police, demanding the president's resignation.": "the demand's party (the president) "
    "is not the riot's target (the police), so rule 29 keeps the aim's demand (1041) as an event of its own",
    "Rioters in Tehran torched police stations, demanding their rights.": "unowned police stations name no party: "
    "the riot has no target",
    "France raised its police alert level after threats from Islamic State.": "the 'after' phrase is the occasion "
    "(rule 326), so the alert has no foreign target, and the sentence names no ground of France's own",
    "Analysts said Japan's aid to Ukraine had helped farmers.": "an owned aid noun that is the subject of a reported "
    "clause is coded as the aid (070); telling a described aid from a reported act is left",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(BREADTH14_SENTENCES, XFAIL))
def test_breadth14_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), table_cases(BREADTH14_MORE, XFAIL))
def test_breadth14_variant_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), table_cases(BREADTH14_CONTROLS, XFAIL))
def test_breadth14_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
