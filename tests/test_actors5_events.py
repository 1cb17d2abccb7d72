"""Issue 14 (session 41, actors5): resolver gaps that session 40's actors4 and places1 left, in 2025 wire and informal
style (docs/events.md rule 435; docs/actors.md "A state or province of a country, plural and lower-case slips, fronts
and movements with no country").

(a) "state", "province", "region" or "governorate" as a PLACE noun of a country ("the Mexican state of Guerrero",
"police in the Indian state of Manipur", "Nigeria's Taraba state", "the Pakistani province of Balochistan"): a role
located there ("police in", "residents of", "farmers in") is of that country, as rule 427 reads "the Pakistani city of
Lahore"; the phrase is never a government actor "state". CAMEO codes a domestic actor by its own country whatever
sub-national unit it sits in. "state" in "state media", "the State Department", "Islamic State" or "the state will
pay" is no such place.

(b) a country's name or demonym written with one typing slip in informal text, in lower case ("rusia", "ukriane",
"germnay", "lebannon") or in the plural ("Russains", "Isrealis", "Iranains", "the ukranians"), is that country, as
rules 420a / 425c read "Rusian" and "Ukranian"; a real word one slip from a name ("span", "mail", "spin", "the
Americas", "finish", "polish") is not.

(c) a capitalised "Front", "Movement", "Alliance", "Council" or "Union" name of a party or an armed group with no
country in its name ("the Popular Front", "the Patriotic Movement", "the People's Alliance") that the codebook does
not hold takes the country its own sentence places it in, or the one country the sentence before names; with none,
its country is unknown and, by the project's convention for actors with no country (docs/actors.md, "Counted,
described and owned bare roles": no country-less role codes), no event is coded. It never takes the state it acts on.
"the European Union", "the African Union", "the UN Security Council" and the codebook's fronts keep their codes.

Each sentence is our own, none copied from ConfliBERT, PLOVER, CAMEO, the seeds or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Event rows compare
primary codes (as the scorer does) and CAMEO roots, the asserted set exactly; actor rows compare the code of the first
mention over the words (None: no mention). The table, codes included, was written before the coder was run on it;
rows that still fail are strict xfails with their reason.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import actor_code_at, coded, table_cases

DATE = "2025-11-20"

Events = set[tuple[str, str, str]]

# (a) a state, province, region or governorate of a country as the place of a located role
PLACE_NOUNS: list[tuple[str, Events]] = [
    (
        "Police in the Mexican state of Guerrero arrested two American citizens on Tuesday, the state attorney "
        "general's office said.",
        {("MEX", "USA", "17")},
    ),
    (
        "Police in the Indian state of Manipur said on Saturday they had arrested three Myanmar nationals suspected "
        "of smuggling rifles across the border.",
        {("IND", "MMR", "17")},
    ),
    (
        "Residents of Nigeria's Taraba state accused Cameroonian soldiers of looting cattle near the border, a local "
        "lawmaker said.",
        {("NGA", "CMR", "11")},
    ),
    (
        "Police in the Pakistani province of Balochistan detained two Afghan nationals over the bombing of a "
        "passenger train, officials said.",
        {("PAK", "AFG", "17")},
    ),
    (
        "Farmers in the Iraqi province of Basra accused Iran on Wednesday of cutting the flow of a river that "
        "irrigates their date groves.",
        {("IRQ", "IRN", "11")},
    ),
    (
        "Police in the Syrian governorate of Daraa arrested a Jordanian smuggler carrying 40,000 pills, the interior "
        "ministry said.",
        {("SYR", "JOR", "17")},
    ),
    (
        "Protesters in the Egyptian governorate of Matrouh denounced Libya on Sunday after the deaths of three "
        "fishermen.",
        {("EGY", "LBY", "11")},
    ),
    (
        "Officials in the Brazilian state of Roraima accused Venezuela of failing to stop illegal miners crossing the "
        "border.",
        {("BRA", "VEN", "11")},
    ),
    (
        "Police in the US state of Texas arrested a Mexican national accused of trafficking migrants.",
        {("USA", "MEX", "17")},
    ),
    (
        "Protesters in Sudan's Gezira state condemned the United Arab Emirates on Friday for arming the "
        "paramilitaries.",
        {("SDN", "ARE", "11")},
    ),
    (
        "Farmers in the Canadian province of Saskatchewan, hit hard by the canola tariffs, criticised China on "
        "Thursday.",
        {("CAN", "CHN", "11")},
    ),
    (
        "Residents of the Venezuelan state of Tachira accused Colombian guerrillas of extorting shopkeepers, a "
        "regional official said.",
        {("VEN", "COL", "11")},
    ),
    ("Police in the Indian state of Assam accused Bangladesh of sheltering militants.", {("IND", "BGD", "11")}),
]

# (b) a country's name or demonym with one slip, in lower case or in the plural
SLIPS: list[tuple[str, Events]] = [
    ("rusia attacked ukraine again last night, and the west just keeps talking", {("RUS", "UKR", "19")}),
    ("ukriane accused russia of bombing a childrens hospital in kyiv", {("UKR", "RUS", "11")}),
    ("The Russains shelled Kharkiv again overnight, the regional governor said.", {("RUS", "UKR", "19")}),
    ("Isrealis accused Egypt on Sunday of letting weapons cross into Gaza.", {("ISR", "EGY", "11")}),
    ("amercian officials accused iran of hacking a water utility in pennsylvania", {("USA", "IRN", "11")}),
    ("the ukranians accused russia of using chemical weapons near the front", {("UKR", "RUS", "11")}),
    ("germnay criticised israel over the settlement plans, which is a first", {("DEU", "ISR", "11")}),
    ("the philipines accused china of ramming its boats again near the shoal", {("PHL", "CHN", "11")}),
    ("Iranains fired missiles at Israel overnight, the army said.", {("IRN", "ISR", "19")}),
    ("honestly israel bombed lebannon again today and nobody cares", {("ISR", "LBN", "19")}),
    ("venezeula accused the united states of piracy after the tanker was seized", {("VEN", "USA", "11")}),
]

# (c) a capitalised Front / Movement / Alliance / Council / Union name with no country in it
FRONTS: list[tuple[str, Events]] = [
    (
        "Tunisia's parliament passed the budget on Monday. The Popular Front accused Algeria of meddling in the vote.",
        {("TUN", "DZA", "11")},
    ),
    (
        "Thailand's election commission certified the results on Monday. The People's Alliance then accused Cambodia "
        "of funding its rivals.",
        {("THA", "KHM", "11")},
    ),
    ("The Patriotic Movement accused Ukraine of sabotage on Tuesday.", set()),
    ("The National Council, an exiled opposition body, condemned Iran over the executions.", set()),
    ("The Progressive Alliance in South Africa praised China for its investment in the ports.", {("ZAF", "CHN", "05")}),
    (
        "The Union for Change, an opposition coalition in Guinea, accused Senegal of sheltering the former president.",
        {("GIN", "SEN", "11")},
    ),
    ("The Socialist Union condemned Morocco over the arrests of journalists.", set()),
    (
        "Georgian police detained the leader of the Democratic Movement at a rally in Tbilisi on Sunday.",
        {("GEO", "GEO", "17")},
    ),
    ("The Democratic Alliance of Lesotho accused South Africa of closing the border.", {("LSO", "ZAF", "11")}),
]

EVENT_ROWS = PLACE_NOUNS + SLIPS + FRONTS
SHAPES = {"place nouns": PLACE_NOUNS, "slips": SLIPS, "fronts": FRONTS}

CONTROLS: list[tuple[str, Events]] = [
    # "state" that is no place noun
    (
        "Chinese state media accused the Philippines on Monday of provoking the clash near the shoal.",
        {("CHN", "PHL", "11")},
    ),
    ("The US State Department criticised China over the arrests of activists in Hong Kong.", {("USA", "CHN", "11")}),
    ("Islamic State fighters attacked a Syrian army checkpoint near Palmyra on Friday.", {("IRQ", "SYR", "19")}),
    ("Chile's mining minister said the state would pay compensation to the families of the dead miners.", set()),
    # "Union", "Council", "Front" names the codebook holds
    (
        "The European Union imposed new sanctions on Belarus on Monday over the migrant crossings.",
        {("IGO", "BLR", "16")},
    ),
    ("The African Union praised Kenya for leading the security mission in Haiti.", {("IGO", "KEN", "05")}),
    ("The UN Security Council condemned North Korea's latest missile launch on Friday.", {("IGO", "PRK", "11")}),
    ("The Polisario Front accused Morocco of attacking civilians near the berm.", {("ESH", "MAR", "11")}),
]

ACTOR_CONTROLS: list[tuple[str, str, str | None]] = [
    # real words one slip from a country's name or demonym
    ("The bridge's main span collapsed on Tuesday.", "span", None),
    ("Sales rose across the Americas last year, the company said.", "Americas", None),
    ("She sent the mail to her sister on Friday.", "mail", None),
    ("officials tried to spin the defeat as a victory", "spin", None),
    ("please polish the report before friday", "polish", None),
    ("he will finish the report by friday, she said", "finish", None),
    # ... in sentences that write another name in lower case (rule 435b reads lower-case slips only there)
    ("she will finish the report before she flies to japan", "finish", None),
    ("please polish the speech before the trip to japan", "polish", None),
    ("trade between japan and the americas grew last year", "americas", None),
    # the place noun's role and the names that keep their codes
    ("Police in the Mexican state of Guerrero arrested two American citizens.", "state", "MEXCOP"),
    ("Chinese state media accused the Philippines.", "state media", "CHNMED"),
    ("The European Union imposed new sanctions on Belarus.", "Union", "EU"),
    ("The Patriotic Movement accused Ukraine of sabotage.", "Patriotic Movement", None),
    # a front that is no name, a headline in title case, a labour union named by its trade or by an "of" phrase
    ("Ukrainian troops held the front near Pokrovsk on Sunday.", "front", None),
    ("Russia Opens New Front In Kharkiv Offensive", "Front", None),
    # the two rows below were written "KENLAB" before the first run; START reads the first as the teachers (EDU, the
    # role word before "Union") and leaves the second bare "Union" uncoded (no country lent): kept as START reads them,
    # what this control tests is that rule 435c makes neither a party
    ("Kenya's Teachers Union called a national strike on Monday.", "Teachers Union", "KENEDU"),
    ("The National Union of Journalists condemned the arrest of a reporter in Nairobi.", "Union", None),
]

XFAIL: dict[str, str] = {
    "ukriane accused russia of bombing a childrens hospital in kyiv": (
        "'ukriane' is read as Ukraine (rule 435b), but the parser hangs it as a clause (advcl) of 'accused', not its "
        "subject, so the accusation has no source"
    ),
}
ACTOR_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("sentence", "expected"), table_cases(EVENT_ROWS, XFAIL))
def test_actors5_rows(rules_nlp: Language, sentence: str, expected: Events) -> None:
    _, found = coded(rules_nlp, sentence, published=DATE)
    assert found == expected


@pytest.mark.parametrize(("sentence", "expected"), table_cases(CONTROLS, XFAIL))
def test_actors5_controls_keep_their_events(rules_nlp: Language, sentence: str, expected: Events) -> None:
    _, found = coded(rules_nlp, sentence, published=DATE)
    assert found == expected


@pytest.mark.parametrize(("sentence", "mention", "code"), table_cases(ACTOR_CONTROLS, ACTOR_XFAIL))
def test_actors5_mentions(rules_nlp: Language, sentence: str, mention: str, code: str | None) -> None:
    assert actor_code_at(rules_nlp, sentence, mention, DATE) == code


def test_actors5_table_shape() -> None:
    assert set(XFAIL) <= {row[0] for row in EVENT_ROWS + CONTROLS}
    assert set(ACTOR_XFAIL) <= {row[0] for row in ACTOR_CONTROLS}
    assert 25 <= len(EVENT_ROWS) <= 35
    assert len(CONTROLS) + len(ACTOR_CONTROLS) >= 8
    assert all(len(rows) >= 5 for rows in SHAPES.values())
