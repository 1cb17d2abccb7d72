"""A fifteenth table of invented sentences, wire-news leads and headlines, about material conflict: unconventional
violence (18x with 1821 / 1822 / 1823 / 1831-1833), conventional force (19x), mass violence (20x, controls only) and
force posture (15x), in past, perfect, progressive and headline present tenses (issue 14, session 25, branch
short15; docs/events.md rule 153).

The constructions are other than rule 141's and rule 150's tables (``test_short11_events``,
``test_short13_events``) and the attack / strike checks (``test_attack2_events``, ``test_strike2_events``):
nationals kidnapped, a ship hijacked, hostages held, a navy's seizure, rape, torture and a beating to death, a
terror attack, car and roadside bombs, human shields, an assassination tried, clashes and fighting "between" two
forces, convoys ambushed, a town captured, weapons fired (machine guns, gunfire traded, tanks as the doer), bombs
dropped, a ceasefire breached or an accusation of it (112, not 196), police sent to a border, and casualty shapes
whose victims are named with no attacker (no event: CAMEO needs a source).

Every sentence is our own invention, none copied from ConfliBERT, PLOVER, CAMEO or any evaluation set. The expected
{(source, target, code)} of each row and its mode were chosen from the CAMEO code descriptions
(/work/shared/data/cameo-eventcodes.tsv, which has no 1834, 1951, 1952 or 155: drone and precision strikes are
expected as 195) before the coder ran; the test compares the actors on their primary codes and the WHOLE code
(sub-code included), each expected triple one of the sentence's events. Before rule 153: 40 of the 72 rows;
after: 53; after rule 159 (headline verbs read as nouns): 55; after rule 330 (shots by soldiers or guards, 193):
60. ``XFAIL`` keeps the rest, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import table_cases
from .test_short2_sentences import ASSERTED, NEGATED, events_of

Expected = set[tuple[str, str, str]]

# (sentence, {(source, target, CAMEO code)} chosen beforehand, mode)
SHORT15_SENTENCES: list[tuple[str, Expected, str]] = [
    # 181 abduct, hijack, hostage
    (
        "Libyan militiamen have kidnapped seven Egyptian nationals near Sirte, Cairo said.",
        {("LBY", "EGY", "181")},
        ASSERTED,
    ),
    (
        "Somali pirates hijacked a Bangladeshi bulk carrier in the Indian Ocean on Tuesday.",
        {("SOM", "BGD", "181")},
        ASSERTED,
    ),
    (
        "Colombian guerrillas are holding two Ecuadorian soldiers hostage, the army said.",
        {("COL", "ECU", "181")},
        ASSERTED,
    ),
    ("Haitian gang abducts Canadian missionaries", {("HTI", "CAN", "181")}, ASSERTED),
    ("Three Indian engineers were abducted by Afghan militants in Kunduz province.", {("AFG", "IND", "181")}, ASSERTED),
    ("Yemeni rebels have hijacked an Israeli-owned cargo ship in the Red Sea.", {("YEM", "ISR", "181")}, ASSERTED),
    ("Russia's navy seized three Ukrainian vessels in the Kerch Strait in 2018.", {("RUS", "UKR", "171")}, ASSERTED),
    # 182 physical assault and sub-codes
    (
        "Greek coast guard officers assaulted a group of Turkish fishermen off Lesbos, Ankara said.",
        {("GRC", "TUR", "182")},
        ASSERTED,
    ),
    (
        "A Lebanese man stabbed two Israeli border police officers in Jerusalem on Friday.",
        {("LBN", "ISR", "182")},
        ASSERTED,
    ),
    (
        "Sudanese militiamen raped dozens of Ethiopian refugee women, a rights group said.",
        {("SDN", "ETH", "1821")},
        ASSERTED,
    ),
    (
        "Egyptian security officers tortured an Italian student in Cairo, prosecutors in Rome said.",
        {("EGY", "ITA", "1822")},
        ASSERTED,
    ),
    ("Russian prison guards beat a Georgian inmate to death last month.", {("RUS", "GEO", "1823")}, ASSERTED),
    # 180 / 183 bombing
    (
        "Pakistani militants carried out a terror attack on Indian paramilitaries in Kashmir.",
        {("PAK", "IND", "180")},
        ASSERTED,
    ),
    (
        "A Pakistani suicide bomber blew himself up outside the Chinese consulate in Karachi.",
        {("PAK", "CHN", "1831")},
        ASSERTED,
    ),
    (
        "Iraqi insurgents detonated a car bomb near a Turkish military base, killing three soldiers.",
        {("IRQ", "TUR", "1832")},
        ASSERTED,
    ),
    ("Malian jihadists hit a Nigerien army convoy with a roadside bomb on Monday.", {("MLI", "NER", "1833")}, ASSERTED),
    (
        "A Kurdish group claimed the bombing of a Turkish police station in Diyarbakir.",
        {("KUR", "TUR", "183")},
        ASSERTED,
    ),
    # 184 human shield
    (
        "Russian troops used Ukrainian civilians as human shields near Kyiv, a UN report said.",
        {("RUS", "UKR", "184")},
        ASSERTED,
    ),
    ("Israel accuses Hamas of using Gaza hospitals as human shields", {("ISR", "PSE", "112")}, ASSERTED),
    # 185 / 186 assassination
    (
        "Iranian agents tried to assassinate a Saudi diplomat in Washington, US prosecutors said.",
        {("IRN", "SAU", "185")},
        ASSERTED,
    ),
    (
        "North Korean commandos attempted to assassinate the South Korean president in 1968.",
        {("PRK", "KOR", "185")},
        ASSERTED,
    ),
    ("Israel assassinated a senior Hamas commander in Beirut on Tuesday.", {("ISR", "PSE", "186")}, ASSERTED),
    ("Haiti's president was assassinated by Colombian mercenaries in 2021.", {("COL", "HTI", "186")}, ASSERTED),
    # 190 conventional force
    (
        "Clashes between Indian and Chinese troops left 20 soldiers dead in Ladakh.",
        {("CHN", "IND", "190"), ("IND", "CHN", "190")},
        ASSERTED,
    ),
    (
        "Fighting broke out between Kyrgyz and Tajik border guards on Wednesday.",
        {("KGZ", "TJK", "190"), ("TJK", "KGZ", "190")},
        ASSERTED,
    ),
    (
        "Thai and Cambodian soldiers fought near the Preah Vihear temple on Friday.",
        {("KHM", "THA", "190"), ("THA", "KHM", "190")},
        ASSERTED,
    ),
    ("Eritrean forces ambushed a convoy of Ethiopian federal troops in Tigray.", {("ERI", "ETH", "190")}, ASSERTED),
    (
        "Burkinabe jihadists ambushed a convoy of Ivorian soldiers near the border, killing six.",
        {("BFA", "CIV", "190")},
        ASSERTED,
    ),
    (
        "Rwandan troops have crossed into eastern Congo and attacked Congolese army positions, Kinshasa said.",
        {("RWA", "COD", "190")},
        ASSERTED,
    ),
    ("Iraq invaded and annexed Kuwait in August 1990.", {("IRQ", "KWT", "190"), ("IRQ", "KWT", "192")}, ASSERTED),
    # 191 blockade
    ("Saudi Arabia imposed a land, sea and air blockade on Qatar in June 2017.", {("SAU", "QAT", "191")}, ASSERTED),
    ("Israel has tightened its naval blockade of Gaza, the UN said.", {("ISR", "PSE", "191")}, ASSERTED),
    ("Chinese warships encircled Taiwan on Saturday.", {("CHN", "TWN", "191")}, ASSERTED),
    ("Serbian police closed all border crossings with Kosovo on Sunday.", {("SRB", "XKX", "172")}, ASSERTED),
    # 192 occupy
    (
        "Russian forces captured the town of Avdiivka from Ukrainian troops in February.",
        {("RUS", "UKR", "192")},
        ASSERTED,
    ),
    ("Turkish troops took control of the Syrian border town of Tal Abyad.", {("TUR", "SYR", "192")}, ASSERTED),
    (
        "Venezuelan soldiers are occupying a Guyanese island in the Cuyuni river, Georgetown says.",
        {("VEN", "GUY", "192")},
        ASSERTED,
    ),
    # 193 small arms
    (
        "North Korean soldiers fired machine guns at a South Korean guard post in the DMZ.",
        {("PRK", "KOR", "193")},
        ASSERTED,
    ),
    (
        "Pakistani and Afghan border forces traded gunfire at the Torkham crossing.",
        {("AFG", "PAK", "193"), ("PAK", "AFG", "193")},
        ASSERTED,
    ),
    ("Iranian border guards shot dead three Afghan migrants on Tuesday.", {("IRN", "AFG", "193")}, ASSERTED),
    (
        "Two Bangladeshi villagers were shot by Indian border troops near Cooch Behar.",
        {("IND", "BGD", "193")},
        ASSERTED,
    ),
    ("Libyan coast guards shot at a Maltese fishing boat on Thursday.", {("LBY", "MLT", "193")}, ASSERTED),
    # 194 artillery and tanks
    ("Sudanese artillery shelled South Sudan's border villages on Thursday.", {("SDN", "SSD", "194")}, ASSERTED),
    ("Turkey pounded Kurdish positions in northern Syria with howitzers.", {("TUR", "KUR", "194")}, ASSERTED),
    ("Russian tanks fired on Georgian positions near Gori.", {("RUS", "GEO", "194")}, ASSERTED),
    ("Israeli artillery pounds south Lebanon", {("ISR", "LBN", "194")}, ASSERTED),
    (
        "Russian forces are shelling Ukraine's Sumy region day and night, the governor said.",
        {("RUS", "UKR", "194")},
        ASSERTED,
    ),
    (
        "Yerevan accused Baku of shelling Armenian villages overnight.",
        {("ARM", "AZE", "1123")},
        ASSERTED,
    ),  # rule 165: codebook 1123 "Accuse of aggression" (was 112)
    # 195 aerial weapons
    ("Turkish drones struck Kurdish fighters in northern Iraq on Sunday.", {("TUR", "KUR", "195")}, ASSERTED),
    ("Saudi warplanes carried out airstrikes on Yemeni rebel positions overnight.", {("SAU", "YEM", "195")}, ASSERTED),
    ("A Ukrainian drone hit an oil refinery in Russia's Krasnodar region.", {("UKR", "RUS", "195")}, ASSERTED),
    (
        "Pakistan launched air strikes on militant hideouts inside Afghanistan on Monday.",
        {("PAK", "AFG", "195")},
        ASSERTED,
    ),
    ("American aircraft dropped bombs on Somali militants near Mogadishu.", {("USA", "SOM", "195")}, ASSERTED),
    (
        "Iran fired ballistic missiles at a US air base in western Iraq in January 2020.",
        {("IRN", "USA", "195")},
        ASSERTED,
    ),
    # 196 ceasefire
    ("Armenia accused Azerbaijan of violating the ceasefire on Sunday.", {("ARM", "AZE", "112")}, ASSERTED),
    (
        "Pakistani troops violated the ceasefire with India along the Line of Control, the Indian army said.",
        {("PAK", "IND", "196")},
        ASSERTED,
    ),
    ("Russia broke the Easter truce by shelling Ukrainian positions, Kyiv said.", {("RUS", "UKR", "196")}, ASSERTED),
    ("Ethiopia breaches ceasefire with Eritrea", {("ETH", "ERI", "196")}, ASSERTED),
    # 20x controls
    ("Serbian forces massacred 8,000 Bosnian Muslims at Srebrenica in 1995.", {("SRB", "BIH", "202")}, ASSERTED),
    ("Iraq used chemical weapons against Iranian troops in the 1980s.", {("IRQ", "IRN", "2041")}, ASSERTED),
    ("Uganda expelled tens of thousands of Indians in 1972.", {("UGA", "IND", "201")}, ASSERTED),
    (
        "The United States dropped an atomic bomb on the Japanese city of Hiroshima in 1945.",
        {("USA", "JPN", "2042")},
        ASSERTED,
    ),
    ("Croatian forces carried out the ethnic cleansing of Serbs in Krajina.", {("HRV", "SRB", "203")}, ASSERTED),
    # 15x posture
    ("Venezuela deployed 3,000 troops to its border with Colombia on Saturday.", {("VEN", "COL", "150")}, ASSERTED),
    ("China staged a show of force near Taiwan with 70 warplanes on Sunday.", {("CHN", "TWN", "150")}, ASSERTED),
    ("Ukraine deploys troops to Belarus border", {("UKR", "BLR", "150")}, ASSERTED),
    ("Kenya stepped up police patrols along its border with Somalia.", {("KEN", "SOM", "153")}, ASSERTED),
    ("Bolivia sent riot police to its border with Peru on Friday.", {("BOL", "PER", "153")}, ASSERTED),
    ("Armenia mobilised its reserves as fighting with Azerbaijan escalated.", {("ARM", "AZE", "154")}, ASSERTED),
    (
        "Greece put its navy on high alert after Turkish warships entered disputed waters.",
        {("GRC", "TUR", "152")},
        ASSERTED,
    ),
    # negated
    ("Israel has not violated the ceasefire with Hamas, a military spokesman said.", {("ISR", "PSE", "196")}, NEGATED),
    ("Turkish drones did not strike Iraqi territory, Ankara said.", {("TUR", "IRQ", "195")}, NEGATED),
]

# victims named with no attacker, or fighting with no party: CAMEO codes no event without a source
SHORT15_NO_EVENT: list[str] = [
    "Two Malian soldiers were killed in an ambush near Gao on Sunday.",
    "Four Nigerian police officers died when their vehicle hit a landmine.",
    "Three Indian peacekeepers were wounded in an attack in eastern Congo.",
    "Gunmen kidnapped five Turkish engineers in southern Libya.",
    "Heavy fighting was reported on the outskirts of the capital overnight.",
]

_ONE_PER_ROOT = (
    "the coder gives one event per source, target and root in a sentence (`unseen_pairs`), so the second act of "
    "root 19 on the same pair gives way to the first"
)

# rows the coder still misses, each with why it is left (docs/events.md rule 153)
XFAIL: dict[str, str] = {
    "Malian jihadists hit a Nigerien army convoy with a roadside bomb on Monday.": "coded 190 (root right): a "
    "contact verb's 'with' instrument refines it only to an aerial strike (rule 119c), not to a bombing's kind",
    "Iraq invaded and annexed Kuwait in August 1990.": "the invasion (190) is coded; " + _ONE_PER_ROOT,
    "Russia broke the Easter truce by shelling Ukrainian positions, Kyiv said.": "the shelling (194) is coded; "
    + _ONE_PER_ROOT,
    # "Serbian police closed all border crossings with Kosovo" passes since rule 346 (session 35, security3x): a
    # border closed is 172, 191 a blockade or a place sealed off
    "Turkish troops took control of the Syrian border town of Tal Abyad.": "coded 190 (root right): 'take "
    "control' is pinned at 190 (test_verbs1b: 'took control of the island from Taiwan'); only a place noun seized "
    "or captured is 192 (rule 153c)",
    "Turkey pounded Kurdish positions in northern Syria with howitzers.": "coded TUR -> SYR 194 (code right): "
    "'Kurdish positions' is no actor (a position is no people noun), so only the ground the strike falls on "
    "(rule 36) is the target",
    "Turkish drones struck Kurdish fighters in northern Iraq on Sunday.": "coded 195 (rule 153i), but the "
    "target is IRQKURREB (Kurdish rebels in Iraq), whose primary code is IRQ, not KUR",
    "Iran fired ballistic missiles at a US air base in western Iraq in January 2020.": "coded 190 (root "
    "right): missiles are left out of `aerial_means` on purpose (fired from the ground as well, rule 119c)",
    # the three "shot" rows ("Iranian border guards shot dead three Afghan migrants", "Two Bangladeshi villagers were
    # shot by Indian border troops", "Libyan coast guards shot at a Maltese fishing boat") pass since rule 330
    # (session 34, short15y: a shot fired by soldiers, troops, guards or rebels is small arms, 193)
    # "Uganda expelled tens of thousands of Indians in 1972." passes since rule 307 (session 33, short11x: a people
    # expelled in thousands is a mass expulsion, 201)
    "China staged a show of force near Taiwan with 70 warplanes on Sunday.": "'show of force' is no lexicon "
    "noun ('show' with an 'of' phrase is no compound), and 'stage' takes no event object here",
    "Kenya stepped up police patrols along its border with Somalia.": "a patrol is no trigger alone (rule 150e), "
    "and 'step up' an increase of a thing that is no act",
}


@pytest.mark.parametrize(("text", "expected", "mode"), table_cases(SHORT15_SENTENCES, XFAIL))
def test_short15_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Expected, mode: str) -> None:
    found = events_of(rules_nlp, text)
    assert {(s, t, c, mode) for s, t, c in expected} <= found


@pytest.mark.parametrize("text", SHORT15_NO_EVENT)
def test_short15_sentence_without_event(rules_nlp: Language, text: str) -> None:
    assert events_of(rules_nlp, text) == set()


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in SHORT15_SENTENCES}


def test_table_is_material_conflict_with_sub_codes() -> None:
    codes = {c for _, expected, _ in SHORT15_SENTENCES for _, _, c in expected}
    assert {c[:2] for c in codes} == {"11", "15", "17", "18", "19", "20"}  # 11 and 17: the accusation controls
    assert {c for c in codes if c.startswith("18")} >= {"180", "181", "182", "1821", "1822", "1823", "183", "1831"}
    assert {c for c in codes if c.startswith("19")} == {"190", "191", "192", "193", "194", "195", "196"}


def asserted_codes(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(source, target, whole CAMEO code) of the asserted events of ``text``."""
    return {(s, t, c) for s, t, c, m in events_of(nlp, text) if m == ASSERTED}


def codes_of(nlp: Language, text: str) -> set[str]:
    return {c for _, _, c in asserted_codes(nlp, text)}


# -- rule 153a: rape and torture are their own sub-codes --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Burmese soldiers raped Karen villagers near the Thai border.", "1821"),
        ("Syrian guards tortured two Lebanese detainees, their lawyers said.", "1822"),
    ],
)
def test_rule153a_rape_and_torture(rules_nlp: Language, text: str, expected: str) -> None:
    assert expected in codes_of(rules_nlp, text)  # before: 182 (and "raped" no event: lemma "rap")


def test_rule153a_beating_stays_assault(rules_nlp: Language) -> None:
    assert ("IND", "NPL", "182") in asserted_codes(rules_nlp, "Indian police beat two Nepali porters on Monday.")


# -- rule 153b: small arms are 193 --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Eritrean soldiers fired guns at Djiboutian troops on the border.",
        "Indian and Pakistani soldiers traded gunfire along the frontier.",
    ],
)
def test_rule153b_small_arms(rules_nlp: Language, text: str) -> None:
    assert "193" in codes_of(rules_nlp, text)  # before: 190


def test_rule153b_fire_exchanged_stays_force(rules_nlp: Language) -> None:
    found = codes_of(rules_nlp, "Indian and Pakistani soldiers exchanged fire along the frontier.")
    assert found == {"190"}  # no weapon named: no kind of force


# -- rule 153c: a place noun seized or captured is territory occupied ------------------------------------------


def test_rule153c_villages_seized(rules_nlp: Language) -> None:
    assert ("ARM", "AZE", "192") in asserted_codes(rules_nlp, "Armenian forces seized two villages from Azerbaijan.")


def test_rule153c_named_city_recaptured_stays_force(rules_nlp: Language) -> None:
    assert "192" not in codes_of(rules_nlp, "Ukrainian forces recaptured Kherson from Russia.")


# -- rule 153d: police sent or deployed -------------------------------------------------------------------------


def test_rule153d_police_deployed(rules_nlp: Language) -> None:
    found = asserted_codes(rules_nlp, "Peru deployed riot police to its border with Chile.")
    assert ("PER", "CHL", "153") in found
    assert not any(c.startswith("07") for _, _, c in found)  # "sent riot police" was 070 aid


def test_rule153d_troops_sent_stay_military(rules_nlp: Language) -> None:
    assert ("PER", "CHL", "150") in asserted_codes(rules_nlp, "Peru sent troops to its border with Chile.")


# -- rule 153e / f: bombs dropped; an attack called terror --------------------------------------------------------


def test_rule153e_bombs_dropped(rules_nlp: Language) -> None:
    assert ("RUS", "SYR", "195") in asserted_codes(rules_nlp, "Russian planes dropped bombs on Syrian rebels.")


def test_rule153f_terrorist_attack(rules_nlp: Language) -> None:
    found = asserted_codes(rules_nlp, "Afghan militants launched a terrorist attack on Pakistani troops.")
    assert ("AFG", "PAK", "180") in found  # before: 190


def test_rule153f_military_attack_stays_force(rules_nlp: Language) -> None:
    found = asserted_codes(rules_nlp, "Afghan militants launched an attack on Pakistani troops.")
    assert ("AFG", "PAK", "190") in found


# -- rule 153g: an assassination tried is the attempt, asserted ---------------------------------------------------


def test_rule153g_tried_assassination(rules_nlp: Language) -> None:
    found = events_of(rules_nlp, "Russian agents tried to assassinate a Bulgarian arms dealer.")
    assert ("RUS", "BGR", "185", ASSERTED) in found  # before: 186, hypothetical


def test_rule153g_attempt_under_a_modal_stays_hedged(rules_nlp: Language) -> None:
    found = events_of(rules_nlp, "Russian agents may try to assassinate a Bulgarian arms dealer.")
    assert not any(c == "185" or m == ASSERTED for _, _, c, m in found)


def test_rule153g_tried_attack_stays_hypothetical(rules_nlp: Language) -> None:
    found = events_of(rules_nlp, "Russian troops tried to attack Bulgarian positions.")
    assert not any(m == ASSERTED for _, _, _, m in found)  # only an assassination has an attempt code


# -- rule 153h: a bombing's device ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Somali militants detonated a car bomb outside a Kenyan police post.", "1832"),
        ("Somali militants detonated a roadside bomb beside a Kenyan patrol.", "1833"),
        ("Somali militants detonated a bomb outside a Kenyan police post.", "183"),
    ],
)
def test_rule153h_device_detonated(rules_nlp: Language, text: str, expected: str) -> None:
    assert ("SOM", "KEN", expected) in asserted_codes(rules_nlp, text)


# -- rule 153i: a weapon as the doer -----------------------------------------------------------------------------


def test_rule153i_tanks_attacked(rules_nlp: Language) -> None:
    found = asserted_codes(rules_nlp, "Chinese tanks attacked Indian posts in Ladakh.")
    assert ("CHN", "IND", "194") in found  # before: 190


def test_rule153i_soldiers_attacked_stay_force(rules_nlp: Language) -> None:
    found = asserted_codes(rules_nlp, "Chinese soldiers attacked Indian posts in Ladakh.")
    assert ("CHN", "IND", "190") in found


def test_rule153i_jets_struck_are_aerial_force(rules_nlp: Language) -> None:
    found = asserted_codes(rules_nlp, "Israeli jets struck Damascus airport.")
    assert {c for _, _, c in found} == {"195"}  # rule 252a (was 190, rule 127b): an aircraft doer is the means
