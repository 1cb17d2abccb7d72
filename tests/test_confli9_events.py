"""Travel advisories addressed to one's own people, force named by a gerund or a weapon's fire, aid to people named
by where they are (issue 14, session 15; docs/events.md rule 47).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). The fixed
classes gave no event (or none toward the right party) before rule 47; the neighbours pin readings that must
not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted

# -- 47a: a travel advisory addressed to one's own people, or with a verb of staying away (fixed) ----------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Britain urged its nationals to avoid travel to Israel .", ("GBR", "ISR")),
        ("France told its citizens to avoid all travel to Niger .", ("FRA", "NER")),
        ("Canada warned Canadians against travelling to Iran .", ("CAN", "IRN")),
        ("Germany advised Germans against travel to Russia .", ("DEU", "RUS")),
        ("The State Department urged Americans to reconsider travel to Nigeria .", ("USA", "NGA")),
        ("Japan urged its citizens to refrain from travelling to Ukraine .", ("JPN", "UKR")),
        ("Australia advised Australians not to travel to Lebanon .", ("AUS", "LBN")),
        ("Britain urged its nationals to avoid all but essential travel to Egypt .", ("GBR", "EGY")),
    ],
)
def test_an_advisory_to_ones_own_people_reduces_relations_with_the_destination(
    rules_nlp: Language, text: str, pair: tuple[str, str]
) -> None:
    # before: no event (the advisory was not seen, or the advisees, the source's own people, were its target)
    events = asserted(rules_nlp, text)
    assert {(s, t, c) for s, t, c in events if c == "160"} == {(pair[0], pair[1], "160")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # advisories found before keep their reading
        ("Germany's foreign ministry advised against travel to Lebanon .", {("DEU", "LBN", "160")}),
        ("Canada advised its citizens against travelling to Iran .", {("CAN", "IRN", "160")}),
        # an appeal to a state stays an appeal to it, whatever it is asked to stay away from
        ("The United States urged Israel not to go into Rafah .", {("USA", "ISR", "020")}),
        ("France urged Iran to avoid escalation with Israel .", {("FRA", "IRN", "020")}),
        # advice not to stay away, or addressed to another state, is no advisory against the destination
        ("Britain urged its nationals not to avoid travel to Spain .", set()),
        ("Britain advised Ukraine to avoid travel to Russia .", set()),
        ("Macron told Iran not to attack Israel .", {("FRA", "IRN", "027")}),
    ],
)
def test_advisory_neighbours_keep_their_reading(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 47b: force named by a gerund subject with a "by" agent, or by a weapon's fire (fixed) -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling by Israeli forces killed three Lebanese soldiers .", ("ISR", "LBN", "194")),
        ("Shelling by Russian forces wounded five Ukrainian soldiers .", ("RUS", "UKR", "194")),
        ("Artillery fire by Russian troops killed five Ukrainian soldiers .", ("RUS", "UKR", "194")),
        ("Mortar fire by Syrian troops killed four Turkish soldiers .", ("SYR", "TUR", "194")),
        ("Israeli tank fire killed two Lebanese soldiers .", ("ISR", "LBN", "194")),
        ("Sniper fire by Azerbaijani troops wounded an Armenian soldier .", ("AZE", "ARM", "190")),
    ],
)
def test_force_named_by_a_gerund_or_a_weapons_fire(
    rules_nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    # before: no event (the gerund had no subject, "fire" alone is no trigger)
    assert asserted(rules_nlp, text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A fire broke out at the Russian embassy in Kyiv .", set()),
        ("Shelling the town killed five Ukrainian soldiers .", set()),  # no one named who shelled
        ("Russian shelling killed 12 civilians in Ukraine .", {("RUS", "UKR", "194")}),
        ("An attack by Russian forces killed five Ukrainian soldiers .", {("RUS", "UKR", "190")}),
        ("Air strikes by Saudi jets killed 20 Yemeni civilians .", {("SAU", "YEM", "195")}),
    ],
)
def test_force_neighbours_keep_their_reading(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 47c: aid to people named by where they are, deep in the recipients' phrase (fixed) --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada provided assistance to people affected by the floods in Pakistan .", ("CAN", "PAK", "070")),
        ("Canada announced new assistance to people affected by the floods in Pakistan .", ("CAN", "PAK", "070")),
        # the goods' class since rule 158 (070 before): tents and food are relief (073)
        ("Japan sent tents to families displaced by the earthquake in Turkey .", ("JPN", "TUR", "073")),
        ("Britain delivered food to refugees displaced by fighting in Sudan .", ("GBR", "SDN", "073")),
        ("The UN suspended aid deliveries to 100,000 people in parts of Bosnia .", ("IGO", "BIH", "162")),
    ],
)
def test_aid_to_people_named_by_where_they_are(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    # before: no event (the place sat deeper than the nested search, or under a participle's agent)
    assert asserted(rules_nlp, text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # found before, by the resolver or the nested search, and kept
        # the goods' class since rule 158 (070 before): tents 073, money 071
        ("Japan provided tents to 20,000 people in Turkey .", {("JPN", "TUR", "073")}),
        ("Germany gave $10 million to displaced families in northern Iraq .", {("DEU", "IRQ", "071")}),
        # a recipient that names a party keeps it; a relative clause with its own subject is another event's words
        ("Germany sent aid to Turkish families affected by the earthquake in Syria .", {("DEU", "TUR", "070")}),
        ("Canada sent aid to people who fled the fighting in Sudan .", set()),
    ],
)
def test_aid_neighbours_keep_their_reading(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 47d: an accepted request of a named requester is the accepter's intent toward the requester (fixed) ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan accepted China's request to hold talks .", ("JPN", "CHN", "036")),
        ("India accepted Nepal's request for food aid .", ("IND", "NPL", "033")),
        ("Qatar accepted the US request that it host the talks .", ("QAT", "USA", "036")),
        # mediation accepted: CAMEO 038 "express intent to accept mediation" (rule 99a; before, 036 by root 04)
        ("Russia accepted Turkey's offer to mediate .", ("RUS", "TUR", "038")),
        ("Italy accepted an invitation from Egypt to visit Cairo .", ("ITA", "EGY", "036")),
        # the requested act is sending forces to a party: military cooperation, not a threat (0312, not 138)
        ("France accepted Germany's request that it send troops to Mali .", ("FRA", "DEU", "0312")),
        ("Japan accepted calls to send troops to Mali .", ("JPN", "MLI", "0312")),
    ],
)
def test_an_accepted_request_is_the_accepters_intent_toward_the_requester(
    rules_nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    # before: no event (the requester, the noun's possessor, was read as the source) or 138 for the troops
    assert asserted(rules_nlp, text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule 155: codebook 0354 "Express intent to ease economic sanctions, boycott, or embargo" (was 035)
        ("Japan accepted calls to lift sanctions on Iran .", {("JPN", "IRN", "0354")}),  # rule 44, kept
        # rule 155: codebook 126 "Reject mediation" (was 125)
        ("Russia rejected Turkey's offer to mediate .", {("RUS", "TUR", "126")}),
        ("Egypt granted Sudan's request for military assistance .", {("EGY", "SDN", "070")}),
        # a welcomed request commits the one who welcomes it to nothing
        ("India welcomed Nepal's request for food aid .", {("IND", "NPL", "051")}),
    ],
)
def test_request_neighbours_keep_their_reading(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 47e: "N of its soldiers" in a reporting state's clause are that state's people (fixed) ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule 273: a missile or rocket is CAMEO 194 (was 190)
        ("Ukraine said five of its soldiers were killed in a Russian missile strike .", ("RUS", "UKR", "194")),
        ("India said three of its soldiers were killed by Pakistani troops .", ("PAK", "IND", "190")),
        # 161 since rule 225 (session 29): the partitive's noun is the object ("expelled ... diplomats"), as in
        # "Russia said its diplomats were expelled from Poland"; 166 was the verb read on "several" alone
        ("Russia said several of its diplomats were expelled from Poland .", ("POL", "RUS", "161")),
        ("Germany said dozens of its citizens were detained by Iranian police .", ("IRN", "DEU", "173")),
    ],
)
def test_a_count_of_the_speakers_own_people_are_its_victims(
    rules_nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    # before: no event (the possessive under a count was left unresolved, the victims named no party)
    assert asserted(rules_nlp, text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule 273: a missile or rocket is CAMEO 194 (was 190)
        ("Ukraine said its soldiers were killed in a Russian missile strike .", {("RUS", "UKR", "194")}),
        ("Five soldiers were killed in a Russian missile strike .", set()),  # no victims' country named
        ("Russia said some of its forces would stay in Syria .", set()),
    ],
)
def test_count_neighbours_keep_their_reading(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 47f: a nominal attack whose victims name no party falls on the place they are in (fixed) ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1832 since rule 153h (a car bombing's own sub-code; before: 183, same root)
        ("A car bombing by the Islamic State group killed 75 people in eastern Syria .", ("IRQ", "SYR", "1832")),
        ("An air strike by Saudi jets killed 20 people in northern Yemen .", ("SAU", "YEM", "195")),
        ("Russian shelling killed at least 12 people in eastern Ukraine .", ("RUS", "UKR", "194")),
    ],
)
def test_a_nominal_attacks_unnamed_victims_fall_on_their_place(
    rules_nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    # before: no event (the verb "killed" had no source, the noun no target), or the verb's 190 for the shelling
    assert asserted(rules_nlp, text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A car bomb killed 75 people in eastern Syria .", set()),  # no attacker named
        ("An attack by Russian forces killed five Ukrainian soldiers .", {("RUS", "UKR", "190")}),
        ("A bombing by Boko Haram killed 20 people at a market .", {("NGA", "NGA", "183")}),
        ("Israeli strikes killed dozens of people in Gaza .", {("ISR", "PSE", "190")}),
    ],
)
def test_nominal_attack_neighbours_keep_their_reading(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected
