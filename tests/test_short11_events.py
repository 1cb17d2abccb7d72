"""An eleventh table of invented sentences, wire-news style, about MATERIAL interaction only (CAMEO roots 06-09:
material cooperation, aid, yielding, investigation; and 14-20: protest, force posture, reduced relations, coercion,
assault, fighting, mass violence) in regions the earlier tables use little: Central Asia (Kazakhstan, Kyrgyzstan,
Tajikistan, Uzbekistan, Afghanistan), West Africa (Mali, Burkina Faso, Niger, Nigeria, Ghana, Togo, Benin), the
Caucasus (Armenia, Azerbaijan, Georgia, Russia), Central America (Guatemala, Honduras, El Salvador, Nicaragua, Costa
Rica, Panama, Belize) and the Pacific (Fiji, Tonga, the Solomon Islands, Papua New Guinea, Australia, China) (issue 14,
session 24; docs/events.md rule 141).

The constructions are the ones material news is written in: dates ("on Tuesday", "last month", "overnight"), the
passive with and without "by" ("Georgian border guards were detained by Russian forces"), participial clauses
("..., killing two civilians and wounding seven"), relative clauses ("which is hosting thousands of refugees",
"whose military rulers seized power"), casualty numbers, and "X-backed" / "X-led" modifiers.

Every sentence is our own invention, none copied from ConfliBERT, PLOVER, CAMEO or any evaluation set, and none
repeats a sentence of the earlier tables (``test_short2_sentences`` .. ``test_short10_events``). The expected
source, target, CAMEO code and mode were chosen from the CAMEO code descriptions
(/work/shared/data/cameo-eventcodes.tsv) before the coder ran; the test compares the root, the actors on their
primary codes, and the mode. Before rule 141: 41 of the 54 rows passed; after: 42 (``XFAIL`` keeps the rest, each
with why). Rule 150c (session 25, short13) fixed one more: the suspect "handed over to Togo" (063), 43.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import table_cases
from .test_short2_sentences import ASSERTED, NEGATED, events_of

# (sentence, source, target, CAMEO code chosen beforehand, mode)
SHORT11_SENTENCES: list[tuple[str, str, str, str, str]] = [
    # 06 material cooperation
    (
        "Kazakhstan shared intelligence with Kyrgyzstan on a planned bombing, officials in Bishkek said on Wednesday.",
        "KAZ",
        "KGZ",
        "064",
        ASSERTED,
    ),
    ("Georgia held joint military exercises with Armenia near Tbilisi last month.", "GEO", "ARM", "062", ASSERTED),
    (
        "Panama extradited to Costa Rica a banker wanted for money laundering, the Panamanian foreign "
        "ministry said on Thursday.",
        "PAN",
        "CRI",
        "063",
        ASSERTED,
    ),
    (
        "A Togolese smuggling suspect arrested in Accra last week was handed over to Togo by Ghanaian police "
        "on Friday.",
        "GHA",
        "TGO",
        "063",
        ASSERTED,
    ),
    (
        "Uzbekistan began supplying electricity to Tajikistan on Monday under a barter deal signed last year.",
        "UZB",
        "TJK",
        "061",
        ASSERTED,
    ),
    # 07 provide aid
    ("Japan sent emergency food aid to Tonga on Sunday after the volcanic eruption.", "JPN", "TON", "073", ASSERTED),
    (
        "Russia delivered 20 tonnes of humanitarian supplies to Armenia, which is hosting thousands of "
        "refugees from Karabakh.",
        "RUS",
        "ARM",
        "073",
        ASSERTED,
    ),
    ("Mali received two attack helicopters from Russia on Thursday, the army said.", "RUS", "MLI", "072", ASSERTED),
    ("Guatemala was given $40 million in flood relief by Mexico last year.", "MEX", "GTM", "071", ASSERTED),
    (
        "Costa Rica granted asylum on Monday to a Nicaraguan opposition leader who had fled Managua.",
        "CRI",
        "NIC",
        "075",
        ASSERTED,
    ),
    (
        "An Australian-led force of 2,000 troops landed in the Solomon Islands on Sunday to restore order.",
        "AUS",
        "SLB",
        "074",
        ASSERTED,
    ),
    (
        "China delivered police vehicles and riot gear to the Solomon Islands on Thursday.",
        "CHN",
        "SLB",
        "072",
        ASSERTED,
    ),
    (
        "Nigeria donated 5,000 tonnes of rice to Niger last month, the Nigerian agriculture minister said.",
        "NGA",
        "NER",
        "073",
        ASSERTED,
    ),
    # 08 yield
    (
        "Azerbaijan released six Armenian soldiers captured during last week's clashes, the foreign ministry "
        "in Baku said.",
        "AZE",
        "ARM",
        "084",
        ASSERTED,
    ),
    ("Honduras lifted its ban on imports of Salvadoran poultry on Tuesday.", "HND", "SLV", "081", ASSERTED),
    ("Niger reopened its border with Benin on Monday after a year-long closure.", "NER", "BEN", "081", ASSERTED),
    (
        "Armenian troops pulled back from positions near the Azerbaijani border on Saturday, the defence "
        "ministry said.",
        "ARM",
        "AZE",
        "087",
        ASSERTED,
    ),
    (
        "Tajikistan declared a ceasefire with Kyrgyzstan on Friday after two days of fighting that killed 41 people.",
        "TJK",
        "KGZ",
        "087",
        ASSERTED,
    ),
    (
        "Nicaragua freed 18 Costa Rican fishermen on Wednesday who had been detained near the maritime border.",
        "NIC",
        "CRI",
        "084",
        ASSERTED,
    ),
    ("Fiji eased visa rules for Chinese tourists last month.", "FJI", "CHN", "081", ASSERTED),
    # 09 investigate
    (
        "Kazakh prosecutors opened an investigation into the killing of an Uzbek trader in Shymkent last month.",
        "KAZ",
        "UZB",
        "091",
        ASSERTED,
    ),
    (
        "Guatemala said on Tuesday it was investigating the deaths of three Honduran migrants found in a truck.",
        "GTM",
        "HND",
        "090",
        ASSERTED,
    ),
    (
        "Papua New Guinea is investigating reports that Indonesian soldiers crossed the border last week.",
        "PNG",
        "IDN",
        "090",
        ASSERTED,
    ),
    # 14 protest
    (
        "Thousands of Armenians protested outside the Russian embassy in Yerevan on Sunday.",
        "ARM",
        "RUS",
        "141",
        ASSERTED,
    ),
    (
        "Hundreds of Togolese marched on the Ghanaian embassy in Lome to protest the deportation of traders.",
        "TGO",
        "GHA",
        "141",
        ASSERTED,
    ),
    (
        "Solomon Islanders rioted in Honiara last year, burning dozens of Chinese-owned shops.",
        "SLB",
        "CHN",
        "145",
        ASSERTED,
    ),
    (
        "Hundreds of Tongans rallied outside the Chinese embassy in Nuku'alofa last month.",
        "TON",
        "CHN",
        "141",
        ASSERTED,
    ),
    # 15 exhibit force posture
    (
        "Azerbaijan massed troops and artillery along its border with Armenia on Wednesday.",
        "AZE",
        "ARM",
        "153",
        ASSERTED,
    ),
    (
        "Uzbekistan put its army on high alert after Afghan fighters clashed with Uzbek border guards last week.",
        "UZB",
        "AFG",
        "152",
        ASSERTED,
    ),
    ("Guatemala deployed 3,000 soldiers to its border with Honduras on Saturday.", "GTM", "HND", "152", ASSERTED),
    # 16 reduce relations
    (
        "Mali's Russian-backed junta expelled the French ambassador on Monday, giving him 72 hours to leave "
        "the country.",
        "MLI",
        "FRA",
        "166",
        ASSERTED,
    ),
    (
        "Niger, whose military rulers seized power in July, cut diplomatic ties with Ukraine on Tuesday.",
        "NER",
        "UKR",
        "161",
        ASSERTED,
    ),
    (
        "Georgia recalled its ambassador from Moscow after Russian soldiers detained two Georgian citizens.",
        "GEO",
        "RUS",
        "161",
        ASSERTED,
    ),
    ("Australia suspended military aid to Fiji on Friday, a week after the coup.", "AUS", "FJI", "162", ASSERTED),
    (
        "Tajikistan halted talks with Kyrgyzstan on the border dispute after the shooting on Friday.",
        "TJK",
        "KGZ",
        "164",
        ASSERTED,
    ),
    (
        "Burkina Faso has not cut ties with Ivory Coast, the government spokesman said on Tuesday.",
        "BFA",
        "CIV",
        "161",
        NEGATED,
    ),
    # 17 coerce
    (
        "Kyrgyz security services detained a Kazakh journalist at Bishkek airport on Sunday.",
        "KGZ",
        "KAZ",
        "173",
        ASSERTED,
    ),
    ("Hundreds of Guatemalan migrants were deported from Mexico last month.", "MEX", "GTM", "174", ASSERTED),
    (
        "Georgian border guards were detained by Russian forces near South Ossetia on Tuesday.",
        "RUS",
        "GEO",
        "173",
        ASSERTED,
    ),
    ("Fiji seized a Chinese fishing vessel caught operating illegally in its waters.", "FJI", "CHN", "171", ASSERTED),
    (
        "Nigerian police arrested 14 Beninese nationals suspected of smuggling fuel near the border on Thursday.",
        "NGA",
        "BEN",
        "173",
        ASSERTED,
    ),
    # 18 assault
    ("Malian jihadists abducted four soldiers from Burkina Faso last week.", "MLI", "BFA", "181", ASSERTED),
    (
        "A car bomb planted by Tajik militants killed five Afghan border guards last week.",
        "TJK",
        "AFG",
        "183",
        ASSERTED,
    ),
    (
        "Honduran gang members shot dead a Salvadoran judge in San Pedro Sula on Thursday.",
        "HND",
        "SLV",
        "185",
        ASSERTED,
    ),
    # 19 fight
    (
        "Azerbaijani forces shelled Armenian villages on Tuesday, killing two civilians and wounding seven.",
        "AZE",
        "ARM",
        "194",
        ASSERTED,
    ),
    (
        "Tajik troops opened fire on Kyrgyz border guards on Thursday, killing three of them.",
        "TJK",
        "KGZ",
        "193",
        ASSERTED,
    ),
    (
        "Azerbaijani drones struck an Armenian army post on Monday, killing four soldiers.",
        "AZE",
        "ARM",
        "195",
        ASSERTED,
    ),
    ("Nicaraguan troops occupied a disputed island claimed by Costa Rica last month.", "NIC", "CRI", "192", ASSERTED),
    (
        "Guatemalan soldiers clashed with Belizean troops on the Sarstoon river on Wednesday.",
        "GTM",
        "BLZ",
        "190",
        ASSERTED,
    ),
    (
        "Armenian posts were shelled by Azerbaijani artillery overnight, wounding three soldiers.",
        "AZE",
        "ARM",
        "194",
        ASSERTED,
    ),
    (
        "A Russian-backed militia attacked Georgian police posts on Friday, killing two officers.",
        "RUS",
        "GEO",
        "190",
        ASSERTED,
    ),
    ("A French-led force killed 40 Malian insurgents in an air raid on Saturday.", "FRA", "MLI", "195", ASSERTED),
    # 20 use unconventional mass violence
    (
        "Azerbaijani forces drove more than 100,000 ethnic Armenians out of Karabakh last year.",
        "AZE",
        "ARM",
        "201",
        ASSERTED,
    ),
    (
        "Malian militants massacred 120 Burkinabe villagers on Saturday, local officials said.",
        "MLI",
        "BFA",
        "202",
        ASSERTED,
    ),
]

SHORT11_NO_EVENT: list[str] = [
    "Heavy rains in Guatemala killed 14 people on Sunday, the disaster agency said.",
    "The Fijian rugby team beat Samoa 31-10 in Suva on Saturday.",
]

# rows the coder still misses, each with why it is left (docs/events.md rule 141)
XFAIL: dict[str, str] = {
    # "Mali received two attack helicopters from Russia ..." and "Guatemala was given $40 million in flood relief by
    # Mexico ..." were left here until rule 145 (session 25, roles2) read the receiving and recipient-passive frames
    "An Australian-led force of 2,000 troops landed in the Solomon Islands on Sunday to restore order.": "an "
    "'X-led force' is no actor (the modifier is not read as the force's owner), and 'landed in Y to restore "
    "order' is no lexicon act (a peacekeeping deployment, 074)",
    "Solomon Islanders rioted in Honiara last year, burning dozens of Chinese-owned shops.": "after rule 141b "
    "the rioters are SLB, and the participial 'burning Chinese-owned shops' is coded as property destroyed (SLB "
    "-> CHN 1712, root 17); the riot itself (145) is held in the rioters' own capital and names no other party",
    "Azerbaijan massed troops and artillery along its border with Armenia on Wednesday.": "parse: 'massed' is "
    "read as an adjective of a headline noun phrase ('massed troops and artillery') when the coordinated object "
    "and the date follow; 'Azerbaijan massed troops along its border with Armenia.' codes AZE -> ARM 15",
    "Fiji seized a Chinese fishing vessel caught operating illegally in its waters.": "parse: 'vessel' is read "
    "as the subject of 'caught' (a clause complement), so 'seized' has no object; and a nationality on seized "
    "property is no actor",
    "Honduran gang members shot dead a Salvadoran judge in San Pedro Sula on Thursday.": "'shot dead' is coded as "
    "small-arms fighting (19); a single named-role victim killed (the manual's assassination, 185) is not told "
    "apart; the expectation chosen beforehand is kept",
    "A Russian-backed militia attacked Georgian police posts on Friday, killing two officers.": "an 'X-backed' "
    "group is no actor, rightly not its backer's forces; with no source the attack is not coded (the "
    "expectation RUS, chosen beforehand, is the backer's side: debatable, kept)",
    # "Azerbaijani forces drove more than 100,000 ethnic Armenians out of Karabakh last year." passes since rule 307
    # (session 33, short11x: "drive out" a people is an expulsion, thousands expelled are a mass expulsion, 201)
}


@pytest.mark.parametrize(("text", "source", "target", "code", "mode"), table_cases(SHORT11_SENTENCES, XFAIL))
def test_short11_sentence_codes_its_event(
    rules_nlp: Language, text: str, source: str, target: str, code: str, mode: str
) -> None:
    found = {(s, t, c[:2], m) for s, t, c, m in events_of(rules_nlp, text)}
    assert (source, target, code[:2], mode) in found


# no-event sentences the coder still codes, each with why
NO_EVENT_XFAIL: dict[str, str] = {
    # "The Fijian rugby team beat Samoa 31-10 in Suva on Saturday." passes since rules 147 (a scoreline or a sport
    # noun in the trigger's clause: no event) and 149g (a match score after the contest verb)
}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(t, marks=pytest.mark.xfail(reason=NO_EVENT_XFAIL[t], strict=True)) if t in NO_EVENT_XFAIL else t
        for t in SHORT11_NO_EVENT
    ],
)
def test_short11_sentence_without_event(rules_nlp: Language, text: str) -> None:
    assert events_of(rules_nlp, text) == set()


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in SHORT11_SENTENCES}


def test_table_is_material_only() -> None:
    roots = {code[:2] for *_, code, _ in SHORT11_SENTENCES}
    assert roots == {"06", "07", "08", "09", "14", "15", "16", "17", "18", "19", "20"}
    assert {mode for *_, mode in SHORT11_SENTENCES} == {ASSERTED, NEGATED}


def found_roots(nlp: Language, text: str) -> set[tuple[str, str, str, str]]:
    """(source, target, CAMEO root, mode) of every event of ``text``."""
    return {(s, t, c[:2], m) for s, t, c, m in events_of(nlp, text)}


# -- rule 141a: rules eased, relaxed, lifted or loosened are restrictions eased (081) -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan relaxed its rules on imports from Kyrgyzstan on Monday.",
        "Kazakhstan eased visa rules for Kyrgyz citizens last week.",
        "Kazakhstan loosened restrictions on imports from Kyrgyzstan.",
    ],
)
def test_rule141a_rules_eased(rules_nlp: Language, text: str) -> None:
    assert ("KAZ", "KGZ", "08", ASSERTED) in found_roots(rules_nlp, text)


def test_rule141a_rules_eased_without_party_no_event(rules_nlp: Language) -> None:
    assert events_of(rules_nlp, "The football federation eased the rules on transfers last month.") == set()


def test_rule141a_rules_tightened_not_eased(rules_nlp: Language) -> None:
    found = found_roots(rules_nlp, "Kazakhstan tightened its rules on imports from Kyrgyzstan.")
    assert not any(root == "08" for _, _, root, _ in found)


# -- rule 141b: plural demonyms of Pacific and other states whose plural was missing --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hundreds of Papua New Guineans protested outside the Indonesian embassy on Monday.", ("PNG", "IDN")),
        ("Thousands of Solomon Islanders marched on the Chinese embassy on Friday.", ("SLB", "CHN")),
        ("Kazakh police detained 30 Kyrgyzstanis at a market in Almaty on Sunday.", ("KAZ", "KGZ")),
    ],
)
def test_rule141b_plural_demonyms(rules_nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert any((s, t) == expected for s, t, _, _ in found_roots(rules_nlp, text))
