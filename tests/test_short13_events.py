"""A thirteenth table of invented sentences, wire-news leads and headlines, about material cooperation, aid,
yielding, reduced relations and coercion with their CAMEO sub-codes (06x, 07x, 08x with 081x / 084x / 086x / 087x,
16x, 17x with 171x / 172x; 18-20 only as controls), in past, perfect, progressive and headline present tenses
(issue 14, session 25, branch short13; docs/events.md rule 150).

The constructions are other than rule 141's table (``test_short11_events``): releases ordered by a state or a court
("ordered the release of 200 Indian fishermen"), prisoners released "to" a state, a suspect "handed over to" a
state in the active, aid carriers allowed in ("allowed 40 aid trucks into Gaza"), a blockade eased, a truce
announced, joint patrols, intelligence passed on, tanks sent with a double object, property confiscated, a
flagged tanker seized, nationals detained and citizens deported, one-party administrative acts (curfews, states of
emergency, party bans) and the ease of each.

Every sentence is our own invention, none copied from ConfliBERT, PLOVER, CAMEO or any evaluation set. The expected
{(source, target, code)} of each row and its mode were chosen from the CAMEO code descriptions
(/work/shared/data/cameo-eventcodes.tsv) before the coder ran; the test compares the actors on their primary codes
and the WHOLE code (sub-code included), each expected triple one of the sentence's events. Before rule 150: 44 of
the 73 rows (50 at the root); after: 54 (58 at the root); 62 after rule 289 (session 33: a curfew, a state of
emergency, a party ban on the state's own people); 64 after rule 324 (session 34: money deposited in a
state's central bank, relief goods rushed to it). ``XFAIL`` keeps the rest, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import table_cases
from .test_short2_sentences import ASSERTED, NEGATED, events_of

Expected = set[tuple[str, str, str]]

# (sentence, {(source, target, CAMEO code)} chosen beforehand, mode)
SHORT13_SENTENCES: list[tuple[str, Expected, str]] = [
    # 06 material cooperation
    (
        "Chile began exporting natural gas to Argentina through a new pipeline on Tuesday.",
        {("CHL", "ARG", "061")},
        ASSERTED,
    ),
    (
        "Qatar has invested $5 billion in Egyptian real estate projects, the Egyptian cabinet said.",
        {("QAT", "EGY", "061")},
        ASSERTED,
    ),
    (
        "Indian and Bangladeshi navies conducted joint patrols in the Bay of Bengal last week.",
        {("BGD", "IND", "062"), ("IND", "BGD", "062")},
        ASSERTED,
    ),
    (
        "Poland and Lithuania are holding a joint air-defence drill near the Belarusian border.",
        {("LTU", "POL", "062"), ("POL", "LTU", "062")},
        ASSERTED,
    ),
    ("Thailand extradited a Cambodian opposition activist to Phnom Penh on Friday.", {("THA", "KHM", "063")}, ASSERTED),
    ("Kenyan police handed over the suspect to Ugandan authorities on Saturday.", {("KEN", "UGA", "063")}, ASSERTED),
    ("Turkey has extradited 12 Uzbek nationals wanted for terrorism, Ankara said.", {("TUR", "UZB", "063")}, ASSERTED),
    ("Libya hands over bombing suspect to US", {("LBY", "USA", "063")}, ASSERTED),
    (
        "Britain passed intelligence on the plot to French investigators, officials said.",
        {("GBR", "FRA", "064")},
        ASSERTED,
    ),
    # 07 provide aid
    (
        "Saudi Arabia deposited $3 billion in Pakistan's central bank to shore up its reserves.",
        {("SAU", "PAK", "071")},
        ASSERTED,
    ),
    ("China lent Sri Lanka $1 billion on Tuesday to pay for fuel imports.", {("CHN", "LKA", "071")}, ASSERTED),
    ("Britain is sending Ukraine 14 Challenger tanks, the defence secretary said.", {("GBR", "UKR", "072")}, ASSERTED),
    (
        "Turkey shipped armed drones to Ethiopia last year, according to flight records.",
        {("TUR", "ETH", "072")},
        ASSERTED,
    ),
    (
        "Germany trained 500 Nigerien soldiers in counter-insurgency tactics last year.",
        {("DEU", "NER", "072")},
        ASSERTED,
    ),
    ("Canada airlifted medical supplies and tents to quake-hit Morocco on Tuesday.", {("CAN", "MAR", "073")}, ASSERTED),
    ("India sends medical aid to quake-hit Nepal", {("IND", "NPL", "073")}, ASSERTED),
    ("India rushed food and medicine to cyclone-hit Myanmar over the weekend.", {("IND", "MMR", "073")}, ASSERTED),
    (
        "Rwanda deployed 1,000 troops to Mozambique to protect gas projects from insurgents.",
        {("RWA", "MOZ", "074")},
        ASSERTED,
    ),
    ("Brazilian peacekeepers arrived in Haiti on Monday as part of a UN mission.", {("BRA", "HTI", "074")}, ASSERTED),
    ("Mexico gave asylum to the ousted Bolivian president in 2019.", {("MEX", "BOL", "075")}, ASSERTED),
    # 08 yield
    (
        "Saudi Arabia lifted a travel ban on its citizens visiting Lebanon on Wednesday.",
        {("SAU", "LBN", "081")},
        ASSERTED,
    ),
    ("Thailand eased visa rules for visitors from India on Tuesday.", {("THA", "IND", "081")}, ASSERTED),
    (
        "Thailand's military government lifted its ban on political parties on Tuesday.",
        {("THA", "THA", "0812")},
        ASSERTED,
    ),
    ("Sri Lankan authorities lifted the curfew in Colombo on Monday.", {("LKA", "LKA", "0813")}, ASSERTED),
    (
        "Ethiopia has lifted the state of emergency it imposed during the war in Tigray.",
        {("ETH", "ETH", "0814")},
        ASSERTED,
    ),
    ("Bowing to opposition demands, Togo's president restored the two-term limit.", {("TGO", "TGO", "083")}, ASSERTED),
    ("Iran released two French nationals on Friday after two years in detention.", {("IRN", "FRA", "0841")}, ASSERTED),
    (
        "Venezuela released 10 American prisoners to the United States in a swap on Wednesday.",
        {("VEN", "USA", "0841")},
        ASSERTED,
    ),
    ("Israel has freed 39 Palestinian prisoners, the prison service said.", {("ISR", "PSE", "0841")}, ASSERTED),
    ("Pakistan ordered the release of 200 Indian fishermen on Thursday.", {("PAK", "IND", "0841")}, ASSERTED),
    ("A Sri Lankan court ordered the release of 22 Indian fishermen on Monday.", {("LKA", "IND", "0841")}, ASSERTED),
    ("Fifteen Indian fishermen were released by Sri Lanka on Tuesday.", {("LKA", "IND", "0841")}, ASSERTED),
    ("Iran frees jailed French tourist", {("IRN", "FRA", "0841")}, ASSERTED),
    ("Germany returned 20 looted bronze sculptures to Nigeria on Tuesday.", {("DEU", "NGA", "0842")}, ASSERTED),
    (
        "China returned a Philippine fishing boat it had seized near Scarborough Shoal.",
        {("CHN", "PHL", "0842")},
        ASSERTED,
    ),
    ("The United States eased oil sanctions on Venezuela on Wednesday.", {("USA", "VEN", "085")}, ASSERTED),
    (
        "China has scrapped tariffs on Australian barley, the Australian trade minister said.",
        {("CHN", "AUS", "085")},
        ASSERTED,
    ),
    ("Japan lifts export curbs on South Korea", {("JPN", "KOR", "085")}, ASSERTED),
    ("Iran allowed IAEA inspectors into the Fordow plant on Saturday.", {("IRN", "IGO", "0862")}, ASSERTED),
    (
        "Egypt allowed 40 aid trucks into Gaza through the Rafah crossing on Saturday.",
        {("EGY", "PSE", "0863")},
        ASSERTED,
    ),
    ("Russia announced a 36-hour truce in Ukraine on Thursday.", {("RUS", "UKR", "0871")}, ASSERTED),
    ("Israel eased its blockade of Gaza on Sunday, allowing fuel shipments.", {("ISR", "PSE", "0872")}, ASSERTED),
    ("Kenya demobilised 3,000 troops it had massed on the Somali border.", {("KEN", "SOM", "0873")}, ASSERTED),
    ("Israeli troops withdrew from the Gaza town of Khan Younis on Sunday.", {("ISR", "PSE", "0874")}, ASSERTED),
    ("Armenian forces in Karabakh surrendered to Azerbaijani troops last year.", {("ARM", "AZE", "0874")}, ASSERTED),
    # 16 reduce relations
    ("Nicaragua broke off diplomatic relations with Taiwan on Thursday.", {("NIC", "TWN", "161")}, ASSERTED),
    ("Algeria has recalled its ambassador to Spain for consultations.", {("DZA", "ESP", "161")}, ASSERTED),
    ("Washington froze $700 million in economic aid to Sudan after the coup.", {("USA", "SDN", "1621")}, ASSERTED),
    ("Canada imposed sanctions on 20 Iranian officials on Friday.", {("CAN", "IRN", "163")}, ASSERTED),
    ("China banned imports of Japanese seafood in August.", {("CHN", "JPN", "163")}, ASSERTED),
    ("Serbia walked out of talks with Kosovo in Brussels on Tuesday.", {("SRB", "XKX", "164")}, ASSERTED),
    ("Qatar suspended its mediation between Israel and Hamas last month.", {("QAT", "ISR", "165")}, ASSERTED),
    ("Ethiopia expelled seven UN aid officials on Thursday.", {("ETH", "IGO", "1663")}, ASSERTED),
    # 17 coerce
    ("Iran seized a Greek-flagged tanker in the Gulf of Oman on Friday.", {("IRN", "GRC", "171")}, ASSERTED),
    ("A Vietnamese cargo ship was seized by the Indonesian navy off Natuna.", {("IDN", "VNM", "171")}, ASSERTED),
    ("Russia has confiscated the assets of two Finnish companies.", {("RUS", "FIN", "1711")}, ASSERTED),
    ("Israeli forces demolished 12 Palestinian homes in the West Bank on Tuesday.", {("ISR", "PSE", "1712")}, ASSERTED),
    ("China imposed travel restrictions on Lithuanian diplomats on Monday.", {("CHN", "LTU", "172")}, ASSERTED),
    (
        "Thailand's constitutional court banned the opposition Move Forward party on Wednesday.",
        {("THA", "THA", "1722")},
        ASSERTED,
    ),
    ("Kenyan authorities imposed a dusk-to-dawn curfew in Mombasa on Friday.", {("KEN", "KEN", "1723")}, ASSERTED),
    ("Ecuador declared a state of emergency on Monday after a prison riot.", {("ECU", "ECU", "1724")}, ASSERTED),
    ("Malaysia detained 30 Myanmar nationals at a fishing port on Saturday.", {("MYS", "MMR", "173")}, ASSERTED),
    ("A Turkish court charged a Swedish journalist with terrorism on Thursday.", {("TUR", "SWE", "173")}, ASSERTED),
    ("Turkey detains 20 Syrian migrants near Greek border", {("TUR", "SYR", "173")}, ASSERTED),
    ("Pakistan deported 500 Afghan citizens on Tuesday, officials said.", {("PAK", "AFG", "174")}, ASSERTED),
    ("The Dominican Republic is deporting thousands of Haitians each week.", {("DOM", "HTI", "174")}, ASSERTED),
    ("Kuwait deports 200 Egyptian workers", {("KWT", "EGY", "174")}, ASSERTED),
    ("Iranian security forces fired tear gas at protesters in Tehran on Saturday.", {("IRN", "IRN", "175")}, ASSERTED),
    # 18-20 controls: assault, fight, mass violence
    (
        "Boko Haram fighters kidnapped 30 Cameroonian farmers near the border on Sunday.",
        {("NGA", "CMR", "181")},
        ASSERTED,
    ),
    (
        "Sudanese and Chadian troops exchanged fire across the border on Friday.",
        {("SDN", "TCD", "190"), ("TCD", "SDN", "190")},
        ASSERTED,
    ),
    ("Israeli aircraft bombed targets in southern Lebanon on Wednesday.", {("ISR", "LBN", "195")}, ASSERTED),
    # negated
    ("Egypt did not allow aid trucks into Gaza on Sunday, UN officials said.", {("EGY", "PSE", "0863")}, NEGATED),
    ("Iran has not released the two French nationals, their families said.", {("IRN", "FRA", "0841")}, NEGATED),
]

SHORT13_NO_EVENT: list[str] = [
    "The tanker seized last year was sold at auction in Dubai on Monday.",
    "Fishermen released two dolphins back into the sea near the port.",
    "The aid trucks were stuck at the crossing for a third day.",
]


# rows the coder still misses, each with why it is left (docs/events.md rule 150)
XFAIL: dict[str, str] = {
    "Indian and Bangladeshi navies conducted joint patrols in the Bay of Bengal last week.": "the joint subject's "
    "patrols: 'joint patrol' (062, rule 150e) is no reciprocal noun, as patrols are a show of force (150) in rule "
    "cameo15's reading and a reciprocal 'patrol' codes those both ways; 'held joint patrols with Y' codes 062",
    "Libya hands over bombing suspect to US": "parse: in the headline 'bombing' is read as a clause (xcomp) and "
    "'suspect' as its adjective, so 'hands over' has no object and stays 'hand over' (070); the sentence form codes "
    "063 (rule 150c)",
    "Germany trained 500 Nigerien soldiers in counter-insurgency tactics last year.": "soldiers trained are "
    "military cooperation (062) in the lexicon (rule 76a); the expectation chosen beforehand (072, military aid) "
    "is kept, the manual's line between the two being unclear",
    # "Saudi Arabia deposited $3 billion in Pakistan's central bank ..." (071) and "India rushed food and medicine to
    # cyclone-hit Myanmar ..." (073) pass since rule 324 (session 34, short13y: money put into a state's central bank,
    # relief goods rushed to a party, the goods' class the code)
    # "Thailand's military government lifted its ban on political parties on Tuesday." (0812) passes since rule 341
    # (session 35, martial2x: a ban lifted on parties or politicians is 0812)
    # the five one-party administrative acts (a curfew or a state of emergency imposed or lifted, a party banned) pass
    # since rule 289 (the state toward its own people, XXXCVL, or its opposition, XXXOPP; test_short15x_events)
    "Bowing to opposition demands, Togo's president restored the two-term limit.": "a reform granted ('restored "
    "the term limit') is no lexicon act, and 'bowing to demands' is not read as acceding (083)",
    "Serbia walked out of talks with Kosovo in Brussels on Tuesday.": "a walkout is coded as a boycott (143, "
    "rule 85's walkout); leaving talks with a party is halting them (164) only by the talks noun, not read",
    "Ethiopia expelled seven UN aid officials on Thursday.": "coded 166 (root right): officials expelled are not "
    "told apart by their 'aid' modifier (1663, aid agencies)",
    "China imposed travel restrictions on Lithuanian diplomats on Monday.": "coded 163 ('impose restriction', "
    "sanctions); restrictions on persons' movement (172) are not told apart from economic ones",
    # "A Turkish court charged a Swedish journalist with terrorism on Thursday." passes since rule 165b (a charge laid
    # by a court or prosecutor is legal action, 173)
}


@pytest.mark.parametrize(("text", "expected", "mode"), table_cases(SHORT13_SENTENCES, XFAIL))
def test_short13_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Expected, mode: str) -> None:
    found = events_of(rules_nlp, text)
    assert {(s, t, c, mode) for s, t, c in expected} <= found


@pytest.mark.parametrize("text", SHORT13_NO_EVENT)
def test_short13_sentence_without_event(rules_nlp: Language, text: str) -> None:
    assert events_of(rules_nlp, text) == set()


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in SHORT13_SENTENCES}


def test_table_is_material_only_with_sub_codes() -> None:
    codes = {c for _, expected, _ in SHORT13_SENTENCES for _, _, c in expected}
    assert {c[:2] for c in codes} == {"06", "07", "08", "16", "17", "18", "19"}
    assert {c for c in codes if len(c) == 4} >= {"0841", "0842", "0863", "0871", "0872", "0873", "0874", "1711"}
    assert {mode for *_, mode in SHORT13_SENTENCES} == {ASSERTED, NEGATED}


def asserted_codes(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(source, target, whole CAMEO code) of the asserted events of ``text``."""
    return {(s, t, c) for s, t, c, m in events_of(nlp, text) if m == ASSERTED}


# -- rule 150a: an ordered release is the release, done by the orderer -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oman ordered the release of 14 Yemeni fishermen on Sunday.", ("OMN", "YEM", "0841")),
        ("An Egyptian court ordered the release of three Sudanese traders.", ("EGY", "SDN", "0841")),
    ],
)
def test_rule150a_ordered_release(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = asserted_codes(rules_nlp, text)
    assert expected in found
    assert not any(c.startswith("10") for _, _, c in found)  # before: a demand (105) on the nationals' state


def test_rule150a_release_demanded_stays_a_demand(rules_nlp: Language) -> None:
    found = asserted_codes(rules_nlp, "Oman demanded the release of 14 Yemeni fishermen.")
    assert not any(c.startswith("08") for _, _, c in found)


def test_rule150a_withdrawal_of_others_troops_stays_a_demand(rules_nlp: Language) -> None:
    found = asserted_codes(rules_nlp, "Egypt ordered the withdrawal of Israeli troops from Gaza.")
    # rule 60a's own-forces check is unchanged; rule 155: codebook 106 "Demand withdrawal" (was 105)
    assert ("EGY", "ISR", "106") in found


# -- rule 150b: a carrier object is read as its cargo ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Jordan allowed aid convoys into Syria on Monday.",
        "Jordan allowed 12 aid trucks into Syria.",
    ],
)
def test_rule150b_aid_carriers_allowed(rules_nlp: Language, text: str) -> None:
    assert ("JOR", "SYR", "0863") in asserted_codes(rules_nlp, text)


def test_rule150b_carrier_without_cargo_no_allowing(rules_nlp: Language) -> None:
    found = asserted_codes(rules_nlp, "Jordan allowed trucks into Syria on Monday.")
    assert not any(c == "0863" for _, _, c in found)


# -- rule 150c: the object before the particle: a suspect handed over -------------------------------------------


def test_rule150c_suspect_handed_over(rules_nlp: Language) -> None:
    assert ("TZA", "RWA", "063") in asserted_codes(rules_nlp, "Tanzania handed over the fugitive to Rwanda.")


def test_rule150c_goods_handed_over_stay_aid(rules_nlp: Language) -> None:
    # rule 168: armoured vehicles handed over take the goods' class, military aid (072, was 070)
    assert ("RUS", "SRB", "072") in asserted_codes(rules_nlp, "Russia handed over 30 armoured vehicles to Serbia.")


# -- rule 150d: a blockade eased ---------------------------------------------------------------------------------


def test_rule150d_blockade_eased(rules_nlp: Language) -> None:
    found = asserted_codes(rules_nlp, "Azerbaijan relaxed its blockade of Armenia on Friday.")
    assert ("AZE", "ARM", "0872") in found
    assert not any(c.startswith("19") for _, _, c in found)  # before: the blockade noun's 191


# -- rule 150e/f: joint patrols, intelligence passed, a truce announced, tanks sent, property confiscated -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chinese warships began joint patrols with Russia last month.", {("CHN", "RUS", "062")}),
        ("Jordan passed intelligence to Iraq on the cell.", {("JOR", "IRQ", "064")}),
        ("Armenia announced a truce with Azerbaijan.", {("ARM", "AZE", "0871")}),
        ("Poland is sending Ukraine 60 tanks.", {("POL", "UKR", "072")}),
        ("Bolivia nationalised the assets of a Spanish energy firm.", {("BOL", "ESP", "1711")}),
    ],
)
def test_rule150ef_material_phrases(rules_nlp: Language, text: str, expected: Expected) -> None:
    assert expected <= asserted_codes(rules_nlp, text)


def test_rule150e_patrol_alone_no_cooperation(rules_nlp: Language) -> None:
    found = asserted_codes(rules_nlp, "Indian border guards patrolled the frontier with Bangladesh.")
    assert not any(c.startswith("06") for _, _, c in found)
