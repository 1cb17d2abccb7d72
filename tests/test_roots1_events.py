"""Breadth over all twenty CAMEO roots: one short wire sentence, one construction (issue 14, session 38, branch
roots1; docs/events.md rule 401).

A peer coder's validation suite holds short constructed sentences, one CAMEO construction each, and is scored on the
(source, target, root) triples. This table is the breadth such a suite has: for each root 01-20, three short
declarative sentences in the past tense and the active voice with the most common wire verbs or nouns of that root,
plus a passive-voice variant for eight roots and ten controls (a non-event use of a verb the rows use). Each sentence
is our own construction, none copied from an evaluation set, the seeds or the news excerpts; the expected events were
written from the code list (/work/shared/data/cameo-eventcodes.tsv) and the project's conventions (docs/events.md)
before the coder ran. The rows compare CAMEO roots only, as the scorer does, and the whole set of asserted events:
a spurious extra event fails a row as a missed one does. Conventions kept: a host's visitor is 043 from the host
(rule 93); a signed agreement, a trade pact too, is 057 both ways (root 05, not material cooperation 06); a
delegation walking out of talks is a boycott, 143 (rule 86b), not "halt negotiations" 164; a statement (01) is coded
only with a target. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_pipeline``). On START all 68 rows held and two controls failed (a player signed read as an agreement,
057; tourists welcomed read as praise, 051); rule 401 fixes both, so ``XFAIL`` is empty.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, roots, table_cases

Events = set[tuple[str, str, str]]


ROOTS1_SENTENCES: list[tuple[str, Events]] = [
    # 01 make public statement
    ("Argentina expressed optimism about its talks with Britain.", {("ARG", "GBR", "013")}),
    ("Sweden declined to comment on Turkey's demands.", {("SWE", "TUR", "011")}),
    ("The Saudi king sent condolences to Morocco after the earthquake.", {("SAU", "MAR", "018")}),
    # 02 appeal
    ("Egypt urged Israel to allow aid into Gaza.", {("EGY", "ISR", "020")}),
    ("Kenya appealed to the United Nations for food aid.", {("KEN", "IGO", "023")}),
    ("Brazil called on Venezuela to release political prisoners.", {("BRA", "VEN", "025")}),
    # 03 express intent to cooperate
    ("Japan pledged to provide $500 million in aid to Ukraine.", {("JPN", "UKR", "033")}),
    ("India offered to mediate between Armenia and Azerbaijan.", {("IND", "ARM", "039"), ("IND", "AZE", "039")}),
    ("Indonesia promised to cooperate with Malaysia on border security.", {("IDN", "MYS", "030")}),
    # 04 consult
    ("Qatar hosted the Iranian foreign minister.", {("QAT", "IRN", "043")}),
    ("The Chinese president visited Kazakhstan.", {("CHN", "KAZ", "042")}),
    ("The German chancellor spoke by telephone with the Polish prime minister.", both("DEU", "POL", "041")),
    # 05 engage in diplomatic cooperation
    ("Germany praised Kenya's election reforms.", {("DEU", "KEN", "051")}),
    ("Spain recognized the state of Palestine.", {("ESP", "PSE", "054")}),
    ("Vietnam signed a trade pact with South Korea.", both("VNM", "KOR", "057")),
    # 06 engage in material cooperation
    ("Egypt and Saudi Arabia held joint military exercises.", both("EGY", "SAU", "062")),
    ("Norway shared intelligence with Denmark.", {("NOR", "DNK", "064")}),
    ("Thailand extradited a murder suspect to Cambodia.", {("THA", "KHM", "063")}),
    # 07 provide aid
    ("The United States sent military aid to Taiwan.", {("USA", "TWN", "072")}),
    ("Saudi Arabia provided humanitarian aid to Sudan.", {("SAU", "SDN", "073")}),
    ("Germany granted asylum to a Russian dissident.", {("DEU", "RUS", "075")}),
    # 08 yield
    ("Iran released a French citizen.", {("IRN", "FRA", "084")}),
    ("The European Union lifted sanctions on Syria.", {("IGO", "SYR", "085")}),
    ("Israel eased restrictions on Gaza.", {("ISR", "PSE", "081")}),
    # 09 investigate
    ("Nigeria investigated a Chinese mining firm for corruption.", {("NGA", "CHN", "091")}),
    ("The United Nations investigated killings by Ethiopian troops.", {("IGO", "ETH", "092")}),
    ("Poland investigated Russian sabotage on its railways.", {("POL", "RUS", "090")}),
    # 10 demand
    ("Ukraine demanded that Russia withdraw its troops.", {("UKR", "RUS", "106")}),
    ("China demanded an apology from Japan.", {("CHN", "JPN", "100")}),
    ("Lebanon demanded that Israel stop its air strikes.", {("LBN", "ISR", "107")}),
    # 11 disapprove
    ("France condemned Iran's missile test.", {("FRA", "IRN", "111")}),
    ("Colombia accused Venezuela of sheltering rebels.", {("COL", "VEN", "112")}),
    ("Ireland criticized Israel's settlement plans.", {("IRL", "ISR", "111")}),
    # 12 reject
    ("Hamas rejected Israel's ceasefire proposal.", {("PSE", "ISR", "127")}),
    ("Ethiopia rejected Egypt's demands over the dam.", {("ETH", "EGY", "120")}),
    ("North Korea rejected South Korea's offer of talks.", {("PRK", "KOR", "125")}),
    # 13 threaten
    ("Russia threatened Finland with retaliation.", {("RUS", "FIN", "130")}),
    ("The United States threatened to impose tariffs on Canada.", {("USA", "CAN", "131")}),
    ("Algeria threatened Mali with sanctions.", {("DZA", "MLI", "131")}),
    # 14 protest (a delegation's walk-out from talks is a boycott, rule 86b)
    ("Thousands of Pakistanis demonstrated against Israel in Karachi.", {("PAK", "ISR", "141")}),
    ("The Iranian delegation walked out of the talks with the European Union.", {("IRN", "IGO", "143")}),
    ("Polish farmers blocked the border crossings with Ukraine.", {("POL", "UKR", "144")}),
    # 15 exhibit force posture
    ("China deployed warships near Taiwan.", {("CHN", "TWN", "150")}),
    ("Russia massed troops on the border with Ukraine.", {("RUS", "UKR", "154")}),
    ("South Korea raised its military alert level over North Korea.", {("KOR", "PRK", "152")}),
    # 16 reduce relations
    ("Niger cut off diplomatic ties with France.", {("NER", "FRA", "161")}),
    ("The European Union imposed sanctions on Belarus.", {("IGO", "BLR", "163")}),
    ("Algeria recalled its ambassador to France.", {("DZA", "FRA", "161")}),
    # 17 coerce
    ("Russian police arrested an American journalist.", {("RUS", "USA", "173")}),
    ("Iran seized a Greek oil tanker.", {("IRN", "GRC", "171")}),
    ("Saudi Arabia deported hundreds of Ethiopian migrants.", {("SAU", "ETH", "174")}),
    # 18 assault
    ("Israel assassinated a senior Hezbollah commander in Beirut.", {("ISR", "LBN", "186")}),
    ("Al-Shabaab fighters kidnapped two Kenyan teachers.", {("SOM", "KEN", "181")}),
    ("Russian soldiers tortured Ukrainian prisoners of war.", {("RUS", "UKR", "182")}),
    # 19 fight
    ("Russia launched missile strikes on Kyiv.", {("RUS", "UKR", "195")}),
    ("Thai and Cambodian troops clashed along the border.", both("THA", "KHM", "190")),
    ("Indian forces shelled Pakistani army posts in Kashmir.", {("IND", "PAK", "194")}),
    # 20 use unconventional mass violence
    ("Russia used chemical weapons against Ukrainian troops.", {("RUS", "UKR", "204")}),
    ("Eritrean troops massacred hundreds of civilians in Ethiopia's Tigray region.", {("ERI", "ETH", "202")}),
    ("Serbian forces carried out ethnic cleansing of Bosnian Muslims.", {("SRB", "BIH", "203")}),
    # passive-voice variants of eight roots: the "by" agent is the source
    ("The Indian prime minister was hosted by Egypt.", {("EGY", "IND", "043")}),
    ("Spain was praised by Morocco for its border cooperation.", {("MAR", "ESP", "051")}),
    ("Humanitarian aid was delivered to Haiti by Canada.", {("CAN", "HTI", "073")}),
    ("Two British aid workers were released by the Taliban.", {("AFG", "GBR", "084")}),
    ("Iran was condemned by Germany over the executions.", {("DEU", "IRN", "111")}),
    ("New sanctions were imposed on North Korea by Japan.", {("JPN", "PRK", "163")}),
    ("Two Canadian citizens were detained by China.", {("CHN", "CAN", "173")}),
    ("Hezbollah positions in southern Lebanon were bombed by Israeli jets.", {("ISR", "LBN", "195")}),
]

# every row holds on START and after rule 401; a row a later change breaks is to be fixed or listed here with why
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(ROOTS1_SENTENCES, XFAIL))
def test_roots1_sentence_codes_its_roots(rules_nlp: Language, text: str, expected: Events) -> None:
    assert roots(asserted(rules_nlp, text)) == roots(expected)


# a verb or noun of the rows in a use that is no event between two parties
ROOTS1_CONTROLS: list[tuple[str, Events]] = [
    ("Qatar hosted a technology conference in Doha.", set()),
    ("Real Madrid signed a Brazilian striker.", set()),
    ("A storm cut off power to thousands of homes in Cuba.", set()),
    ("Wildfires threatened thousands of homes in Canada.", set()),
    ("India launched a lunar probe.", set()),
    ("Chile's national team beat Argentina in a World Cup qualifier.", set()),
    ("Thailand deployed new software in its customs offices.", set()),
    ("Iran's central bank released new banknotes.", set()),
    ("The Philippines welcomed a record number of tourists.", set()),
    ("Turkey's inflation hit a two-year low.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ROOTS1_CONTROLS)
def test_roots1_control_codes_no_event(rules_nlp: Language, text: str, expected: Events) -> None:
    assert roots(asserted(rules_nlp, text)) == roots(expected)
