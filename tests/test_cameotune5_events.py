"""General actor classes the CAMEO-manual tune half left unresolved, in 2025 wire style (issue 14, session 40, branch
cameotune5; docs/events.md rule 429).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts (no CAMEO manual
example). The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_pipeline``); the expected events were written before the coder ran on them. Five actor classes:

1. a region's adjective before a non-state sector noun ("Asian banks", "European lenders", "African farmers", "Latin
   American bishops") is the region's sector: CAMEO's region code (codebook 3.1.9, table 3.3: "regional codes are
   assigned as the first three characters" when no country is named) followed by the sector's role code (ASABUS,
   EURBUS, AFRAGR, LAMREL). A state's own office after a region adjective ("Western diplomats", "European allies")
   stays uncoded as before (people of states the text leaves unnamed);
2. a court named by a region alone ("a European court", "an African court") is the region's judiciary (EURJUD,
   AFRJUD: a court of no named state is a supranational one, but which organisation is not said, so no IGO sub-code
   is claimed); a court named by its institution is that institution's IGO (the European Court of Human Rights is
   the Council of Europe's, IGOCOE; the Inter-American Court the OAS's, IGOOAS; the African Court on Human and
   Peoples' Rights the African Union's, IGOAFU; the ICJ IGOICJ);
3. "the international community" is coded IGOWLD, an IGO sub-code of the project's own (CAMEO has no code for it;
   it names the states and international bodies acting together, which is what the IGO class codes; the scorer
   compares IGO);
4. a demonym before a social-group noun: "intellectuals" and "lecturers" are EDU (as "academics" are), "trade
   unionists" LAB, "clerics" REL (already);
5. a party name followed by a bracketed acronym or gloss ("the Democratic Party (DP)", "the Renaissance (Nahda)
   party") is the party: the bracket neither hides the party noun after it nor breaks the country before it.

Controls: regional states (AFR), "Western diplomats" uncoded, an IGO whose name holds a region adjective, a national
court by its place, a party with no bracket, an adjective "intellectual".
``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import coded, table_cases

Events = set[tuple[str, str, str]]


def full_events(nlp: Language, text: str) -> Events:
    """(source, target, CAMEO code) of the asserted events of ``text``, actors on their whole codes (the sector role
    is what this table is about)."""
    return coded(nlp, text, full_codes=True, root=False)[1]


CAMEOTUNE5_SENTENCES: list[tuple[str, Events]] = [
    # (1) a region's adjective before a non-state sector noun
    (
        "Russia and India will ask Asian banks to help finance a $6 billion rail corridor through Kazakhstan, "
        "officials in Moscow said on Tuesday.",
        {("RUS", "ASABUS", "0231"), ("IND", "ASABUS", "0231")},
    ),
    (
        "Egypt has asked Middle Eastern banks to help finance the rebuilding of its power grid, the planning ministry "
        "said in a statement on Sunday.",
        {("EGY", "MEABUS", "0231")},
    ),
    (
        "African farmers criticised the European Union on Thursday over its new deforestation rules, saying the law "
        "would shut smallholders out of export markets.",
        {("AFRAGR", "EU", "111")},
    ),
    (
        "European lenders praised Kenya on Monday for its new debt plan after the finance minister promised deep "
        "spending cuts.",
        {("EURBUS", "KEN", "051")},
    ),
    (
        "Latin American bishops condemned the Nicaraguan government in a joint letter released on Friday, a week "
        "after two more priests were expelled from the country.",
        {("LAMREL", "NICGOV", "111")},
    ),
    (
        "Southeast Asian companies have accused the Cambodian authorities of seizing their warehouses near the Thai "
        "border, a regional trade group said on Wednesday.",
        {("SEABUS", "KHMGOV", "112")},
    ),
    (
        "Western companies criticized the Chinese government on Tuesday for its new export curbs on rare earths, "
        "warning of factory shutdowns in Europe.",
        {("WSTBUS", "CHNGOV", "111")},
    ),
    (
        "Asian investors, who hold nearly a third of the bonds, accused Sri Lanka of breaking the terms of its debt "
        "deal, according to a letter seen by Reuters.",
        {("ASABUS", "LKA", "112")},
    ),
    # (2) courts named by region or institution
    (
        "The European Court of Human Rights found Russia guilty on Tuesday of violating the right to life of a "
        "Chechen activist who disappeared in 2019.",
        {("IGOCOE", "RUS", "116")},
    ),
    (
        "A European court convicted Poland on Thursday of violating the rights of a judge who was removed from "
        "office in 2022, ordering Warsaw to pay him 20,000 euros.",
        {("EURJUD", "POL", "116")},
    ),
    (
        "An African court found Tanzania guilty on Wednesday of denying a fair trial to two opposition politicians "
        "jailed in 2021.",
        {("AFRJUD", "TZA", "116")},
    ),
    (
        "The Inter-American Court of Human Rights found Guatemala responsible on Monday for the forced disappearance "
        "of a journalist in 1984.",
        {("IGOOAS", "GTM", "116")},
    ),
    (
        "The African Court on Human and Peoples' Rights found Benin responsible for barring opposition candidates "
        "from the 2021 presidential election, a ruling the government in Porto-Novo rejected.",
        {("IGOAFU", "BEN", "116")},
    ),
    (
        "The International Court of Justice on Monday found Uganda liable for damage caused by its troops in eastern "
        "Congo.",
        {("IGOICJ", "UGA", "116")},
    ),
    # (3) the international community
    (
        "Syria's foreign minister urged the international community on Sunday to lift the sanctions that he said "
        "were blocking the country's reconstruction.",
        {("SYRGOV", "IGOWLD", "1054")},
    ),
    (
        "The Haitian government appealed to the international community on Tuesday for emergency food aid as gang "
        "violence displaced thousands more people.",
        {("HTIGOV", "IGOWLD", "0233")},
    ),
    (
        "Venezuela's government accused the international community of meddling in the July election, two days "
        "after the opposition published its own tally sheets.",
        {("VENGOV", "IGOWLD", "112")},
    ),
    (
        "Sudan's army chief criticized the international community on Monday for what he called its silence over "
        "attacks by paramilitary fighters in Darfur.",
        {("SDNMIL", "IGOWLD", "111")},
    ),
    # (4) social-group nouns
    (
        "Around 200 Egyptian intellectuals published a declaration on Saturday demanding sweeping political reforms "
        "from the government in Cairo.",
        {("EGYEDU", "EGYGOV", "104")},
    ),
    (
        "Turkish intellectuals accused the government of silencing dissent after the arrest of Istanbul's mayor, in a "
        "letter signed by more than 300 writers and scholars.",
        {("TUREDU", "TURGOV", "112")},
    ),
    (
        "Iranian academics criticized the government on Tuesday for its crackdown on universities in an open letter.",
        {("IRNEDU", "IRNGOV", "111")},
    ),
    (
        "Pakistani clerics denounced the government on Friday over its plan to register all seminaries, calling it "
        "an attack on religious schools.",
        {("PAKREL", "PAKGOV", "111")},
    ),
    (
        "British trade unionists criticised the government on Wednesday over its plans to curb strikes in public "
        "services.",
        {("GBRLAB", "GBRGOV", "111")},
    ),
    (
        "Nigerian lecturers accused the federal government on Monday of ignoring a pay agreement signed in 2009.",
        {("NGAEDU", "NGAGOV", "112")},
    ),
    # (5) a party name with a bracketed acronym or gloss
    (
        "South Korea's Democratic Party (DP) accused the government on Monday of abusing emergency powers, a day "
        "after troops were deployed around the National Assembly.",
        {("KORPTY", "KORGOV", "112")},
    ),
    (
        "Turkey's Justice and Development Party (AKP) criticized the European Union on Thursday for delaying talks "
        "on visa-free travel.",
        {("TURPTY", "EU", "111")},
    ),
    (
        "The Renaissance (Nahda) party said on Sunday it would boycott Tunisia's local elections unless the president "
        "restores parliament.",
        {("TUNPTY", "TUN", "133")},
    ),
    (
        "Taiwan's Democratic Progressive Party (DPP) condemned China on Saturday for sending warships into waters "
        "near the island.",
        {("TWNPTY", "CHN", "111")},
    ),
    (
        "Japan's Liberal Democratic Party (LDP) praised the United States on Friday for lowering tariffs on Japanese "
        "cars.",
        {("JPNPTY", "USA", "051")},
    ),
    (
        "Ethiopia's Prosperity Party (PP) accused Eritrea on Wednesday of arming rebels in the Amhara region.",
        {("ETHPTY", "ERI", "112")},
    ),
]

CAMEOTUNE5_CONTROLS: list[tuple[str, Events]] = [
    # regional states keep their region code
    ("African states criticised France on Tuesday over its troop presence in the Sahel.", {("AFR", "FRA", "111")}),
    # a state's office after a region adjective stays uncoded: people of states the text leaves unnamed
    ("Western diplomats criticised the Serbian government on Monday over the arrest of protesters.", set()),
    ("European allies praised Ukraine on Friday for its new mobilisation law.", set()),
    # an organisation whose name holds a region adjective stays the organisation
    (
        "The Asian Development Bank praised Sri Lanka on Thursday for its economic reforms.",
        {("IGOADB", "LKA", "051")},
    ),
    # a national court by its place
    (
        "A court in Kenya convicted two police officers on Friday of murdering a human rights lawyer.",
        {("KENJUD", "KENCOP", "116")},
    ),
    # a party with no bracket
    (
        "South Korea's Democratic Party accused the government on Monday of abusing emergency powers.",
        {("KORPTY", "KORGOV", "112")},
    ),
    # "intellectual" as an adjective names no one
    ("Egypt's parliament passed a new intellectual property law on Sunday.", set()),
    # a region adjective before a plain noun names no one
    ("Russian drones violated European airspace again on Friday, Poland's army said.", set()),
]

XFAIL: dict[str, str] = {
    "A European court convicted Poland on Thursday of violating the rights of a judge who was removed from "
    "office in 2022, ordering Warsaw to pay him 20,000 euros.": "the court is resolved (EURJUD -> POL 116), but the "
    "participle 'ordering Warsaw to pay' adds a demand (100) beside the verdict",
    "Syria's foreign minister urged the international community on Sunday to lift the sanctions that he said "
    "were blocking the country's reconstruction.": "the addressee is resolved (IGOWLD), but 'urged ... to lift "
    "sanctions' is the appeal 0254 in the project's lexicon, where the row was written as the demand 1054",
    "British trade unionists criticised the government on Wednesday over its plans to curb strikes in public "
    "services.": "the unionists are GBRLAB, but the bare 'the government' does not take Britain from the demonym "
    "(a bare-role question outside this rule)",
    "South Korea's Democratic Party (DP) accused the government on Monday of abusing emergency powers, a day "
    "after troops were deployed around the National Assembly.": "the party is resolved (KORPTY); 'accused of "
    "abusing' is read as 1122 (accuse of human rights abuses), where the row was written as 112",
    "South Korea's Democratic Party accused the government on Monday of abusing emergency powers.": "as the row "
    "above: 'accused of abusing' is read as 1122 where the control was written as 112 (the actors are right)",
}


@pytest.mark.parametrize("sentence, expected", table_cases(CAMEOTUNE5_SENTENCES, XFAIL))
def test_cameotune5_events(rules_nlp: Language, sentence: str, expected: Events) -> None:
    assert full_events(rules_nlp, sentence) == expected


@pytest.mark.parametrize("sentence, expected", table_cases(CAMEOTUNE5_CONTROLS, XFAIL))
def test_cameotune5_controls(rules_nlp: Language, sentence: str, expected: Events) -> None:
    assert full_events(rules_nlp, sentence) == expected
